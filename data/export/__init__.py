"""Research-grade export (DESIGN.md §8): incidents, documents, claims and disagreements as CSV,
JSONL, Parquet and one SQLite file, with datapackage.json, a README data dictionary and
CITATION.cff generated from the same table definitions; optionally an Atom feed.

Deterministic: the same database gives byte-identical files (rows ordered by id, no clock
times; `created` is the newest fetch time in the exported data).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import sqlite_utils

from data.export import rows as _rows
from data.export.atom import atom_feed
from data.export.package import citation_cff, datapackage
from data.export.package import data_dictionary_markdown as _dictionary
from data.export.rows import Filters
from data.export.schema import EXPORT_SCHEMA_VERSION, Table, export_tables, load_crosswalk
from data.export.writers import CsvWriter, JsonlWriter, ParquetWriter, SqliteExport

FORMATS = ("csv", "jsonl", "parquet", "sqlite", "atom")
DEFAULT_FORMATS = ("csv", "jsonl", "parquet", "sqlite")
BATCH = 2000

__all__ = ["ExportReport", "FORMATS", "DEFAULT_FORMATS", "export_dataset", "data_dictionary_markdown", "Filters"]


class ExportError(ValueError):
    """A bad export request (unknown format, bad date); one line for the user."""


@dataclass
class ExportReport:
    out_dir: Path
    formats: list[str]
    counts: dict[str, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    created: str | None = None
    pipeline_version: str | None = None
    problems: list[str] = field(default_factory=list)


def data_dictionary_markdown(include_text: bool = False) -> str:
    """The data dictionary for the current schema (what the dashboard's Export page shows)."""
    return _dictionary(export_tables(include_text=include_text, crosswalk=load_crosswalk()))


def parse_formats(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return list(DEFAULT_FORMATS)
    items = value.split(",") if isinstance(value, str) else list(value)
    chosen = [f.strip().lower() for f in items if f and f.strip()]
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown:
        raise ExportError(f"unknown export format {', '.join(unknown)} (choose from {', '.join(FORMATS)})")
    if not chosen:
        raise ExportError(f"no export format given (choose from {', '.join(FORMATS)})")
    return [f for f in FORMATS if f in chosen]  # fixed order, duplicates dropped


def _check_date(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date, datetime

    value = value.strip()
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ExportError(f"--{name} {value!r} is not an ISO-8601 date such as 2025-12-01") from None
    return value


def _batched(items: Iterator[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write_table(table: Table, rows: Iterator[dict[str, Any]], writers: list[Any]) -> int:
    n = 0
    for batch in _batched(rows):
        for writer in writers:
            writer.write(batch)
        n += len(batch)
    for writer in writers:
        writer.close()
    return n


def export_dataset(
    db: sqlite_utils.Database,
    out_dir: str | Path,
    formats: str | Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    provider: str | None = None,
    include_text: bool = False,
) -> ExportReport:
    """Write the dataset into out_dir (created if needed) and describe what was written."""
    chosen = parse_formats(formats)
    filters = Filters(since=_check_date("since", since), until=_check_date("until", until), provider=(provider or "").strip() or None)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    crosswalk = load_crosswalk()
    tables = export_tables(include_text=include_text, crosswalk=crosswalk)
    report = ExportReport(out_dir=out, formats=chosen)
    if crosswalk is None:
        report.problems.append("nlp/data/cause_crosswalk.json missing or unreadable: incidents exported without crosswalk columns")

    incident_ids = _rows.selected_incident_ids(db, filters)
    document_ids = _rows.selected_document_ids(db, filters)
    report.created = _rows.newest_fetch_time(db, document_ids)
    versions = sorted(
        {r[0] for r in db.execute("SELECT DISTINCT pipeline_version FROM documents WHERE pipeline_version IS NOT NULL")}
    )
    report.pipeline_version = versions[-1] if versions else None

    table_formats = [f for f in chosen if f in ("csv", "jsonl", "parquet", "sqlite")]
    if table_formats:
        sqlite_export = SqliteExport(out) if "sqlite" in table_formats else None
        sources = {
            "incidents": lambda: _rows.incident_rows(db, incident_ids, crosswalk),
            "documents": lambda: _rows.document_rows(db, document_ids, include_text),
            "claims": lambda: _rows.claim_rows(db, document_ids, set(incident_ids)),
            "disagreements": lambda: _rows.disagreement_rows(db, incident_ids),
        }
        for table in tables:
            writers: list[Any] = []
            if "csv" in table_formats:
                writers.append(CsvWriter(table, out))
            if "jsonl" in table_formats:
                writers.append(JsonlWriter(table, out))
            if "parquet" in table_formats:
                writers.append(ParquetWriter(table, out))
            if sqlite_export is not None:
                writers.append(sqlite_export.table(table))
            report.counts[table.name] = _write_table(table, sources[table.name](), writers)
            report.files += [w.path for w in writers if w.path.suffix != ".sqlite"]
        if sqlite_export is not None:
            sqlite_export.finish()
            report.files.append(sqlite_export.path)

        filter_note = {"since": filters.since, "until": filters.until, "provider": filters.provider, "include_text": include_text}
        descriptor = datapackage(
            tables, formats=table_formats, counts=report.counts, created=report.created,
            pipeline_versions=versions, filters=filter_note,
        )
        _write_text(out / "datapackage.json", json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", report)
        _write_text(
            out / "README.md",
            _dictionary(tables, counts=report.counts, created=report.created, pipeline_version=report.pipeline_version),
            report,
        )
        _write_text(out / "CITATION.cff", citation_cff(created=report.created, pipeline_version=report.pipeline_version, tables=tables), report)

    if "atom" in chosen:
        _write_text(out / "outagewatch.atom", atom_feed(db, incident_ids, report.created), report)
    return report


def _write_text(path: Path, text: str, report: ExportReport) -> None:
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8", newline="\n")
    report.files.append(path)
