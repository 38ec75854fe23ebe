"""`outagewatch` command line (DESIGN.md §2).

Each command lives in its own module exposing `HELP`, `EXAMPLE`, `add_arguments(parser)` and
`run(args) -> int`; this file only wires them together and turns known errors into one-line
messages with exit code 2 (usage/configuration) — never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from data.db import StoreError, default_db_path
from outagewatch_cli.errors import UsageError
from scrapers.config import ConfigError

__all__ = ["COMMANDS", "UsageError", "build_parser", "main"]

COMMANDS = ("refresh", "ingest", "extract", "reprocess", "export", "sources", "demo", "serve")

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2


def _command_module(name: str):
    return importlib.import_module(f"outagewatch_cli.cmd_{name}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="outagewatch",
        description="Track cloud and internet outages as vendors and the press tell them, and where they disagree.",
        epilog="Example:\n  outagewatch --db outagewatch.db refresh --sources data/sources.toml",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"SQLite database file (default: $OUTAGEWATCH_DB or ./{default_db_path().name})",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = _command_module(name)
        command_parser = sub.add_parser(
            name,
            help=module.HELP,
            description=module.HELP,
            epilog=f"Example:\n  {module.EXAMPLE}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(command_parser)
        command_parser.set_defaults(_module=module)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    if args.db is None:
        args.db = default_db_path()
    try:
        return int(args._module.run(args) or 0)
    except (ConfigError, StoreError, UsageError) as exc:
        print(f"outagewatch {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"outagewatch {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    # Run the package's copy of main() so `python -m` and the console script share one module.
    from outagewatch_cli.main import main as package_main

    sys.exit(package_main())
