"""`outagewatch demo` — not built yet."""

from __future__ import annotations

import sys

HELP = "demo: not built yet"
EXAMPLE = "outagewatch demo --help"


def add_arguments(parser) -> None:
    pass


def run(args) -> int:
    print("outagewatch demo: not built yet", file=sys.stderr)
    return 2
