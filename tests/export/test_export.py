from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET

import pyarrow.parquet as pq
import pytest

from data.db import open_db
from data.export import data_dictionary_markdown, export_dataset
from data.export.schema import export_tables, load_crosswalk
from tests.fixtures_db import EXPECTED, INC_COST_EXPLORER, INCIDENT_IDS, build_fixture_db

TABLES = ("incidents", "documents", "claims", "disagreements")
ALL = "csv,jsonl,parquet,sqlite,atom"


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-c", "import sys; from outagewatch_cli.main import main; sys.exit(main())", *args],
        capture_output=True, text=True, timeout=120,
    )


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory):
    return build_fixture_db(tmp_path_factory.mktemp("db") / "fixture.db")


def export(db_path, out, formats=ALL, **kw):
    db = open_db(db_path, readonly=True)
    try:
        return export_dataset(db, out, formats, **kw)
    finally:
        db.close()


def store_counts(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return {
            "incidents": conn.execute("SELECT COUNT(*) FROM incidents WHERE status = 'active'").fetchone()[0],
            "documents": conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0],
            "claims": conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0],
            "disagreements": conn.execute("SELECT COUNT(*) FROM disagreements WHERE dismissed = 0").fetchone()[0],
        }
    finally:
        conn.close()


def test_export_round_trips_every_format_to_the_store_counts(fixture_db, tmp_path):
    out = tmp_path / "out"
    report = export(fixture_db, out)
    expected = store_counts(fixture_db)
    assert report.counts == expected and expected["incidents"] == EXPECTED["n_incidents"]
    for table in TABLES:
        with open(out / f"{table}.csv", encoding="utf-8", newline="") as handle:
            assert sum(1 for _ in csv.DictReader(handle)) == expected[table]
        assert len((out / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()) == expected[table]
        assert pq.read_table(out / f"{table}.parquet").num_rows == expected[table]
    conn = sqlite3.connect(out / "outagewatch.sqlite")
    assert {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES} == expected


def test_export_values_survive_the_round_trip(fixture_db, tmp_path):
    export(fixture_db, tmp_path, "csv,jsonl,parquet")
    row = next(json.loads(l) for l in (tmp_path / "incidents.jsonl").read_text().splitlines() if INC_COST_EXPLORER in l)
    assert row["services"] == ["AWS Cost Explorer"] and row["duration_hours"] == 13.0
    assert row["vendor_cause"] == "human_error" and row["press_cause"] == "ai_agent" and row["ai_status"] == "denied"
    parquet = pq.read_table(tmp_path / "incidents.parquet").to_pylist()
    assert next(r for r in parquet if r["incident_id"] == INC_COST_EXPLORER)["services"] == ["AWS Cost Explorer"]
    with open(tmp_path / "claims.csv", encoding="utf-8", newline="") as handle:
        claims = list(csv.DictReader(handle))
    store = sqlite3.connect(fixture_db)
    for claim in claims:
        text = store.execute("SELECT text FROM documents WHERE id = ?", [claim["document_id"]]).fetchone()[0]
        assert text[int(claim["start"]):int(claim["end"])] == claim["quote"]


def test_datapackage_is_valid_under_frictionless(fixture_db, tmp_path):
    from frictionless import Package, validate

    export(fixture_db, tmp_path, "csv")
    report = validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = Package(str(tmp_path / "datapackage.json"))
    assert [r.name for r in package.resources] == list(TABLES)
    descriptor = json.loads((tmp_path / "datapackage.json").read_text())
    assert descriptor["schema_version"] and descriptor["pipeline_version"] == "fixture-1"
    assert descriptor["licenses"] and descriptor["created"]
    claims = next(r for r in descriptor["resources"] if r["name"] == "claims")["schema"]
    assert claims["primaryKey"] == ["claim_id"]
    assert {fk["reference"]["resource"] for fk in claims["foreignKeys"]} == {"documents", "incidents"}
    for resource in descriptor["resources"]:
        assert all(f.get("description") and f.get("type") for f in resource["schema"]["fields"])


def test_same_database_gives_byte_identical_files(fixture_db, tmp_path):
    export(fixture_db, tmp_path / "one")
    export(fixture_db, tmp_path / "two")
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "two").iterdir())
    assert "outagewatch.sqlite" in names and "outagewatch.atom" in names and "CITATION.cff" in names
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_created_comes_from_the_newest_fetch_not_the_clock(fixture_db, tmp_path):
    report = export(fixture_db, tmp_path, "csv")
    newest = sqlite3.connect(fixture_db).execute("SELECT MAX(fetched_at) FROM documents").fetchone()[0]
    assert report.created == newest
    assert json.loads((tmp_path / "datapackage.json").read_text())["created"] == newest
    assert f'date-released: "{newest[:10]}"' in (tmp_path / "CITATION.cff").read_text()


def test_article_text_is_left_out_unless_asked_but_quotes_stay(fixture_db, tmp_path):
    export(fixture_db, tmp_path / "plain", "csv")
    with open(tmp_path / "plain" / "documents.csv", encoding="utf-8") as handle:
        assert "text" not in next(csv.reader(handle))
    with open(tmp_path / "plain" / "claims.csv", encoding="utf-8") as handle:
        assert all(row["quote"] for row in csv.DictReader(handle))
    export(fixture_db, tmp_path / "full", "jsonl", include_text=True)
    docs = [json.loads(l) for l in (tmp_path / "full" / "documents.jsonl").read_text().splitlines()]
    assert all(d["text"] for d in docs)


def test_provider_filter_keeps_only_that_providers_rows_with_valid_references(fixture_db, tmp_path):
    from frictionless import validate

    report = export(fixture_db, tmp_path, "csv", provider="aws")
    incidents = list(csv.DictReader(open(tmp_path / "incidents.csv", encoding="utf-8")))
    assert {r["provider"] for r in incidents} == {"AWS"} and report.counts["incidents"] == 2
    assert validate(str(tmp_path / "datapackage.json")).valid


def test_date_filters_select_incidents_by_start(fixture_db, tmp_path):
    export(fixture_db, tmp_path, "jsonl", since="2025-11-01", until="2025-12-31")
    ids = {json.loads(l)["incident_id"] for l in (tmp_path / "incidents.jsonl").read_text().splitlines()}
    assert ids == {INC_COST_EXPLORER, "inc_cloudflare_config"}
    assert ids < set(INCIDENT_IDS)


def test_crosswalk_columns_follow_the_nlp_crosswalk_file(fixture_db, tmp_path):
    crosswalk = load_crosswalk()
    if crosswalk is None:
        pytest.skip("nlp/data/cause_crosswalk.json not present")
    export(fixture_db, tmp_path, "jsonl")
    row = next(json.loads(l) for l in (tmp_path / "incidents.jsonl").read_text().splitlines() if INC_COST_EXPLORER in l)
    for scheme, mapped in crosswalk["categories"]["ai_agent"].items():
        assert row[f"cause_{scheme}"] == mapped


def test_data_dictionary_lists_every_column_of_every_table():
    text = data_dictionary_markdown()
    for table in export_tables(crosswalk=load_crosswalk()):
        assert f"`{table.name}`" in text
        for column in table.columns:
            assert f"| `{column.name}` |" in text


def test_atom_feed_lists_incidents_and_disagreements(fixture_db, tmp_path):
    export(fixture_db, tmp_path, "atom")
    assert not (tmp_path / "datapackage.json").exists()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.parse(tmp_path / "outagewatch.atom").getroot()
    ids = [e.findtext("a:id", namespaces=ns) for e in feed.findall("a:entry", ns)]
    assert sum(i.startswith("urn:outagewatch:incident:") for i in ids) == EXPECTED["n_incidents"]
    assert sum(i.startswith("urn:outagewatch:disagreement:") for i in ids) == EXPECTED["n_disagreements"]
    assert feed.findtext("a:updated", namespaces=ns) and feed.find("a:author/a:name", ns) is not None
    updated = [e.findtext("a:updated", namespaces=ns) for e in feed.findall("a:entry", ns)]
    assert updated == sorted(updated, reverse=True)


def test_export_command_rejects_unknown_format_with_one_line(fixture_db, tmp_path):
    result = run_cli("--db", str(fixture_db), "export", "--out", str(tmp_path), "--format", "csv,xls")
    assert result.returncode == 2 and "xls" in result.stderr and "Traceback" not in result.stderr


def test_export_command_rejects_a_bad_date(fixture_db, tmp_path):
    result = run_cli("--db", str(fixture_db), "export", "--out", str(tmp_path), "--since", "yesterday")
    assert result.returncode == 2 and "yesterday" in result.stderr


def test_export_command_writes_the_dataset(fixture_db, tmp_path):
    result = run_cli("--db", str(fixture_db), "export", "--out", str(tmp_path / "ds"), "--format", "csv,sqlite")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "ds" / "outagewatch.sqlite").exists() and (tmp_path / "ds" / "README.md").exists()
    assert f"{EXPECTED['n_incidents']} incidents" in result.stdout
