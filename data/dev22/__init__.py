"""The twenty-second development set (data/dev22/): see README.md."""
