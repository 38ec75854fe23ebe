"""The twenty-third development set (data/dev23/): see README.md."""
