"""An Atom feed of incidents and disagreements, newest first, that anyone can subscribe to.

Entry times come from the data (the newest fetch of an incident's documents), so the same
database always gives the same feed and a reader sees an entry again only when it changed."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape, quoteattr

import sqlite_utils

from data.export.rows import _chunks

MAX_ENTRIES = 200
FEED_ID = "urn:outagewatch:feed"


def _incident_times(db: sqlite_utils.Database, incident_ids: list[str]) -> dict[str, str]:
    times: dict[str, str] = {}
    for chunk in _chunks(incident_ids):
        marks = ",".join("?" * len(chunk))
        for incident_id, newest in db.execute(
            "SELECT m.incident_id, MAX(d.fetched_at) FROM mentions m JOIN documents d ON d.id = m.document_id "
            f"WHERE m.incident_id IN ({marks}) GROUP BY m.incident_id",
            chunk,
        ):
            times[incident_id] = newest
    return times


def _incident_links(db: sqlite_utils.Database, incident_id: str) -> list[tuple[str, str]]:
    return [
        (r[0], r[1] or "")
        for r in db.execute(
            "SELECT DISTINCT d.url, d.title FROM mentions m JOIN documents d ON d.id = m.document_id "
            "WHERE m.incident_id = ? AND d.url IS NOT NULL ORDER BY d.source_kind DESC, d.url LIMIT 5",
            [incident_id],
        )
    ]


def _entry(entry_id: str, title: str, updated: str, summary: str, category: str, links: list[tuple[str, str]]) -> str:
    parts = [
        "  <entry>",
        f"    <id>{escape(entry_id)}</id>",
        f"    <title>{escape(title)}</title>",
        f"    <updated>{escape(updated)}</updated>",
        f"    <category term={quoteattr(category)}/>",
        f"    <summary type=\"text\">{escape(summary)}</summary>",
    ]
    parts += [f"    <link rel=\"related\" href={quoteattr(url)} title={quoteattr(t)}/>" for url, t in links]
    parts.append("  </entry>")
    return "\n".join(parts)


def _incident_summary(row: dict[str, Any]) -> str:
    bits = [row["title"] or f"{row['provider'] or 'Unknown provider'} outage"]
    if row["started_at"]:
        bits.append(f"started {row['started_at']}")
    if row["duration_hours"] is not None:
        bits.append(f"about {row['duration_hours']:g} h")
    if row["cause_category"] and row["cause_category"] != "unknown":
        bits.append(f"cause: {row['cause_category']}")
    if row["ai_status"] and row["ai_status"] != "none":
        bits.append(f"AI involvement {row['ai_status']}")
    bits.append(f"{row['n_documents']} documents, {row['n_disagreements']} disagreements")
    return "; ".join(bits) + "."


def atom_feed(db: sqlite_utils.Database, incident_ids: list[str], created: str | None) -> str:
    times = _incident_times(db, incident_ids)
    entries: list[tuple[str, str, str]] = []  # (updated, entry id, xml)
    for chunk in _chunks(incident_ids):
        marks = ",".join("?" * len(chunk))
        for row in db.query(f"SELECT * FROM incidents WHERE id IN ({marks})", chunk):
            updated = times.get(row["id"]) or created or "1970-01-01T00:00:00Z"
            entry_id = f"urn:outagewatch:incident:{row['id']}"
            title = f"Incident: {row['title'] or row['provider'] or row['id']}"
            xml = _entry(entry_id, title, updated, _incident_summary(row), "incident", _incident_links(db, row["id"]))
            entries.append((updated, entry_id, xml))
        for row in db.query(
            f"SELECT d.*, i.provider, i.title AS incident_title FROM disagreements d JOIN incidents i ON i.id = d.incident_id "
            f"WHERE d.dismissed = 0 AND d.incident_id IN ({marks})",
            chunk,
        ):
            updated = times.get(row["incident_id"]) or created or "1970-01-01T00:00:00Z"
            entry_id = f"urn:outagewatch:disagreement:{row['id']}"
            title = f"Disagreement ({row['kind']}, {row['attribute']}): {row['incident_title'] or row['provider'] or row['incident_id']}"
            summary = f"{row['summary']} Vendor: {row['vendor_value'] or '—'}. Press: {row['press_value'] or '—'}."
            entries.append((updated, entry_id, _entry(entry_id, title, updated, summary, f"disagreement:{row['kind']}", [])))
    # Newest first; ties broken by id so the order never depends on the query plan.
    entries.sort(key=lambda e: (e[0], e[1]), reverse=True)
    entries = entries[:MAX_ENTRIES]
    feed_updated = entries[0][0] if entries else (created or "1970-01-01T00:00:00Z")
    head = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <id>{FEED_ID}</id>",
        "  <title>outagewatch: new incidents and vendor/press disagreements</title>",
        f"  <updated>{feed_updated}</updated>",
        "  <author><name>outagewatch</name></author>",
        '  <generator uri="https://github.com/outagewatch/outagewatch">outagewatch</generator>',
    ]
    return "\n".join(head + [e[2] for e in entries] + ["</feed>", ""])


