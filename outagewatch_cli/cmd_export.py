"""`outagewatch export`: the research dataset (DESIGN.md §8) and the Atom feed."""

from __future__ import annotations

from pathlib import Path

HELP = "write the dataset (CSV, JSONL, Parquet, SQLite + datapackage.json, data dictionary, CITATION.cff) or an Atom feed"
EXAMPLE = "outagewatch --db outagewatch.db export --out export/ --format csv,parquet --since 2025-01-01 --provider AWS"


def add_arguments(parser) -> None:
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write into (created if needed)")
    parser.add_argument(
        "--format", default="csv,jsonl,parquet,sqlite", metavar="LIST",
        help="comma-separated: csv, jsonl, parquet, sqlite, atom (default: csv,jsonl,parquet,sqlite)",
    )
    parser.add_argument("--since", default=None, metavar="DATE", help="only incidents starting / documents published on or after this ISO date")
    parser.add_argument("--until", default=None, metavar="DATE", help="... and on or before this ISO date")
    parser.add_argument("--provider", default=None, help="only this provider (e.g. AWS)")
    parser.add_argument("--include-text", action="store_true", help="include article text in documents (off by default: quotes stay as evidence)")


def run(args) -> int:
    from data.db import open_db
    from data.export import ExportError, export_dataset
    from outagewatch_cli.errors import UsageError

    if args.out.exists() and not args.out.is_dir():
        raise UsageError(f"--out {args.out} exists and is not a folder")
    db = open_db(args.db, readonly=True)
    try:
        report = export_dataset(
            db, args.out, args.format, since=args.since, until=args.until, provider=args.provider, include_text=args.include_text
        )
    except ExportError as exc:
        raise UsageError(str(exc)) from None
    finally:
        db.close()
    counts = ", ".join(f"{n} {name}" for name, n in report.counts.items())
    print(f"exported to {report.out_dir}: {counts or 'atom feed only'}")
    print(f"formats: {', '.join(report.formats)}; data as of {report.created or 'n/a'}; pipeline {report.pipeline_version or 'n/a'}")
    for problem in report.problems:
        print(f"note: {problem}")
    return 0
