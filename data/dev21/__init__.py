"""The twenty-first development set (data/dev21/): see README.md."""
