"""The daily job under stress: killed mid-run, read while writing."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import timedelta

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from data.db import StoreError, open_db
from outagewatch_cli.pipeline import refresh
from scrapers.config import load_sources

from tests.pipeline.conftest import START, STORIES, rss_feed, write_sources

N_FAST = 5
CLI = [sys.executable, "-c", "import sys; from outagewatch_cli.main import main; sys.exit(main())"]


@pytest.fixture
def threaded_server():
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


def serve_world(server, *, slow: threading.Event, release: threading.Event, n_items: int = 3):
    """N_FAST quick feeds and one that hangs while `slow` is set."""
    base = server.url_for("").rstrip("/")
    feeds = []
    for n in range(N_FAST):
        stories = [STORIES[(n + i) % len(STORIES)] for i in range(n_items)]
        body = rss_feed(f"Wire {n}", base, stories, START + timedelta(days=n))
        server.expect_request(f"/w{n}/feed.xml").respond_with_data(body, content_type="application/rss+xml")
        feeds.append((f"wire-{n}", f"/w{n}/feed.xml"))
    slow_body = rss_feed("Slow wire", base, STORIES[:2], START + timedelta(days=9))

    def slow_handler(request):
        while slow.is_set() and not release.is_set():
            time.sleep(0.05)
        return Response(slow_body, content_type="application/rss+xml")

    server.expect_request("/slow/feed.xml").respond_with_handler(slow_handler)
    feeds.append(("slow-wire", "/slow/feed.xml"))
    return base, feeds


def snapshot(db_path) -> dict[str, object]:
    conn = sqlite3.connect(db_path)
    try:
        return {
            "documents": sorted(conn.execute("SELECT doc_key, content_sha256, version, is_outage FROM documents")),
            "mentions": sorted(conn.execute("SELECT id, provider, start, cause_category FROM mentions")),
            "claims": sorted(r[0] for r in conn.execute("SELECT id FROM claims")),
            "incidents": conn.execute("SELECT COUNT(*) FROM incidents WHERE status = 'active'").fetchone()[0],
            "pending": conn.execute("SELECT COUNT(*) FROM documents WHERE needs_extraction = 1").fetchone()[0],
            "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
        }
    finally:
        conn.close()


@pytest.mark.slow
def test_refresh_killed_mid_run_then_rerun_matches_an_uninterrupted_run(threaded_server, tmp_path):
    slow, release = threading.Event(), threading.Event()
    base, feeds = serve_world(threaded_server, slow=slow, release=release)
    sources = write_sources(tmp_path / "sources.toml", base, feeds)

    reference_db = tmp_path / "reference.db"
    refresh(reference_db, load_sources(sources))
    expected = snapshot(reference_db)

    killed_db = tmp_path / "killed.db"
    slow.set()
    job = subprocess.Popen([*CLI, "--db", str(killed_db), "refresh", "--sources", str(sources)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        stored = 0
        while time.monotonic() < deadline and stored < N_FAST:
            time.sleep(0.1)
            try:
                stored = sqlite3.connect(f"file:{killed_db}?mode=ro", uri=True).execute(
                    "SELECT COUNT(*) FROM source_fetches").fetchone()[0]
            except sqlite3.Error:
                stored = 0
        assert stored == N_FAST, "the fast sources should be stored while the slow one hangs"
        assert job.poll() is None, "the job should still be waiting on the slow source"
        job.send_signal(signal.SIGKILL)
        job.wait(timeout=10)
    finally:
        job.kill()
        release.set()
    slow.clear()

    half = snapshot(killed_db)
    assert half["integrity"] == "ok" and half["pending"] > 0  # stored, not yet extracted

    report = refresh(killed_db, load_sources(sources))
    assert report.n_interrupted_marked == 1
    assert snapshot(killed_db) == expected
    statuses = [r[0] for r in sqlite3.connect(killed_db).execute("SELECT status FROM fetch_runs ORDER BY id")]
    assert statuses == ["interrupted", "ok"]


@pytest.mark.slow
def test_dashboard_reader_never_sees_database_is_locked_during_a_refresh(threaded_server, tmp_path):
    slow, release = threading.Event(), threading.Event()
    base, feeds = serve_world(threaded_server, slow=slow, release=release, n_items=40)
    sources = write_sources(tmp_path / "sources.toml", base, feeds)
    db_path = tmp_path / "ow.db"
    open_db(db_path).close()  # the dashboard opens an existing database

    errors: list[str] = []
    reads = 0
    job = subprocess.Popen([*CLI, "--db", str(db_path), "refresh", "--sources", str(sources)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        while job.poll() is None:
            try:
                db = open_db(db_path, readonly=True)
                db.execute("SELECT COUNT(*) FROM documents").fetchone()
                db.execute("SELECT COUNT(*) FROM incidents WHERE status = 'active'").fetchone()
                list(db.query("SELECT id, provider, started_at FROM incidents ORDER BY started_at DESC LIMIT 50"))
                db.close()
                reads += 1
            except (sqlite3.Error, StoreError) as exc:
                errors.append(str(exc))
    finally:
        job.kill()
    assert job.returncode == 0, job.stderr.read()
    assert errors == []
    assert reads > 20
    assert sqlite3.connect(db_path).execute("SELECT COUNT(*) FROM documents").fetchone()[0] > 0
