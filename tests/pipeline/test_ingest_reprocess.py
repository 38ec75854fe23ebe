from __future__ import annotations

import json
import subprocess
import sys
import zlib

from data.db import open_db
from data.models import stable_id
from outagewatch_cli.pipeline import ingest, reprocess

from tests.pipeline.conftest import STORIES


def run_cli(*args):
    return subprocess.run([sys.executable, "-c", "import sys; from outagewatch_cli.main import main; sys.exit(main())", *args], capture_output=True, text=True, timeout=180)


def write_jsonl(path, objects_or_lines):
    lines = [o if isinstance(o, str) else json.dumps(o) for o in objects_or_lines]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def good_docs():
    return [
        {"id": f"story-{n}", "url": f"https://news.example.org/{n}.html?utm_medium=feed", "title": f"{provider} outage",
         "text": story, "published": "2025-11-04T10:00:00+01:00", "outlet": "Example News", "provider": provider}
        for n, (provider, story) in enumerate(STORIES)
    ]


def test_ingest_stores_good_lines_and_reports_each_bad_line_with_its_number(tmp_path):
    lines = good_docs()[:2] + [
        "{not json",
        {"id": "no-text", "title": "nothing here"},
        {"id": "bad-kind", "text": "x", "source_kind": "blogger"},
        {"id": "bad-date", "text": "x", "published": "last Tuesday"},
    ] + good_docs()[2:]
    source = write_jsonl(tmp_path / "docs.jsonl", lines)
    report = ingest(tmp_path / "ow.db", source)
    assert report.n_new == len(STORIES)
    assert [e.split(": ", 1)[0] for e in report.errors] == [f"{source}:{n}" for n in (3, 4, 5, 6)]
    assert "not valid JSON" in report.errors[0]
    assert "'text' or 'html'" in report.errors[1]
    assert "blogger" in report.errors[2]
    assert "last Tuesday" in report.errors[3]
    assert report.exit_code == 1


def test_ingest_keys_documents_by_canonical_url_and_keeps_the_raw_line(tmp_path):
    source = write_jsonl(tmp_path / "docs.jsonl", good_docs()[:1])
    ingest(tmp_path / "ow.db", source)
    db = open_db(tmp_path / "ow.db")
    row = next(db.query("SELECT * FROM documents"))
    assert row["doc_key"] == "url:https://news.example.org/0.html"
    assert row["id"] == stable_id("doc", row["doc_key"])
    assert row["published_at"] == "2025-11-04T09:00:00Z"  # converted to UTC
    body = db.execute("SELECT body FROM raw_payloads WHERE sha256 = ?", [row["raw_sha256"]]).fetchone()[0]
    assert json.loads(zlib.decompress(body)) == good_docs()[0]


def test_ingest_without_url_keys_by_id_or_content(tmp_path):
    source = write_jsonl(tmp_path / "docs.jsonl", [
        {"id": "corpus-17", "text": STORIES[0][1]},
        {"text": STORIES[1][1], "title": "untitled"},
    ])
    ingest(tmp_path / "ow.db", source)
    keys = sorted(r[0] for r in open_db(tmp_path / "ow.db").execute("SELECT doc_key FROM documents"))
    assert keys[0] == "ingest:corpus-17"
    assert keys[1].startswith("ingest:sha256:")


def test_ingest_reads_html_documents_as_text(tmp_path):
    html = f"<html><body><nav>Home | World</nav><article><h1>Outage</h1><p>{STORIES[3][1]}</p></article></body></html>"
    source = write_jsonl(tmp_path / "docs.jsonl", [{"id": "h", "html": html}])
    ingest(tmp_path / "ow.db", source)
    text = open_db(tmp_path / "ow.db").execute("SELECT text FROM documents").fetchone()[0]
    assert "us-east-1" in text and "<p>" not in text


def test_ingesting_the_same_file_twice_changes_nothing(tmp_path):
    source = write_jsonl(tmp_path / "docs.jsonl", good_docs())
    ingest(tmp_path / "ow.db", source)
    db = open_db(tmp_path / "ow.db")
    before = {t: db[t].count for t in ("documents", "mentions", "claims", "incidents", "raw_payloads")}
    second = ingest(tmp_path / "ow.db", source)
    assert second.n_unchanged == len(STORIES) and second.n_new == 0
    assert {t: db[t].count for t in before} == before


def test_ingest_command_prints_bad_lines_and_exits_1(tmp_path):
    source = write_jsonl(tmp_path / "docs.jsonl", good_docs()[:1] + ["[1, 2]"])
    result = run_cli("--db", str(tmp_path / "ow.db"), "ingest", str(source))
    assert result.returncode == 1
    assert f"{source}:2: expected a JSON object" in result.stderr
    assert "1 new" in result.stdout


def test_reprocess_with_an_unchanged_pipeline_reports_no_changes(tmp_path):
    ingest(tmp_path / "ow.db", write_jsonl(tmp_path / "docs.jsonl", good_docs()))
    report = reprocess(tmp_path / "ow.db")
    assert report.n_documents == len(STORIES) and report.extract.n_extracted == len(STORIES)
    assert report.changed_outage == [] and report.changed_fields == []
    assert report.incidents_created == [] and report.incidents_removed == []
    assert report.disagreements_added == [] and report.disagreements_removed == []


def test_reprocess_reports_documents_an_older_extraction_got_wrong(tmp_path):
    ingest(tmp_path / "ow.db", write_jsonl(tmp_path / "docs.jsonl", good_docs()))
    db = open_db(tmp_path / "ow.db")
    target = db.execute("SELECT id FROM documents WHERE is_outage = 1 ORDER BY id LIMIT 1").fetchone()[0]
    n_active = db.execute("SELECT COUNT(*) FROM incidents WHERE status = 'active'").fetchone()[0]
    # What an older pipeline that missed this outage would have left behind.
    with db.conn:
        db.execute("DELETE FROM claims WHERE document_id = ?", [target])
        db.execute("DELETE FROM mentions WHERE document_id = ?", [target])
        db.execute("UPDATE documents SET is_outage = 0, pipeline_version = 'old' WHERE id = ?", [target])
    report = reprocess(tmp_path / "ow.db")
    assert report.changed_outage == [target]
    db = open_db(tmp_path / "ow.db")
    assert db.execute("SELECT is_outage FROM documents WHERE id = ?", [target]).fetchone()[0] == 1
    assert db.execute("SELECT COUNT(*) FROM incidents WHERE status = 'active'").fetchone()[0] == n_active
    assert db.execute("SELECT COUNT(*) FROM documents WHERE pipeline_version = 'old'").fetchone()[0] == 0


def test_reprocess_command_on_a_missing_database_is_exit_2(tmp_path):
    result = run_cli("--db", str(tmp_path / "none.db"), "reprocess")
    assert result.returncode == 2 and "no database" in result.stderr
