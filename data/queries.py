"""Every read the dashboard does, as named functions over a read-only database.

Aggregations happen in SQL (GROUP BY over indexed columns) and lists are limited or paged, so
a page costs about the same with 1k or 100k documents. Functions take an open
`sqlite_utils.Database` and return dataclasses or lists of plain dicts (ready for a table or an
Altair chart); none of them import Streamlit. `reading(path)` opens a short-lived read-only
connection — the dashboard opens one per call because a sqlite3 connection must not be shared
between Streamlit's threads.
"""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Iterator

import sqlite_utils

from data.db import open_db

ACTIVE = "i.status = 'active'"
MONTH = "substr(i.started_at, 1, 7)"
# Open disagreements of incident i. The unary + keeps SQLite on the incident_id index: an index
# led by `dismissed` would otherwise turn this per-incident probe into a scan of all disagreements.
HAS_OPEN_DISAGREEMENT = "EXISTS (SELECT 1 FROM disagreements d WHERE d.incident_id = i.id AND +d.dismissed = 0)"
AI_STATUSES = ("alleged", "acknowledged", "denied", "none")
CAUSES = ("dns", "config_change", "software_bug", "deployment", "network_bgp", "power", "environmental", "hardware",
          "capacity", "cyberattack", "third_party", "human_error", "ai_agent", "unknown")  # DESIGN.md §6
DISAGREEMENT_KINDS = ("contradiction", "denial", "magnitude", "scope", "omission", "drift")
SORTABLE = {
    "started_at": "i.started_at",
    "provider": "i.provider",
    "duration_hours": "i.duration_hours",
    "n_documents": "i.n_documents",
    "n_disagreements": "i.n_disagreements",
    "max_severity": "i.max_severity",
    "ack_delay_hours": "i.ack_delay_hours",
}
# Lower edges (hours) of the log-spaced duration bins: 15 min, 30 min, 1 h, 2 h ... 8 days.
DURATION_BINS = [0.25 * 2**k for k in range(11)]


@contextmanager
def reading(path: str | Path) -> Iterator[sqlite_utils.Database]:
    """A read-only connection for one query; raises data.db.StoreError with a one-line reason."""
    db = open_db(path, readonly=True)
    try:
        yield db
    finally:
        db.close()


def _rows(db: sqlite_utils.Database, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    return list(db.query(sql, params))


def _json_list(value: str | None) -> list[Any]:
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        return [value]  # show the stored text rather than hide it
    return parsed if isinstance(parsed, list) else [parsed]


# ---------------------------------------------------------------- filters


@dataclass(frozen=True)
class IncidentFilter:
    """What the user narrowed the incident list to; round-trips through the URL query string."""

    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    providers: tuple[str, ...] = ()
    causes: tuple[str, ...] = ()
    ai_statuses: tuple[str, ...] = ()
    has_disagreement: bool | None = None
    search: str = ""


def fts_query(text: str) -> str | None:
    """User words as an FTS5 query: every word must appear; FTS syntax in the input is neutralised."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _filter_sql(f: IncidentFilter) -> tuple[str, list[Any]]:
    clauses, params = [ACTIVE], []
    if f.since:
        # A month-precision start ("2025-12") counts as inside a range that begins in that month.
        clauses.append("(i.started_at >= ? OR ? LIKE i.started_at || '%')")
        params += [f.since, f.since]
    if f.until:
        clauses.append("substr(i.started_at, 1, 10) <= ?")
        params.append(f.until)
    for column, values in (("i.provider", f.providers), ("i.cause_category", f.causes), ("i.ai_status", f.ai_statuses)):
        if values:
            clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
            params += list(values)
    if f.has_disagreement is not None:
        clauses.append(HAS_OPEN_DISAGREEMENT if f.has_disagreement else f"NOT {HAS_OPEN_DISAGREEMENT}")
    match = fts_query(f.search)
    if match:
        clauses.append(
            "i.id IN (SELECT m.incident_id FROM mentions m JOIN documents doc ON doc.id = m.document_id "
            "WHERE doc.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))"
        )
        params.append(match)
    return " AND ".join(clauses), params


# ---------------------------------------------------------------- overview


@dataclass
class Headline:
    n_incidents: int
    n_providers: int
    n_documents: int
    median_duration_hours: float | None
    ai_status_counts: dict[str, int]
    n_with_disagreement: int
    n_disagreements: int

    def share(self, count: int) -> float | None:
        return count / self.n_incidents if self.n_incidents else None

    @property
    def share_with_disagreement(self) -> float | None:
        return self.share(self.n_with_disagreement)


def _median(db: sqlite_utils.Database, column: str, where: str, params: list[Any], n: int) -> float | None:
    """Median of `column` over the n rows where it is known (n counted by the caller's own pass)."""
    if not n:
        return None
    middle = db.execute(
        f"SELECT {column} FROM incidents i WHERE {where} AND {column} IS NOT NULL ORDER BY {column} LIMIT ? OFFSET ?",
        [*params, 2 - n % 2, (n - 1) // 2],
    ).fetchall()
    return sum(r[0] for r in middle) / len(middle)


def headline(db: sqlite_utils.Database, f: IncidentFilter = IncidentFilter()) -> Headline:
    where, params = _filter_sql(f)
    # One pass for the counts: each scan of incidents costs more than the arithmetic.
    n_incidents, n_providers, n_durations, *ai = db.execute(
        f"SELECT COUNT(*), COUNT(DISTINCT i.provider), COUNT(i.duration_hours), "
        + ", ".join(f"SUM(COALESCE(i.ai_status, 'none') = '{s}')" for s in AI_STATUSES)
        + f" FROM incidents i WHERE {where}",
        params,
    ).fetchone()
    ai_counts = {status: n for status, n in zip(AI_STATUSES, ai) if n}
    if f == IncidentFilter():
        # Retiring an incident deletes its disagreements (nlp.incidents rebuild), so unfiltered
        # counts need no look-up of each incident's status.
        n_with, n_dis = db.execute("SELECT COUNT(DISTINCT incident_id), COUNT(*) FROM disagreements WHERE dismissed = 0").fetchone()
    else:
        n_with, n_dis = db.execute(
            f"SELECT COUNT(DISTINCT d.incident_id), COUNT(*) FROM disagreements d JOIN incidents i ON i.id = d.incident_id "
            f"WHERE d.dismissed = 0 AND {where}",
            params,
        ).fetchone()
    (n_documents,) = db.execute("SELECT COUNT(*) FROM documents").fetchone()
    return Headline(
        n_incidents=n_incidents,
        n_providers=n_providers,
        n_documents=n_documents,
        median_duration_hours=_median(db, "i.duration_hours", where, params, n_durations),
        ai_status_counts=ai_counts,
        n_with_disagreement=n_with,
        n_disagreements=n_dis,
    )


def incidents_per_month(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return _rows(
        db,
        f"SELECT {MONTH} AS month, COALESCE(i.provider, 'unknown') AS provider, COUNT(*) AS incidents "
        f"FROM incidents i WHERE {ACTIVE} AND length(i.started_at) >= 7 GROUP BY 1, 2 ORDER BY 1, 2",
    )


def cause_mix_per_month(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return _rows(
        db,
        f"SELECT {MONTH} AS month, COALESCE(i.cause_category, 'unknown') AS cause, COUNT(*) AS incidents "
        f"FROM incidents i WHERE {ACTIVE} AND length(i.started_at) >= 7 GROUP BY 1, 2 ORDER BY 1, 2",
    )


def ai_involvement_per_month(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Incidents with any AI status other than 'none', per month and status."""
    return _rows(
        db,
        f"SELECT {MONTH} AS month, i.ai_status AS ai_status, COUNT(*) AS incidents FROM incidents i "
        f"WHERE {ACTIVE} AND length(i.started_at) >= 7 AND i.ai_status IN ('alleged', 'acknowledged', 'denied') "
        f"GROUP BY 1, 2 ORDER BY 1, 2",
    )


def duration_histogram(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Incident counts per provider in log-spaced duration bins (`hours_from` is the bin's lower edge)."""
    cases = " ".join(f"WHEN i.duration_hours < {upper} THEN {lower}" for lower, upper in zip(DURATION_BINS, DURATION_BINS[1:]))
    return _rows(
        db,
        f"SELECT COALESCE(i.provider, 'unknown') AS provider, "
        f"CASE WHEN i.duration_hours < {DURATION_BINS[0]} THEN 0.125 {cases} ELSE {DURATION_BINS[-1]} END AS hours_from, "
        f"COUNT(*) AS incidents FROM incidents i WHERE {ACTIVE} AND i.duration_hours > 0 GROUP BY 1, 2 ORDER BY 1, 2",
    )


def _as_day(expression: str) -> str:
    """SQL for the first day of an ISO start of any precision ('2025', '2025-12', '2025-12-03T…'):
    date() gives NULL for month or year precision, which would silently compare as no match."""
    return f"substr({expression} || '-01-01', 1, 10)"


def severe_recent_disagreements(db: sqlite_utils.Database, *, days: int = 365, limit: int = 10) -> list[dict[str, Any]]:
    """The most severe open disagreements on incidents from the last `days` of the data (not of today,
    so an old research database still shows something)."""
    return _rows(
        db,
        f"SELECT d.severity, d.kind, d.attribute, i.provider, i.title, i.started_at, d.summary, d.incident_id "
        f"FROM disagreements d JOIN incidents i ON i.id = d.incident_id "
        f"WHERE d.dismissed = 0 AND {ACTIVE} AND i.started_at >= "
        f"(SELECT date({_as_day('MAX(started_at)')}, ?) FROM incidents WHERE status = 'active') "
        f"ORDER BY d.severity DESC, i.started_at DESC, d.id LIMIT ?",
        [f"-{days} days", limit],
    )


@dataclass
class Overview:
    """Everything the Overview page shows, read with as few passes over the incidents as possible."""

    headline: Headline
    per_month: list[dict[str, Any]]  # month, provider, incidents
    ai_per_month: list[dict[str, Any]]  # month, ai_status, incidents (statuses other than none)
    cause_mix: list[dict[str, Any]]
    durations: list[dict[str, Any]]
    severe: list[dict[str, Any]]


def overview(db: sqlite_utils.Database) -> Overview:
    """One grouped pass (month × provider × AI status) yields the counts, the per-month chart and
    the AI chart; the median, cause mix and duration bins need a pass each."""
    groups = db.execute(
        f"SELECT {MONTH}, i.provider, COALESCE(i.ai_status, 'none'), COUNT(*), COUNT(i.duration_hours) "
        f"FROM incidents i WHERE {ACTIVE} GROUP BY 1, 2, 3"
    ).fetchall()
    per_month: dict[tuple[str, str], int] = {}
    ai_per_month: dict[tuple[str, str], int] = {}
    ai_counts: dict[str, int] = {}
    for month, provider, ai_status, n, _ in groups:
        ai_counts[ai_status] = ai_counts.get(ai_status, 0) + n
        if not month or len(month) < 7:
            continue  # year-only or unknown start: counted, but not placed in a month
        key = (month, provider or "unknown")
        per_month[key] = per_month.get(key, 0) + n
        if ai_status != "none":
            ai_per_month[(month, ai_status)] = ai_per_month.get((month, ai_status), 0) + n
    n_durations = sum(g[4] for g in groups)
    n_with, n_dis = db.execute("SELECT COUNT(DISTINCT incident_id), COUNT(*) FROM disagreements WHERE dismissed = 0").fetchone()
    (n_documents,) = db.execute("SELECT COUNT(*) FROM documents").fetchone()
    head = Headline(
        n_incidents=sum(g[3] for g in groups),
        n_providers=len({g[1] for g in groups if g[1] is not None}),
        n_documents=n_documents,
        median_duration_hours=_median(db, "i.duration_hours", ACTIVE, [], n_durations),
        ai_status_counts=ai_counts,
        n_with_disagreement=n_with,
        n_disagreements=n_dis,
    )
    return Overview(
        headline=head,
        per_month=[{"month": m, "provider": p, "incidents": n} for (m, p), n in sorted(per_month.items())],
        ai_per_month=[{"month": m, "ai_status": a, "incidents": n} for (m, a), n in sorted(ai_per_month.items())],
        cause_mix=cause_mix_per_month(db),
        durations=duration_histogram(db),
        severe=severe_recent_disagreements(db),
    )


# ---------------------------------------------------------------- incidents


@dataclass(frozen=True)
class FilterOptions:
    providers: list[str]
    causes: list[str]
    first_day: str | None
    last_day: str | None


def filter_options(db: sqlite_utils.Database) -> FilterOptions:
    """Choices for the filter widgets, from indexes only (no pass over the incident rows).

    Providers come from the (provider, started_at) index, so a provider seen only in merged-away
    incidents may be offered (and then match nothing); causes are the fixed taxonomy.
    """
    providers = [r[0] for r in db.execute("SELECT DISTINCT provider FROM incidents WHERE provider IS NOT NULL ORDER BY 1")]
    first = db.execute(f"SELECT MIN(i.started_at) FROM incidents i WHERE {ACTIVE} AND i.started_at IS NOT NULL").fetchone()[0]
    last = db.execute(f"SELECT MAX(i.started_at) FROM incidents i WHERE {ACTIVE}").fetchone()[0]
    return FilterOptions(providers, list(CAUSES), _day_bound(first, last=False), _day_bound(last, last=True))


def _day_bound(started: str | None, *, last: bool) -> str | None:
    """A whole day for a start of any precision: '2025-12' opens on the 1st and closes on the 31st,
    so the date pickers cover incidents known only to the month or year."""
    if not started:
        return None
    if len(started) >= 10:
        return started[:10]
    year, _, month = started.partition("-")
    try:
        if not month:
            return date(int(year), 12 if last else 1, 31 if last else 1).isoformat()
        first_day = date(int(year), int(month), 1)
    except ValueError:
        return None  # not an ISO start: leave the picker open rather than guess
    if not last:
        return first_day.isoformat()
    following = date(first_day.year + first_day.month // 12, first_day.month % 12 + 1, 1)
    return (following - timedelta(days=1)).isoformat()


@dataclass
class IncidentPage:
    rows: list[dict[str, Any]]
    total: int
    offset: int
    limit: int


def list_incidents(
    db: sqlite_utils.Database,
    f: IncidentFilter = IncidentFilter(),
    *,
    sort: str = "started_at",
    descending: bool = True,
    limit: int = 100,
    offset: int = 0,
) -> IncidentPage:
    """One page of matching incidents, sorted in SQL (unknown values last)."""
    if sort not in SORTABLE:
        raise ValueError(f"cannot sort by {sort!r}; choose one of {', '.join(SORTABLE)}")
    where, params = _filter_sql(f)
    (total,) = db.execute(f"SELECT COUNT(*) FROM incidents i WHERE {where}", params).fetchone()
    column = SORTABLE[sort]
    # Descending already puts NULLs last in SQLite; rowid breaks ties so the (status, started_at)
    # index can deliver the default order without sorting every match.
    order = f"{column} DESC, i.rowid DESC" if descending else f"{column} IS NULL, {column}, i.rowid"
    rows = _rows(
        db,
        f"SELECT i.id, i.started_at, i.provider, i.services, i.title, i.duration_hours, i.cause_category, i.vendor_cause, "
        f"i.press_cause, i.ai_status, i.n_documents, i.n_disagreements, i.max_severity, i.ack_delay_hours "
        f"FROM incidents i WHERE {where} "
        f"ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    for row in rows:  # which services an incident hit is how readers tell same-provider incidents apart
        row["services"] = [str(v) for v in _json_list(row["services"])]
    return IncidentPage(rows, total, offset, limit)


@dataclass
class Evidence:
    """One claim as shown to a reader: what was said, by whom, the exact quote and where."""

    attribute: str
    speaker_kind: str
    value: str | None
    normalized: Any
    polarity: str
    speaker: str | None
    quote: str
    document_title: str
    url: str | None
    outlet: str | None
    published_at: str | None


@dataclass
class AttributeAccounts:
    attribute: str
    vendor: list[Evidence] = field(default_factory=list)
    press: list[Evidence] = field(default_factory=list)
    other: list[Evidence] = field(default_factory=list)


@dataclass
class TimelineEvent:
    at: str | None
    kind: str  # status update | postmortem | vendor statement | press report | first press report
    label: str
    text: str
    url: str | None


@dataclass
class IncidentDetail:
    incident: dict[str, Any]
    services: list[str]
    regions: list[str]
    accounts: list[AttributeAccounts]
    disagreements: list[dict[str, Any]]
    timeline: list[TimelineEvent]
    documents: list[dict[str, Any]]


ATTRIBUTE_ORDER = ["cause", "ai", "duration", "scope", "start", "end", "service", "region", "impact", "provider"]


def _decoded(value: str | None) -> Any:
    if value is None:
        return None
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return value


def incident_detail(db: sqlite_utils.Database, incident_id: str) -> IncidentDetail | None:
    rows = _rows(db, "SELECT * FROM incidents WHERE id = ?", [incident_id])
    if not rows:
        return None
    incident = rows[0]
    claims = _rows(
        db,
        "SELECT c.attribute, c.speaker_kind, c.value, c.normalized, c.polarity, c.speaker, c.quote, "
        "doc.title, doc.url, doc.outlet, doc.published_at FROM claims c JOIN documents doc ON doc.id = c.document_id "
        "WHERE c.incident_id = ? ORDER BY doc.published_at, c.document_id, c.start LIMIT 500",
        [incident_id],
    )
    by_attribute: dict[str, AttributeAccounts] = {}
    for c in claims:
        evidence = Evidence(
            c["attribute"], c["speaker_kind"], c["value"], _decoded(c["normalized"]), c["polarity"], c["speaker"],
            c["quote"], c["title"], c["url"], c["outlet"], c["published_at"],
        )
        accounts = by_attribute.setdefault(c["attribute"], AttributeAccounts(c["attribute"]))
        getattr(accounts, c["speaker_kind"] if c["speaker_kind"] in ("vendor", "press") else "other").append(evidence)
    order = {a: n for n, a in enumerate(ATTRIBUTE_ORDER)}
    documents = incident_documents(db, incident_id)
    return IncidentDetail(
        incident=incident,
        services=[str(s) for s in _json_list(incident["services"])],
        regions=[str(r) for r in _json_list(incident["regions"])],
        accounts=sorted(by_attribute.values(), key=lambda a: (order.get(a.attribute, 99), a.attribute)),
        disagreements=_rows(
            db,
            "SELECT id, attribute, kind, severity, summary, vendor_value, press_value, dismissed FROM disagreements "
            "WHERE incident_id = ? ORDER BY severity DESC, id",
            [incident_id],
        ),
        timeline=_timeline(db, incident, documents),
        documents=documents,
    )


def incident_documents(db: sqlite_utils.Database, incident_id: str, limit: int = 200) -> list[dict[str, Any]]:
    return _rows(
        db,
        "SELECT DISTINCT doc.id, doc.published_at, doc.source_kind, doc.outlet, doc.source_id, doc.title, doc.url "
        "FROM mentions m JOIN documents doc ON doc.id = m.document_id WHERE m.incident_id = ? "
        "ORDER BY doc.published_at, doc.id LIMIT ?",
        [incident_id, limit],
    )


def _timeline(db: sqlite_utils.Database, incident: dict[str, Any], documents: list[dict[str, Any]]) -> list[TimelineEvent]:
    """Status updates, vendor statements, press reports and postmortems in time order."""
    events: list[TimelineEvent] = []
    ids = [d["id"] for d in documents]
    timelines = {}
    if ids:
        timelines = dict(
            db.execute(f"SELECT id, timeline FROM documents WHERE id IN ({', '.join('?' for _ in ids)})", ids).fetchall()
        )
    first_press_seen = False
    for doc in documents:
        updates = _json_list(timelines.get(doc["id"]))
        if doc["source_kind"] == "vendor" and updates:
            for u in updates:
                if not isinstance(u, dict):
                    continue
                status = str(u.get("status") or "update")
                kind = "postmortem" if status == "postmortem" else "status update"
                events.append(TimelineEvent(u.get("at"), kind, status, str(u.get("text") or ""), doc["url"]))
        elif doc["source_kind"] == "vendor":
            kind = "postmortem" if "postmortem" in (doc["title"] or "").lower() else "vendor statement"
            events.append(TimelineEvent(doc["published_at"], kind, doc["source_id"] or "vendor", doc["title"], doc["url"]))
        else:
            kind = "press report" if first_press_seen else "first press report"
            first_press_seen = True
            events.append(TimelineEvent(doc["published_at"], kind, doc["outlet"] or doc["source_id"] or "press", doc["title"], doc["url"]))
    return sorted(events, key=lambda e: (e.at or "9999", e.kind))


# ---------------------------------------------------------------- vendor vs press


def list_disagreements(
    db: sqlite_utils.Database,
    *,
    kinds: tuple[str, ...] = (),
    providers: tuple[str, ...] = (),
    include_dismissed: bool = False,
    limit: int = 200,
) -> list[dict[str, Any]]:
    clauses, params = [ACTIVE], []
    if not include_dismissed:
        clauses.append("d.dismissed = 0")
    if kinds:
        clauses.append(f"d.kind IN ({', '.join('?' for _ in kinds)})")
        params += list(kinds)
    if providers:
        clauses.append(f"i.provider IN ({', '.join('?' for _ in providers)})")
        params += list(providers)
    # Unfiltered by provider, walking disagreements_by_severity and stopping at `limit` beats
    # collecting every active incident's disagreements and sorting them (1.5 ms vs 36 ms at 12k);
    # SQLite keeps a CROSS JOIN's order. A provider filter is better served from the provider index.
    join = "JOIN" if providers else "CROSS JOIN"
    return _rows(
        db,
        f"SELECT d.id, i.started_at, i.provider, d.attribute, d.kind, d.severity, d.summary, d.vendor_value, d.press_value, "
        f"d.dismissed, d.incident_id, i.title FROM disagreements d {join} incidents i ON i.id = d.incident_id "
        f"WHERE {' AND '.join(clauses)} ORDER BY d.severity DESC, i.started_at DESC, d.id LIMIT ?",
        [*params, limit],
    )


def disagreement_rate_by_provider(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Share of each provider's incidents (with both a vendor and a press document) that have a disagreement.

    Counted from both ends — incidents per provider, then the few incidents that appear in the
    disagreements table — rather than probing the disagreements of every incident.
    """
    both_sides = f"{ACTIVE} AND i.n_vendor_documents > 0 AND i.n_press_documents > 0"
    totals = dict(db.execute(
        f"SELECT COALESCE(i.provider, 'unknown'), COUNT(*) FROM incidents i WHERE {both_sides} GROUP BY 1"
    ).fetchall())
    # CROSS JOIN keeps disagreements as the outer loop (SQLite does not reorder it): a few thousand
    # look-ups by id instead of a status check on every incident. Only active incidents have
    # disagreements (retiring one deletes them), so the status test is left out here.
    with_disagreement = dict(db.execute(
        "SELECT COALESCE(i.provider, 'unknown'), COUNT(DISTINCT i.id) FROM disagreements d "
        "CROSS JOIN incidents i ON i.id = d.incident_id "
        "WHERE d.dismissed = 0 AND i.n_vendor_documents > 0 AND i.n_press_documents > 0 GROUP BY 1"
    ).fetchall())
    rows = [
        {"provider": p, "incidents": n, "with_disagreement": with_disagreement.get(p, 0),
         "rate": round(with_disagreement.get(p, 0) / n, 3)}
        for p, n in totals.items()
    ]
    return sorted(rows, key=lambda r: (-r["rate"], r["provider"]))


def disagreements_by_attribute(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return _rows(
        db,
        # Only active incidents have disagreements (retiring one deletes them), so no join is needed.
        "SELECT attribute, kind, COUNT(*) AS disagreements FROM disagreements WHERE dismissed = 0 GROUP BY 1, 2 ORDER BY 1, 2",
    )


def acknowledgement_delays(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Per provider: how long after the first press report the vendor first spoke (negative: vendor first)."""
    return _rows(
        db,
        f"SELECT COALESCE(i.provider, 'unknown') AS provider, COUNT(*) AS incidents, "
        f"ROUND(AVG(i.ack_delay_hours), 1) AS mean_delay_hours, MIN(i.ack_delay_hours) AS min_delay_hours, "
        f"MAX(i.ack_delay_hours) AS max_delay_hours, SUM(i.ack_delay_hours > 0) AS press_first "
        f"FROM incidents i WHERE {ACTIVE} AND i.ack_delay_hours IS NOT NULL GROUP BY 1 ORDER BY 1",
    )


# (upper bound in hours, label); the last bin is open-ended.
ACK_DELAY_BINS = [(0, "vendor first"), (1, "< 1 h"), (6, "1–6 h"), (24, "6–24 h"), (72, "1–3 days"), (None, "> 3 days")]


def acknowledgement_delay_histogram(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Incidents per provider and delay bin (binned in SQL so the chart stays small at any size)."""
    cases = " ".join(f"WHEN i.ack_delay_hours <= {upper} THEN '{label}'" for upper, label in ACK_DELAY_BINS if upper is not None)
    return _rows(
        db,
        f"SELECT COALESCE(i.provider, 'unknown') AS provider, CASE {cases} ELSE '{ACK_DELAY_BINS[-1][1]}' END AS delay, "
        f"COUNT(*) AS incidents FROM incidents i WHERE {ACTIVE} AND i.ack_delay_hours IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2",
    )


# ---------------------------------------------------------------- sources


def source_health(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return _rows(
        db,
        "SELECT id, name, kind, provider, enabled, last_status, last_success_at, last_error, last_error_at, "
        "consecutive_failures, n_documents, last_latency_ms, url FROM sources ORDER BY consecutive_failures DESC, id",
    )


def fetch_runs(db: sqlite_utils.Database, limit: int = 50) -> list[dict[str, Any]]:
    return _rows(
        db,
        "SELECT id, command, started_at, finished_at, status, n_sources, n_sources_ok, n_sources_failed, "
        "n_new_documents, n_updated_documents, n_extracted FROM fetch_runs ORDER BY id DESC LIMIT ?",
        [limit],
    )


def source_fetches(db: sqlite_utils.Database, run_id: int) -> list[dict[str, Any]]:
    return _rows(
        db,
        "SELECT source_id, status, http_status, n_entries, n_new, n_updated, latency_ms, error, problems "
        "FROM source_fetches WHERE run_id = ? ORDER BY source_id",
        [run_id],
    )


# ---------------------------------------------------------------- review


def override_history(db: sqlite_utils.Database, limit: int = 200) -> list[dict[str, Any]]:
    return _rows(
        db,
        "SELECT id, created_at, author, action, incident_id, reason, payload, active, applied_at, problem "
        "FROM overrides ORDER BY id DESC LIMIT ?",
        [limit],
    )


def incident_choices(db: sqlite_utils.Database, limit: int = 500) -> list[dict[str, Any]]:
    """Recent incidents as (id, label) pairs for the Review page's pickers."""
    return _rows(
        db,
        f"SELECT i.id, COALESCE(substr(i.started_at, 1, 10), '?') || ' · ' || COALESCE(i.provider, '?') || ' · ' || "
        f"COALESCE(i.title, i.id) AS label FROM incidents i WHERE {ACTIVE} ORDER BY i.started_at DESC, i.id LIMIT ?",
        [limit],
    )
