"""The twenty-fourth development set (data/dev24/): see README.md."""
