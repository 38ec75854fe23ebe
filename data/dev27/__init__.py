"""The twenty-seventh development set (data/dev27/): see README.md."""
