from pathlib import Path

import pytest

from app_pages import _actions
from app_pages import _helpers as h
from data.queries import IncidentFilter

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "scraped",
    [
        "[click me](javascript:alert(1))",
        "![tracker](https://evil.example/pixel.png)",
        "<script>alert('x')</script>",
        ":red[alarming] $x^2$ **bold**",
    ],
)
def test_scraped_text_is_escaped_so_markdown_cannot_act_on_it(scraped):
    escaped = h.escape_md(scraped)
    # every character Markdown could act on arrives backslash-escaped
    for i, char in enumerate(escaped):
        if char in "[]()!<>:$*`" and (i == 0 or escaped[i - 1] != "\\"):
            raise AssertionError(f"unescaped {char!r} at {i} in {escaped!r}")
    assert escaped.replace("\\", "") == scraped  # nothing lost, only made inert


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd", "//no-scheme", "", None])
def test_only_http_links_from_scraped_data_become_links(url):
    assert h.safe_url(url) is None
    assert "](" not in h.md_link("title", url)


def test_http_link_keeps_its_target_and_escapes_its_label():
    link = h.md_link("AWS [outage]", "https://ledger.example.org/a b")
    assert link == "[AWS \\[outage\\]](<https://ledger.example.org/a%20b>)"


def test_filter_round_trips_through_the_query_string():
    f = IncidentFilter(since="2025-10-01", until="2025-12-31", providers=("AWS", "GitHub"), causes=("dns",),
                       ai_statuses=("denied",), has_disagreement=False, search="DNS failure")
    parsed, problems = h.filter_from_params(h.filter_to_params(f))
    assert parsed == f and problems == []


def test_empty_filter_makes_an_empty_query_string():
    assert h.filter_to_params(IncidentFilter()) == {}


def test_bad_query_string_values_are_dropped_with_a_reason():
    f, problems = h.filter_from_params({"since": "yesterday", "ai": "alleged,perhaps", "disagreement": "sometimes"})
    assert f.since is None and f.ai_statuses == ("alleged",) and f.has_disagreement is None
    assert len(problems) == 3


def test_stale_link_providers_are_dropped_before_widgets_see_them():
    f = h.without_unknown_options(IncidentFilter(providers=("AWS", "Gone Cloud")), ["AWS", "GitHub"], [])
    assert f.providers == ("AWS",)


@pytest.mark.parametrize("hours, shown", [(0.5, "30 min"), (13.0, "13.0 h"), (72.0, "3.0 days"), (None, "unknown")])
def test_durations_are_shown_in_readable_units(hours, shown):
    assert h.fmt_hours(hours) == shown


def test_charts_have_titles_and_axis_titles(fixture_db):
    from data import queries as q

    with q.reading(fixture_db) as db:
        charts = [h.incidents_per_month_chart(q.incidents_per_month(db)), h.cause_mix_chart(q.cause_mix_per_month(db)),
                  h.duration_chart(q.duration_histogram(db)), h.disagreement_rate_chart(q.disagreement_rate_by_provider(db))]
    for chart in charts:
        spec = chart.to_dict()
        assert spec["title"]
        assert spec["encoding"]["x"]["title"] and spec["encoding"]["y"]["title"]


def test_monthly_counts_over_many_years_are_shown_per_year():
    rows = [{"month": "2019-03", "provider": "Meta", "incidents": 1}, {"month": "2025-11", "provider": "AWS", "incidents": 1},
            {"month": "2025-12", "provider": "AWS", "incidents": 2}]
    yearly, unit = h.by_period(rows, "provider")
    assert unit == "year"
    assert yearly == [{"period": "2019-01-01", "provider": "Meta", "incidents": 1},
                      {"period": "2025-01-01", "provider": "AWS", "incidents": 3}]
    spec = h.incidents_per_month_chart(rows).to_dict()
    assert spec["title"] == "Incidents per year by provider" and spec["encoding"]["x"]["timeUnit"] == "year"


def test_monthly_counts_within_three_years_stay_monthly():
    rows = [{"month": "2025-01", "cause": "dns", "incidents": 1}, {"month": "2025-12", "cause": "dns", "incidents": 2}]
    monthly, unit = h.by_period(rows, "cause")
    assert unit == "month" and [r["period"] for r in monthly] == ["2025-01-01", "2025-12-01"]
    assert h.cause_mix_chart(rows).to_dict()["encoding"]["x"]["timeUnit"] == "yearmonth"


def test_duration_bins_have_readable_labels_in_order(fixture_db):
    from data import queries as q

    assert h.DURATION_LABELS[:4] == ["< 15 min", "15–30 min", "30–60 min", "1–2 h"] and h.DURATION_LABELS[-1] == "≥ 256 h"
    with q.reading(fixture_db) as db:
        rows = q.duration_histogram(db)
    spec = h.duration_chart(rows).to_dict()
    shown = {r["duration"] for r in next(iter(spec["datasets"].values()))}
    assert shown == {h.duration_bin_label(r["hours_from"]) for r in rows} and "1–2 h" in shown  # GitHub's 1.5 h
    assert spec["encoding"]["x"]["sort"] == h.DURATION_LABELS


def test_disagreement_rate_labels_say_how_many_incidents_the_share_is_of():
    rows = [{"provider": "AWS", "incidents": 3, "with_disagreement": 2, "rate": 0.667}]
    data = next(iter(h.disagreement_rate_chart(rows).to_dict()["datasets"].values()))
    assert data[0]["label"] == "AWS (2 of 3)"


def test_incident_picker_names_the_services_hit():
    row = {"id": "inc_1", "started_at": "2025-12", "provider": "AWS", "services": ["AWS Cost Explorer", "DynamoDB"],
           "title": "Questions and answers"}
    assert h.incident_label(row) == "2025-12 · AWS · AWS Cost Explorer, DynamoDB · Questions and answers"
    assert h.incident_label({**row, "services": [], "title": None}) == "2025-12 · AWS · inc_1"


def test_dashboard_code_never_allows_raw_html():
    files = [ROOT / "app.py", *sorted((ROOT / "app_pages").glob("*.py"))]
    offenders = [f.name for f in files if "unsafe_allow_html" in f.read_text()]
    assert offenders == []


def test_review_values_are_parsed_to_the_fields_type():
    assert _actions.parse_field_value("services", "DynamoDB, EC2 ,") == ["DynamoDB", "EC2"]
    assert _actions.parse_field_value("duration_hours", "13") == 13.0
    assert _actions.parse_field_value("cause_category", "  ") is None


def test_override_without_author_is_refused_before_touching_the_database(tmp_path):
    outcome = _actions.record_override(str(tmp_path / "none.db"), "set_field", {"field": "title", "value": "x"},
                                       author=" ", reason="typo", incident_id="inc_x")
    assert not outcome.ok and "author" in outcome.message
    assert not (tmp_path / "none.db").exists()


def test_claim_labels_are_short_and_never_repeat_the_quote():
    long_value = "Amazon maintains that the disruption was caused by misconfigured access controls rather than by AI"
    assert h.evidence_headline("cause", long_value, "human_error", long_value) == "human error"
    assert h.evidence_headline("duration", "13 hours", 13.0, "lasted 13 hours") == "13 hours"
    assert h.evidence_headline("ai", "not AI", False, "not AI", "denies") == "AI did not take part"
    assert h.evidence_headline("cause", "x" * 120, None, "quote").endswith("…")


@pytest.mark.parametrize("iso, shown", [("2025-06-10T06:03:00Z", "2025-06-10 06:03"), ("2025-12", "2025-12"),
                                        ("2025-10-20", "2025-10-20"), (None, None)])
def test_start_times_are_shown_to_the_minute_or_as_precise_as_known(iso, shown):
    assert h.fmt_when(iso) == shown


def test_taxonomy_codes_read_as_words():
    assert h.fmt_code("ai_agent") == "ai agent" and h.fmt_code("vendor_statement") == "vendor statement"
    assert h.fmt_code(None) is None


def test_charts_grow_with_a_long_legend_so_the_plot_keeps_its_height():
    few = [{"month": "2025-01", "provider": p, "incidents": 1} for p in ("AWS", "Azure", "GitHub")]
    many = [{"month": "2025-01", "provider": f"Provider {n}", "incidents": 1} for n in range(20)]
    assert h.incidents_per_month_chart(many).to_dict()["height"] >= h.incidents_per_month_chart(few).to_dict()["height"] + 6 * 18
