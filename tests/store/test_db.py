import sqlite3
import threading
import time

import pytest

from data.db import StoreError, check_integrity, migrate, open_db, schema_version, transaction
from data.models import FetchedDocument, Problem, RawPayload, SourceFetchResult
from data.schema import MIGRATIONS, SCHEMA_VERSION
from data.store import (
    documents_for_extraction,
    finish_run,
    known_doc_keys,
    load_raw_payload,
    mark_interrupted_runs,
    start_run,
    store_documents,
    store_extraction,
    store_fetch_result,
    sync_sources,
)
from scrapers.config import parse_sources

SOURCES = parse_sources(
    """
[[sources]]
id = "ledger"
kind = "press"
url = "https://news.example.org/feed.xml"
"""
).sources


def _doc(text="AWS said the outage lasted thirteen hours.", key="url:https://news.example.org/a"):
    return FetchedDocument(
        source_id="ledger",
        source_kind="press",
        doc_key=key,
        url=key.removeprefix("url:"),
        title="AWS outage",
        text=text,
        raw=RawPayload(url="https://news.example.org/a", body=f"<p>{text}</p>".encode()),
    )


def test_new_database_is_migrated_to_current_version_in_wal_mode(tmp_path):
    db = open_db(tmp_path / "ow.db")
    assert schema_version(db.conn) == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"documents", "claims", "incidents", "disagreements", "overrides", "documents_fts"} <= set(db.table_names())


def test_reopening_applies_no_migration_twice(tmp_path):
    open_db(tmp_path / "ow.db").close()
    db = open_db(tmp_path / "ow.db")
    rows = db.execute("SELECT version, COUNT(*) FROM schema_migrations GROUP BY version").fetchall()
    assert all(count == 1 for _, count in rows)
    assert migrate(db.conn) == []


@pytest.mark.parametrize("previous", [v for v, _, _ in MIGRATIONS[:-1]] or [0])
def test_upgrade_from_previous_schema_version_keeps_data(tmp_path, previous):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    migrate(conn, target=previous)
    if previous >= 1:
        conn.execute("INSERT INTO sources (id, name, kind, url) VALUES ('s', 's', 'press', 'https://x.org/f')")
        conn.commit()
    conn.close()
    db = open_db(path)
    assert schema_version(db.conn) == SCHEMA_VERSION
    if previous >= 1:
        assert db["sources"].count == 1


def test_storing_the_same_document_twice_changes_nothing(tmp_path):
    db = open_db(tmp_path / "ow.db")
    first = store_documents(db, [_doc()])
    second = store_documents(db, [_doc()])
    assert (first.new, second.new, second.unchanged) == (1, 0, 1)
    assert db["documents"].count == 1
    assert db["raw_payloads"].count == 1


def test_changed_document_gets_new_version_and_keeps_the_old(tmp_path):
    db = open_db(tmp_path / "ow.db")
    store_documents(db, [_doc("first wording")])
    counts = store_documents(db, [_doc("revised wording: fourteen hours")])
    assert counts.updated == 1
    row = db.execute("SELECT version, text, needs_extraction FROM documents").fetchone()
    assert row == (2, "revised wording: fourteen hours", 1)
    old = db.execute("SELECT version, text FROM document_versions").fetchall()
    assert old == [(1, "first wording")]


def test_raw_payload_is_kept_compressed_and_comes_back_byte_exact(tmp_path):
    db = open_db(tmp_path / "ow.db")
    body = ("<html>" + "outage " * 5000 + "</html>").encode()
    doc = _doc()
    doc.raw = RawPayload(url="https://x.org/a", body=body)
    store_documents(db, [doc])
    size, stored = db.execute("SELECT size, length(body) FROM raw_payloads").fetchone()
    assert size == len(body) and stored < len(body) / 10
    assert load_raw_payload(db, doc.raw.sha256) == body


def test_full_text_search_finds_documents_by_words_in_their_text(tmp_path):
    db = open_db(tmp_path / "ow.db")
    store_documents(db, [_doc("Kiro deleted and recreated the environment", key="url:https://x.org/1")])
    store_documents(db, [_doc("A launch with no downtime", key="url:https://x.org/2")])
    hits = db.execute(
        "SELECT d.doc_key FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid WHERE documents_fts MATCH 'recreated'"
    ).fetchall()
    assert hits == [("url:https://x.org/1",)]


def test_fetch_result_is_stored_with_source_health_and_run_record(tmp_path):
    db = open_db(tmp_path / "ow.db")
    sync_sources(db, SOURCES)
    run_id = start_run(db, "refresh")
    result = SourceFetchResult(
        source_id="ledger",
        status="partial",
        documents=[_doc()],
        problems=[Problem(code="entry_without_link", message="entry 3 has no link", severity="warning")],
        etag='"abc"',
        http_status=200,
        n_entries=4,
    )
    counts = store_fetch_result(db, run_id, result)
    finish_run(db, run_id, "ok", n_sources=1, n_sources_ok=1, n_new_documents=counts.new)
    source = db["sources"].get("ledger")
    assert source["etag"] == '"abc"' and source["last_success_at"] and source["n_documents"] == 1
    fetch = db.execute("SELECT status, n_new, problems FROM source_fetches").fetchone()
    assert fetch[0] == "partial" and fetch[1] == 1 and "entry 3 has no link" in fetch[2]
    assert db["fetch_runs"].get(run_id)["status"] == "ok"
    assert known_doc_keys(db) == {"url:https://news.example.org/a"}


def test_failed_fetch_counts_consecutive_failures_and_keeps_documents(tmp_path):
    db = open_db(tmp_path / "ow.db")
    sync_sources(db, SOURCES)
    store_fetch_result(db, None, SourceFetchResult(source_id="ledger", status="ok", documents=[_doc()]))
    for _ in range(2):
        store_fetch_result(
            db, None, SourceFetchResult(source_id="ledger", status="error", problems=[Problem("http_500", "server error 500")])
        )
    source = db["sources"].get("ledger")
    assert source["consecutive_failures"] == 2 and source["last_error"] == "server error 500"
    assert db["documents"].count == 1


def test_crashed_runs_are_marked_interrupted(tmp_path):
    db = open_db(tmp_path / "ow.db")
    start_run(db, "refresh")
    assert mark_interrupted_runs(db) == 1
    assert db.execute("SELECT status FROM fetch_runs").fetchone()[0] == "interrupted"


def test_extraction_replaces_claims_and_clears_the_pending_flag(tmp_path):
    db = open_db(tmp_path / "ow.db")
    store_documents(db, [_doc()])
    [pending] = list(documents_for_extraction(db))
    result = {
        "id": pending["id"],
        "is_outage": True,
        "language": "en",
        "pipeline_version": "t1",
        "incidents": [
            {
                "primary": True,
                "provider": "AWS",
                "claims": [
                    {"attribute": "duration", "value": "thirteen hours", "normalized": 13.0, "speaker_kind": "vendor",
                     "quote": "thirteen hours", "start": 28, "end": 42}
                ],
            }
        ],
    }
    for _ in range(2):
        with transaction(db):
            store_extraction(db, pending["id"], result)
    assert db["claims"].count == 1 and db["mentions"].count == 1
    assert list(documents_for_extraction(db)) == []
    assert db.execute("SELECT normalized FROM claims").fetchone()[0] == "13.0"


def test_a_failed_transaction_leaves_nothing_behind(tmp_path):
    db = open_db(tmp_path / "ow.db")
    with pytest.raises(RuntimeError):
        with transaction(db):
            store_documents(db, [_doc()])
            raise RuntimeError("crash mid-source")
    assert db["documents"].count == 0
    assert check_integrity(db) == []


def test_reader_sees_consistent_data_while_a_writer_holds_a_transaction(tmp_path):
    path = tmp_path / "ow.db"
    writer = open_db(path)
    store_documents(writer, [_doc(key="url:https://x.org/0")])
    reader = open_db(path, readonly=True)
    errors: list[Exception] = []
    counts: list[int] = []
    stop = threading.Event()

    def read_loop():
        while not stop.is_set():
            try:
                counts.append(reader.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
            except sqlite3.Error as exc:  # a "database is locked" here is the failure we test for
                errors.append(exc)
            time.sleep(0.001)

    def reads_after(n_before: int, n_more: int) -> None:
        # wait for the reader to read again (not a fixed sleep: on a loaded machine the thread may not run for a while)
        deadline = time.monotonic() + 10
        while len(counts) < n_before + n_more and time.monotonic() < deadline:
            time.sleep(0.005)

    thread = threading.Thread(target=read_loop)
    thread.start()
    with transaction(writer):
        for n in range(1, 200):
            store_documents(writer, [_doc(key=f"url:https://x.org/{n}")])
        reads_after(len(counts), 5)  # hold the write lock while the reader keeps reading
        mid_transaction_counts = list(counts)
    reads_after(len(counts), 2)
    stop.set()
    thread.join()
    assert errors == []
    assert mid_transaction_counts and set(mid_transaction_counts) == {1}  # no half-written state visible
    assert counts[-1] == 200


def test_missing_database_for_reading_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no database at"):
        open_db(tmp_path / "absent.db", readonly=True)


def test_corrupt_database_file_is_a_clear_error_and_is_not_modified(tmp_path):
    path = tmp_path / "corrupt.db"
    garbage = b"this is not sqlite" * 100
    path.write_bytes(garbage)
    with pytest.raises(StoreError, match="not a usable outagewatch database"):
        open_db(path)
    assert path.read_bytes() == garbage


@pytest.fixture
def read_only_dir(tmp_path):
    """A directory nobody may write to (as root, chmod is not enough: make it immutable)."""
    import os
    import shutil
    import subprocess

    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "existing.db").write_bytes(b"")
    open_db(locked / "existing.db").close()
    immutable = os.geteuid() == 0 and shutil.which("chattr") is not None
    if immutable:
        subprocess.run(["chattr", "+i", str(locked)], check=True)
    else:
        locked.chmod(0o555)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("cannot make a read-only directory on this machine")
        yield locked
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(locked)], check=True)
        locked.chmod(0o755)


def test_creating_a_database_in_a_read_only_directory_is_a_clear_error(read_only_dir):
    with pytest.raises(StoreError, match="read-only"):
        open_db(read_only_dir / "ow.db")
    assert not (read_only_dir / "ow.db").exists()


def test_writing_a_database_in_a_read_only_directory_is_a_clear_error(read_only_dir):
    with pytest.raises(StoreError, match="read-only"):
        open_db(read_only_dir / "existing.db")


def test_database_from_a_newer_outagewatch_is_refused(tmp_path):
    db = open_db(tmp_path / "ow.db")
    db.execute("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01T00:00:00Z')")
    db.conn.commit()
    db.close()
    with pytest.raises(StoreError, match="newer than this outagewatch"):
        open_db(tmp_path / "ow.db")


def test_known_keys_include_the_feed_entry_a_document_was_reached_through(tmp_path):
    db = open_db(tmp_path / "ow.db")
    doc = _doc(key="url:https://publisher.example.org/story")
    doc.extra = {"feed_doc_key": "url:https://news.example.com/rss/articles/CBMiTOKEN"}
    store_documents(db, [doc])
    assert known_doc_keys(db) == {"url:https://publisher.example.org/story", "url:https://news.example.com/rss/articles/CBMiTOKEN"}
