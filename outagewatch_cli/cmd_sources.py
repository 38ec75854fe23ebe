"""`outagewatch sources`: show the configured sources, or probe them."""

from __future__ import annotations

from pathlib import Path

HELP = "list the configured sources (and their health from the database), or check them with one fetch each"
EXAMPLE = "outagewatch sources check --sources data/sources.toml"

DEFAULT_SOURCES = Path("data/sources.toml")


def add_arguments(parser) -> None:
    parser.add_argument("action", nargs="?", choices=("list", "check"), default="list", help="list (default) or check")
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES, help="sources file (default: data/sources.toml)")
    parser.add_argument("--only", action="append", default=None, metavar="ID", help="only this source id (repeatable)")


def run(args) -> int:
    from rich.console import Console
    from rich.table import Table

    from data.db import StoreError, open_db
    from scrapers.config import load_sources

    sources_file = load_sources(args.sources)
    chosen = sources_file.enabled(args.only) if args.only else sources_file.sources
    console = Console()
    if args.action == "list":
        health: dict[str, dict] = {}
        try:
            db = open_db(args.db, readonly=True)
            health = {row["id"]: row for row in db.query("SELECT * FROM sources")}
        except StoreError:
            health = {}
        table = Table(title=f"{len(chosen)} sources in {args.sources}")
        for column in ("id", "kind", "provider", "format", "enabled", "last success", "last error"):
            table.add_column(column)
        for source in chosen:
            row = health.get(source.id, {})
            table.add_row(
                source.id,
                source.kind,
                source.provider or "",
                source.format or "(detect)",
                "yes" if source.enabled else "no",
                row.get("last_success_at") or "-",
                (row.get("last_error") or "")[:60],
            )
        console.print(table)
        return 0

    from scrapers.fetch import Fetcher
    from scrapers.run import fetch_source

    fetcher = Fetcher(sources_file.fetch)
    failures = 0
    table = Table(title="source check (one fetch each, nothing stored)")
    for column in ("id", "status", "http", "entries", "documents", "ms", "problem"):
        table.add_column(column)
    for source in chosen:
        result = fetch_source(fetcher, source, None)
        if result.status == "error":
            failures += 1
        problem = result.problems[0].message if result.problems else ""
        table.add_row(
            source.id,
            result.status,
            str(result.http_status or "-"),
            str(result.n_entries),
            str(len(result.documents)),
            f"{result.latency_ms:.0f}" if result.latency_ms is not None else "-",
            problem[:70],
        )
    console.print(table)
    return 1 if failures else 0
