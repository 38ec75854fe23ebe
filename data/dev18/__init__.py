"""The eighteenth development set (data/dev18/): see README.md."""
