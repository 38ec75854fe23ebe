"""`outagewatch demo`: build a database from the bundled sample world through the real pipeline
(loopback HTTP server → fetch → parse → extract → incidents), then serve the dashboard."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

HELP = (
    "build a demo database from the bundled sample world over a loopback HTTP server "
    "(the real fetch → extract → incidents path), then serve the dashboard"
)
EXAMPLE = "outagewatch --db demo.db demo --build-only"

DEMO_SOURCE_PREFIX = "sample-"


def add_arguments(parser) -> None:
    parser.add_argument("--build-only", action="store_true", help="build the database, print what was built, and exit")
    parser.add_argument("--port", type=int, default=8501, help="dashboard port (default 8501)")


def _prepare_demo_db(db_path: Path) -> None:
    """The demo rebuilds its database from scratch (the loopback port, and so every URL, changes
    between runs) — but never deletes a database that holds anything but the sample world."""
    from data.db import StoreError, open_db
    from outagewatch_cli.errors import UsageError

    if not db_path.exists():
        return
    try:
        db = open_db(db_path, readonly=True)
        foreign = db.execute(
            "SELECT COUNT(*) FROM sources WHERE id NOT LIKE ?", [DEMO_SOURCE_PREFIX + "%"]
        ).fetchone()[0]
        foreign_docs = db.execute(
            "SELECT COUNT(*) FROM documents WHERE source_id IS NULL OR source_id NOT LIKE ?", [DEMO_SOURCE_PREFIX + "%"]
        ).fetchone()[0]
        db.close()
    except StoreError as exc:
        raise UsageError(f"{db_path} exists and is not a demo database ({exc}); choose another --db") from None
    if foreign or foreign_docs:
        raise UsageError(
            f"{db_path} holds data that is not from the sample world; the demo rebuilds its database, "
            "so choose another --db (e.g. --db demo.db)"
        )
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)


def _print_built(db_path: Path, report, stream=sys.stdout) -> None:
    from data.db import open_db

    db = open_db(db_path, readonly=True)
    counts = {
        name: db.execute(sql).fetchone()[0]
        for name, sql in (
            ("sources", "SELECT COUNT(*) FROM sources"),
            ("documents", "SELECT COUNT(*) FROM documents"),
            ("outage documents", "SELECT COUNT(*) FROM documents WHERE is_outage = 1"),
            ("claims", "SELECT COUNT(*) FROM claims"),
            ("incidents", "SELECT COUNT(*) FROM incidents WHERE status = 'active'"),
            ("providers", "SELECT COUNT(DISTINCT provider) FROM incidents WHERE status = 'active'"),
            ("disagreements", "SELECT COUNT(*) FROM disagreements"),
        )
    }
    db.close()
    print(f"demo database {db_path}: " + ", ".join(f"{v} {k}" for k, v in counts.items()), file=stream)
    if report.n_failed:
        print(f"warning: {report.n_failed} sample sources failed (see the summary above)", file=stream)


def run(args) -> int:
    from data.sample_world import serve as serve_sample
    from data.sample_world import write_demo_sources
    from outagewatch_cli.cmd_refresh import make_progress, print_summary
    from outagewatch_cli.cmd_serve import streamlit_command
    from outagewatch_cli.pipeline import refresh
    from scrapers.config import load_sources

    db_path = Path(args.db)
    _prepare_demo_db(db_path)
    with serve_sample() as sample_server, tempfile.TemporaryDirectory() as tmp:
        print(f"serving the sample world on {sample_server.base_url}", flush=True)
        sources = load_sources(write_demo_sources(sample_server.base_url, Path(tmp) / "sources.toml"))
        started = time.monotonic()
        with make_progress() as progress:
            report = refresh(db_path, sources, progress=progress)
        if report.n_failed:
            print_summary(report, time.monotonic() - started)
        _print_built(db_path, report)
        if args.build_only:
            return report.exit_code
        # Keep the sample server up while the dashboard runs, so its source links open.
        command, env = streamlit_command(db_path, args.port, "127.0.0.1")
        print(f"outagewatch dashboard on http://127.0.0.1:{args.port}  (Ctrl-C to stop)", flush=True)
        return subprocess.call(command, env=env)
