"""Render the thirtieth development world (data/dev30/) into the JSONL files the evaluation reads.

    .venv/bin/python -m data.dev30.render          # check, then write documents/labels/gold_incidents
    .venv/bin/python -m data.dev30.render --check  # only list problems (exit 1 if any)

Same authoring format and functions as data/heldout/render.py; only the folder, the URL host
(http://dev30.outagewatch.test) and the source-id prefix (dev30-) differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

from data.heldout import render as _first
from data.sample_world.world import World

DEV30_DIR = Path(__file__).resolve().parent
WORLD_DIR = DEV30_DIR / "world"
DEV30_BASE_URL = "http://dev30.outagewatch.test"
PREFIX = "dev30"
OUTPUTS = _first.OUTPUTS


def render(world: World) -> dict[str, str]:
    """File name -> content, as data.heldout.render.render with this set's host and prefix."""
    return _first.render(world, DEV30_BASE_URL, PREFIX)


def main(argv: list[str] | None = None) -> int:
    return _first.main(argv, set_dir=DEV30_DIR, base_url=DEV30_BASE_URL, prefix=PREFIX)


if __name__ == "__main__":
    sys.exit(main())
