"""The eleventh development set (data/dev11/): see README.md."""
