"""Writing to the store: sources, fetch runs, raw payloads, documents (versioned), extractions.

Every write is idempotent: the same input twice changes nothing. Each fetched source is stored
in one transaction, so a crash loses at most the source being written and never leaves half
of it behind.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import asdict, dataclass
from typing import Any, Iterable, Iterator

import sqlite_utils

from data.db import transaction, utc_now
from data.models import FetchedDocument, Problem, RawPayload, SourceFetchResult, SourceState, stable_id


@dataclass
class StoreCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, other: "StoreCounts") -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged


# ---------------------------------------------------------------- sources


def sync_sources(db: sqlite_utils.Database, sources: Iterable[Any]) -> None:
    """Record the configured sources (SourceConfig), keeping what we learned about each."""
    with transaction(db):
        for source in sources:
            row = {
                "id": source.id,
                "name": source.name,
                "kind": source.kind,
                "provider": source.provider,
                "url": source.url,
                "format": source.format,
                "fetch_articles": int(bool(source.fetch_articles)),
                "enabled": int(bool(source.enabled)),
            }
            if db["sources"].count_where("id = ?", [source.id]):
                db["sources"].update(source.id, row)
            else:
                db["sources"].insert(row)


def load_source_states(db: sqlite_utils.Database) -> dict[str, SourceState]:
    return {
        row["id"]: SourceState(
            source_id=row["id"],
            etag=row["etag"],
            last_modified=row["last_modified"],
            last_success_at=row["last_success_at"],
            last_error=row["last_error"],
        )
        for row in db.query("SELECT id, etag, last_modified, last_success_at, last_error FROM sources")
    }


def known_doc_keys(db: sqlite_utils.Database) -> set[str]:
    """Keys the scrapers need not fetch again: every stored document's key, plus the feed entry
    key it was reached through (a news-search redirect link differs from the article's URL)."""
    keys = {row[0] for row in db.execute("SELECT doc_key FROM documents")}
    keys.update(
        row[0]
        for row in db.execute(
            "SELECT json_extract(extra, '$.feed_doc_key') FROM documents "
            "WHERE extra IS NOT NULL AND json_extract(extra, '$.feed_doc_key') IS NOT NULL"
        )
    )
    return keys


# ---------------------------------------------------------------- runs


def start_run(db: sqlite_utils.Database, command: str, *, pid: int | None = None, pipeline_version: str | None = None) -> int:
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO fetch_runs (command, started_at, status, pid, pipeline_version) VALUES (?, ?, 'running', ?, ?)",
            [command, utc_now(), pid, pipeline_version],
        )
        return cursor.lastrowid


def finish_run(db: sqlite_utils.Database, run_id: int, status: str, *, summary: dict | None = None, **counts: int) -> None:
    allowed = {"n_sources", "n_sources_ok", "n_sources_failed", "n_new_documents", "n_updated_documents", "n_extracted"}
    unknown = set(counts) - allowed
    if unknown:
        raise ValueError(f"unknown run counters: {sorted(unknown)}")
    with transaction(db):
        db["fetch_runs"].update(
            run_id,
            {"status": status, "finished_at": utc_now(), "summary": json.dumps(summary or {}, sort_keys=True), **counts},
        )


def mark_interrupted_runs(db: sqlite_utils.Database) -> int:
    """Runs left 'running' by a crashed process are marked so the history stays honest."""
    with transaction(db):
        cursor = db.execute(
            "UPDATE fetch_runs SET status = 'interrupted', finished_at = COALESCE(finished_at, ?) WHERE status = 'running'",
            [utc_now()],
        )
        return cursor.rowcount


# ---------------------------------------------------------------- raw payloads and documents


def store_raw_payload(db: sqlite_utils.Database, payload: RawPayload) -> str:
    sha = payload.sha256
    if not db["raw_payloads"].count_where("sha256 = ?", [sha]):
        db["raw_payloads"].insert(
            {
                "sha256": sha,
                "url": payload.url,
                "content_type": payload.content_type,
                "size": len(payload.body),
                "body": zlib.compress(payload.body, 6),
                "first_fetched_at": utc_now(),
            }
        )
    return sha


def load_raw_payload(db: sqlite_utils.Database, sha256: str) -> bytes | None:
    row = db.execute("SELECT body FROM raw_payloads WHERE sha256 = ?", [sha256]).fetchone()
    return zlib.decompress(row[0]) if row else None


def _document_row(doc: FetchedDocument, raw_sha: str | None, fetched_at: str) -> dict[str, Any]:
    return {
        "id": doc.document_id,
        "doc_key": doc.doc_key,
        "source_id": doc.source_id,
        "source_kind": doc.source_kind,
        "provider": doc.provider,
        "url": doc.url,
        "canonical_url": doc.canonical_url,
        "title": doc.title or "",
        "text": doc.text or "",
        "outlet": doc.outlet,
        "author": doc.author,
        "format": doc.format,
        "published_at": doc.published_at,
        "updated_at": doc.updated_at,
        "fetched_at": fetched_at,
        "content_sha256": doc.content_sha256,
        "raw_sha256": raw_sha,
        "timeline": json.dumps([asdict(u) for u in doc.timeline]) if doc.timeline else None,
        "extra": json.dumps(doc.extra, sort_keys=True, default=str) if doc.extra else None,
    }


def store_document(db: sqlite_utils.Database, doc: FetchedDocument) -> str:
    """Insert or version one document; returns 'new', 'updated' or 'unchanged'. Call inside a transaction."""
    raw_sha = store_raw_payload(db, doc.raw) if doc.raw is not None else None
    now = utc_now()
    row = _document_row(doc, raw_sha, now)
    existing = db.execute(
        "SELECT id, version, title, text, content_sha256, raw_sha256, fetched_at FROM documents WHERE doc_key = ?",
        [doc.doc_key],
    ).fetchone()
    if existing is None:
        db["documents"].insert({**row, "version": 1, "needs_extraction": 1})
        return "new"
    doc_id, version, old_title, old_text, old_sha, old_raw, old_fetched = existing
    if old_sha == row["content_sha256"]:
        return "unchanged"
    db["document_versions"].insert(
        {
            "document_id": doc_id,
            "version": version,
            "title": old_title,
            "text": old_text,
            "content_sha256": old_sha,
            "raw_sha256": old_raw,
            "fetched_at": old_fetched,
        },
        replace=True,
    )
    update = {k: v for k, v in row.items() if k not in ("id", "doc_key")}
    db["documents"].update(doc_id, {**update, "version": version + 1, "needs_extraction": 1})
    return "updated"


def store_documents(db: sqlite_utils.Database, docs: Iterable[FetchedDocument]) -> StoreCounts:
    counts = StoreCounts()
    with transaction(db):
        for doc in docs:
            outcome = store_document(db, doc)
            setattr(counts, outcome, getattr(counts, outcome) + 1)
    return counts


def _problems_json(problems: list[Problem]) -> str | None:
    return json.dumps([asdict(p) for p in problems]) if problems else None


def store_fetch_result(db: sqlite_utils.Database, run_id: int | None, result: SourceFetchResult) -> StoreCounts:
    """Store everything one source fetch produced, and its health, in a single transaction."""
    counts = StoreCounts()
    now = utc_now()
    with transaction(db):
        for payload in result.payloads:
            store_raw_payload(db, payload)
        for doc in result.documents:
            outcome = store_document(db, doc)
            setattr(counts, outcome, getattr(counts, outcome) + 1)
        errors = [p for p in result.problems if p.severity == "error"]
        first_error = errors[0].message if errors else None
        source_update: dict[str, Any] = {
            "last_fetched_at": now,
            "last_status": result.status,
            "last_latency_ms": result.latency_ms,
        }
        if result.status in ("ok", "not_modified", "partial"):
            source_update["last_success_at"] = now
            source_update["consecutive_failures"] = 0
            if result.etag is not None or result.last_modified is not None:
                source_update["etag"] = result.etag
                source_update["last_modified"] = result.last_modified
        if first_error:
            source_update["last_error"] = first_error
            source_update["last_error_at"] = now
        if db["sources"].count_where("id = ?", [result.source_id]):
            db["sources"].update(result.source_id, source_update)
            if result.status == "error":
                db.execute(
                    "UPDATE sources SET consecutive_failures = consecutive_failures + 1 WHERE id = ?",
                    [result.source_id],
                )
            db.execute(
                "UPDATE sources SET n_documents = (SELECT COUNT(*) FROM documents WHERE source_id = ?) WHERE id = ?",
                [result.source_id, result.source_id],
            )
        if run_id is not None:
            db["source_fetches"].insert(
                {
                    "run_id": run_id,
                    "source_id": result.source_id,
                    "started_at": result.started_at,
                    "finished_at": result.finished_at or now,
                    "status": result.status,
                    "http_status": result.http_status,
                    "n_entries": result.n_entries,
                    "n_new": counts.new,
                    "n_updated": counts.updated,
                    "bytes_received": result.bytes_received,
                    "latency_ms": result.latency_ms,
                    "error": first_error,
                    "problems": _problems_json(result.problems),
                },
                replace=True,
            )
    return counts


# ---------------------------------------------------------------- extraction


def document_input(row: dict[str, Any]) -> dict[str, Any]:
    """A stored document as the NLP stage's input (DESIGN.md §4)."""
    return {
        "id": row["id"],
        "url": row["url"],
        "title": row["title"],
        "text": row["text"],
        "published": row["published_at"],
        "outlet": row["outlet"],
        "source_kind": row["source_kind"],
        "provider": row["provider"],
    }


def documents_for_extraction(
    db: sqlite_utils.Database, *, only_pending: bool = True, batch_size: int = 500
) -> Iterator[dict[str, Any]]:
    """Stream documents (as §4 dicts) whose extraction is missing or stale, in rowid order."""
    where = "WHERE needs_extraction = 1" if only_pending else ""
    last_rowid = 0
    while True:
        rows = list(
            db.query(
                f"SELECT rowid AS _rowid, id, url, title, text, published_at, outlet, source_kind, provider "
                f"FROM documents {where} {'AND' if where else 'WHERE'} rowid > ? ORDER BY rowid LIMIT ?",
                [last_rowid, batch_size],
            )
        )
        if not rows:
            return
        for row in rows:
            yield document_input(row)
        last_rowid = rows[-1]["_rowid"]


def _json_scalar(value: Any) -> str | None:
    return None if value is None else json.dumps(value)


def store_extraction(db: sqlite_utils.Database, document_id: str, result: dict[str, Any]) -> None:
    """Replace a document's mentions and claims with a fresh extraction (§5 dict). Call inside a transaction."""
    old_mentions = [r[0] for r in db.execute("SELECT id FROM mentions WHERE document_id = ?", [document_id])]
    # Keep incident assignments of unchanged mention slots so incident ids stay stable.
    previous_assignment = {
        r[0]: r[1] for r in db.execute("SELECT id, incident_id FROM mentions WHERE document_id = ?", [document_id])
    }
    db.execute("DELETE FROM claims WHERE document_id = ?", [document_id])
    db.execute("DELETE FROM mentions WHERE document_id = ?", [document_id])
    pipeline_version = result.get("pipeline_version")
    for index, incident in enumerate(result.get("incidents") or []):
        mention_id = f"{document_id}#{index}"
        db["mentions"].insert(
            {
                "id": mention_id,
                "document_id": document_id,
                "idx": index,
                "is_primary": int(bool(incident.get("primary"))),
                "provider": incident.get("provider"),
                "services": json.dumps(incident.get("services") or []),
                "regions": json.dumps(incident.get("regions") or []),
                "start": incident.get("start"),
                "end": incident.get("end"),
                "duration_hours": incident.get("duration_hours"),
                "cause_category": incident.get("cause_category"),
                "ai_involved": None if incident.get("ai_involved") is None else int(bool(incident["ai_involved"])),
                "ai_role": incident.get("ai_role"),
                "incident_id": previous_assignment.get(mention_id) if mention_id in old_mentions else None,
            }
        )
        for claim in incident.get("claims") or []:
            claim_id = claim.get("id") or stable_id(
                "clm", document_id, claim.get("attribute"), claim.get("start"), claim.get("end")
            )
            db["claims"].insert(
                {
                    "id": claim_id,
                    "document_id": document_id,
                    "mention_id": mention_id,
                    "incident_id": previous_assignment.get(mention_id),
                    "attribute": claim["attribute"],
                    "value": None if claim.get("value") is None else str(claim.get("value")),
                    "normalized": _json_scalar(claim.get("normalized")),
                    "polarity": claim.get("polarity") or "asserts",
                    "speaker_kind": claim.get("speaker_kind") or "other",
                    "speaker": claim.get("speaker"),
                    "quote": claim.get("quote") or "",
                    "start": claim.get("start") or 0,
                    "end": claim.get("end") or 0,
                    "confidence": claim.get("confidence"),
                    "pipeline_version": pipeline_version,
                },
                replace=True,
            )
    stored = {k: v for k, v in result.items() if k != "text"}
    update: dict[str, Any] = {
        "is_outage": None if result.get("is_outage") is None else int(bool(result["is_outage"])),
        "language": result.get("language"),
        "extraction": json.dumps(stored, sort_keys=True, default=str),
        "extraction_error": result.get("error") or result.get("skipped_reason"),
        "extracted_at": utc_now(),
        "pipeline_version": pipeline_version,
        "needs_extraction": 0,
    }
    db["documents"].update(document_id, update)


def mark_all_for_extraction(db: sqlite_utils.Database) -> int:
    with transaction(db):
        return db.execute("UPDATE documents SET needs_extraction = 1").rowcount
