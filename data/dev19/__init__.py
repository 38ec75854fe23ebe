"""The nineteenth development set (data/dev19/): see README.md."""
