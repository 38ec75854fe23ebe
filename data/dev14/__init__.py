"""The fourteenth development set (data/dev14/): see README.md."""
