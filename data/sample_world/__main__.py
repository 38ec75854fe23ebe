"""`python -m data.sample_world check|build|serve` — validate, render or serve the sample world."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from data.sample_world import SAMPLE_DIR, WORLD_DIR, build, load_world, serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m data.sample_world",
        description="Validate, build or serve the sample world.",
        epilog="Example: python -m data.sample_world check && python -m data.sample_world build",
    )
    parser.add_argument("command", choices=["check", "build", "serve"])
    parser.add_argument("--world", type=Path, default=WORLD_DIR, help="folder of world TOML files")
    parser.add_argument("--out", type=Path, default=SAMPLE_DIR, help="build: folder to write site/ and the JSONL files into")
    parser.add_argument("--port", type=int, default=8765, help="serve: port on 127.0.0.1")
    args = parser.parse_args(argv)

    world = load_world(args.world)
    if args.command == "check":
        for problem in world.problems:
            print(problem)
        n_docs, n_incidents = len(world.documents), len(world.incidents)
        print(f"{len(world.problems)} problem(s); {n_incidents} incidents, {n_docs} documents", file=sys.stderr)
        return 1 if world.problems else 0
    if args.command == "build":
        if world.problems:
            for problem in world.problems:
                print(problem)
            print("build refused: fix the problems above (python -m data.sample_world check)", file=sys.stderr)
            return 1
        written = build(world, args.out)
        print(f"wrote {len(written)} files under {args.out}", file=sys.stderr)
        return 0
    with serve(port=args.port, site_dir=args.out / "site") as server:
        print(f"serving the sample world at {server.base_url} (Ctrl-C stops)", file=sys.stderr)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
