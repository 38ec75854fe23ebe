"""The seventeenth development set (data/dev17/): see README.md."""
