"""Errors the command line turns into one line and exit code 2 (kept apart from main.py so the
class is the same object whether the CLI runs as a console script or as `python -m`)."""


class UsageError(Exception):
    """A mistake the user can fix; printed as one line, exit 2."""
