"""Human corrections: merge, split, field overrides, dismissing a disagreement, assigning a document.

Each lives in the overrides table with who/when/why, is applied at once, and is re-applied
after every rebuild (so it survives `reprocess`). A stored override that can no longer be
applied (its incident was deleted, its document is gone) records why in `overrides.problem`
and changes nothing; the documents stay where grouping put them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from data import incidents_store as store
from data.db import transaction, utc_now
from data.models import stable_id
from nlp.incidents.records import Disagreement, IncidentRecord, RebuildReport

ACTIONS = ("set_field", "merge", "split", "dismiss_disagreement", "assign_document")
CAUSES = (
    "dns", "config_change", "software_bug", "deployment", "network_bgp", "power", "environmental", "hardware",
    "capacity", "cyberattack", "third_party", "human_error", "ai_agent", "unknown",
)
AI_STATUSES = ("alleged", "acknowledged", "denied", "none")
AI_ROLES = ("agent_action", "ai_generated_change", "ai_in_loop", "other")
# Field -> check of the new value (None clears a field, except where a value is required).
_TEXT = lambda v: v is None or isinstance(v, str)  # noqa: E731
_LIST = lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)  # noqa: E731
_NUMBER = lambda v: v is None or (isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0)  # noqa: E731
FIELDS: dict[str, Any] = {
    "title": _TEXT, "provider": _TEXT, "services": _LIST, "regions": _LIST, "started_at": _TEXT, "ended_at": _TEXT,
    "duration_hours": _NUMBER, "vendor_cause": lambda v: v is None or v in CAUSES,
    "press_cause": lambda v: v is None or v in CAUSES, "cause_category": lambda v: v in CAUSES,
    "ai_status": lambda v: v in AI_STATUSES, "ai_role": lambda v: v is None or v in AI_ROLES,
}


class OverrideError(ValueError):
    """A correction that cannot be accepted, explained in one line."""


@dataclass
class Corrections:
    affected: set[str] = field(default_factory=set)
    fields: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # live incident -> set_field overrides
    dismissals: dict[str, dict[str, Any]] = field(default_factory=dict)  # disagreement id -> override
    pending: dict[int, str | None] = field(default_factory=dict)  # override id -> problem, for those applied late


def _payload(row: dict[str, Any]) -> dict[str, Any]:
    try:
        value = json.loads(row["payload"] or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


# ---------------------------------------------------------------- applying (during a rebuild)


def apply_assignment_overrides(db: sqlite_utils.Database, now: str, report: RebuildReport) -> Corrections:
    """Merges, splits and document assignments, in the order they were made."""
    out = Corrections()
    for row in store.active_overrides(db):
        payload, action, oid = _payload(row), row["action"], row["id"]
        problem = None
        if action == "merge":
            problem = _apply_merge(db, row["incident_id"], payload, oid, now, out)
        elif action == "split":
            problem = _apply_split(db, row["incident_id"], payload, oid, now, out)
        elif action == "assign_document":
            problem = _apply_assign(db, row["incident_id"], payload, oid, out)
        elif action == "set_field":
            target, status = store.resolve_incident(db, row["incident_id"] or "")
            if target is None:
                problem = f"incident {row['incident_id']} is {status or 'unknown'}; the correction is kept but not shown"
            else:
                out.fields.setdefault(target, []).append({**payload, "override_id": oid, "author": row["author"],
                                                          "reason": row["reason"], "created_at": row["created_at"]})
                out.pending[oid] = None
                continue
        elif action == "dismiss_disagreement":
            out.dismissals[str(payload.get("disagreement_id"))] = row
            out.pending[oid] = "disagreement not detected any more (kept in case it comes back)"
            continue
        else:
            problem = f"unknown action {action!r}"
        _record(db, oid, now, problem, report)
    return out


def _record(db, oid: int, now: str, problem: str | None, report: RebuildReport) -> None:
    store.record_override_result(db, oid, None if problem else now, problem)
    if problem:
        report.override_problems.append(f"override {oid}: {problem}")
    else:
        report.overrides_applied += 1


def _apply_merge(db, target_id, payload, oid, now, out: Corrections) -> str | None:
    target, status = store.resolve_incident(db, target_id or "")
    if target is None:
        return f"merge target {target_id} is {status or 'unknown'}"
    problems = []
    for source_id in payload.get("incident_ids") or []:
        source, status = store.resolve_incident(db, source_id)
        if source == target:
            continue
        if source is None:
            problems.append(f"{source_id} is {status or 'unknown'}")
            continue
        store.move_mentions(db, to_incident=target, from_incident=source, reason=f"override {oid}: merged")
        store.retire_incidents(db, [source], "merged", now, merged_into=target)
        out.affected |= {target, source}
    return "; ".join(problems) or None


def _apply_split(db, source_id, payload, oid, now, out: Corrections) -> str | None:
    source, status = store.resolve_incident(db, source_id or "")
    new_id = stable_id("inc", "split", oid)
    if source is None and status != "active":
        # Already split earlier: its documents live in the new incident, nothing more to do.
        if store.resolve_incident(db, new_id)[0]:
            return None
        return f"incident {source_id} is {status or 'unknown'}"
    moved_any = False
    for document_id in payload.get("document_ids") or []:
        store.ensure_incident_row(db, new_id, None, now)
        left = store.move_mentions(db, to_incident=new_id, from_incident=source, document_id=document_id,
                                   reason=f"override {oid}: split out of {source}")
        moved_any = moved_any or bool(left)
    if moved_any:
        out.affected |= {source, new_id}
    if not db.execute("SELECT 1 FROM mentions WHERE incident_id = ?", [new_id]).fetchone():
        return "none of the documents is in the incident any more"
    return None


def _apply_assign(db, target_id, payload, oid, out: Corrections) -> str | None:
    document_id = payload.get("document_id")
    if not document_id or not store.document_exists(db, document_id):
        return f"document {document_id} not found"
    target, status = store.resolve_incident(db, target_id or "")
    if target is None:
        return f"incident {target_id} is {status or 'unknown'}; the document stays where grouping placed it"
    left = store.move_mentions(db, to_incident=target, document_id=document_id, primary_only=not payload.get("all_mentions"),
                               reason=f"override {oid}: assigned by hand")
    if left:
        out.affected |= {target, *left}
    return None


def apply_field_overrides(db, record: IncidentRecord, found: list[Disagreement], corrections: Corrections,
                          now: str, report: RebuildReport) -> None:
    """Field corrections and dismissals on a freshly computed incident; shown in `accounts.overrides`."""
    applied = []
    for item in corrections.fields.get(record.id, []):
        setattr(record, item["field"], item.get("value"))
        applied.append({k: item.get(k) for k in ("override_id", "field", "value", "author", "reason", "created_at")})
        if corrections.pending.pop(item["override_id"], "x") is None:
            _record(db, item["override_id"], now, None, report)
    for d in found:
        row = corrections.dismissals.get(d.id)
        if row is not None:
            d.dismissed = True
            applied.append({"override_id": row["id"], "dismissed": d.id, "author": row["author"], "reason": row["reason"],
                            "created_at": row["created_at"]})
            if row["id"] in corrections.pending:
                corrections.pending.pop(row["id"])
                _record(db, row["id"], now, None, report)
    if applied:
        record.accounts = {**record.accounts, "overrides": applied}


# ---------------------------------------------------------------- adding (Review page, CLI)


def validate(db: sqlite_utils.Database, action: str, payload: dict[str, Any], incident_id: str | None) -> None:
    if action not in ACTIONS:
        raise OverrideError(f"unknown action {action!r}; use one of {', '.join(ACTIONS)}")
    if not isinstance(payload, dict):
        raise OverrideError("payload must be a JSON object")
    if action == "dismiss_disagreement":
        did = payload.get("disagreement_id")
        row = db.execute("SELECT incident_id FROM disagreements WHERE id = ?", [did]).fetchone() if did else None
        if row is None:
            raise OverrideError(f"unknown disagreement {did!r}")
        return
    if not incident_id:
        raise OverrideError(f"{action} needs an incident id")
    live, status = store.resolve_incident(db, incident_id)
    if live is None:
        raise OverrideError(f"unknown incident {incident_id!r}" if status is None else f"incident {incident_id} is {status}")
    if live != incident_id:
        raise OverrideError(f"incident {incident_id} was merged into {live}; correct {live} instead")
    active = store.active_overrides(db)
    if action == "set_field":
        name = payload.get("field")
        if name not in FIELDS:
            raise OverrideError(f"field {name!r} cannot be corrected; use one of {', '.join(sorted(FIELDS))}")
        if "value" not in payload or not FIELDS[name](payload["value"]):
            raise OverrideError(f"value {payload.get('value')!r} is not valid for {name}")
    elif action == "merge":
        others = payload.get("incident_ids")
        if not isinstance(others, list) or not others:
            raise OverrideError("merge needs incident_ids: the incidents to fold into this one")
        for other in others:
            if other == incident_id:
                raise OverrideError("an incident cannot be merged into itself")
            other_live, other_status = store.resolve_incident(db, other)
            if other_live is None:
                raise OverrideError(f"unknown incident {other!r}" if other_status is None else f"incident {other} is {other_status}")
            if other_live == incident_id:
                raise OverrideError(f"incident {other} is already merged into {incident_id}")
            for row in active:
                p = _payload(row)
                if row["action"] == "split" and row["incident_id"] == incident_id and stable_id("inc", "split", row["id"]) == other:
                    raise OverrideError(f"contradicts override {row['id']}, which split {other} out of {incident_id}; deactivate it instead")
                if row["action"] == "merge" and row["incident_id"] == other and incident_id in (p.get("incident_ids") or []):
                    raise OverrideError(f"contradicts override {row['id']}, which merges {incident_id} into {other}")
    elif action == "split":
        docs = payload.get("document_ids")
        if not isinstance(docs, list) or not docs:
            raise OverrideError("split needs document_ids: the documents that form a separate incident")
        members = {r[0] for r in db.execute("SELECT DISTINCT document_id FROM mentions WHERE incident_id = ?", [incident_id])}
        missing = [d for d in docs if d not in members]
        if missing:
            raise OverrideError(f"documents not in incident {incident_id}: {', '.join(missing)}")
        if set(docs) >= members:
            raise OverrideError("a split must leave at least one document in the incident")
    elif action == "assign_document":
        document_id = payload.get("document_id")
        if not document_id or not store.document_exists(db, document_id):
            raise OverrideError(f"unknown document {document_id!r}")
        for row in active:
            p = _payload(row)
            if row["action"] == "assign_document" and p.get("document_id") == document_id and row["incident_id"] != incident_id:
                raise OverrideError(
                    f"contradicts override {row['id']}, which assigns {document_id} to {row['incident_id']}; deactivate it first"
                )


def add_override(db: sqlite_utils.Database, action: str, payload: dict[str, Any], author: str, reason: str,
                 incident_id: str | None = None) -> int:
    """Record a correction and apply it at once; raises OverrideError (one line) when it cannot be accepted."""
    if not (author or "").strip():
        raise OverrideError("author is required: who made this correction")
    if not (reason or "").strip():
        raise OverrideError("reason is required: why this correction is right")
    from nlp.incidents.rebuild import rebuild_incidents  # the rebuild applies overrides, so import late

    with transaction(db):
        validate(db, action, payload, incident_id)
        if action == "dismiss_disagreement":
            incident_id = db.execute("SELECT incident_id FROM disagreements WHERE id = ?", [payload["disagreement_id"]]).fetchone()[0]
        if action == "set_field":
            # A newer correction of the same field replaces the older one.
            for row in store.active_overrides(db):
                if row["action"] == "set_field" and row["incident_id"] == incident_id and _payload(row).get("field") == payload["field"]:
                    db.execute("UPDATE overrides SET active = 0, problem = ? WHERE id = ?", ["superseded by a newer correction", row["id"]])
        override_id = store.insert_override(db, created_at=utc_now(), author=author.strip(), reason=reason.strip(),
                                            action=action, incident_id=incident_id, payload=payload)
        involved = {incident_id, *(payload.get("incident_ids") or [])} - {None}
        documents = {r[0] for i in involved for r in db.execute("SELECT document_id FROM mentions WHERE incident_id = ?", [i])}
        if payload.get("document_id"):
            documents.add(payload["document_id"])
        rebuild_incidents(db, documents)
    return override_id


def deactivate_override(db: sqlite_utils.Database, override_id: int, author: str, reason: str) -> None:
    """Withdraw a correction (kept for the audit trail); takes effect at the next full rebuild."""
    with transaction(db):
        row = db.execute("SELECT id FROM overrides WHERE id = ?", [override_id]).fetchone()
        if row is None:
            raise OverrideError(f"unknown override {override_id}")
        db.execute("UPDATE overrides SET active = 0, problem = ? WHERE id = ?",
                   [f"withdrawn by {author}: {reason}", override_id])
