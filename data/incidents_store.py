"""SQL of the incidents stage: reading mentions/claims/documents, writing incidents,
disagreements, assignments and overrides. The logic lives in nlp/incidents; only queries here.

Also the read helpers the dashboard and export use for incidents and disagreements.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

import sqlite_utils

from nlp.incidents.records import STATUS_FORMATS, ClaimInfo, Disagreement, IncidentRecord, MentionInfo

_MENTION_SQL = """
SELECT m.id, m.document_id, m.idx, m.is_primary, m.provider, m.services, m.regions, m.start, m."end",
       m.duration_hours, m.cause_category, m.ai_involved, m.ai_role, m.incident_id, m.assignment_reason,
       d.source_kind, d.provider, d.published_at, d.title, d.format, d.timeline IS NOT NULL, d.doc_key, d.outlet,
       d.pipeline_version
FROM mentions m JOIN documents d ON d.id = m.document_id
"""
_EFFECTIVE_PROVIDER = "lower(COALESCE(m.provider, CASE WHEN d.source_kind = 'vendor' THEN d.provider END))"


def _json_list(text: str | None) -> list[str]:
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [str(v) for v in value if v] if isinstance(value, list) else []


def is_status_document(source_kind: str, doc_format: str | None, has_timeline: bool, doc_key: str | None) -> bool:
    """A status-page incident: a vendor document with a timeline, a status format, or a native key."""
    if source_kind != "vendor":
        return False
    return bool(has_timeline) or (doc_format in STATUS_FORMATS) or not (doc_key or "url:").startswith("url:")


def _mention(row: tuple) -> MentionInfo:
    return MentionInfo(
        id=row[0],
        document_id=row[1],
        idx=row[2],
        is_primary=bool(row[3]),
        provider=row[4],
        services=_json_list(row[5]),
        regions=_json_list(row[6]),
        start=row[7],
        end=row[8],
        duration_hours=row[9],
        cause_category=row[10],
        ai_involved=None if row[11] is None else bool(row[11]),
        ai_role=row[12],
        incident_id=row[13],
        assignment_reason=row[14],
        source_kind=row[15],
        doc_provider=row[16],
        published_at=row[17],
        title=row[18] or "",
        is_status=is_status_document(row[15], row[19], row[20], row[21]),
        outlet=row[22],
        pipeline_version=row[23],
    )


def _temp_ids(db: sqlite_utils.Database, name: str, ids: Iterable[str]) -> str:
    """Large id sets go through a temp table instead of a giant IN (...) list."""
    db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} (id TEXT PRIMARY KEY)")
    db.execute(f"DELETE FROM {name}")
    db.conn.executemany(f"INSERT OR IGNORE INTO {name} (id) VALUES (?)", ((i,) for i in ids))
    return f"temp.{name}"


def load_mentions(
    db: sqlite_utils.Database,
    *,
    document_ids: Iterable[str] | None = None,
    incident_ids: Iterable[str] | None = None,
    providers: Iterable[str] | None = None,
    provider_prefix: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[MentionInfo]:
    """Mentions with their document facts; no filter means all of them. `provider_prefix` (with `providers`): also
    the providers whose name starts with it and a space ("skerrylink ferries" for "skerrylink")."""
    where, params = [], []
    if document_ids is not None:
        table = _temp_ids(db, "ow_doc_ids", document_ids)
        where.append(f"m.document_id IN (SELECT id FROM {table})")
    if incident_ids is not None:
        table = _temp_ids(db, "ow_incident_ids", incident_ids)
        where.append(f"m.incident_id IN (SELECT id FROM {table})")
    if providers is not None:
        names = sorted({p.lower() for p in providers})
        listed = f"{_EFFECTIVE_PROVIDER} IN ({', '.join('?' for _ in names)})"
        params.extend(names)
        if provider_prefix:
            # (substr, not LIKE: a name may hold % or _)
            listed = f"({listed} OR substr({_EFFECTIVE_PROVIDER}, 1, ?) = ?)"
            params.extend([len(provider_prefix) + 1, provider_prefix.lower() + " "])
        where.append(listed)
    if since is not None:
        where.append("COALESCE(m.start, d.published_at) >= ?")
        params.append(since)
    if until is not None:
        where.append("COALESCE(m.start, d.published_at) <= ?")
        params.append(until)
    # Time order: an incident's mentions are read (and allocated) together, which keeps a large rebuild
    # working on memory that is near at hand; ties by id keep the order deterministic.
    sql = _MENTION_SQL + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY d.published_at, m.id"
    return [_mention(row) for row in db.execute(sql, params)]


def incident_statuses(db: sqlite_utils.Database) -> dict[str, str]:
    return {row[0]: row[1] for row in db.execute("SELECT id, status FROM incidents")}


def load_claims(db: sqlite_utils.Database, mention_ids: Iterable[str] | None = None) -> list[ClaimInfo]:
    """Claims without document facts: the caller has them from the mentions (`at` and
    `in_vendor_document` are left for it to fill), which spares a join over every document."""
    sql = (
        "SELECT c.id, c.document_id, c.mention_id, c.attribute, c.value, c.normalized, c.polarity, "
        "c.speaker_kind, c.speaker, c.quote, c.start FROM claims c"
    )
    if mention_ids is not None:
        table = _temp_ids(db, "ow_mention_ids", mention_ids)
        sql += f" WHERE c.mention_id IN (SELECT id FROM {table})"
    claims = []
    for row in db.execute(sql + " ORDER BY c.document_id, c.start, c.id"):
        try:
            normalized = None if row[5] is None else json.loads(row[5])
        except ValueError:
            normalized = row[5]  # a bare string stored by hand is still the value
        claims.append(ClaimInfo(row[0], row[1], row[2], row[3], row[4], normalized, row[6] or "asserts", row[7], row[8], row[9] or "", row[10] or 0, None, False))
    return claims


def load_texts(db: sqlite_utils.Database, document_ids: Iterable[str]) -> dict[str, str]:
    table = _temp_ids(db, "ow_text_ids", document_ids)
    return {row[0]: row[1] for row in db.execute(f"SELECT id, text FROM documents WHERE id IN (SELECT id FROM {table})")}


def write_assignments(db: sqlite_utils.Database, rows: Iterable[tuple[str | None, str, str]]) -> None:
    """rows: (incident_id, reason, mention_id)."""
    db.conn.executemany("UPDATE mentions SET incident_id = ?, assignment_reason = ? WHERE id = ?", rows)


def sync_claim_incidents(db: sqlite_utils.Database, document_ids: Iterable[str] | None = None) -> None:
    """Claims follow their mention's incident (of these documents, or all)."""
    where = ""
    if document_ids is not None:
        where = f"document_id IN (SELECT id FROM {_temp_ids(db, 'ow_claim_docs', document_ids)}) AND "
    db.execute(
        "UPDATE claims SET incident_id = (SELECT m.incident_id FROM mentions m WHERE m.id = claims.mention_id) "
        f"WHERE {where}incident_id IS NOT (SELECT m.incident_id FROM mentions m WHERE m.id = claims.mention_id)"
    )


def documents_of_incidents(db: sqlite_utils.Database, incident_ids: Iterable[str]) -> set[str]:
    table = _temp_ids(db, "ow_docs_of", incident_ids)
    return {row[0] for row in db.execute(f"SELECT DISTINCT document_id FROM mentions WHERE incident_id IN (SELECT id FROM {table})")}


def orphan_incidents(db: sqlite_utils.Database, candidates: Iterable[str] | None = None) -> list[str]:
    """Active incidents (of the candidates, or all) no mention points at any more."""
    where = ""
    if candidates is not None:
        where = f" AND id IN (SELECT id FROM {_temp_ids(db, 'ow_orphans', candidates)})"
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM incidents WHERE status = 'active' AND NOT EXISTS "
            f"(SELECT 1 FROM mentions m WHERE m.incident_id = incidents.id){where}"
        )
    ]


def retire_incidents(db: sqlite_utils.Database, ids: Iterable[str], status: str, now: str, merged_into: str | None = None) -> int:
    ids = list(ids)
    db.conn.executemany(
        "UPDATE incidents SET status = ?, merged_into = ?, n_disagreements = 0, updated_at = ? WHERE id = ?",
        [(status, merged_into, now, i) for i in ids],
    )
    db.conn.executemany("DELETE FROM disagreements WHERE incident_id = ?", [(i,) for i in ids])
    return len(ids)


_INCIDENT_COLUMNS = (
    "provider", "title", "services", "regions", "started_at", "ended_at", "duration_hours", "duration_basis",
    "start_basis", "vendor_cause", "press_cause", "cause_category", "cause_basis", "ai_status", "ai_role",
    "n_documents", "n_vendor_documents", "n_press_documents", "first_press_at", "first_vendor_at",
    "ack_delay_hours", "n_disagreements", "max_severity", "accounts", "anchor", "status", "merged_into",
    "pipeline_version",
)


def incident_row(record: IncidentRecord) -> dict[str, Any]:
    row = {c: getattr(record, c) for c in _INCIDENT_COLUMNS}
    row["services"] = json.dumps(record.services)
    row["regions"] = json.dumps(record.regions)
    row["accounts"] = json.dumps(record.accounts, sort_keys=True, default=str)
    return row


def load_incident_rows(db: sqlite_utils.Database, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    table = _temp_ids(db, "ow_inc_rows", ids)
    cols = ", ".join(f'"{c}"' for c in ("id",) + _INCIDENT_COLUMNS)
    cursor = db.execute(f"SELECT {cols} FROM incidents WHERE id IN (SELECT id FROM {table})")
    names = [d[0] for d in cursor.description]
    return {row[0]: dict(zip(names, row)) for row in cursor}


def load_disagreement_rows(db: sqlite_utils.Database, incident_ids: Iterable[str]) -> dict[str, list[tuple]]:
    table = _temp_ids(db, "ow_dis_rows", incident_ids)
    out: dict[str, list[tuple]] = {}
    for row in db.execute(
        "SELECT incident_id, id, attribute, kind, vendor_value, press_value, vendor_claim_ids, press_claim_ids, "
        f"severity, summary, dismissed FROM disagreements WHERE incident_id IN (SELECT id FROM {table}) ORDER BY id"
    ):
        out.setdefault(row[0], []).append(tuple(row[1:]))
    return out


def disagreement_tuple(d: Disagreement) -> tuple:
    return (
        d.id, d.attribute, d.kind, d.vendor_value, d.press_value, json.dumps(d.vendor_claim_ids),
        json.dumps(d.press_claim_ids), d.severity, d.summary, int(d.dismissed),
    )


def write_incidents(db: sqlite_utils.Database, rows: dict[str, dict[str, Any]], now: str) -> None:
    """Update incident rows in bulk (every incident has a row: placement creates it first)."""
    sets = ", ".join(f'"{c}" = ?' for c in _INCIDENT_COLUMNS)
    db.conn.executemany(
        f"UPDATE incidents SET {sets}, updated_at = ? WHERE id = ?",
        [tuple(row[c] for c in _INCIDENT_COLUMNS) + (now, incident_id) for incident_id, row in rows.items()],
    )


def write_disagreements(db: sqlite_utils.Database, items: dict[str, list[Disagreement]], now: str) -> None:
    """Replace the disagreements of these incidents, keeping when each was first seen."""
    table = _temp_ids(db, "ow_dis_write", items)
    created = {row[0]: row[1] for row in db.execute(
        f"SELECT id, created_at FROM disagreements WHERE incident_id IN (SELECT id FROM {table})")}
    db.execute(f"DELETE FROM disagreements WHERE incident_id IN (SELECT id FROM {table})")
    db.conn.executemany(
        "INSERT INTO disagreements (id, attribute, kind, vendor_value, press_value, vendor_claim_ids, press_claim_ids, "
        "severity, summary, dismissed, incident_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [disagreement_tuple(d) + (incident_id, created.get(d.id, now)) for incident_id, found in items.items() for d in found],
    )


# ---------------------------------------------------------------- overrides


def insert_override(db: sqlite_utils.Database, *, created_at: str, author: str, reason: str, action: str,
                    incident_id: str | None, payload: dict[str, Any]) -> int:
    cursor = db.execute(
        "INSERT INTO overrides (created_at, author, reason, action, incident_id, payload, active) VALUES (?, ?, ?, ?, ?, ?, 1)",
        [created_at, author, reason, action, incident_id, json.dumps(payload, sort_keys=True)],
    )
    return cursor.lastrowid


def active_overrides(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    cursor = db.execute(
        "SELECT id, created_at, author, reason, action, incident_id, payload FROM overrides WHERE active = 1 ORDER BY id"
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def record_override_result(db: sqlite_utils.Database, override_id: int, applied_at: str | None, problem: str | None) -> None:
    db.execute("UPDATE overrides SET applied_at = ?, problem = ? WHERE id = ?", [applied_at, problem, override_id])


def move_mentions(db: sqlite_utils.Database, *, to_incident: str, reason: str, from_incident: str | None = None,
                  document_id: str | None = None, primary_only: bool = False) -> list[str]:
    """Reassign mentions (of one incident and/or one document); returns the incidents they left."""
    where, params = [], []
    if from_incident is not None:
        where.append("incident_id = ?")
        params.append(from_incident)
    if document_id is not None:
        where.append("document_id = ?")
        params.append(document_id)
    if primary_only:
        where.append("is_primary = 1")
    if not where:
        raise ValueError("move_mentions needs an incident or a document")
    clause = " AND ".join(where)
    left = [row[0] for row in db.execute(
        f"SELECT DISTINCT incident_id FROM mentions WHERE {clause} AND incident_id IS NOT ?", params + [to_incident]
    )]
    db.execute(f"UPDATE mentions SET incident_id = ?, assignment_reason = ? WHERE {clause} AND incident_id IS NOT ?",
               [to_incident, reason] + params + [to_incident])
    return [i for i in left if i]


def document_exists(db: sqlite_utils.Database, document_id: str) -> bool:
    return db.execute("SELECT 1 FROM documents WHERE id = ?", [document_id]).fetchone() is not None


def ensure_incident_row(db: sqlite_utils.Database, incident_id: str, provider: str | None, now: str) -> None:
    db.execute(
        "INSERT OR IGNORE INTO incidents (id, provider, status, created_at, updated_at) VALUES (?, ?, 'active', ?, ?)",
        [incident_id, provider, now, now],
    )
    db.execute("UPDATE incidents SET status = 'active', merged_into = NULL WHERE id = ?", [incident_id])


def create_incident_rows(db: sqlite_utils.Database, rows: list[tuple[str, str | None]], now: str) -> None:
    """Rows for newly placed incidents (id, provider); filled in when the incident is computed."""
    db.conn.executemany(
        "INSERT INTO incidents (id, provider, status, created_at, updated_at) VALUES (?, ?, 'active', ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET status = 'active', merged_into = NULL",
        [(i, p, now, now) for i, p in rows],
    )


def set_disagreement_dismissed(db: sqlite_utils.Database, disagreement_id: str) -> int:
    return db.execute("UPDATE disagreements SET dismissed = 1 WHERE id = ?", [disagreement_id]).rowcount


# ---------------------------------------------------------------- reading (dashboard, export, CLI)


def get_incident(db: sqlite_utils.Database, incident_id: str) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM incidents WHERE id = ?", [incident_id]))
    if not rows:
        return None
    row = rows[0]
    for key in ("services", "regions", "accounts"):
        row[key] = json.loads(row[key]) if row[key] else ([] if key != "accounts" else {})
    return row


def resolve_incident(db: sqlite_utils.Database, incident_id: str) -> tuple[str | None, str | None]:
    """Follow merges to the live incident; returns (live id or None, status seen)."""
    seen = set()
    current = incident_id
    while current and current not in seen:
        seen.add(current)
        row = db.execute("SELECT status, merged_into FROM incidents WHERE id = ?", [current]).fetchone()
        if row is None:
            return None, None
        if row[0] == "merged" and row[1]:
            current = row[1]
            continue
        return (current if row[0] == "active" else None), row[0]
    return None, "merged"


def list_incidents(db: sqlite_utils.Database, *, provider: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    sql = "SELECT * FROM incidents WHERE status = 'active'"
    params: list[Any] = []
    if provider:
        sql += " AND lower(provider) = lower(?)"
        params.append(provider)
    sql += " ORDER BY started_at DESC, id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return list(db.query(sql, params))


def disagreements_of(db: sqlite_utils.Database, incident_id: str, *, include_dismissed: bool = True) -> list[dict[str, Any]]:
    sql = "SELECT * FROM disagreements WHERE incident_id = ?" + ("" if include_dismissed else " AND dismissed = 0")
    rows = list(db.query(sql + " ORDER BY severity DESC, id", [incident_id]))
    for row in rows:
        row["vendor_claim_ids"] = json.loads(row["vendor_claim_ids"] or "[]")
        row["press_claim_ids"] = json.loads(row["press_claim_ids"] or "[]")
    return rows


def documents_of(db: sqlite_utils.Database, incident_id: str) -> list[dict[str, Any]]:
    return list(db.query(
        "SELECT DISTINCT d.id, d.title, d.url, d.outlet, d.source_kind, d.published_at, m.is_primary "
        "FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.incident_id = ? ORDER BY d.published_at, d.id",
        [incident_id],
    ))


def unassigned_mentions(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return list(db.query(
        "SELECT id, document_id, provider, start, assignment_reason FROM mentions WHERE incident_id IS NULL ORDER BY id"
    ))


def overrides_list(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM overrides ORDER BY id"))
