"""The ninth development set (data/dev9/): see README.md."""
