"""The twentieth development set (data/dev20/): see README.md."""
