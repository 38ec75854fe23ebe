"""The twenty-ninth development set (data/dev29/): see README.md."""
