"""The export tables defined once: every writer, datapackage.json, the README data dictionary
and CITATION.cff are generated from these definitions, so they cannot drift apart."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

EXPORT_SCHEMA_VERSION = "1.0"
CROSSWALK_PATH = Path(__file__).resolve().parents[2] / "nlp" / "data" / "cause_crosswalk.json"

CAUSES = [
    "dns", "config_change", "software_bug", "deployment", "network_bgp", "power", "environmental",
    "hardware", "capacity", "cyberattack", "third_party", "human_error", "ai_agent", "unknown",
]
AI_STATUSES = ["alleged", "acknowledged", "denied", "none"]
AI_ROLES = ["agent_action", "ai_generated_change", "ai_in_loop", "other"]
SOURCE_KINDS = ["vendor", "press", "other"]
ATTRIBUTES = ["provider", "service", "region", "start", "end", "duration", "cause", "ai", "scope", "impact"]
POLARITIES = ["asserts", "denies"]
DISAGREEMENT_KINDS = ["contradiction", "denial", "magnitude", "scope", "omission", "drift"]
DURATION_BASES = ["status_page", "vendor_statement", "press"]

TIME_NOTE = "ISO-8601 in UTC at the precision the sources support (2025-12, 2025-10-20 or 2025-10-20T06:48:00Z)"


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # frictionless type: string, integer, number, boolean, datetime, array
    description: str
    enum: list[str] | None = None
    required: bool = False
    example: str | None = None

    def frictionless(self) -> dict:
        spec: dict = {"name": self.name, "type": self.type, "description": self.description}
        if self.type == "datetime":
            spec["format"] = "%Y-%m-%dT%H:%M:%SZ"
        constraints = {}
        if self.required:
            constraints["required"] = True
        if self.enum:
            constraints["enum"] = list(self.enum)
        if constraints:
            spec["constraints"] = constraints
        if self.example is not None:
            spec["example"] = self.example
        return spec


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    table_column: str


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    primary_key: str
    columns: list[Column]
    foreign_keys: list[ForeignKey] = field(default_factory=list)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def frictionless(self) -> dict:
        schema: dict = {"fields": [c.frictionless() for c in self.columns], "primaryKey": [self.primary_key], "missingValues": [""]}
        if self.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": [fk.column], "reference": {"resource": fk.table, "fields": [fk.table_column]}}
                for fk in self.foreign_keys
            ]
        return schema


def load_crosswalk(path: Path = CROSSWALK_PATH) -> dict | None:
    """The NLP side's mapping of our causes to other datasets' schemes, if present and readable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    if not isinstance(data.get("schemes"), dict) or not isinstance(data.get("categories"), dict):
        return None
    return data


def crosswalk_columns(crosswalk: dict | None) -> list[Column]:
    if not crosswalk:
        return []
    return [
        Column(f"cause_{scheme}", "string", f"cause_category mapped to {label} (empty: no matching category)")
        for scheme, label in sorted(crosswalk["schemes"].items())
    ]


def _incidents(crosswalk: dict | None) -> Table:
    c = Column
    return Table(
        name="incidents",
        title="Incidents",
        description="One row per outage: documents grouped by provider, time, services and content, with the vendor's and the press's account side by side.",
        primary_key="incident_id",
        columns=[
            c("incident_id", "string", "Stable identifier; unchanged across runs and as new documents arrive", required=True),
            c("provider", "string", "Provider whose service failed (e.g. AWS, GitHub)"),
            c("title", "string", "Short human-readable title"),
            c("services", "array", "Affected services, JSON list of strings"),
            c("regions", "array", "Affected regions, JSON list of strings"),
            c("started_at", "string", f"Start of the outage; {TIME_NOTE}"),
            c("ended_at", "string", f"End of the outage; {TIME_NOTE}"),
            c("duration_hours", "number", "Duration in hours, from the best available basis"),
            c("duration_basis", "string", "Where the duration comes from", enum=DURATION_BASES),
            c("vendor_cause", "string", "Cause category according to the vendor", enum=CAUSES),
            c("press_cause", "string", "Cause category according to the press", enum=CAUSES),
            c("cause_category", "string", "Cause category retained for the incident", enum=CAUSES),
            *crosswalk_columns(crosswalk),
            c("ai_status", "string", "AI involvement in the cause: alleged (press/others say yes, vendor silent), acknowledged (vendor says yes), denied (vendor says no), none", enum=AI_STATUSES),
            c("ai_role", "string", "What the AI did, when involved", enum=AI_ROLES),
            c("n_documents", "integer", "Documents grouped into this incident", required=True),
            c("n_vendor_documents", "integer", "Of which vendor documents", required=True),
            c("n_press_documents", "integer", "Of which press documents", required=True),
            c("first_press_at", "string", f"First press report; {TIME_NOTE}"),
            c("first_vendor_at", "string", f"First vendor acknowledgement; {TIME_NOTE}"),
            c("ack_delay_hours", "number", "Hours from the first press report to the first vendor acknowledgement (negative: vendor first)"),
            c("n_disagreements", "integer", "Disagreements recorded between the vendor and press accounts", required=True),
            c("pipeline_version", "string", "Version of the extraction pipeline that built this row"),
        ],
    )


def _documents(include_text: bool) -> Table:
    c = Column
    columns = [
        c("document_id", "string", "Stable identifier derived from the document key (URL or status-page id)", required=True),
        c("url", "string", "Where the document was read"),
        c("title", "string", "Headline or status-page incident title"),
        c("outlet", "string", "Publisher name (press)"),
        c("source_id", "string", "Configured source it came from ('ingest' for documents given directly)"),
        c("source_kind", "string", "Who speaks: the vendor, the press, or others", enum=SOURCE_KINDS, required=True),
        c("provider", "string", "Provider the source is about (vendor sources)"),
        c("published_at", "string", f"Publication time; {TIME_NOTE}"),
        c("fetched_at", "datetime", "When outagewatch fetched this version (UTC)", required=True),
        c("is_outage", "boolean", "Whether the document reports an outage (empty: not extracted)"),
        c("language", "string", "Detected language code"),
        c("content_sha256", "string", "SHA-256 of title and text: compare copies without the text", required=True),
    ]
    if include_text:
        columns.append(c("text", "string", "Plain article text the claim offsets refer to (only with --include-text)"))
    return Table(
        name="documents",
        title="Documents",
        description="Status-page incidents, vendor statements and press articles that were read. Article text is left out unless exported with --include-text.",
        primary_key="document_id",
        columns=columns,
    )


def _claims() -> Table:
    c = Column
    return Table(
        name="claims",
        title="Claims",
        description="Each extracted value with its evidence: the exact quote, its character offsets in the document text, and who said it.",
        primary_key="claim_id",
        columns=[
            c("claim_id", "string", "Stable identifier", required=True),
            c("document_id", "string", "Document the quote comes from", required=True),
            c("incident_id", "string", "Incident the claim belongs to (empty when not grouped or outside this export's filters)"),
            c("attribute", "string", "What the claim is about", enum=ATTRIBUTES, required=True),
            c("value", "string", "The value as stated"),
            c("normalized", "string", "Normalised value: hours for duration, a cause category for cause, true/false for ai, ISO-8601 for start/end, limited/regional/global for scope"),
            c("polarity", "string", "asserts, or denies ('not AI', 'no customer impact')", enum=POLARITIES, required=True),
            c("speaker_kind", "string", "vendor (the provider's own words), press (the outlet and its sources), other (analysts, customers, other companies)", enum=SOURCE_KINDS, required=True),
            c("speaker", "string", "Who is quoted, when named"),
            c("quote", "string", "Exact evidence sentence or phrase; equals the document text between start and end", required=True),
            c("start", "integer", "Character offset of the quote in the document text", required=True),
            c("end", "integer", "Character offset just after the quote", required=True),
            c("confidence", "number", "Extractor confidence 0-1"),
        ],
        foreign_keys=[
            ForeignKey("document_id", "documents", "document_id"),
            ForeignKey("incident_id", "incidents", "incident_id"),
        ],
    )


def _disagreements() -> Table:
    c = Column
    return Table(
        name="disagreements",
        title="Disagreements",
        description="Where the vendor's account and the press's account of an incident conflict (dismissed ones are left out).",
        primary_key="disagreement_id",
        columns=[
            c("disagreement_id", "string", "Stable identifier", required=True),
            c("incident_id", "string", "Incident concerned", required=True),
            c("attribute", "string", "Attribute the accounts disagree on", enum=ATTRIBUTES, required=True),
            c("kind", "string", "contradiction, denial, magnitude (durations ≥1.5×), scope, omission (vendor never addresses it), drift (vendor's own account changed)", enum=DISAGREEMENT_KINDS, required=True),
            c("vendor_value", "string", "The vendor's value"),
            c("press_value", "string", "The press's value"),
            c("vendor_claim_ids", "array", "Claims on the vendor side, JSON list of claim_id"),
            c("press_claim_ids", "array", "Claims on the press side, JSON list of claim_id"),
            c("severity", "number", "How serious the conflict is, 0-1", required=True),
            c("summary", "string", "One-sentence summary", required=True),
        ],
        foreign_keys=[ForeignKey("incident_id", "incidents", "incident_id")],
    )


def export_tables(*, include_text: bool = False, crosswalk: dict | None = None) -> list[Table]:
    """The four tables in dependency order (referenced tables first)."""
    return [_incidents(crosswalk), _documents(include_text), _claims(), _disagreements()]
