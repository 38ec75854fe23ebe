"""The tenth development set (data/dev10/): see README.md."""
