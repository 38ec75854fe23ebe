"""Render the third held-out world (data/heldout3/) into the JSONL files the evaluation reads.

    .venv/bin/python -m data.heldout3.render          # check, then write documents/labels/gold_incidents
    .venv/bin/python -m data.heldout3.render --check  # only list problems (exit 1 if any)

Same authoring format and functions as data/heldout/render.py; only the folder, the URL host
(http://heldout3.outagewatch.test) and the source-id prefix (heldout3-) differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

from data.heldout import render as _first
from data.sample_world.world import World

HELDOUT3_DIR = Path(__file__).resolve().parent
WORLD_DIR = HELDOUT3_DIR / "world"
HELDOUT3_BASE_URL = "http://heldout3.outagewatch.test"
PREFIX = "heldout3"
OUTPUTS = _first.OUTPUTS


def render(world: World) -> dict[str, str]:
    """File name -> content, as data.heldout.render.render with this set's host and prefix."""
    return _first.render(world, HELDOUT3_BASE_URL, PREFIX)


def main(argv: list[str] | None = None) -> int:
    return _first.main(argv, set_dir=HELDOUT3_DIR, base_url=HELDOUT3_BASE_URL, prefix=PREFIX)


if __name__ == "__main__":
    sys.exit(main())
