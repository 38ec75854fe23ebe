"""What the Export and Review pages do, without Streamlit: build an export archive, record an override.

Both call other engineers' library functions (data.export, nlp.incidents) so the dashboard does
exactly what the CLI does. If a function is missing or fails, the caller gets the reason as text.
"""

from __future__ import annotations

import importlib
import io
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from data.db import StoreError, open_db

EXPORT_FORMATS = ("csv", "jsonl", "parquet", "sqlite")
OVERRIDE_ACTIONS = ("set_field", "merge", "split", "dismiss_disagreement")
CORRECTABLE_FIELDS = ("title", "provider", "services", "regions", "started_at", "ended_at", "duration_hours",
                      "vendor_cause", "press_cause", "cause_category", "ai_status", "ai_role")
LIST_FIELDS = {"services", "regions"}


def _function(module: str, name: str) -> tuple[Callable[..., Any] | None, str | None]:
    try:
        found = getattr(importlib.import_module(module), name, None)
    except ImportError as exc:
        return None, f"{module} cannot be imported ({exc})"
    if found is None:
        return None, f"{module}.{name} does not exist in this build"
    return found, None


@dataclass
class ExportOutcome:
    archive: bytes | None = None
    files: list[str] = field(default_factory=list)
    problem: str | None = None


def build_export(db_path: str, formats: list[str], *, since: str | None = None, until: str | None = None,
                 provider: str | None = None, include_text: bool = False) -> ExportOutcome:
    """The CLI's export for these filters, zipped in memory for a download button."""
    export_dataset, problem = _function("data.export", "export_dataset")
    if export_dataset is None:
        return ExportOutcome(problem=f"Export is not available: {problem}")
    if not formats:
        return ExportOutcome(problem="Choose at least one format.")
    with tempfile.TemporaryDirectory(prefix="outagewatch-export-") as tmp:
        out = Path(tmp)
        try:
            db = open_db(db_path, readonly=True)
        except StoreError as exc:
            return ExportOutcome(problem=str(exc))
        try:
            export_dataset(db, out, list(formats), since=since, until=until, provider=provider, include_text=include_text)
        except (StoreError, ValueError, OSError) as exc:
            return ExportOutcome(problem=f"Export failed: {exc}")
        finally:
            db.close()
        buffer = io.BytesIO()
        files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in files:
                archive.write(out / name, f"outagewatch-export/{name}")
    return ExportOutcome(archive=buffer.getvalue(), files=files)


def data_dictionary() -> tuple[str | None, str | None]:
    """(the export's data dictionary as Markdown, or None with the reason it is unavailable)."""
    render, problem = _function("data.export", "data_dictionary_markdown")
    if render is None:
        return None, problem
    try:
        return render(), None
    except TypeError as exc:  # a signature change on the export side: say so instead of crashing the page
        return None, f"data.export.data_dictionary_markdown() could not be called ({exc})"


# ---------------------------------------------------------------- review


def parse_field_value(field_name: str, text: str) -> Any:
    """A reviewer's typed value as the field's type: lists for services/regions, hours as a number."""
    text = text.strip()
    if field_name in LIST_FIELDS:
        return [part.strip() for part in text.split(",") if part.strip()]
    if field_name == "duration_hours":
        return float(text) if text else None  # ValueError on non-numbers: the page reports it
    return text or None


def override_payload(action: str, **form: Any) -> tuple[dict[str, Any], str | None]:
    """The payload for nlp.incidents.add_override and the incident it concerns."""
    if action == "set_field":
        return {"field": form["field"], "value": parse_field_value(form["field"], form["value"])}, form["incident_id"]
    if action == "merge":
        return {"incident_ids": list(form["others"])}, form["incident_id"]
    if action == "split":
        return {"document_ids": list(form["document_ids"])}, form["incident_id"]
    if action == "dismiss_disagreement":
        return {"disagreement_id": form["disagreement_id"]}, form.get("incident_id")
    raise ValueError(f"unknown review action {action!r}")


@dataclass
class ReviewOutcome:
    ok: bool
    message: str


def record_override(db_path: str, action: str, payload: dict[str, Any], *, author: str, reason: str,
                    incident_id: str | None) -> ReviewOutcome:
    """Write one override (with its audit trail) through the incidents stage's own function."""
    if not author.strip() or not reason.strip():
        return ReviewOutcome(False, "Say who you are and why: both author and reason are kept in the audit trail.")
    add_override, problem = _function("nlp.incidents", "add_override")
    if add_override is None:
        return ReviewOutcome(False, f"Reviewing is not available: {problem}")
    try:
        db = open_db(db_path)
    except StoreError as exc:
        return ReviewOutcome(False, str(exc))
    try:
        result = add_override(db, action, payload, author.strip(), reason.strip(), incident_id=incident_id)
    except (ValueError, StoreError) as exc:  # nlp.incidents.OverrideError is a ValueError with one line
        return ReviewOutcome(False, f"Not recorded: {exc}")
    finally:
        db.close()
    return ReviewOutcome(True, f"Recorded override #{result} ({action}); the incident was rebuilt with it.")
