"""`outagewatch refresh` — not built yet (owned by the refresh/export work, issue 8)."""

from __future__ import annotations

import sys

HELP = "refresh: not built yet"
EXAMPLE = "outagewatch refresh --help"


def add_arguments(parser) -> None:
    pass


def run(args) -> int:
    print("outagewatch refresh: not built yet", file=sys.stderr)
    return 2
