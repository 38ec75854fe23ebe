"""The fifteenth development set (data/dev15/): see README.md."""
