"""The twenty-sixth development set (data/dev26/): see README.md."""
