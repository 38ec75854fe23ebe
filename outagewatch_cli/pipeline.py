"""The one path every writing job follows: store documents, extract what is pending, rebuild
the incidents those documents touch. `refresh`, `ingest`, `reprocess` and `demo` call these
functions; the command modules only parse options and print.

Progress is reported through a small `Progress` object passed in from outside (a rich bar on a
terminal, plain lines in cron), so this module never prints.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field, is_dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator, Protocol

import sqlite_utils

from data.db import open_db, transaction
from data.models import FetchedDocument, SourceFetchResult
from data.store import (
    StoreCounts,
    documents_for_extraction,
    finish_run,
    known_doc_keys,
    load_source_states,
    mark_all_for_extraction,
    mark_interrupted_runs,
    start_run,
    store_extraction,
    store_fetch_result,
    sync_sources,
)
from outagewatch_cli.lock import job_lock

EXTRACT_BATCH = 200  # documents per write transaction: short enough for readers never to wait long


class Progress(Protocol):
    """What a job tells the person watching it. Stages: 'fetch', 'extract', 'incidents'."""

    def stage(self, name: str, total: int | None) -> None: ...

    def advance(self, name: str, n: int = 1, note: str = "") -> None: ...

    def log(self, message: str) -> None: ...


class SilentProgress:
    def stage(self, name: str, total: int | None) -> None:
        pass

    def advance(self, name: str, n: int = 1, note: str = "") -> None:
        pass

    def log(self, message: str) -> None:
        pass


# ---------------------------------------------------------------- reports


@dataclass
class SourceOutcome:
    source_id: str
    status: str  # ok | not_modified | partial | error
    http_status: int | None = None
    n_entries: int = 0
    n_new: int = 0
    n_updated: int = 0
    n_unchanged: int = 0
    latency_ms: float | None = None
    error: str | None = None  # first error-level problem, one line
    n_problems: int = 0


@dataclass
class ExtractReport:
    n_extracted: int = 0
    n_outage: int = 0
    n_failed: int = 0  # documents the extractor returned an error for (kept, retried on reprocess)
    problem: str | None = None  # the stage itself stopped (documents stay pending for the next run)
    document_ids: list[str] = field(default_factory=list)


@dataclass
class IncidentsReport:
    ran: bool = False
    n_documents: int = 0
    summary: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None


@dataclass
class RefreshReport:
    run_id: int | None
    dry_run: bool
    sources: list[SourceOutcome] = field(default_factory=list)
    extract: ExtractReport = field(default_factory=ExtractReport)
    incidents: IncidentsReport = field(default_factory=IncidentsReport)
    n_interrupted_marked: int = 0

    @property
    def n_failed(self) -> int:
        return sum(1 for s in self.sources if s.status == "error")

    @property
    def n_new(self) -> int:
        return sum(s.n_new for s in self.sources)

    @property
    def n_updated(self) -> int:
        return sum(s.n_updated for s in self.sources)

    @property
    def status(self) -> str:
        if self.sources and self.n_failed == len(self.sources):
            return "failed"
        if self.n_failed or self.extract.problem or self.incidents.problem:
            return "partial"
        return "ok"

    @property
    def exit_code(self) -> int:
        return 0 if self.status == "ok" else 1


# ---------------------------------------------------------------- extraction and incidents


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def count_pending(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT COUNT(*) FROM documents WHERE needs_extraction = 1").fetchone()[0]


def extract_pending(db: sqlite_utils.Database, progress: Progress | None = None, batch_size: int = EXTRACT_BATCH) -> ExtractReport:
    """Extract every document marked needs_extraction, streaming, one transaction per batch.

    A crash loses at most the batch in flight: its documents are still marked pending and the
    next run picks them up.
    """
    from nlp.extract import Extractor

    progress = progress or SilentProgress()
    report = ExtractReport()
    total = count_pending(db)
    progress.stage("extract", total)
    if not total:
        return report
    extractor = Extractor()
    for batch in _batches(documents_for_extraction(db), batch_size):
        try:
            results = list(extractor.extract_many(batch))
        except Exception as exc:  # the extractor promises never to raise; if it does, stop and say so
            report.problem = f"extraction stopped after {report.n_extracted} documents: {type(exc).__name__}: {exc}"
            progress.log(report.problem)
            return report
        if len(results) != len(batch):
            report.problem = f"extractor returned {len(results)} results for {len(batch)} documents; stopped"
            progress.log(report.problem)
            return report
        with transaction(db):
            for doc, result in zip(batch, results):
                store_extraction(db, doc["id"], result)
                report.document_ids.append(doc["id"])
                report.n_extracted += 1
                report.n_outage += bool(result.get("is_outage"))
                report.n_failed += bool(result.get("error"))
        progress.advance("extract", len(batch))
    return report


def unassigned_outage_documents(db: sqlite_utils.Database) -> list[str]:
    """Documents extracted but never grouped (e.g. the job died between the two stages)."""
    return [
        row[0]
        for row in db.execute(
            "SELECT DISTINCT m.document_id FROM mentions m JOIN documents d ON d.id = m.document_id "
            "WHERE m.incident_id IS NULL AND d.is_outage = 1 ORDER BY m.document_id"
        )
    ]


def _as_dict(report: Any) -> dict[str, Any]:
    if is_dataclass(report) and not isinstance(report, type):
        return json.loads(json.dumps(asdict(report), default=str))
    if isinstance(report, dict):
        return report
    return {"result": str(report)}


def rebuild_for(db: sqlite_utils.Database, document_ids: list[str] | None, progress: Progress | None = None) -> IncidentsReport:
    """Group the given documents' mentions into incidents (None: all documents)."""
    from nlp.incidents import rebuild_incidents

    progress = progress or SilentProgress()
    report = IncidentsReport(n_documents=len(document_ids) if document_ids is not None else -1)
    if document_ids is not None and not document_ids:
        return report
    progress.stage("incidents", None)
    try:
        result = rebuild_incidents(db, document_ids=document_ids)
    except Exception as exc:  # record it on the run; documents stay unassigned and are retried next run
        report.problem = f"incident rebuild failed: {type(exc).__name__}: {exc}"
        progress.log(report.problem)
        return report
    report.ran = True
    report.summary = _as_dict(result)
    progress.advance("incidents", 1)
    return report


# ---------------------------------------------------------------- refresh


def _outcome(result: SourceFetchResult, counts: StoreCounts | None) -> SourceOutcome:
    errors = [p for p in result.problems if p.severity == "error"]
    return SourceOutcome(
        source_id=result.source_id,
        status=result.status,
        http_status=result.http_status,
        n_entries=result.n_entries,
        n_new=counts.new if counts else 0,
        n_updated=counts.updated if counts else 0,
        n_unchanged=counts.unchanged if counts else 0,
        latency_ms=result.latency_ms,
        error=errors[0].message if errors else None,
        n_problems=len(result.problems),
    )


def _dry_run(db_path: Path, sources_file: Any, only: list[str] | None, progress: Progress) -> RefreshReport:
    """Fetch everything and say what would change; the database is only read, never written."""
    from scrapers.run import fetch_all

    known: set[str] = set()
    states: dict = {}
    if db_path.exists():
        db = open_db(db_path, readonly=True)
        # Stored validators make the dry run as polite as a real one: unchanged feeds answer 304.
        known, states = known_doc_keys(db), load_source_states(db)
        db.close()
    report = RefreshReport(run_id=None, dry_run=True)
    chosen = sources_file.enabled(only)
    progress.stage("fetch", len(chosen))
    for result in fetch_all(sources_file, states, known_doc_keys=known, only=only):
        counts = StoreCounts()
        for doc in result.documents:
            if doc.doc_key in known:
                counts.unchanged += 1
            else:
                counts.new += 1
        outcome = _outcome(result, counts)
        report.sources.append(outcome)
        progress.advance("fetch", 1, f"{outcome.source_id}: {outcome.status}")
    return report


def refresh(
    db_path: str | Path,
    sources_file: Any,
    *,
    only: list[str] | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> RefreshReport:
    """The daily job: fetch every enabled source (or `only`), store each in its own transaction,
    extract pending documents, rebuild the incidents they touch. Idempotent and incremental.

    Raises LockHeld (a StoreError) when another job holds the database.
    """
    chosen = sources_file.enabled(only)  # ConfigError for unknown --only ids, before any work
    from nlp import PIPELINE_VERSION
    from scrapers.run import fetch_all

    db_path = Path(db_path)
    progress = progress or SilentProgress()
    if dry_run:
        return _dry_run(db_path, sources_file, only, progress)

    with job_lock(db_path, "refresh"):
        db = open_db(db_path)
        report = RefreshReport(run_id=None, dry_run=False)
        report.n_interrupted_marked = mark_interrupted_runs(db)
        sync_sources(db, sources_file.sources)
        run_id = start_run(db, "refresh", pid=os.getpid(), pipeline_version=PIPELINE_VERSION)
        report.run_id = run_id
        finished = False
        try:
            progress.stage("fetch", len(chosen))
            states = load_source_states(db)
            for result in fetch_all(sources_file, states, known_doc_keys=known_doc_keys(db), only=only):
                counts = store_fetch_result(db, run_id, result)
                outcome = _outcome(result, counts)
                report.sources.append(outcome)
                progress.advance("fetch", 1, f"{outcome.source_id}: {outcome.status} (+{outcome.n_new} new)")
            report.extract = extract_pending(db, progress)
            affected = sorted(set(report.extract.document_ids) | set(unassigned_outage_documents(db)))
            report.incidents = rebuild_for(db, affected, progress)
            finish_run(db, run_id, report.status, summary=run_summary(report), **run_counts(report))
            finished = True
        finally:
            if not finished:
                # An exception (or Ctrl-C) escaped: keep the history honest before it propagates.
                finish_run(db, run_id, "failed", summary=run_summary(report), **run_counts(report))
            db.close()  # closing the last connection checkpoints the WAL into the database file
        return report


def run_counts(report: RefreshReport) -> dict[str, int]:
    return {
        "n_sources": len(report.sources),
        "n_sources_ok": sum(1 for s in report.sources if s.status != "error"),
        "n_sources_failed": report.n_failed,
        "n_new_documents": report.n_new,
        "n_updated_documents": report.n_updated,
        "n_extracted": report.extract.n_extracted,
    }


def run_summary(report: RefreshReport) -> dict[str, Any]:
    return {
        "sources": [asdict(s) for s in report.sources],
        "extract": {k: v for k, v in asdict(report.extract).items() if k != "document_ids"},
        "incidents": asdict(report.incidents),
        "interrupted_runs_marked": report.n_interrupted_marked,
    }


# ---------------------------------------------------------------- ingest


@dataclass
class IngestReport:
    run_id: int | None = None
    n_lines: int = 0
    n_new: int = 0
    n_updated: int = 0
    n_unchanged: int = 0
    errors: list[str] = field(default_factory=list)  # "FILE:LINE: message"
    extract: ExtractReport = field(default_factory=ExtractReport)
    incidents: IncidentsReport = field(default_factory=IncidentsReport)

    @property
    def exit_code(self) -> int:
        return 1 if (self.errors or self.extract.problem or self.incidents.problem) else 0


INGEST_BATCH = 500


def ingest(db_path: str | Path, path: str | Path, *, progress: Progress | None = None) -> IngestReport:
    """Store documents given as DESIGN.md §4 JSONL, then extract and rebuild exactly as refresh does."""
    from nlp import PIPELINE_VERSION
    from outagewatch_cli.cmd_ingest import read_documents

    db_path, path = Path(db_path), Path(path)
    progress = progress or SilentProgress()
    report = IngestReport()
    with job_lock(db_path, "ingest"):
        db = open_db(db_path)
        mark_interrupted_runs(db)
        run_id = start_run(db, "ingest", pid=os.getpid(), pipeline_version=PIPELINE_VERSION)
        report.run_id = run_id
        status = "failed"
        try:
            progress.stage("store", None)
            for batch in _batches(read_documents(path, report.errors), INGEST_BATCH):
                counts = _store_batch(db, batch)
                report.n_new += counts.new
                report.n_updated += counts.updated
                report.n_unchanged += counts.unchanged
                progress.advance("store", len(batch))
            report.n_lines = report.n_new + report.n_updated + report.n_unchanged + len(report.errors)
            report.extract = extract_pending(db, progress)
            affected = sorted(set(report.extract.document_ids) | set(unassigned_outage_documents(db)))
            report.incidents = rebuild_for(db, affected, progress)
            status = "partial" if report.exit_code else "ok"
        finally:
            finish_run(
                db,
                run_id,
                status,
                summary={
                    "file": str(path),
                    "errors": report.errors[:100],
                    "n_errors": len(report.errors),
                    "extract": {k: v for k, v in asdict(report.extract).items() if k != "document_ids"},
                    "incidents": asdict(report.incidents),
                },
                n_new_documents=report.n_new,
                n_updated_documents=report.n_updated,
                n_extracted=report.extract.n_extracted,
            )
            db.close()
    return report


def _store_batch(db: sqlite_utils.Database, docs: list[FetchedDocument]) -> StoreCounts:
    from data.store import store_document

    counts = StoreCounts()
    with transaction(db):
        for doc in docs:
            outcome = store_document(db, doc)
            setattr(counts, outcome, getattr(counts, outcome) + 1)
    return counts


# ---------------------------------------------------------------- reprocess


@dataclass
class ReprocessReport:
    run_id: int | None = None
    pipeline_version: str = ""
    n_documents: int = 0
    changed_outage: list[str] = field(default_factory=list)  # documents whose is_outage flipped
    changed_fields: list[str] = field(default_factory=list)  # documents whose extracted fields changed
    incidents_created: list[str] = field(default_factory=list)
    incidents_removed: list[str] = field(default_factory=list)
    disagreements_added: list[str] = field(default_factory=list)
    disagreements_removed: list[str] = field(default_factory=list)
    overrides: dict[str, Any] = field(default_factory=dict)
    extract: ExtractReport = field(default_factory=ExtractReport)
    incidents: IncidentsReport = field(default_factory=IncidentsReport)

    @property
    def exit_code(self) -> int:
        return 1 if (self.extract.problem or self.incidents.problem) else 0


# What counts as "the fields" of a document for change reporting: every mention's values and
# every claim's meaning — not ids, offsets' confidence or the pipeline version itself.
_MENTION_FIELDS = "idx, is_primary, provider, services, regions, start, \"end\", duration_hours, cause_category, ai_involved, ai_role"
_CLAIM_FIELDS = "attribute, normalized, polarity, speaker_kind, start, \"end\""


def _document_signatures(db: sqlite_utils.Database) -> Iterator[tuple[str, int | None, bytes]]:
    """(doc id, is_outage, digest of its extracted fields) in id order. Streamed: the documents,
    mentions and claims are three cursors in the same order, merged, so memory stays flat at 100k."""
    conn = db.conn
    mentions = conn.execute(f"SELECT document_id, {_MENTION_FIELDS} FROM mentions ORDER BY document_id, idx")
    claims = conn.execute(
        f"SELECT document_id, {_CLAIM_FIELDS} FROM claims ORDER BY document_id, attribute, start, \"end\", polarity, speaker_kind"
    )
    mention, claim = next(mentions, None), next(claims, None)
    for doc_id, is_outage in conn.execute("SELECT id, is_outage FROM documents ORDER BY id"):
        digest, seen = hashlib.blake2b(digest_size=12), False
        while mention is not None and mention[0] <= doc_id:
            if mention[0] == doc_id:  # (rows of a document that no longer exists are skipped)
                digest.update(repr(mention[1:]).encode())
                seen = True
            mention = next(mentions, None)
        while claim is not None and claim[0] <= doc_id:
            if claim[0] == doc_id:
                digest.update(b"c" + repr(claim[1:]).encode())
                seen = True
            claim = next(claims, None)
        yield doc_id, is_outage, digest.digest() if seen else b""


def _save_signatures(db: sqlite_utils.Database, table: str) -> None:
    """Keep the signatures in a temporary table (this connection's temp file), not in memory."""
    db.execute(f"DROP TABLE IF EXISTS temp.{table}")
    db.execute(f"CREATE TEMP TABLE {table} (id TEXT PRIMARY KEY, is_outage INTEGER, digest BLOB)")
    with transaction(db):  # the cursors read main tables; the rows go to the temp one
        db.conn.executemany(f"INSERT INTO temp.{table} VALUES (?, ?, ?)", _document_signatures(db))


def _changed_documents(db: sqlite_utils.Database) -> tuple[list[str], list[str]]:
    """Documents whose outage verdict changed, and those whose extracted fields changed otherwise."""
    outage_changed = "(b.is_outage IS NULL) != (a.is_outage IS NULL) OR COALESCE(b.is_outage, 0) != COALESCE(a.is_outage, 0)"
    rows = db.execute(
        f"SELECT a.id, {outage_changed}, COALESCE(b.digest, x'') != a.digest FROM temp.signatures_after a "
        "LEFT JOIN temp.signatures_before b ON b.id = a.id ORDER BY a.id"
    )
    outage, fields = [], []
    for doc_id, verdict, digest in rows:
        if verdict:
            outage.append(doc_id)
        elif digest:
            fields.append(doc_id)
    return outage, fields


def _ids(db: sqlite_utils.Database, sql: str) -> set[str]:
    return {row[0] for row in db.execute(sql)}


def reprocess(db_path: str | Path, *, progress: Progress | None = None) -> ReprocessReport:
    """Re-run extraction over every stored document and rebuild all incidents, then report what
    changed. Overrides are re-applied by the incident builder, so human corrections survive."""
    from nlp import PIPELINE_VERSION

    db_path = Path(db_path)
    progress = progress or SilentProgress()
    report = ReprocessReport(pipeline_version=PIPELINE_VERSION)
    with job_lock(db_path, "reprocess"):
        db = open_db(db_path, create=False)
        mark_interrupted_runs(db)
        run_id = start_run(db, "reprocess", pid=os.getpid(), pipeline_version=PIPELINE_VERSION)
        report.run_id = run_id
        status = "failed"
        try:
            _save_signatures(db, "signatures_before")
            before_incidents = _ids(db, "SELECT id FROM incidents WHERE status = 'active'")
            before_disagreements = _ids(db, "SELECT id FROM disagreements")
            report.n_documents = mark_all_for_extraction(db)
            report.extract = extract_pending(db, progress)
            report.extract.document_ids = []  # every document: not worth keeping the list
            report.incidents = rebuild_for(db, None, progress)
            report.overrides = _override_state(db)
            _save_signatures(db, "signatures_after")
            report.changed_outage, report.changed_fields = _changed_documents(db)
            after_incidents = _ids(db, "SELECT id FROM incidents WHERE status = 'active'")
            after_disagreements = _ids(db, "SELECT id FROM disagreements")
            report.incidents_created = sorted(after_incidents - before_incidents)
            report.incidents_removed = sorted(before_incidents - after_incidents)
            report.disagreements_added = sorted(after_disagreements - before_disagreements)
            report.disagreements_removed = sorted(before_disagreements - after_disagreements)
            status = "partial" if report.exit_code else "ok"
        finally:
            finish_run(db, run_id, status, summary=reprocess_summary(report), n_extracted=report.extract.n_extracted)
            db.close()
    return report


def _override_state(db: sqlite_utils.Database) -> dict[str, Any]:
    rows = db.execute("SELECT COUNT(*), SUM(problem IS NOT NULL) FROM overrides WHERE active = 1").fetchone()
    problems = [
        {"id": r[0], "action": r[1], "problem": r[2]}
        for r in db.execute("SELECT id, action, problem FROM overrides WHERE active = 1 AND problem IS NOT NULL ORDER BY id")
    ]
    return {"active": rows[0] or 0, "not_applied": rows[1] or 0, "problems": problems}


def reprocess_summary(report: ReprocessReport) -> dict[str, Any]:
    return {
        "n_documents": report.n_documents,
        "n_changed_outage": len(report.changed_outage),
        "n_changed_fields": len(report.changed_fields),
        "incidents_created": report.incidents_created[:200],
        "incidents_removed": report.incidents_removed[:200],
        "disagreements_added": report.disagreements_added[:200],
        "disagreements_removed": report.disagreements_removed[:200],
        "overrides": report.overrides,
        "extract": {k: v for k, v in asdict(report.extract).items() if k != "document_ids"},
        "incidents": asdict(report.incidents),
    }
