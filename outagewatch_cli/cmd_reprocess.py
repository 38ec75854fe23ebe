"""`outagewatch reprocess` — not built yet (owned by the refresh/export work, issue 8)."""

from __future__ import annotations

import sys

HELP = "reprocess: not built yet"
EXAMPLE = "outagewatch reprocess --help"


def add_arguments(parser) -> None:
    pass


def run(args) -> int:
    print("outagewatch reprocess: not built yet", file=sys.stderr)
    return 2
