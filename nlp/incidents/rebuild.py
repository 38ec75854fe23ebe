"""Rebuilding incidents: place mentions, re-apply corrections, recompute the affected incidents.

One transaction per rebuild. `document_ids=None` rebuilds everything; a set of document ids
rebuilds only the incidents those documents can affect (same provider, nearby in time).
"""

from __future__ import annotations

import gc
import time
from collections import defaultdict

import sqlite_utils

from data import incidents_store as store
from data.db import transaction, utc_now
from nlp.incidents import overrides as ov
from nlp.incidents.accounts import build_incident, statement_time, update_times
from nlp.incidents.disagreements import detect
from nlp.incidents.grouping import (REVIEW_LOOKBACK, family_key, family_prefix, family_providers, group, mention_dates,
                                     mention_window)
from nlp.incidents.records import MentionInfo, RebuildReport
from nlp.incidents.times import DAY, to_iso

CONTEXT = 45 * DAY  # incidents this far around a changed mention can be affected by it
RECOMPUTE_SLICE = 2000  # incidents whose claims are in memory at once


def _context_mentions(db: sqlite_utils.Database, document_ids: set[str]) -> tuple[list[MentionInfo], set[str]]:
    """Changed documents' mentions plus every mention they could be grouped with."""
    changed = store.load_mentions(db, document_ids=document_ids)
    touched = {m.incident_id for m in changed if m.incident_id}
    by_family: dict[str, list[float]] = defaultdict(list)
    for m in changed:
        key = family_key(m.effective_provider)
        window, _ = mention_window(m)
        if key and window:
            by_family[key] += [window.lo, window.hi]
            published = mention_dates(m).published
            if published is not None:  # a report may join an outage up to a year before it
                by_family[key] += [published.hi - REVIEW_LOOKBACK, published.hi]
    found = {m.id: m for m in changed}
    for family, bounds in by_family.items():
        since, until = to_iso(min(bounds) - CONTEXT)[:10], to_iso(max(bounds) + CONTEXT)
        for m in store.load_mentions(db, providers=family_providers(family), provider_prefix=family_prefix(family),
                                     since=since, until=until):
            found.setdefault(m.id, m)
    incidents = touched | {m.incident_id for m in found.values() if m.incident_id}
    for m in store.load_mentions(db, incident_ids=incidents):
        found.setdefault(m.id, m)
    return sorted(found.values(), key=lambda m: (m.published_at or "", m.id)), touched  # the order a full load gives


def rebuild_incidents(db: sqlite_utils.Database, document_ids: set[str] | None = None) -> RebuildReport:
    # Hundreds of thousands of small records and no reference cycles: the cyclic collector's
    # repeated full scans would make a large rebuild superlinear, so it rests until we are done.
    collecting = gc.isenabled()
    gc.disable()
    # A full rebuild reads every mention and claim: a 16 MB page cache for this connection keeps
    # the joins from going back to the OS page by page (the default is 2 MB). 64 MB was 4 % faster
    # at 100k documents but pushed `reprocess` past its 600 MB memory budget.
    previous_cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute("PRAGMA cache_size = -16384")
    try:
        return _rebuild(db, document_ids)
    finally:
        db.execute(f"PRAGMA cache_size = {int(previous_cache)}")
        if collecting:
            gc.enable()


def _rebuild(db: sqlite_utils.Database, document_ids: set[str] | None) -> RebuildReport:
    started = time.perf_counter()
    report = RebuildReport()
    now = utc_now()
    with transaction(db):
        statuses = store.incident_statuses(db)
        live = {i for i, s in statuses.items() if s == "active"}
        if document_ids is None:
            mentions, touched = store.load_mentions(db), set(live)
        else:
            mentions, touched = _context_mentions(db, set(document_ids))
        placements, clusters = group(mentions, live, set(statuses))

        changes, affected = [], set(touched)
        for m in mentions:
            placed = placements[m.id]
            if placed.incident_id != m.incident_id or placed.reason != m.assignment_reason:
                changes.append((placed.incident_id, placed.reason, m.id))
                affected.update(i for i in (placed.incident_id, m.incident_id) if i)
            if placed.incident_id is None:
                report.mentions_unassigned += 1
                report.unassigned_reasons[placed.reason] = report.unassigned_reasons.get(placed.reason, 0) + 1
            elif placed.incident_id != m.incident_id:
                report.mentions_placed += 1
        store.write_assignments(db, changes)
        store.create_incident_rows(db, [(c.id, c.provider) for c in clusters.values() if statuses.get(c.id) != "active"], now)
        anchors = {c.id: c.anchor for c in clusters.values()}

        corrections = ov.apply_assignment_overrides(db, now, report)
        affected |= corrections.affected
        if document_ids is None:
            affected |= {c.id for c in clusters.values()}
        if document_ids is None:
            store.sync_claim_incidents(db)
            retired = store.orphan_incidents(db)
        else:
            # Only what this run touched: the loaded mentions' documents and incidents, and corrections.
            touched_docs = {m.document_id for m in mentions} | store.documents_of_incidents(db, corrections.affected)
            store.sync_claim_incidents(db, touched_docs)
            retired = store.orphan_incidents(db, affected | set(touched))
        report.incidents_retired = store.retire_incidents(db, retired, "deleted", now)
        affected -= set(retired)
        live_now = {i for i, s in store.incident_statuses(db).items() if s == "active"}
        affected &= live_now
        # Members straight from the placement, except incidents a correction reshaped (read back).
        members: dict[str, list[MentionInfo]] = defaultdict(list)
        for m in mentions:
            incident_id = placements[m.id].incident_id
            if incident_id in affected and incident_id not in corrections.affected:
                m.incident_id = incident_id
                members[incident_id].append(m)
        moved = store.load_mentions(db, incident_ids=corrections.affected & affected) if corrections.affected else []
        for m in moved:
            members[m.incident_id].append(m)
        missing = {i for i in affected if i not in members}
        if missing:  # e.g. incidents reached only through a correction in an incremental run
            for m in store.load_mentions(db, incident_ids=missing):
                members[m.incident_id].append(m)
        _recompute(db, affected, members, anchors, corrections, statuses, now, report)
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _recompute(db, affected: set[str], members: dict[str, list[MentionInfo]], anchors: dict[str, str],
               corrections: "ov.Corrections", statuses: dict[str, str], now: str, report: RebuildReport) -> None:
    # In slices of incidents: a slice's claims are read, turned into accounts and written before the
    # next is read, so a full rebuild never holds every claim at once (memory, not work, grew with size).
    # Oldest incidents first: documents arrive roughly in time order, so a slice's claims sit near each
    # other in the file instead of being scattered over it (locality, once the store outgrows the cache).
    def first_seen(incident_id: str) -> tuple[str, str]:
        times = [m.published_at for m in members.get(incident_id, ()) if m.published_at]
        return (min(times) if times else "", incident_id)
    ordered = sorted(affected, key=first_seen)
    for first in range(0, len(ordered), RECOMPUTE_SLICE):
        _recompute_slice(db, set(ordered[first:first + RECOMPUTE_SLICE]), members, anchors, corrections, statuses, now, report)


def _recompute_slice(db, affected: set[str], members: dict[str, list[MentionInfo]], anchors: dict[str, str],
                     corrections: "ov.Corrections", statuses: dict[str, str], now: str, report: RebuildReport) -> None:
    if not affected:
        return
    mention_of = {m.id: m for incident_id in affected for m in members.get(incident_id, ())}
    claims = store.load_claims(db, mention_of)
    status_docs = {m.document_id for m in mention_of.values() if m.is_status}
    texts = store.load_texts(db, status_docs) if status_docs else {}
    updates = {doc: update_times(text) for doc, text in texts.items()}
    first_update = {doc: u[0][1] for doc, u in updates.items() if u}
    claims_by_incident = defaultdict(list)
    for c in claims:
        m = mention_of[c.mention_id]
        c.at, c.in_vendor_document = m.published_at, m.source_kind == "vendor"
        if m.document_id in updates:
            c.at = statement_time(c.start, updates[m.document_id], c.at)
        claims_by_incident[m.incident_id].append(c)
    versions = {m.document_id: m.pipeline_version for m in mention_of.values()}  # read with the mentions
    existing = store.load_incident_rows(db, affected)
    old_disagreements = store.load_disagreement_rows(db, affected)
    rows, disagreement_sets = {}, {}
    for incident_id in sorted(affected):
        group_ = members.get(incident_id, [])
        if not group_:
            continue
        anchor = anchors.get(incident_id) or (existing.get(incident_id) or {}).get("anchor") or group_[0].id
        pipeline = max((versions.get(m.document_id) or "" for m in group_), default="") or None
        record, sides = build_incident(incident_id, group_, claims_by_incident[incident_id], first_update, anchor, pipeline)
        found = detect(incident_id, record, sides, group_)
        ov.apply_field_overrides(db, record, found, corrections, now, report)
        live = [d for d in found if not d.dismissed]
        record.n_disagreements = len(live)
        record.max_severity = max((d.severity for d in live), default=None)
        report.disagreements += len(live)
        row = store.incident_row(record)
        before = existing.get(incident_id)
        new_dis = [store.disagreement_tuple(d) for d in found]
        old_dis = [tuple(r) for r in old_disagreements.get(incident_id, [])]
        created = statuses.get(incident_id) != "active"  # new this rebuild, or revived
        if before is not None and all(before.get(k) == v for k, v in row.items()) and old_dis == new_dis:
            report.incidents_unchanged += 1
            continue
        if created:
            report.incidents_created += 1
        else:
            report.incidents_updated += 1
        rows[incident_id] = row
        disagreement_sets[incident_id] = found
    store.write_incidents(db, rows, now)
    store.write_disagreements(db, disagreement_sets, now)
