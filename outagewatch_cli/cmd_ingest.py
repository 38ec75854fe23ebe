"""`outagewatch ingest` — not built yet."""

from __future__ import annotations

import sys

HELP = "ingest: not built yet"
EXAMPLE = "outagewatch ingest --help"


def add_arguments(parser) -> None:
    pass


def run(args) -> int:
    print("outagewatch ingest: not built yet", file=sys.stderr)
    return 2
