"""Render the twenty-ninth development world (data/dev29/) into the JSONL files the evaluation reads.

    .venv/bin/python -m data.dev29.render          # check, then write documents/labels/gold_incidents
    .venv/bin/python -m data.dev29.render --check  # only list problems (exit 1 if any)

Same authoring format and functions as data/heldout/render.py; only the folder, the URL host
(http://dev29.outagewatch.test) and the source-id prefix (dev29-) differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

from data.heldout import render as _first
from data.sample_world.world import World

DEV29_DIR = Path(__file__).resolve().parent
WORLD_DIR = DEV29_DIR / "world"
DEV29_BASE_URL = "http://dev29.outagewatch.test"
PREFIX = "dev29"
OUTPUTS = _first.OUTPUTS


def render(world: World) -> dict[str, str]:
    """File name -> content, as data.heldout.render.render with this set's host and prefix."""
    return _first.render(world, DEV29_BASE_URL, PREFIX)


def main(argv: list[str] | None = None) -> int:
    return _first.main(argv, set_dir=DEV29_DIR, base_url=DEV29_BASE_URL, prefix=PREFIX)


if __name__ == "__main__":
    sys.exit(main())
