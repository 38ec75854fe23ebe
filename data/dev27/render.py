"""Render the twenty-seventh development world (data/dev27/) into the JSONL files the evaluation reads.

    .venv/bin/python -m data.dev27.render          # check, then write documents/labels/gold_incidents
    .venv/bin/python -m data.dev27.render --check  # only list problems (exit 1 if any)

Same authoring format and functions as data/heldout/render.py; only the folder, the URL host
(http://dev27.outagewatch.test) and the source-id prefix (dev27-) differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

from data.heldout import render as _first
from data.sample_world.world import World

DEV27_DIR = Path(__file__).resolve().parent
WORLD_DIR = DEV27_DIR / "world"
DEV27_BASE_URL = "http://dev27.outagewatch.test"
PREFIX = "dev27"
OUTPUTS = _first.OUTPUTS


def render(world: World) -> dict[str, str]:
    """File name -> content, as data.heldout.render.render with this set's host and prefix."""
    return _first.render(world, DEV27_BASE_URL, PREFIX)


def main(argv: list[str] | None = None) -> int:
    return _first.main(argv, set_dir=DEV27_DIR, base_url=DEV27_BASE_URL, prefix=PREFIX)


if __name__ == "__main__":
    sys.exit(main())
