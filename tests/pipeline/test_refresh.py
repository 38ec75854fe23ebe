from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from data.db import open_db
from data.store import start_run
from outagewatch_cli.lock import LockHeld, job_lock
from outagewatch_cli.pipeline import refresh
from scrapers.config import ConfigError, load_sources

from tests.pipeline.conftest import write_sources

TABLES = ("documents", "raw_payloads", "mentions", "claims", "incidents", "disagreements")


def run_cli(*args, timeout=180):
    return subprocess.run(
        [sys.executable, "-c", "import sys; from outagewatch_cli.main import main; sys.exit(main())", *args], capture_output=True, text=True, timeout=timeout
    )


def counts(db_path) -> dict[str, int]:
    conn = sqlite3.connect(db_path)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def test_refresh_stores_every_feed_item_and_records_the_run(feed_world):
    report = refresh(feed_world.db_path, load_sources(feed_world.sources_path))
    assert report.status == "ok" and report.exit_code == 0
    assert report.n_new == feed_world.n_items
    db = open_db(feed_world.db_path)
    assert db["documents"].count == feed_world.n_items
    assert db.execute("SELECT COUNT(*) FROM documents WHERE needs_extraction = 1").fetchone()[0] == 0
    run = next(db.query("SELECT * FROM fetch_runs WHERE id = ?", [report.run_id]))
    assert run["status"] == "ok" and run["finished_at"] and run["n_new_documents"] == feed_world.n_items
    assert run["n_extracted"] == feed_world.n_items
    per_source = {r["source_id"]: r for r in db.query("SELECT * FROM source_fetches WHERE run_id = ?", [report.run_id])}
    assert set(per_source) == {"wire-a", "wire-b"}
    assert all(r["status"] == "ok" and r["n_new"] == 3 for r in per_source.values())


def test_refresh_extracts_and_groups_outage_reports_into_incidents(feed_world):
    refresh(feed_world.db_path, load_sources(feed_world.sources_path))
    db = open_db(feed_world.db_path)
    assert db.execute("SELECT COUNT(*) FROM documents WHERE is_outage = 1").fetchone()[0] >= 4
    assert db.execute("SELECT COUNT(*) FROM incidents WHERE status = 'active'").fetchone()[0] >= 4
    assert db.execute("SELECT COUNT(*) FROM documents WHERE pipeline_version IS NULL").fetchone()[0] == 0


def test_three_consecutive_refreshes_leave_no_duplicate_rows(feed_world):
    sources = load_sources(feed_world.sources_path)
    refresh(feed_world.db_path, sources)
    first = counts(feed_world.db_path)
    second_report = refresh(feed_world.db_path, sources)
    refresh(feed_world.db_path, sources)
    assert counts(feed_world.db_path) == first
    assert second_report.n_new == 0 and second_report.extract.n_extracted == 0
    db = open_db(feed_world.db_path)
    assert [r["status"] for r in db.query("SELECT status FROM fetch_runs ORDER BY id")] == ["ok", "ok", "ok"]


def test_failing_source_exits_1_and_the_summary_names_it(feed_world, httpserver, tmp_path):
    httpserver.expect_request("/broken/feed.xml").respond_with_data("gone", status=404)
    sources = write_sources(
        tmp_path / "with-broken.toml",
        feed_world.base_url,
        [("wire-a", "/a/feed.xml"), ("broken-wire", "/broken/feed.xml")],
    )
    result = run_cli("--db", str(feed_world.db_path), "refresh", "--sources", str(sources))
    assert result.returncode == 1, result.stderr
    line = next(l for l in result.stdout.splitlines() if "broken-wire" in l)
    assert "error" in line and "404" in line
    assert "1 ok, 1 failed" in result.stdout
    db = open_db(feed_world.db_path)
    assert db["documents"].count == 3  # the healthy source was still stored
    assert next(db.query("SELECT status FROM fetch_runs"))["status"] == "partial"


def test_second_job_while_one_holds_the_lock_exits_2_with_one_clear_line(feed_world):
    with job_lock(feed_world.db_path, "refresh"):
        result = run_cli("--db", str(feed_world.db_path), "refresh", "--sources", str(feed_world.sources_path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.strip().count("\n") == 0
    assert "already writing" in result.stderr


def test_lock_is_released_when_its_holder_is_killed(tmp_path):
    db_path = tmp_path / "ow.db"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom outagewatch_cli.lock import job_lock\n"
         f"with job_lock({str(db_path)!r}, 'refresh'):\n    print('held', flush=True)\n    time.sleep(60)\n"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LockHeld):
            with job_lock(db_path, "refresh"):
                pass
        holder.kill()
        holder.wait(timeout=10)
        with job_lock(db_path, "refresh"):
            pass  # acquired: the kernel dropped the dead process's lock
    finally:
        holder.kill()


def test_dry_run_fetches_and_reports_but_stores_nothing(feed_world):
    result = run_cli("--db", str(feed_world.db_path), "refresh", "--sources", str(feed_world.sources_path), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "dry run" in result.stdout and f"{feed_world.n_items} new" in result.stdout
    assert not feed_world.db_path.exists()


def test_dry_run_after_a_refresh_reports_nothing_new(feed_world):
    sources = load_sources(feed_world.sources_path)
    refresh(feed_world.db_path, sources)
    before = counts(feed_world.db_path)
    report = refresh(feed_world.db_path, sources, dry_run=True)
    assert report.n_new == 0 and report.run_id is None
    assert counts(feed_world.db_path) == before


def test_only_fetches_just_the_named_source(feed_world):
    report = refresh(feed_world.db_path, load_sources(feed_world.sources_path), only=["wire-b"])
    assert [s.source_id for s in report.sources] == ["wire-b"]
    db = open_db(feed_world.db_path)
    assert {r["source_id"] for r in db.query("SELECT DISTINCT source_id FROM documents")} == {"wire-b"}


def test_unknown_only_id_is_a_usage_error(feed_world):
    with pytest.raises(ConfigError):
        refresh(feed_world.db_path, load_sources(feed_world.sources_path), only=["no-such-source"])
    result = run_cli("--db", str(feed_world.db_path), "refresh", "--sources", str(feed_world.sources_path), "--only", "nope")
    assert result.returncode == 2 and "nope" in result.stderr and "Traceback" not in result.stderr


def test_missing_sources_file_is_exit_2(tmp_path):
    result = run_cli("--db", str(tmp_path / "ow.db"), "refresh", "--sources", str(tmp_path / "missing.toml"))
    assert result.returncode == 2 and "sources file not found" in result.stderr


def test_run_left_running_by_a_crash_is_marked_interrupted_at_next_start(feed_world):
    db = open_db(feed_world.db_path)
    crashed = start_run(db, "refresh", pid=999999)
    db.conn.close()
    report = refresh(feed_world.db_path, load_sources(feed_world.sources_path))
    assert report.n_interrupted_marked == 1
    db = open_db(feed_world.db_path)
    assert next(db.query("SELECT status FROM fetch_runs WHERE id = ?", [crashed]))["status"] == "interrupted"


def test_progress_is_plain_log_lines_when_not_on_a_terminal(feed_world):
    result = run_cli("--db", str(feed_world.db_path), "refresh", "--sources", str(feed_world.sources_path))
    assert result.returncode == 0, result.stderr
    assert "\x1b[" not in result.stderr
    assert any(" fetch: 2/2" in line for line in result.stderr.splitlines())
    assert "sources: 2 ok, 0 failed" in result.stdout


def test_dry_run_sends_the_stored_validators_so_an_unchanged_feed_costs_a_304(httpserver, tmp_path):
    from werkzeug import Response

    from tests.pipeline.conftest import START, STORIES, rss_feed

    base = httpserver.url_for("").rstrip("/")
    body = rss_feed("Wire E", base, STORIES[:2], START)

    def feed(request):
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"'})
        return Response(body, content_type="application/rss+xml", headers={"ETag": '"v1"'})

    httpserver.expect_request("/e/feed.xml").respond_with_handler(feed)
    sources = load_sources(write_sources(tmp_path / "sources.toml", base, [("wire-e", "/e/feed.xml")]))
    refresh(tmp_path / "ow.db", sources)
    report = refresh(tmp_path / "ow.db", sources, dry_run=True)
    feed_requests = [r for r, _ in httpserver.log if r.path == "/e/feed.xml"]
    assert feed_requests[-1].headers.get("If-None-Match") == '"v1"'
    assert report.n_new == 0 and [s.status for s in report.sources] == ["not_modified"]
