"""Typed records of the incidents stage (dicts only at the JSON edge: the accounts column)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# A status-page document anchors a group; these parser formats mean "status page".
STATUS_FORMATS = frozenset(
    {"statuspage-json", "statuspage-atom", "statuspage-rss", "gcp-incidents-json", "aws-health-rss", "azure-status-rss"}
)
ATTRIBUTES = ("cause", "ai", "duration", "scope", "start", "end")
DISAGREEMENT_KINDS = ("contradiction", "denial", "magnitude", "scope", "omission", "drift")


@dataclass(slots=True)  # one per mention/claim: hundreds of thousands in a full rebuild
class MentionInfo:
    """One incident mention of a document, with the document facts grouping needs (no text)."""

    id: str
    document_id: str
    idx: int
    is_primary: bool
    provider: str | None
    services: list[str]
    regions: list[str]
    start: str | None
    end: str | None
    duration_hours: float | None
    cause_category: str | None
    ai_involved: bool | None
    ai_role: str | None
    incident_id: str | None
    assignment_reason: str | None
    source_kind: str
    doc_provider: str | None
    published_at: str | None
    title: str
    is_status: bool
    outlet: str | None = None
    pipeline_version: str | None = None  # of the document's extraction
    # Derived once per run by grouping (its time sources are read many times while placing).
    derived: Any = field(default=None, repr=False, compare=False)

    @property
    def effective_provider(self) -> str | None:
        # In a vendor document the provider is known even when the text never names it.
        if self.provider:
            return self.provider
        if self.source_kind == "vendor":
            return self.doc_provider
        return None


@dataclass(slots=True)  # one per mention/claim: hundreds of thousands in a full rebuild
class ClaimInfo:
    id: str
    document_id: str
    mention_id: str
    attribute: str
    value: str | None
    normalized: Any
    polarity: str
    speaker_kind: str
    speaker: str | None
    quote: str
    start: int
    at: str | None  # when the speaker said it (update time on a status page, else publication)
    in_vendor_document: bool = False  # said in the vendor's own publication, not quoted by the press


@dataclass
class Disagreement:
    id: str
    incident_id: str
    attribute: str
    kind: str
    vendor_value: str | None
    press_value: str | None
    vendor_claim_ids: list[str]
    press_claim_ids: list[str]
    severity: float
    summary: str
    dismissed: bool = False


@dataclass
class IncidentRecord:
    """One row of the incidents table (DESIGN.md §8 columns plus bases and accounts)."""

    id: str
    provider: str | None
    title: str | None = None
    services: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    started_at: str | None = None
    ended_at: str | None = None
    duration_hours: float | None = None
    duration_basis: str | None = None
    start_basis: str | None = None
    vendor_cause: str | None = None
    press_cause: str | None = None
    cause_category: str | None = None
    cause_basis: str | None = None
    ai_status: str = "none"
    ai_role: str | None = None
    n_documents: int = 0
    n_vendor_documents: int = 0
    n_press_documents: int = 0
    first_press_at: str | None = None
    first_vendor_at: str | None = None
    ack_delay_hours: float | None = None
    n_disagreements: int = 0
    max_severity: float | None = None
    accounts: dict[str, Any] = field(default_factory=dict)
    anchor: str | None = None
    status: str = "active"
    merged_into: str | None = None
    pipeline_version: str | None = None


@dataclass
class RebuildReport:
    """What one rebuild did, for the CLI summary and the refresh job's log."""

    incidents_created: int = 0
    incidents_updated: int = 0
    incidents_unchanged: int = 0
    incidents_retired: int = 0  # left with no mentions (status 'deleted')
    disagreements: int = 0
    mentions_placed: int = 0
    mentions_unassigned: int = 0
    unassigned_reasons: dict[str, int] = field(default_factory=dict)
    overrides_applied: int = 0
    override_problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
