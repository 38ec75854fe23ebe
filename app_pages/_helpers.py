"""Dashboard logic that needs no Streamlit: safe text, URL filter state, charts, formatting.

Kept apart from the page scripts so it can be tested directly (tests/dashboard/test_helpers.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any, Mapping
from urllib.parse import urlsplit

import altair as alt
import pandas as pd

from data.queries import ACK_DELAY_BINS, AI_STATUSES, DURATION_BINS, IncidentFilter

# Everything Markdown (and Streamlit's extensions: :color[...], $math$, emoji shortcodes) treats
# as syntax; escaped so scraped text is shown as typed, never interpreted.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=])")


def escape_md(text: Any) -> str:
    """Scraped text made inert for st.markdown (links, images, HTML, colour directives, math)."""
    return _MD_SPECIAL.sub(r"\\\1", "" if text is None else str(text)).replace("\n", " ")


def safe_url(url: str | None) -> str | None:
    """Only http(s) links from scraped data are ever shown as links (no javascript:, data:, file:)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def md_link(label: Any, url: str | None) -> str:
    """A Markdown link to a scraped URL with an escaped label, or just the escaped label."""
    target = safe_url(url)
    text = escape_md(label) or "source"
    if not target:
        return text
    return f"[{text}](<{target.replace('>', '%3E').replace(' ', '%20')}>)"


def evidence_headline(attribute: str, value: str | None, normalized: Any, quote: str, polarity: str = "asserts") -> str:
    """A short label for a claim: its value when that is short, else its normalized form (never the quote twice)."""
    if attribute == "ai" and isinstance(normalized, bool):
        return "AI took part" if normalized else "AI did not take part"
    if value and len(value) <= 80 and value.strip() != quote.strip():
        return value
    if normalized is not None and normalized != "":
        label = str(normalized).replace("_", " ")
        return f"not {label}" if polarity == "denies" and attribute == "cause" else label
    return (value or "")[:77] + "…" if value and len(value) > 80 else (value or "(no value)")


def incident_label(row: Mapping[str, Any]) -> str:
    """How an incident is named in a picker: when, who, what was hit, then its title (titles come
    from whichever document anchors the group, so the services say more)."""
    services = list(row.get("services") or [])
    hit = ", ".join(services[:3]) + (f" +{len(services) - 3}" if len(services) > 3 else "")
    parts = [(row.get("started_at") or "?")[:10], row.get("provider") or "?", hit, row.get("title") or row["id"]]
    return " · ".join(p for p in parts if p)


def fmt_code(code: str | None) -> str | None:
    """A taxonomy code as words ('ai_agent' → 'ai agent'), as the claim labels already show them."""
    return code.replace("_", " ") if code else code


def fmt_when(iso: str | None) -> str | None:
    """An ISO start as a reader scans it: '2025-06-10 06:03' (UTC), or as precise as it is known ('2025-12')."""
    return iso[:16].replace("T", " ").removesuffix("Z") if iso else None


def with_readable_starts(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Copies of table rows with `started_at` shown by fmt_when (the cached rows stay untouched)."""
    return [{**r, "started_at": fmt_when(r.get("started_at"))} for r in rows]


def fmt_hours(hours: float | None) -> str:
    if hours is None:
        return "unknown"
    if abs(hours) < 1:
        return f"{hours * 60:.0f} min"
    if abs(hours) < 48:
        return f"{hours:.1f} h"
    return f"{hours / 24:.1f} days"


def fmt_share(share: float | None) -> str:
    return "–" if share is None else f"{share:.0%}"


# ---------------------------------------------------------------- filters in the URL


def _valid_date(text: str | None) -> str | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def filter_from_params(params: Mapping[str, str]) -> tuple[IncidentFilter, list[str]]:
    """Read the incident filter from query-string values; bad values are dropped and reported."""
    problems = []

    def listed(key: str) -> tuple[str, ...]:
        return tuple(v for v in (params.get(key) or "").split(",") if v)

    since, until = _valid_date(params.get("since")), _valid_date(params.get("until"))
    for key, parsed in (("since", since), ("until", until)):
        if params.get(key) and parsed is None:
            problems.append(f"ignored {key}={params.get(key)!r}: not a date like 2025-12-31")
    ai = listed("ai")
    unknown_ai = [a for a in ai if a not in AI_STATUSES]
    if unknown_ai:
        problems.append(f"ignored unknown AI status {', '.join(unknown_ai)}")
    flag = (params.get("disagreement") or "").lower()
    has_dis = {"yes": True, "no": False}.get(flag)
    if flag and has_dis is None:
        problems.append(f"ignored disagreement={flag!r}: use yes or no")
    f = IncidentFilter(
        since=since,
        until=until,
        providers=listed("provider"),
        causes=listed("cause"),
        ai_statuses=tuple(a for a in ai if a in AI_STATUSES),
        has_disagreement=has_dis,
        search=(params.get("q") or "")[:200],
    )
    return f, problems


def filter_to_params(f: IncidentFilter) -> dict[str, str]:
    """The filter as query-string values; empty parts are left out so shared URLs stay short."""
    params = {
        "since": f.since or "",
        "until": f.until or "",
        "provider": ",".join(f.providers),
        "cause": ",".join(f.causes),
        "ai": ",".join(f.ai_statuses),
        "disagreement": {True: "yes", False: "no", None: ""}[f.has_disagreement],
        "q": f.search,
    }
    return {k: v for k, v in params.items() if v}


def without_unknown_options(f: IncidentFilter, providers: list[str], causes: list[str]) -> IncidentFilter:
    """Drop providers/causes the database does not have (a stale shared link), so widgets accept the rest."""
    return replace(f, providers=tuple(p for p in f.providers if p in providers), causes=tuple(c for c in f.causes if c in causes))


# ---------------------------------------------------------------- charts


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    # A DataFrame lets Streamlit ship the rows as Arrow; inline values would be schema-validated
    # row by row by Altair, which costs more than the query at 20k incidents.
    return pd.DataFrame(rows)


# Above three years of data, monthly bars are slivers one pixel wide: count per year instead.
MAX_MONTHS_SHOWN = 36


def by_period(rows: list[dict[str, Any]], series: str, max_months: int = MAX_MONTHS_SHOWN) -> tuple[list[dict[str, Any]], str]:
    """Per-month counts (`month`, `series`, `incidents`) as per-`period` counts, summed per year when
    the months span more than max_months; returns the rows and the unit ('month' or 'year')."""
    months = sorted(r["month"] for r in rows if r.get("month") and len(r["month"]) >= 7)
    if not months:
        return [], "month"
    first, last = months[0], months[-1]
    span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1
    unit = "year" if span > max_months else "month"
    totals: dict[tuple[str, Any], int] = {}
    for r in rows:
        if not r.get("month") or len(r["month"]) < 7:
            continue
        period = f"{r['month'][:4]}-01-01" if unit == "year" else f"{r['month'][:7]}-01"
        totals[(period, r[series])] = totals.get((period, r[series]), 0) + r["incidents"]
    return [{"period": p, series: v, "incidents": n} for (p, v), n in sorted(totals.items())], unit


def _period_axis(unit: str) -> alt.X:
    return alt.X("period:T", title=unit.capitalize(), timeUnit="year" if unit == "year" else "yearmonth")


def _period_tooltip(unit: str) -> alt.Tooltip:
    return alt.Tooltip("period:T", title=unit, timeUnit="year" if unit == "year" else "yearmonth")


# Streamlit fits the whole chart, legend included, into its height; a legend below with twenty
# entries would squeeze the plot to nothing, so the height grows with the legend's rows.
PLOT_HEIGHT = 220
LEGEND_COLUMNS = 3


def _height(rows: list[dict[str, Any]], series: str, axis_px: int = 60) -> int:
    entries = len({r[series] for r in rows})
    legend_rows = -(-entries // LEGEND_COLUMNS)
    return PLOT_HEIGHT + axis_px + 30 + 18 * legend_rows


def _legend() -> alt.Legend:
    # Below the chart in columns: a side legend cuts off after about fifteen providers.
    return alt.Legend(orient="bottom", columns=LEGEND_COLUMNS, symbolLimit=0, labelLimit=120)


def _many(field: str, title: str) -> alt.Color:
    # Twenty distinct colours: the default ten repeat once there are more providers or causes.
    return alt.Color(field, title=title, legend=_legend(), scale=alt.Scale(scheme="tableau20"))


def incidents_per_month_chart(rows: list[dict[str, Any]]) -> alt.Chart:
    rows, unit = by_period(rows, "provider")
    return (
        alt.Chart(_frame(rows), title=f"Incidents per {unit} by provider")
        .mark_bar()
        .encode(_period_axis(unit), alt.Y("incidents:Q", title="Incidents"),
                _many("provider:N", "Provider"),
                tooltip=[_period_tooltip(unit), "provider:N", "incidents:Q"])
        .properties(height=_height(rows, "provider"))
    )


def cause_mix_chart(rows: list[dict[str, Any]]) -> alt.Chart:
    rows, unit = by_period(rows, "cause")
    return (
        alt.Chart(_frame(rows), title=f"Cause mix per {unit} (share of incidents)")
        .mark_bar()
        .encode(_period_axis(unit), alt.Y("incidents:Q", title="Share of incidents", stack="normalize", axis=alt.Axis(format="%")),
                _many("cause:N", "Cause category"),
                tooltip=[_period_tooltip(unit), "cause:N", "incidents:Q"])
        .properties(height=_height(rows, "cause"))
    )


def duration_bin_label(hours_from: float) -> str:
    """The label of a duration_histogram bin, from its lower edge ('1–2 h', '< 15 min', '≥ 256 h')."""

    def short(hours: float) -> str:
        return f"{hours * 60:.0f} min" if hours < 1 else f"{hours:g} h"

    if hours_from < DURATION_BINS[0]:
        return f"< {short(DURATION_BINS[0])}"
    if hours_from >= DURATION_BINS[-1]:
        return f"≥ {short(DURATION_BINS[-1])}"
    upper = hours_from * 2  # each bin is twice as wide as the one before
    if upper <= 1:
        return f"{hours_from * 60:.0f}–{upper * 60:.0f} min"
    return f"{hours_from:g}–{upper:g} h"


DURATION_LABELS = [duration_bin_label(0)] + [duration_bin_label(lower) for lower in DURATION_BINS]


def duration_chart(rows: list[dict[str, Any]]) -> alt.Chart:
    # Stacked bars over labelled bins: with one or two incidents per provider, lines per provider
    # all lie on top of each other at 1.
    labelled = [{**r, "duration": duration_bin_label(r["hours_from"])} for r in rows]
    return (
        alt.Chart(_frame(labelled), title="Duration distribution by provider")
        .mark_bar()
        .encode(alt.X("duration:N", title="Duration (bins double in width)", sort=DURATION_LABELS,
                      axis=alt.Axis(labelAngle=-45, labelOverlap=False)),
                alt.Y("incidents:Q", title="Incidents"), _many("provider:N", "Provider"),
                tooltip=["provider:N", "duration:N", "incidents:Q"])
        .properties(height=_height(rows, "provider", axis_px=100))
    )


def ai_involvement_chart(rows: list[dict[str, Any]]) -> alt.Chart:
    rows, unit = by_period(rows, "ai_status", max_months=12)  # few incidents: months would be slivers
    return (
        alt.Chart(_frame(rows), title=f"AI involvement claimed per {unit}, by vendor response")
        .mark_bar()
        .encode(_period_axis(unit), alt.Y("incidents:Q", title="Incidents", axis=alt.Axis(tickMinStep=1)),
                alt.Color("ai_status:N", title="AI status", scale=alt.Scale(domain=["alleged", "acknowledged", "denied"])),
                tooltip=[_period_tooltip(unit), "ai_status:N", "incidents:Q"])
    )


def disagreement_rate_chart(rows: list[dict[str, Any]]) -> alt.Chart:
    # The counts go into the label: with few incidents per provider, "100%" alone overstates.
    labelled = [{**r, "label": f"{r['provider']} ({r['with_disagreement']} of {r['incidents']})"} for r in rows]
    return (
        alt.Chart(_frame(labelled), title="Share of incidents where vendor and press disagree")
        .mark_bar()
        .encode(alt.X("rate:Q", title="Share of incidents with a disagreement", axis=alt.Axis(format="%")),
                alt.Y("label:N", title="Provider", sort="-x", axis=alt.Axis(labelLimit=240)),
                tooltip=["provider:N", "incidents:Q", "with_disagreement:Q", alt.Tooltip("rate:Q", format=".0%")])
    )


def disagreement_attribute_chart(rows: list[dict[str, Any]]) -> alt.Chart:
    return (
        alt.Chart(_frame(rows), title="Disagreements by attribute and kind")
        .mark_bar()
        .encode(alt.X("disagreements:Q", title="Disagreements"), alt.Y("attribute:N", title="Attribute"),
                alt.Color("kind:N", title="Kind"), tooltip=["attribute:N", "kind:N", "disagreements:Q"])
    )


def ack_delay_chart(rows: list[dict[str, Any]]) -> alt.Chart:
    order = [label for _, label in ACK_DELAY_BINS]
    return (
        alt.Chart(_frame(rows), title="Vendor acknowledgement delay after the first press report")
        .mark_bar()
        .encode(alt.X("delay:N", title="Time from first press report to the vendor's first word", sort=order,
                      axis=alt.Axis(labelAngle=0)),
                alt.Y("incidents:Q", title="Incidents"), _many("provider:N", "Provider"),
                tooltip=["provider:N", "delay:N", "incidents:Q"])
        .properties(height=_height(rows, "provider"))
    )
