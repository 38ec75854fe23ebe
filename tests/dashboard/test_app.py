"""Every dashboard page run through Streamlit's AppTest against the seeded database."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from data.db import open_db
from tests.fixtures_db import EXPECTED, INC_COST_EXPLORER, INC_DYNAMODB, INC_GITHUB_ACTIONS, SEARCH_WORD

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def _app(monkeypatch, db_path, **query) -> AppTest:
    monkeypatch.setenv("OUTAGEWATCH_DB", str(db_path))
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in query.items():
        at.query_params[key] = value
    return at


def _open(monkeypatch, db_path, page: str, **query) -> AppTest:
    at = _app(monkeypatch, db_path, **query).run()
    if page != "overview":
        at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def _table(at, *columns):
    """The first table showing all these columns (AppTest does not expose a read-only table's key)."""
    for frame in at.dataframe:
        if set(columns) <= set(frame.value.columns):
            return frame.value
    raise AssertionError(f"no table with columns {columns}")


def _metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def _text(at) -> str:
    return "\n".join(e.value for kind in ("markdown", "caption", "info", "warning", "error", "success") for e in at.get(kind))


def test_overview_shows_headline_figures_and_charts(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "overview")
    metrics = _metrics(at)
    assert metrics["Incidents"] == str(EXPECTED["n_incidents"])
    assert metrics["Providers"] == str(EXPECTED["n_providers"])
    assert metrics["Median duration"] == "13.0 h"
    assert metrics["Vendor–press disagreement"] == "50%"
    assert "denied 25%" in _text(at)
    charts = at.get("vega_lite_chart")
    assert len(charts) == 4
    severe = _table(at, "severity", "summary")
    assert severe.iloc[0]["kind"] == "contradiction" and severe.iloc[0]["severity"] == 0.9


def test_overview_on_an_empty_database_says_to_run_refresh(monkeypatch, tmp_path):
    open_db(tmp_path / "empty.db").close()
    at = _open(monkeypatch, tmp_path / "empty.db", "overview")
    assert "outagewatch refresh" in at.info[0].value
    assert not at.get("vega_lite_chart")


def test_missing_database_is_reported_not_raised(monkeypatch, tmp_path):
    at = _open(monkeypatch, tmp_path / "absent.db", "overview")
    assert "Cannot read the database" in at.error[0].value and "outagewatch refresh" in at.error[0].value


def test_incidents_lists_all_then_filters_by_provider_into_the_url(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "incidents")
    assert "4 incidents match" in _text(at)
    at.multiselect(key="inc_provider").select("GitHub").run()
    assert "1 incident matches" in _text(at)
    assert list(_table(at, "title", "n_documents")["provider"]) == ["GitHub"]
    assert at.query_params["provider"] == "GitHub"


def test_incidents_filters_come_from_a_shared_link(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "incidents", disagreement="yes", ai="denied")
    table = _table(at, "title", "n_documents")
    assert list(table["id"]) == [INC_COST_EXPLORER]
    assert at.radio(key="inc_disagreement").value == "yes"


def test_bad_values_in_a_shared_link_are_reported_and_ignored(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "incidents", since="last tuesday", ai="maybe")
    warnings = " ".join(w.value for w in at.warning)
    assert "since" in warnings and "maybe" in warnings
    assert "4 incidents match" in _text(at)


def test_full_text_search_narrows_the_incident_list(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "incidents")
    at.text_input(key="inc_search").input(SEARCH_WORD).run()
    assert list(_table(at, "title", "n_documents")["id"]) == [INC_COST_EXPLORER]
    assert at.query_params["q"] == SEARCH_WORD


def test_sorting_by_duration_orders_the_table(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "incidents")
    at.selectbox(key="inc_sort").select("duration_hours").run()
    at.toggle(key="inc_desc").set_value(False).run()
    durations = list(_table(at, "title", "n_documents")["duration_hours"])
    assert durations[:3] == [1.5, 13.0, 15.0]


def test_opening_an_incident_shows_vendor_and_press_accounts_side_by_side(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "incidents")
    at.selectbox(key="inc_open").select(INC_COST_EXPLORER).run()
    assert not at.exception
    text = _text(at)
    assert "misconfigured access controls" in text  # vendor's quote
    assert "Kiro decided to delete and recreate the environment" in text  # press's quote
    assert "**Vendor**" in text and "**Press**" in text
    assert "ledger.example.org/kiro" in text  # link to the source
    assert at.query_params["incident"] == INC_COST_EXPLORER
    timeline = _table(at, "event", "what")
    assert set(timeline["event"]) == {"first press report", "vendor statement"}
    assert len(_table(at, "source_kind", "outlet")) == 2


def test_incident_link_opens_the_incident_directly(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "incidents", incident=INC_GITHUB_ACTIONS)
    assert at.header[0].value == "GitHub Actions degraded"
    assert "status update" in set(_table(at, "event", "what")["event"])


def test_unknown_incident_link_warns(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "incidents", incident="inc_gone")
    assert "No incident 'inc_gone'" in at.warning[0].value


def test_vendor_vs_press_lists_disagreements_and_filters_by_kind(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "vendor_vs_press")
    assert len(_table(at, "summary", "press_value")) == EXPECTED["n_disagreements"]
    assert len(at.get("vega_lite_chart")) == 3
    delays = _table(at, "press_first")
    assert list(delays["provider"]) == ["AWS"] and delays.iloc[0]["press_first"] == 1
    at.multiselect(key="vvp_kind").select("magnitude").run()
    table = _table(at, "summary", "press_value")
    assert list(table["press_value"]) == ["13 hours"]


def test_sources_page_shows_health_and_run_history(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "sources")
    assert _metrics(at)["Failing now"] == "1"
    assert "github-status" in at.warning[0].value and "503" in at.warning[0].value
    assert len(_table(at, "n_sources_ok")) == 2
    fetches = _table(at, "http_status")
    assert dict(zip(fetches["source_id"], fetches["status"]))["github-status"] == "error"


def test_export_page_builds_a_download_or_says_why_not(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "export")
    at.button(key="exp_build").click().run()
    assert not at.exception
    try:
        from data.export import export_dataset  # noqa: F401
    except ImportError:
        assert "Export is not available" in at.error[0].value
        return
    assert not at.error, at.error[0].value
    assert "incidents.csv" in at.success[0].value


def test_review_refuses_an_override_without_a_reason(monkeypatch, writable_db):
    at = _open(monkeypatch, writable_db, "review")
    at.text_input(key="rev_author").input("ana").run()
    at.button(key="rev_submit").click().run()
    assert "reason" in at.error[0].value
    assert len(_table(at, "author", "reason")) == 1  # only the fixture's own override


def test_review_records_a_field_correction_in_the_audit_trail(monkeypatch, writable_db):
    at = _open(monkeypatch, writable_db, "review")
    at.text_input(key="rev_author").input("ana").run()
    at.selectbox(key="rev_incident").select(INC_COST_EXPLORER).run()
    at.selectbox(key="rev_field").select("duration_hours").run()
    at.text_input(key="rev_value").input("13").run()
    at.text_area(key="rev_reason").input("status page gives 13 hours").run()
    at.button(key="rev_submit").click().run()
    assert not at.error, at.error[0].value
    history = _table(at, "author", "reason")
    assert history.iloc[0]["author"] == "ana" and history.iloc[0]["action"] == "set_field"
    assert history.iloc[0]["reason"] == "status page gives 13 hours"


def test_review_dismissing_a_disagreement_removes_it_from_vendor_vs_press(monkeypatch, writable_db):
    at = _open(monkeypatch, writable_db, "review")
    at.text_input(key="rev_author").input("ana").run()
    at.radio(key="rev_action").set_value("dismiss_disagreement").run()
    at.selectbox(key="rev_incident").select(INC_COST_EXPLORER).run()
    at.selectbox(key="rev_disagreement").select("dis_cost_explorer_duration").run()
    at.text_area(key="rev_reason").input("the vendor's 'brief' meant the customer impact, not the outage").run()
    at.button(key="rev_submit").click().run()
    assert not at.error, at.error[0].value
    assert _table(at, "author", "reason").iloc[0]["action"] == "dismiss_disagreement"
    at.switch_page("app_pages/vendor_vs_press.py").run()
    assert "dis_cost_explorer_duration" not in set(_table(at, "summary", "press_value")["id"])


def test_review_reports_a_refused_correction(monkeypatch, writable_db):
    at = _open(monkeypatch, writable_db, "review")
    at.text_input(key="rev_author").input("ana").run()
    at.selectbox(key="rev_field").select("ai_status").run()
    at.text_input(key="rev_value").input("probably").run()
    at.text_area(key="rev_reason").input("test").run()
    at.button(key="rev_submit").click().run()
    assert "Not recorded" in at.error[0].value and "probably" in at.error[0].value
    assert len(_table(at, "author", "reason")) == 1


def test_every_page_runs_without_exception(monkeypatch, fixture_db):
    at = _app(monkeypatch, fixture_db).run()
    for page in ("incidents", "vendor_vs_press", "sources", "export", "review", "overview"):
        at.switch_page(f"app_pages/{page}.py").run()
        assert not at.exception, (page, at.exception)
        assert at.title, page


def test_vendor_vs_press_filters_round_trip_through_the_url(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "vendor_vs_press", kind="omission,contradiction")
    assert set(_table(at, "summary", "press_value")["kind"]) == {"omission", "contradiction"}
    at.multiselect(key="vvp_kind").unselect("omission").run()
    assert at.query_params["kind"] == "contradiction"


def test_export_starts_from_the_filters_in_the_link(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "export", provider="AWS", since="2025-12-01")
    assert at.selectbox(key="exp_provider").value == "AWS"
    assert str(at.date_input(key="exp_since").value) == "2025-12-01"


def test_review_merges_two_incidents_and_the_list_shrinks(monkeypatch, writable_db):
    at = _open(monkeypatch, writable_db, "review")
    at.text_input(key="rev_author").input("ana").run()
    at.radio(key="rev_action").set_value("merge").run()
    at.selectbox(key="rev_incident").select(INC_COST_EXPLORER).run()
    at.multiselect(key="rev_merge").select(INC_DYNAMODB).run()
    at.text_area(key="rev_reason").input("same outage reported twice").run()
    at.button(key="rev_submit").click().run()
    assert not at.error, at.error[0].value
    assert "Recorded override" in at.success[0].value
    at.switch_page("app_pages/incidents.py").run()
    ids = set(_table(at, "title", "n_documents")["id"])
    assert INC_DYNAMODB not in ids and INC_COST_EXPLORER in ids


def test_a_corrupt_database_file_is_reported_on_the_page(monkeypatch, tmp_path):
    bad = tmp_path / "corrupt.db"
    bad.write_bytes(b"this is not a database" * 100)
    at = _open(monkeypatch, bad, "incidents")
    assert "Cannot read the database" in at.error[0].value and "not a usable outagewatch database" in at.error[0].value


def test_selecting_a_disagreement_shows_its_whole_summary_and_links_to_the_incident(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "vendor_vs_press")
    assert any("Select a row" in c.value for c in at.caption)
    first = _table(at, "summary", "press_value").iloc[0]
    at.session_state["vvp_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert not at.exception, at.exception
    assert any(first["summary"].rstrip(".") in m.value.replace("\\", "") for m in at.markdown)
    link = at.get("page_link")[0].proto
    assert link.page == "incidents" and link.query_string == f"incident={INC_COST_EXPLORER}"


def test_overview_severe_disagreements_are_selectable_too(monkeypatch, fixture_db):
    at = _open(monkeypatch, fixture_db, "overview")
    at.session_state["ov_severe"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert not at.exception, at.exception
    assert at.get("page_link")[0].proto.query_string.startswith("incident=")
