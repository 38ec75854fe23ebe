"""The sixteenth development set (data/dev16/): see README.md."""
