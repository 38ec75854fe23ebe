"""Render the held-out world into the JSONL files the evaluation reads.

    .venv/bin/python -m data.heldout.render          # check, then write documents/labels/gold_incidents
    .venv/bin/python -m data.heldout.render --check  # only list problems (exit 1 if any)

The world files use the sample world's authoring format, so the sample-world loader and record
functions do the work; only the output set differs: no served site (nothing fetches this set),
and URLs on their own host so held-out documents can never be mistaken for sample ones.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from data.sample_world.build import SAMPLE_BASE_URL, document_record, gold_incident_records, label_record
from data.sample_world.world import World, load_world

HELDOUT_DIR = Path(__file__).resolve().parent
WORLD_DIR = HELDOUT_DIR / "world"
HELDOUT_BASE_URL = "http://heldout.outagewatch.test"
OUTPUTS = ("documents.jsonl", "labels.jsonl", "gold_incidents.jsonl")


def _rehost(value: str, base_url: str = HELDOUT_BASE_URL) -> str:
    # document_record writes sample-world URLs; held-out documents get their own host.
    return value.replace(SAMPLE_BASE_URL, base_url, 1)


def heldout_document_record(doc, world: World, base_url: str = HELDOUT_BASE_URL, prefix: str = "heldout") -> dict[str, Any]:
    """A sample-world document record moved to the set's own host and source-id prefix."""
    record = document_record(doc, world)
    record["url"] = _rehost(record["url"], base_url)
    record["source_id"] = record["source_id"].replace("sample-", f"{prefix}-", 1)
    key_source, _, key_rest = record["doc_key"].partition(":")
    if record["doc_key"].startswith("url:"):
        record["doc_key"] = "url:" + _rehost(record["doc_key"][4:], base_url)
    else:
        record["doc_key"] = f"{key_source.replace('sample-', f'{prefix}-', 1)}:{key_rest}"
    return record


def render(world: World, base_url: str = HELDOUT_BASE_URL, prefix: str = "heldout") -> dict[str, str]:
    """File name -> content; sorted by document id, no clock, so renders compare equal."""
    docs = sorted(world.documents, key=lambda d: d.id)
    tables = {
        "documents.jsonl": [heldout_document_record(d, world, base_url, prefix) for d in docs],
        "labels.jsonl": [label_record(d) for d in docs],
        "gold_incidents.jsonl": gold_incident_records(world),
    }
    return {name: "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) for name, rows in tables.items()}


def write(world: World, out_dir: Path, base_url: str = HELDOUT_BASE_URL, prefix: str = "heldout") -> list[Path]:
    written = []
    for name, body in render(world, base_url, prefix).items():
        path = out_dir / name
        path.write_text(body, encoding="utf-8")
        written.append(path)
    return written


def main(
    argv: list[str] | None = None,
    *,
    set_dir: Path = HELDOUT_DIR,
    base_url: str = HELDOUT_BASE_URL,
    prefix: str = "heldout",
) -> int:
    """Check and render one held-out set; data/heldout2/render.py calls this with its own folder and host."""
    module = f"data.{set_dir.name}.render"
    parser = argparse.ArgumentParser(
        prog=f"python -m {module}",
        description="Check the held-out world and render its documents, labels and gold incidents.",
        epilog=f"Example: .venv/bin/python -m {module} && .venv/bin/python -m nlp.evaluate data/{set_dir.name}/labels.jsonl",
    )
    parser.add_argument("--check", action="store_true", help="only list problems; write nothing")
    parser.add_argument("--world", type=Path, default=set_dir / "world", help="folder of world TOML files")
    parser.add_argument("--out", type=Path, default=set_dir, help="folder to write the JSONL files into")
    args = parser.parse_args(argv)

    world = load_world(args.world)
    for problem in world.problems:
        print(problem)
    n_outage = sum(1 for d in world.documents if d.label.get("is_outage"))
    print(f"{len(world.problems)} problem(s); {len(world.incidents)} incidents, {len(world.documents)} documents "
          f"({n_outage} about outages)", file=sys.stderr)
    if world.problems:
        if not args.check:
            print("render refused: fix the problems above", file=sys.stderr)
        return 1
    if not args.check:
        for path in write(world, args.out, base_url, prefix):
            print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
