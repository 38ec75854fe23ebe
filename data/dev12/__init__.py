"""The twelfth development set (data/dev12/): see README.md."""
