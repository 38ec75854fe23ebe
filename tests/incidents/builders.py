"""Tiny deterministic worlds for incident tests, written through the real store functions.

A document's text is assembled from its claims' quotes, so every claim carries true evidence
(`quote == text[start:end]`), exactly as the extractor's output would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from data.db import open_db, transaction
from data.models import FetchedDocument, TimelineUpdate, render_timeline_text
from data.store import store_document, store_extraction


def new_db(tmp_path: Path, name: str = "ow.db"):
    return open_db(tmp_path / name)


def claim(attribute: str, quote: str, normalized: Any, speaker_kind: str, *, polarity: str = "asserts",
          speaker: str | None = None, value: str | None = None) -> dict[str, Any]:
    return {"attribute": attribute, "quote": quote, "value": value or quote, "normalized": normalized,
            "polarity": polarity, "speaker_kind": speaker_kind, "speaker": speaker}


def mention(provider: str | None, *, start: str | None = None, primary: bool = True, services=(), regions=(),
            duration: float | None = None, cause: str | None = None, ai: bool | None = None, ai_role: str | None = None,
            end: str | None = None, claims=()) -> dict[str, Any]:
    return {"primary": primary, "provider": provider, "services": list(services), "regions": list(regions),
            "start": start, "end": end, "duration_hours": duration, "cause_category": cause or "unknown",
            "ai_involved": ai, "ai_role": ai_role, "claims": list(claims)}


def add_document(db, key: str, *, kind: str = "press", provider: str | None = None, published: str | None = None,
                 title: str = "", mentions=(), updates: list[tuple[str, str, str]] | None = None,
                 outlet: str | None = None, body: str = "") -> str:
    """Store one document and its extraction; `updates` (status, at, text) makes it a status page."""
    mentions = list(mentions)
    quotes = [c["quote"] for m in mentions for c in m["claims"]]
    timeline = [TimelineUpdate(s, at, text) for s, at, text in updates or []]
    if timeline:
        text = render_timeline_text(title, timeline)
        doc_key = f"status-{(provider or 'x').lower()}:{key}"
        fmt = "statuspage-json"
    else:
        text = " ".join([body] + quotes).strip()
        doc_key = f"url:https://example.test/{key}"
        fmt = None
    doc = FetchedDocument(source_id=f"src-{kind}", source_kind=kind, doc_key=doc_key, url=None, title=title, text=text,
                          provider=provider if kind == "vendor" else None, published_at=published, outlet=outlet,
                          format=fmt, timeline=timeline)
    with transaction(db):
        store_document(db, doc)
        incidents = []
        for m in mentions:
            claims = []
            for c in m["claims"]:
                start = text.find(c["quote"])
                assert start >= 0, f"quote not in text: {c['quote']}"
                claims.append({**c, "start": start, "end": start + len(c["quote"]), "confidence": 0.9})
            incidents.append({**m, "claims": claims})
        store_extraction(db, doc.document_id, {"id": doc.document_id, "is_outage": bool(incidents), "language": "en",
                                               "pipeline_version": "test-1", "incidents": incidents})
    return doc.document_id


def incident_of(db, document_id: str, idx: int = 0) -> str | None:
    row = db.execute("SELECT incident_id FROM mentions WHERE id = ?", [f"{document_id}#{idx}"]).fetchone()
    return row[0] if row else None


def incident(db, incident_id: str) -> dict[str, Any]:
    return next(db.query("SELECT * FROM incidents WHERE id = ?", [incident_id]))


def disagreements(db, incident_id: str) -> dict[tuple[str, str], dict[str, Any]]:
    return {(r["attribute"], r["kind"]): r for r in db.query("SELECT * FROM disagreements WHERE incident_id = ?", [incident_id])}
