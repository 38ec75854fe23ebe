"""The twenty-eighth development set (data/dev28/): see README.md."""
