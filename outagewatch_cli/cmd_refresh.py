"""`outagewatch refresh`: the daily job — fetch, store, extract, rebuild incidents; idempotent.

Exit codes (DESIGN.md §2): 0 every source fine; 1 some sources (or a later stage) failed, the
summary says which; 2 usage/configuration problem or another job holds the database.
"""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, TextIO

HELP = "fetch every enabled source, store new documents, extract them and rebuild incidents (the daily job)"
EXAMPLE = "outagewatch --db outagewatch.db refresh --sources data/sources.toml --only github-status"

DEFAULT_SOURCES = Path("data/sources.toml")


def add_arguments(parser) -> None:
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES, help="sources file (default: data/sources.toml)")
    parser.add_argument("--only", action="append", default=None, metavar="ID", help="fetch only this source id (repeatable)")
    parser.add_argument("--dry-run", action="store_true", help="fetch and report what would change; store nothing")


def run(args) -> int:
    from outagewatch_cli.pipeline import refresh
    from scrapers.config import load_sources

    sources_file = load_sources(args.sources)
    started = time.monotonic()
    with make_progress() as progress:
        report = refresh(args.db, sources_file, only=args.only, dry_run=args.dry_run, progress=progress)
    print_summary(report, time.monotonic() - started)
    return report.exit_code


# ---------------------------------------------------------------- progress


class PlainProgress:
    """One log line per step, for cron and CI logs (no control characters)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.totals: dict[str, int | None] = {}
        self.done: dict[str, int] = {}

    def stage(self, name: str, total: int | None) -> None:
        self.totals[name], self.done[name] = total, 0
        suffix = f" ({total})" if total is not None else ""
        self._line(f"{name}: start{suffix}")

    def advance(self, name: str, n: int = 1, note: str = "") -> None:
        self.done[name] = self.done.get(name, 0) + n
        total = self.totals.get(name)
        count = f"{self.done[name]}/{total}" if total else str(self.done[name])
        self._line(f"{name}: {count}" + (f" {note}" if note else ""))

    def log(self, message: str) -> None:
        self._line(message)

    def _line(self, text: str) -> None:
        print(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} {text}", file=self.stream, flush=True)


class RichProgress:
    """A progress bar per stage on an interactive terminal."""

    def __init__(self, progress) -> None:
        self.progress = progress
        self.tasks: dict[str, int] = {}

    def stage(self, name: str, total: int | None) -> None:
        self.tasks[name] = self.progress.add_task(name, total=total)

    def advance(self, name: str, n: int = 1, note: str = "") -> None:
        if name not in self.tasks:
            self.stage(name, None)
        self.progress.update(self.tasks[name], advance=n, description=f"{name} {note}".strip()[:60])

    def log(self, message: str) -> None:
        self.progress.console.log(message)


@contextmanager
def make_progress(stream: TextIO | None = None) -> Iterator[PlainProgress | RichProgress]:
    stream = stream or sys.stderr
    if not stream.isatty():
        yield PlainProgress(stream)
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(file=stream), transient=True,
    ) as bar:
        yield RichProgress(bar)


# ---------------------------------------------------------------- summary


def print_summary(report, seconds: float, stream: TextIO | None = None) -> None:
    """One screen: a line per source that needs attention, then the totals."""
    stream = stream or sys.stdout
    mode = "dry run (nothing stored)" if report.dry_run else f"run {report.run_id}"
    print(f"refresh {mode}: {report.status} in {seconds:.1f} s", file=stream)
    if report.n_interrupted_marked:
        print(f"  marked {report.n_interrupted_marked} earlier run(s) left running by a crash as interrupted", file=stream)
    width = max((len(s.source_id) for s in report.sources), default=10)
    for s in report.sources:
        http = f"HTTP {s.http_status}" if s.http_status else ""
        line = f"  {s.source_id:<{width}}  {s.status:<12} {http:<8} {s.n_entries:>4} entries  +{s.n_new} new  ~{s.n_updated} updated"
        if s.error:
            line += f"  error: {s.error[:100]}"
        print(line, file=stream)
    ok = len(report.sources) - report.n_failed
    print(
        f"sources: {ok} ok, {report.n_failed} failed | documents: {report.n_new} new, {report.n_updated} updated",
        file=stream,
    )
    if not report.dry_run:
        e = report.extract
        print(f"extracted: {e.n_extracted} documents ({e.n_outage} outages, {e.n_failed} with extraction errors)", file=stream)
        inc = report.incidents
        if inc.ran:
            details = ", ".join(f"{k} {v}" for k, v in inc.summary.items() if isinstance(v, (int, float)))
            print(f"incidents: rebuilt for {inc.n_documents} documents" + (f" ({details})" if details else ""), file=stream)
        for problem in (e.problem, inc.problem):
            if problem:
                print(f"problem: {problem}", file=stream)
    if report.n_failed:
        print("some sources failed: see `outagewatch sources list` for their history; exit 1", file=stream)
