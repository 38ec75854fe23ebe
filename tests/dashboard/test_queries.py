import pytest

from data import queries as q
from data.db import StoreError, open_db
from tests.fixtures_db import (
    EXPECTED,
    INC_CLOUDFLARE,
    INC_COST_EXPLORER,
    INC_DYNAMODB,
    INC_GITHUB_ACTIONS,
    SEARCH_WORD,
)


@pytest.fixture
def db(fixture_db):
    with q.reading(fixture_db) as db:
        yield db


def test_headline_counts_incidents_providers_and_median_duration(db):
    h = q.headline(db)
    assert h.n_incidents == EXPECTED["n_incidents"]
    assert h.n_providers == EXPECTED["n_providers"]
    assert h.median_duration_hours == EXPECTED["median_duration_hours"]
    assert h.ai_status_counts == EXPECTED["ai_status_counts"]
    assert h.n_disagreements == EXPECTED["n_disagreements"]
    assert h.share_with_disagreement == EXPECTED["n_incidents_with_disagreement"] / EXPECTED["n_incidents"]


def test_median_of_even_count_averages_the_middle_two(db):
    assert q.headline(db, q.IncidentFilter(providers=("AWS",))).median_duration_hours == 14.0  # 13 and 15
    assert q.headline(db, q.IncidentFilter(providers=("AWS", "GitHub"))).median_duration_hours == 13.0  # 1.5, 13, 15


def test_incidents_per_month_groups_by_month_and_provider(db):
    rows = q.incidents_per_month(db)
    assert {"month": "2025-12", "provider": "AWS", "incidents": 1} in rows
    assert sum(r["incidents"] for r in rows) == EXPECTED["n_incidents"]


def test_duration_histogram_puts_each_known_duration_in_a_log_bin(db):
    rows = q.duration_histogram(db)
    assert sum(r["incidents"] for r in rows) == 3  # Cloudflare's duration is unknown
    assert {"provider": "GitHub", "hours_from": 1.0, "incidents": 1} in rows
    assert {"provider": "AWS", "hours_from": 8.0, "incidents": 2} in rows


def test_severe_recent_disagreements_come_most_severe_first(db):
    rows = q.severe_recent_disagreements(db)
    assert [r["severity"] for r in rows] == sorted((r["severity"] for r in rows), reverse=True)
    assert rows[0]["incident_id"] == INC_COST_EXPLORER and rows[0]["kind"] == "contradiction"


def test_filters_narrow_the_incident_list(db):
    assert q.list_incidents(db, q.IncidentFilter(providers=("GitHub",))).total == 1
    assert {r["id"] for r in q.list_incidents(db, q.IncidentFilter(has_disagreement=True)).rows} == {INC_COST_EXPLORER, INC_DYNAMODB}
    assert {r["id"] for r in q.list_incidents(db, q.IncidentFilter(has_disagreement=False)).rows} == {INC_GITHUB_ACTIONS, INC_CLOUDFLARE}
    assert [r["id"] for r in q.list_incidents(db, q.IncidentFilter(ai_statuses=("denied",))).rows] == [INC_COST_EXPLORER]
    assert [r["id"] for r in q.list_incidents(db, q.IncidentFilter(causes=("dns",))).rows] == [INC_DYNAMODB]


def test_month_precision_start_counts_inside_a_range_starting_mid_month(db):
    ids = {r["id"] for r in q.list_incidents(db, q.IncidentFilter(since="2025-12-10", until="2025-12-31")).rows}
    assert ids == {INC_COST_EXPLORER}


def test_full_text_search_finds_incident_through_its_documents(db):
    page = q.list_incidents(db, q.IncidentFilter(search=SEARCH_WORD.lower()))
    assert [r["id"] for r in page.rows] == [INC_COST_EXPLORER]


@pytest.mark.parametrize("text", ['"unbalanced', "NEAR(", "a AND OR", "*", "title:x -y"])
def test_search_with_fts_syntax_in_it_does_not_raise(db, text):
    page = q.list_incidents(db, q.IncidentFilter(search=text))
    assert page.total >= 0


def test_sorting_puts_unknown_values_last_and_pages(db):
    page = q.list_incidents(db, sort="duration_hours", descending=False, limit=2)
    assert [r["duration_hours"] for r in page.rows] == [1.5, 13.0]
    assert page.total == 4
    last = q.list_incidents(db, sort="duration_hours", descending=False, limit=2, offset=2)
    assert [r["duration_hours"] for r in last.rows] == [15.0, None]


def test_sorting_by_an_unknown_column_is_refused(db):
    with pytest.raises(ValueError, match="cannot sort"):
        q.list_incidents(db, sort="id; DROP TABLE incidents")


def test_incident_detail_has_vendor_and_press_accounts_with_quotes(db):
    detail = q.incident_detail(db, INC_COST_EXPLORER)
    cause = next(a for a in detail.accounts if a.attribute == "cause")
    assert [e.normalized for e in cause.vendor] == ["human_error"]
    assert [e.normalized for e in cause.press] == ["ai_agent"]
    assert "misconfigured access controls" in cause.vendor[0].quote
    assert cause.press[0].url == "https://ledger.example.org/kiro"
    assert detail.services == ["AWS Cost Explorer"] and detail.regions == ["mainland China"]
    assert {d["kind"] for d in detail.disagreements} == {"contradiction", "magnitude"}


def test_incident_timeline_orders_status_updates_press_and_postmortem(db):
    detail = q.incident_detail(db, INC_DYNAMODB)
    kinds = [e.kind for e in detail.timeline]
    assert kinds[0] == "status update"
    assert "first press report" in kinds and kinds[-1] == "postmortem"
    assert [e.at for e in detail.timeline] == sorted(e.at for e in detail.timeline)


def test_unknown_incident_has_no_detail(db):
    assert q.incident_detail(db, "inc_does_not_exist") is None


def test_disagreements_filter_by_kind_and_provider(db):
    assert [d["id"] for d in q.list_disagreements(db, kinds=("omission",))] == ["dis_dynamodb_scope"]
    assert q.list_disagreements(db, providers=("GitHub",)) == []
    assert len(q.list_disagreements(db)) == EXPECTED["n_disagreements"]


def test_disagreement_rate_counts_incidents_with_both_sides(db):
    rows = q.disagreement_rate_by_provider(db)
    assert rows == [{"provider": "AWS", "incidents": 2, "with_disagreement": 2, "rate": 1.0}]


def test_acknowledgement_delays_per_provider(db):
    (aws,) = q.acknowledgement_delays(db)
    assert aws["provider"] == "AWS" and aws["incidents"] == 2 and aws["press_first"] == 1
    assert aws["max_delay_hours"] == 26.0


def test_source_health_lists_failing_sources_first_and_run_history(db):
    sources = q.source_health(db)
    assert sources[0]["id"] == "github-status"
    assert "503" in sources[0]["last_error"]
    runs = q.fetch_runs(db)
    assert [r["status"] for r in runs] == ["partial", "ok"]
    fetches = q.source_fetches(db, runs[0]["id"])
    assert {f["source_id"]: f["status"] for f in fetches}["github-status"] == "error"


def test_override_history_shows_the_audit_trail(db):
    (row,) = q.override_history(db)
    assert row["author"] == "fixture-reviewer" and row["action"] == "set_field"


def test_reading_a_missing_database_gives_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="outagewatch refresh"):
        with q.reading(tmp_path / "nothing.db"):
            pass


def test_acknowledgement_delay_histogram_bins_vendor_first_and_late_answers(db):
    rows = q.acknowledgement_delay_histogram(db)
    assert {"provider": "AWS", "delay": "vendor first", "incidents": 1} in rows  # DynamoDB: status page before press
    assert {"provider": "AWS", "delay": "1–3 days", "incidents": 1} in rows  # Cost Explorer: 26 h


def test_overview_in_one_call_agrees_with_the_separate_queries(db):
    o = q.overview(db)
    assert o.headline == q.headline(db)
    assert o.per_month == q.incidents_per_month(db)
    assert o.ai_per_month == q.ai_involvement_per_month(db)
    assert o.severe == q.severe_recent_disagreements(db)


def _set_starts(path, starts: dict[str, str]) -> None:
    db = open_db(path)
    with db.conn:
        for incident_id, started in starts.items():
            db.execute("UPDATE incidents SET started_at = ? WHERE id = ?", [started, incident_id])
    db.close()


def test_severe_recent_disagreements_found_when_the_latest_start_is_known_only_to_the_month(writable_db):
    # The pipeline stores "2025-12" when the text gives only the month; the cut-off must still be a date.
    _set_starts(writable_db, {INC_GITHUB_ACTIONS: "2025-09"})
    with q.reading(writable_db) as db:
        rows = q.severe_recent_disagreements(db)
    assert rows and rows[0]["incident_id"] == INC_COST_EXPLORER


def test_date_pickers_cover_incidents_known_only_to_the_month_or_year(writable_db):
    _set_starts(writable_db, {INC_GITHUB_ACTIONS: "2026-02", INC_CLOUDFLARE: "2024"})
    with q.reading(writable_db) as db:
        options = q.filter_options(db)
        assert (options.first_day, options.last_day) == ("2024-01-01", "2026-02-28")
        within = q.list_incidents(db, q.IncidentFilter(since=options.first_day, until=options.last_day))
    assert within.total == EXPECTED["n_incidents"]


def test_incident_list_names_the_services_hit(db):
    rows = {r["id"]: r for r in q.list_incidents(db).rows}
    assert "Cost Explorer" in ", ".join(rows[INC_COST_EXPLORER]["services"])
    assert all(isinstance(r["services"], list) for r in rows.values())
