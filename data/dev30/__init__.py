"""The thirtieth development set (data/dev30/): see README.md."""
