"""Reading the export tables out of the store, filtered and in a fixed order (by id), so the
same database always yields the same rows."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterator

import sqlite_utils


@dataclass(frozen=True)
class Filters:
    since: str | None = None  # inclusive, ISO-8601 date or datetime prefix
    until: str | None = None  # inclusive: "2025-12-31" keeps everything on that day
    provider: str | None = None  # case-insensitive exact provider name


def _json_list(value: str | None) -> list[str]:
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        return [value]
    return [str(v) for v in parsed] if isinstance(parsed, list) else [str(parsed)]


def _normalized_text(value: str | None) -> str | None:
    """Claims store `normalized` as a JSON scalar; export it as plain text ('13.0', 'true', 'dns')."""
    if value is None:
        return None
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        return value
    if parsed is None:
        return None
    if isinstance(parsed, bool):
        return "true" if parsed else "false"
    return parsed if isinstance(parsed, str) else json.dumps(parsed)


def _time_clause(column: str, filters: Filters, params: list[Any]) -> str:
    parts = []
    if filters.since:
        parts.append(f"{column} >= ?")
        params.append(filters.since)
    if filters.until:
        # "until 2025-12-31" must keep "2025-12-31T23:00:00Z": compare against the next string up.
        parts.append(f"{column} <= ?")
        params.append(filters.until + "\uffff")
    return " AND ".join(parts)


def selected_incident_ids(db: sqlite_utils.Database, filters: Filters) -> list[str]:
    params: list[Any] = []
    where = ["status = 'active'"]
    time_clause = _time_clause("COALESCE(started_at, first_press_at, first_vendor_at)", filters, params)
    if time_clause:
        where.append(time_clause)
    if filters.provider:
        where.append("provider = ? COLLATE NOCASE")
        params.append(filters.provider)
    return [r[0] for r in db.execute(f"SELECT id FROM incidents WHERE {' AND '.join(where)} ORDER BY id", params)]


def selected_document_ids(db: sqlite_utils.Database, filters: Filters) -> list[str]:
    params: list[Any] = []
    where = []
    time_clause = _time_clause("COALESCE(published_at, fetched_at)", filters, params)
    if time_clause:
        where.append(time_clause)
    if filters.provider:
        where.append(
            "(provider = ? COLLATE NOCASE OR id IN (SELECT document_id FROM mentions WHERE provider = ? COLLATE NOCASE))"
        )
        params += [filters.provider, filters.provider]
    sql = "SELECT id FROM documents" + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY id"
    return [r[0] for r in db.execute(sql, params)]


def _chunks(ids: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def incident_rows(db: sqlite_utils.Database, ids: list[str], crosswalk: dict | None) -> Iterator[dict[str, Any]]:
    mapping = (crosswalk or {}).get("categories", {})
    schemes = sorted((crosswalk or {}).get("schemes", {}))
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for r in db.query(f"SELECT * FROM incidents WHERE id IN ({marks}) ORDER BY id", chunk):
            row = {
                "incident_id": r["id"],
                "provider": r["provider"],
                "title": r["title"],
                "services": _json_list(r["services"]),
                "regions": _json_list(r["regions"]),
                "started_at": r["started_at"],
                "ended_at": r["ended_at"],
                "duration_hours": r["duration_hours"],
                "duration_basis": r["duration_basis"],
                "vendor_cause": r["vendor_cause"],
                "press_cause": r["press_cause"],
                "cause_category": r["cause_category"],
            }
            for scheme in schemes:
                row[f"cause_{scheme}"] = (mapping.get(r["cause_category"] or "") or {}).get(scheme)
            row.update(
                {
                    "ai_status": r["ai_status"],
                    "ai_role": r["ai_role"],
                    "n_documents": r["n_documents"],
                    "n_vendor_documents": r["n_vendor_documents"],
                    "n_press_documents": r["n_press_documents"],
                    "first_press_at": r["first_press_at"],
                    "first_vendor_at": r["first_vendor_at"],
                    "ack_delay_hours": r["ack_delay_hours"],
                    "n_disagreements": r["n_disagreements"],
                    "pipeline_version": r["pipeline_version"],
                }
            )
            yield row


def document_rows(db: sqlite_utils.Database, ids: list[str], include_text: bool) -> Iterator[dict[str, Any]]:
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        text_col = ", text" if include_text else ""
        for r in db.query(
            "SELECT id, url, title, outlet, source_id, source_kind, provider, published_at, fetched_at, is_outage, "
            f"language, content_sha256{text_col} FROM documents WHERE id IN ({marks}) ORDER BY id",
            chunk,
        ):
            row = {
                "document_id": r["id"],
                "url": r["url"],
                "title": r["title"],
                "outlet": r["outlet"],
                "source_id": r["source_id"],
                "source_kind": r["source_kind"],
                "provider": r["provider"],
                "published_at": r["published_at"],
                "fetched_at": r["fetched_at"],
                "is_outage": None if r["is_outage"] is None else bool(r["is_outage"]),
                "language": r["language"],
                "content_sha256": r["content_sha256"],
            }
            if include_text:
                row["text"] = r["text"]
            yield row


def claim_rows(db: sqlite_utils.Database, document_ids: list[str], incident_ids: set[str]) -> Iterator[dict[str, Any]]:
    for chunk in _chunks(document_ids):
        marks = ",".join("?" * len(chunk))
        for r in db.query(
            "SELECT c.*, m.incident_id AS mention_incident FROM claims c LEFT JOIN mentions m ON m.id = c.mention_id "
            f"WHERE c.document_id IN ({marks}) ORDER BY c.id",
            chunk,
        ):
            incident = r["incident_id"] or r["mention_incident"]
            yield {
                "claim_id": r["id"],
                "document_id": r["document_id"],
                # Kept only when that incident is in this export, so the foreign key always resolves.
                "incident_id": incident if incident in incident_ids else None,
                "attribute": r["attribute"],
                "value": r["value"],
                "normalized": _normalized_text(r["normalized"]),
                "polarity": r["polarity"],
                "speaker_kind": r["speaker_kind"],
                "speaker": r["speaker"],
                "quote": r["quote"],
                "start": r["start"],
                "end": r["end"],
                "confidence": r["confidence"],
            }


def disagreement_rows(db: sqlite_utils.Database, incident_ids: list[str]) -> Iterator[dict[str, Any]]:
    for chunk in _chunks(incident_ids):
        marks = ",".join("?" * len(chunk))
        for r in db.query(
            f"SELECT * FROM disagreements WHERE dismissed = 0 AND incident_id IN ({marks}) ORDER BY id", chunk
        ):
            yield {
                "disagreement_id": r["id"],
                "incident_id": r["incident_id"],
                "attribute": r["attribute"],
                "kind": r["kind"],
                "vendor_value": r["vendor_value"],
                "press_value": r["press_value"],
                "vendor_claim_ids": _json_list(r["vendor_claim_ids"]),
                "press_claim_ids": _json_list(r["press_claim_ids"]),
                "severity": r["severity"],
                "summary": r["summary"],
            }


def newest_fetch_time(db: sqlite_utils.Database, document_ids: list[str]) -> str | None:
    """The export's `created`: derived from the data, never the clock, so output is reproducible."""
    newest = None
    for chunk in _chunks(document_ids):
        marks = ",".join("?" * len(chunk))
        value = db.execute(f"SELECT MAX(fetched_at) FROM documents WHERE id IN ({marks})", chunk).fetchone()[0]
        if value and (newest is None or value > newest):
            newest = value
    return newest
