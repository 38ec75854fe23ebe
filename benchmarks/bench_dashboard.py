"""Dashboard speed: each page's script run (Streamlit AppTest) on seeded databases of two sizes.

Target (issue 7): every page ≤ 0.5 s median at 100k documents / 20k incidents, and at most 3×
its time at 1k documents. Runs are measured cold — the query cache is cleared before each run,
after one warm-up run that imports everything — so the figures are what a visitor sees after the
one-minute cache expires. Writes the
"Dashboard" section of docs/benchmarks.md.

    python -m benchmarks.bench_dashboard [--sizes 1000,100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
DOC = ROOT / "docs" / "benchmarks.md"
SECTION = "## Dashboard"
LIMIT_S = 0.5
MAX_RATIO = 3.0
PAGES = ["overview", "incidents", "incident view", "vendor_vs_press", "sources", "export", "review"]


@dataclass
class PageTiming:
    page: str
    size: int
    median_s: float
    max_s: float


def _page_runs(page: str, incident_id: str, repeat: int) -> list[float]:
    """Seconds per cold run of one page: one AppTest, warmed once, then the query cache cleared before each run."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=60)
    if page == "incident view":
        at.query_params["incident"] = incident_id
    at.run()
    if page != "overview":
        at.switch_page(f"app_pages/{'incidents' if page == 'incident view' else page}.py").run()
    runs = []
    for _ in range(repeat):
        st.cache_data.clear()
        started = time.perf_counter()
        at.run()
        runs.append(time.perf_counter() - started)
        if at.exception:
            raise RuntimeError(f"{page} raised: {at.exception[0].message}")
    return runs


def _schema_version(path: Path) -> int:
    from data.db import schema_version

    with sqlite3.connect(path) as conn:
        return schema_version(conn)


def measure(size: int, repeat: int, workdir: Path) -> list[PageTiming]:
    from tests.fixtures_db import seed_scale

    path = workdir / f"scale-{size}.db"
    started = time.perf_counter()
    seed_scale(path, size)
    print(f"seeded {size:,} documents in {time.perf_counter() - started:.1f} s", flush=True)
    os.environ["OUTAGEWATCH_DB"] = str(path)
    timings = []
    for page in PAGES:
        runs = _page_runs(page, "inc_0000001", repeat)
        timing = PageTiming(page, size, statistics.median(runs), max(runs))
        print(f"  {size:>7,} docs  {page:<16} median {timing.median_s * 1000:6.0f} ms  max {timing.max_s * 1000:6.0f} ms", flush=True)
        timings.append(timing)
    return timings


def section(small: list[PageTiming], large: list[PageTiming], repeat: int, schema_version: int) -> str:
    lines = [
        SECTION,
        "",
        f"Script run time of each page under Streamlit's AppTest, cold (query cache cleared before each run), "
        f"median of {repeat} runs, on databases from `tests.fixtures_db.seed_scale` "
        f"({small[0].size:,} and {large[0].size:,} documents; one incident per five documents). "
        f"Target: ≤ {LIMIT_S} s at the large size and ≤ {MAX_RATIO:g}× the small size's time. "
        f"Measured with `python -m benchmarks.bench_dashboard` (part of `make bench`) on {sys.platform}, Python {sys.version.split()[0]}, "
        f"schema v{schema_version}.",
        "",
        f"| page | {small[0].size:,} docs (ms) | {large[0].size:,} docs (ms) | ratio | within target |",
        "|---|---:|---:|---:|---|",
    ]
    for s, l in zip(small, large):
        ratio = l.median_s / s.median_s if s.median_s else float("inf")
        ok = l.median_s <= LIMIT_S and ratio <= MAX_RATIO
        lines.append(f"| {s.page} | {s.median_s * 1000:.0f} | {l.median_s * 1000:.0f} | {ratio:.2f} | {'yes' if ok else 'NO'} |")
    lines += [
        "",
        "Overview and Vendor vs press aggregate over the `incidents_summary` covering index (schema v3): an incident "
        "row's `status` sits after its multi-kB `accounts` JSON, so reading the rows would cost an overflow page per "
        "incident. Vendor vs press's list walks `disagreements_by_severity` and stops at its 200 rows (1.5 ms at 12k "
        "disagreements, against 36 ms for collecting and sorting every active incident's). On a shared two-core machine "
        "the large-size figures vary by about a third between runs; Overview is the closest to the 3× ratio.",
    ]
    return "\n".join(lines) + "\n"


def write_section(text: str) -> None:
    """Replace only the Dashboard section (others own the rest of the file)."""
    current = DOC.read_text() if DOC.exists() else "# Benchmarks\n"
    start = current.find(SECTION + "\n")
    if start == -1:
        DOC.write_text(current.rstrip("\n") + "\n\n" + text)
        return
    end = current.find("\n## ", start + len(SECTION))
    rest = current[end + 1:] if end != -1 else ""
    DOC.write_text(current[:start] + text + ("\n" + rest if rest else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,100000", help="small,large document counts")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args, _ = parser.parse_known_args(argv)
    small_n, large_n = (int(x) for x in args.sizes.split(","))
    with tempfile.TemporaryDirectory(prefix="ow-bench-dashboard-") as tmp:
        small = measure(small_n, args.repeat, Path(tmp))
        large = measure(large_n, args.repeat, Path(tmp))
        version = _schema_version(Path(tmp) / f"scale-{large_n}.db")
    text = section(small, large, args.repeat, version)
    print(text)
    if not args.no_write:
        write_section(text)
    failed = [l.page for s, l in zip(small, large) if l.median_s > LIMIT_S or l.median_s > MAX_RATIO * s.median_s]
    if failed:
        print(f"over target: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
