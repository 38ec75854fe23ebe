"""The twenty-fifth development set (data/dev25/): see README.md."""
