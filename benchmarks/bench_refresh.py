"""Peak memory of `outagewatch refresh` and `outagewatch reprocess` on a large database
(target: under 600 MB at 100k documents).

Each job runs as a child process (the real CLI) against a database seeded with
`tests.fixtures_db.seed_scale`; its peak resident memory comes from the kernel (os.wait4).
The refresh fetches one loopback RSS feed of 50 new items, so it exercises the full path on top
of 100k stored documents. Results go to the "Export and refresh" section of docs/benchmarks.md.

Example:
    python -m benchmarks.bench_refresh --n 100000 --reprocess-n 100000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from benchmarks.bench_export import MEMORY_LIMIT_MB, render, save_result, write_section

CLI = [sys.executable, "-c", "import sys; from outagewatch_cli.main import main; sys.exit(main())"]


def _feed(base: str, n: int) -> bytes:
    start = datetime(2026, 1, 10, tzinfo=timezone.utc)
    items = "".join(
        f"<item><title>Provider {i % 7} outage</title><link>{base}/a/{i}.html</link><guid>{base}/a/{i}.html</guid>"
        f"<pubDate>{format_datetime(start + timedelta(minutes=i))}</pubDate><description>Customers of Provider {i % 7} "
        f"could not reach its storage service for about {1 + i % 5} hours on Monday after a configuration change, "
        f"the company said.</description></item>"
        for i in range(n)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>bench</title><link>{base}/</link><description>b</description>{items}</channel></rss>'.encode()


def _serve(n_items: int) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's naming
            body = _feed(base, n_items)
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, base


def _seed_in_child(path: Path, n: int, article_text: bool = False) -> Path:
    """Seed the database in a child process. On Linux a child's ru_maxrss starts at its parent's
    resident size when it forks, so a parent that had built 100k rows itself would make every
    job measured after it look as large as the parent (the first 100k refresh figure, 512 MB, was that)."""
    code = ("import sys; from pathlib import Path; from tests.fixtures_db import seed_scale; "
            "from benchmarks.bench_refresh import _give_documents_article_text; "
            "p = seed_scale(Path(sys.argv[1]), int(sys.argv[2])); "
            "_give_documents_article_text(p) if sys.argv[3] == '1' else None")
    subprocess.run([sys.executable, "-c", code, str(path), str(n), "1" if article_text else "0"], check=True)
    return path


def _run_measured(args: list[str]) -> tuple[int, float, float]:
    """(exit code, seconds, peak RSS in MB) of one child process."""
    started = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return child.returncode, time.perf_counter() - started, usage.ru_maxrss / 1024  # ru_maxrss is KiB on Linux


def measure_refresh(n: int, tmp: Path) -> dict:
    db_path = _seed_in_child(tmp / "refresh.db", n)
    server, base = _serve(50)
    try:
        sources = tmp / "sources.toml"
        sources.write_text(
            "[fetch]\nuser_agent = \"outagewatch-bench/0.1 (+https://example.org)\"\nmin_interval_per_host_s = 0\n"
            "allow_private_networks = true\nrespect_robots = false\nretries = 0\n\n"
            f"[[sources]]\nid = \"bench-wire\"\nkind = \"press\"\nurl = \"{base}/feed.xml\"\nformat = \"rss\"\n"
        )
        code, seconds, peak = _run_measured([*CLI, "--db", str(db_path), "refresh", "--sources", str(sources)])
    finally:
        server.shutdown()
    return {"n": n, "seconds": seconds, "peak_mb": peak, "exit_code": code}


def _give_documents_article_text(db_path: Path) -> None:
    """seed_scale's documents are word salad, which sends every one through language detection;
    reprocess must be measured on text like the articles it will really re-read."""
    import sqlite3

    from benchmarks.generate_corpus import generate

    with sqlite3.connect(db_path) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM documents ORDER BY id")]
        conn.executemany("UPDATE documents SET title = ?, text = ? WHERE id = ?",
                         ((g.title, g.text, doc_id) for doc_id, g in zip(ids, generate(len(ids), seed=11))))


def measure_reprocess(n: int, tmp: Path) -> dict:
    db_path = _seed_in_child(tmp / "reprocess.db", n, article_text=True)
    code, seconds, peak = _run_measured([*CLI, "--db", str(db_path), "reprocess"])
    return {"n": n, "seconds": seconds, "peak_mb": peak, "exit_code": code}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="documents already stored before the refresh")
    parser.add_argument("--reprocess-n", type=int, default=100_000, help="documents to reprocess (the slow part: full extraction)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args, _ = parser.parse_known_args(argv)
    failed = False
    with tempfile.TemporaryDirectory(prefix="ow-bench-refresh-") as tmp:
        for key, result in (("refresh", measure_refresh(args.n, Path(tmp))), ("reprocess", measure_reprocess(args.reprocess_n, Path(tmp)))):
            print(f"{key} at {result['n']} documents: exit {result['exit_code']}, {result['seconds']:.1f} s, peak {result['peak_mb']:.0f} MB")
            results = save_result(key, result)
            failed |= result["peak_mb"] > MEMORY_LIMIT_MB or result["exit_code"] not in (0, 1)
    if not args.no_write:
        write_section(render(results))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
