"""The thirteenth development set (data/dev13/): see README.md."""
