"""Load the sample world's TOML files into typed records and check them against the label guide.

Loading never raises on a bad file: every mistake becomes a `WorldProblem` naming the file and
document, so `check` can list all of them at once (docs/sample-world-format.md,
docs/labelling-guide.md).
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from data.models import TimelineUpdate, render_timeline_text

DOC_TYPES = (
    "statuspage-incident",
    "gcp-incident",
    "aws-health-event",
    "azure-status-item",
    "vendor-page",
    "press-article",
    "press-item",
)
STATUS_TYPES = {
    "statuspage-incident": ("statuspage-atom", "statuspage-rss", "statuspage-json"),
    "gcp-incident": ("gcp-incidents-json",),
    "aws-health-event": ("aws-health-rss",),
    "azure-status-item": ("azure-status-rss",),
}
PRESS_TYPES = ("press-article", "press-item")
CAUSES = (
    "dns", "config_change", "software_bug", "deployment", "network_bgp", "power", "environmental",
    "hardware", "capacity", "cyberattack", "third_party", "human_error", "ai_agent", "unknown",
)
AI_ROLES = ("agent_action", "ai_generated_change", "ai_in_loop", "other")
ATTRIBUTES = ("cause", "ai", "duration", "scope", "start", "end")
POLARITIES = ("asserts", "denies")
SPEAKER_KINDS = ("vendor", "press", "other")
SCOPES = ("limited", "regional", "global")
DISAGREEMENT_ATTRIBUTES = ("cause", "ai", "duration", "scope", "start", "end")
DISAGREEMENT_KINDS = ("contradiction", "denial", "magnitude", "scope", "omission", "drift")
STATUSPAGE_WORDS = ("investigating", "identified", "update", "monitoring", "resolved", "postmortem")
GCP_WORDS = ("service_information", "service_disruption", "service_outage", "available")
AWS_WORDS = (
    "informational message", "performance issues", "service disruption", "service impact",
    "service is operating normally", "resolved",
)
FEED_FORMATS = ("rss", "atom", "rss-content")
VENDOR_STATUS_FORMATS = (
    "statuspage-atom", "statuspage-rss", "statuspage-json", "gcp-incidents-json", "aws-health-rss",
    "azure-status-rss",
)
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?Z)?)?)?$")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class WorldProblem:
    file: str
    doc_id: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file} [{self.doc_id}]" if self.doc_id else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Outlet:
    slug: str
    name: str
    feed_path: str
    feed_format: str
    tagline: str = ""
    tracking_query: str = ""


@dataclass(frozen=True)
class Vendor:
    slug: str
    provider: str
    status_format: str | None = None
    status_path: str | None = None
    variant: str | None = None


@dataclass
class Document:
    """One document of the world exactly as authored, plus its rendered plain text."""

    id: str
    type: str
    file: str
    incident_id: str | None
    title: str
    published: str
    text: str
    raw: dict[str, Any]
    label: dict[str, Any]
    outlet: str | None = None
    vendor: str | None = None
    slug: str | None = None
    author: str | None = None
    summary: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    updates: list[TimelineUpdate] = field(default_factory=list)
    native_id: str | None = None

    @property
    def yyyy_mm(self) -> tuple[str, str]:
        return self.published[:4], self.published[5:7]


@dataclass
class Incident:
    id: str
    provider: str
    title: str
    file: str
    disagreements: list[dict[str, str]] = field(default_factory=list)


@dataclass
class World:
    outlets: dict[str, Outlet]
    vendors: dict[str, Vendor]
    incidents: dict[str, Incident]
    documents: list[Document]
    problems: list[WorldProblem]


def body_paragraphs(body: str) -> list[str]:
    """Blank lines separate paragraphs; wrapped lines inside one paragraph are joined."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", body.strip()):
        text = " ".join(block.split())
        if text:
            paragraphs.append(text)
    return paragraphs


def paragraph_text(paragraph: str) -> str:
    """A paragraph written as '## Heading' renders as a heading; its text has no marker."""
    return paragraph[3:] if paragraph.startswith("## ") else paragraph


def page_text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraph_text(p) for p in paragraphs)


def short_hash(*parts: str, length: int = 12) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def default_native_id(doc_id: str, vendor: Vendor | None) -> str:
    """Stable ids in the shape each status format uses, when the author gave none."""
    digest = hashlib.sha256(doc_id.encode("utf-8")).digest()
    if vendor and vendor.status_format in ("statuspage-atom", "statuspage-rss"):
        return str(10_000_000 + int.from_bytes(digest[:4], "big") % 89_999_999)
    if vendor and vendor.variant == "openai":
        alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
        number = int.from_bytes(digest[:17], "big")
        return "01" + "".join(alphabet[(number >> (5 * i)) & 31] for i in range(24))
    if vendor and vendor.status_format == "gcp-incidents-json":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        number = int.from_bytes(digest[:16], "big")
        return "".join(alphabet[(number >> (6 * i)) & 63] for i in range(20))
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    number = int.from_bytes(digest[:10], "big")
    return "".join(alphabet[(number >> (5 * i)) % 36] for i in range(12))


def _read_toml(path: Path, problems: list[WorldProblem]) -> dict[str, Any] | None:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        problems.append(WorldProblem(path.name, None, f"cannot read TOML: {exc}"))
        return None


def load_outlets(path: Path, problems: list[WorldProblem]) -> dict[str, Outlet]:
    data = _read_toml(path, problems) or {}
    outlets = {}
    for slug, table in sorted(data.get("outlets", {}).items()):
        try:
            outlet = Outlet(slug=slug, **table)
        except TypeError as exc:
            problems.append(WorldProblem(path.name, None, f"outlet {slug}: {exc}"))
            continue
        if outlet.feed_format not in FEED_FORMATS:
            problems.append(WorldProblem(path.name, None, f"outlet {slug}: feed_format must be one of {FEED_FORMATS}"))
            continue
        outlets[slug] = outlet
    return outlets


def load_vendors(path: Path, problems: list[WorldProblem]) -> dict[str, Vendor]:
    data = _read_toml(path, problems) or {}
    vendors = {}
    for slug, table in sorted(data.get("vendors", {}).items()):
        try:
            vendor = Vendor(slug=slug, **table)
        except TypeError as exc:
            problems.append(WorldProblem(path.name, None, f"vendor {slug}: {exc}"))
            continue
        if vendor.status_format and vendor.status_format not in VENDOR_STATUS_FORMATS:
            problems.append(WorldProblem(path.name, None, f"vendor {slug}: unknown status_format {vendor.status_format!r}"))
            continue
        if bool(vendor.status_format) != bool(vendor.status_path):
            problems.append(WorldProblem(path.name, None, f"vendor {slug}: give both status_format and status_path, or neither"))
            continue
        vendors[slug] = vendor
    return vendors


def load_world(world_dir: Path) -> World:
    """Read every *.toml in the world folder; `problems` lists everything found wrong."""
    problems: list[WorldProblem] = []
    outlets = load_outlets(world_dir / "_outlets.toml", problems)
    vendors = load_vendors(world_dir / "_vendors.toml", problems)
    incidents: dict[str, Incident] = {}
    documents: list[Document] = []
    raw_files: list[tuple[Path, dict[str, Any]]] = []
    for path in sorted(world_dir.glob("*.toml")):
        if path.name in ("_outlets.toml", "_vendors.toml"):
            continue
        data = _read_toml(path, problems)
        if data is None:
            continue
        raw_files.append((path, data))
        table = data.get("incident")
        if table is None:
            if not path.name.startswith("_"):
                problems.append(WorldProblem(path.name, None, "no [incident] table (only _noise-*.toml files may omit it)"))
            continue
        incident = _load_incident(path, table, problems)
        if incident is None:
            continue
        if incident.id in incidents:
            problems.append(WorldProblem(path.name, None, f"incident id {incident.id!r} also used in {incidents[incident.id].file}"))
            continue
        incidents[incident.id] = incident

    seen_ids: dict[str, str] = {}
    for path, data in raw_files:
        incident_id = data.get("incident", {}).get("id") if isinstance(data.get("incident"), dict) else None
        for index, raw in enumerate(data.get("documents", [])):
            doc = _load_document(path.name, index, raw, incident_id, outlets, vendors, problems)
            if doc is None:
                continue
            if doc.id in seen_ids:
                problems.append(WorldProblem(path.name, doc.id, f"document id also used in {seen_ids[doc.id]}"))
                continue
            seen_ids[doc.id] = path.name
            documents.append(doc)

    world = World(outlets, vendors, incidents, documents, problems)
    for doc in documents:
        problems.extend(check_label(doc, world))
    problems.extend(_check_collisions(world))
    return world


def _load_incident(path: Path, table: dict[str, Any], problems: list[WorldProblem]) -> Incident | None:
    missing = [key for key in ("id", "provider", "title") if not isinstance(table.get(key), str) or not table.get(key)]
    if missing:
        problems.append(WorldProblem(path.name, None, f"[incident] needs {', '.join(missing)}"))
        return None
    if path.stem != table["id"]:
        problems.append(WorldProblem(path.name, None, f"file name should be {table['id']}.toml (the incident id)"))
    disagreements = []
    for item in table.get("disagreements", []):
        if item.get("attribute") not in DISAGREEMENT_ATTRIBUTES:
            problems.append(WorldProblem(path.name, None, f"disagreement attribute {item.get('attribute')!r} not one of {DISAGREEMENT_ATTRIBUTES}"))
            continue
        if item.get("kind") not in DISAGREEMENT_KINDS:
            problems.append(WorldProblem(path.name, None, f"disagreement kind {item.get('kind')!r} not one of {DISAGREEMENT_KINDS}"))
            continue
        disagreements.append({"attribute": item["attribute"], "kind": item["kind"], "note": str(item.get("note", ""))})
    return Incident(table["id"], table["provider"], table["title"], path.name, disagreements)


def _load_document(
    file: str,
    index: int,
    raw: dict[str, Any],
    incident_id: str | None,
    outlets: dict[str, Outlet],
    vendors: dict[str, Vendor],
    problems: list[WorldProblem],
) -> Document | None:
    doc_id = raw.get("id")
    if not isinstance(doc_id, str) or not _SLUG.match(doc_id):
        problems.append(WorldProblem(file, f"#{index + 1}", "document needs an id (lower-case slug)"))
        return None

    def bad(message: str) -> None:
        problems.append(WorldProblem(file, doc_id, message))

    kind = raw.get("type")
    if kind not in DOC_TYPES:
        bad(f"type {kind!r} is not one of {', '.join(DOC_TYPES)}")
        return None
    title = raw.get("title")
    if not isinstance(title, str) or not title.strip():
        bad("needs a title")
        return None
    published = raw.get("published")
    if not isinstance(published, str) or not _TIMESTAMP.match(published):
        bad(f"published {published!r} must be an ISO-8601 UTC time like 2025-10-20T06:48:00Z")
        return None
    label = raw.get("label")
    if label is None and file.startswith("_"):
        label = {"is_outage": False, "incidents": []}  # noise files: not about an outage unless labelled
    if not isinstance(label, dict):
        bad("needs a [documents.label] table")
        return None

    doc = Document(
        id=doc_id, type=kind, file=file, incident_id=incident_id, title=title.strip(), published=published,
        text="", raw=raw, label=label, author=raw.get("author"), summary=raw.get("summary"),
    )
    if kind in PRESS_TYPES:
        if raw.get("outlet") not in outlets:
            bad(f"outlet {raw.get('outlet')!r} is not in _outlets.toml")
            return None
        doc.outlet = raw["outlet"]
    else:
        if raw.get("vendor") not in vendors:
            bad(f"vendor {raw.get('vendor')!r} is not in _vendors.toml")
            return None
        doc.vendor = raw["vendor"]
    vendor = vendors.get(doc.vendor) if doc.vendor else None

    if kind in STATUS_TYPES:
        if vendor is None or vendor.status_format not in STATUS_TYPES[kind]:
            fmt = vendor.status_format if vendor else None
            bad(f"type {kind} needs a vendor whose status format is {' or '.join(STATUS_TYPES[kind])} (vendor {doc.vendor} has {fmt})")
            return None
        updates = _load_updates(raw, kind, bad)
        if updates is None:
            return None
        doc.updates = updates
        doc.native_id = str(raw.get("native_id") or default_native_id(doc_id, vendor))
        if vendor.status_format in ("statuspage-atom", "statuspage-rss") and not doc.native_id.isdigit():
            bad(f"native_id {doc.native_id!r} must be a number for {vendor.status_format} (Incident/<n>)")
        if kind == "aws-health-event":
            for key in ("service", "region"):
                if not isinstance(raw.get(key), str) or not _SLUG.match(raw[key]):
                    bad(f"aws-health-event needs {key} (lower-case, like 'ec2' / 'us-east-1')")
                    return None
        if kind == "azure-status-item" and len(updates) != 1:
            bad("azure-status-item carries exactly one update (the feed shows only the current text)")
            return None
        doc.text = render_timeline_text(doc.title, updates)
    else:
        slug = raw.get("slug")
        if not isinstance(slug, str) or not _SLUG.match(slug):
            bad("pages need a slug (lower-case letters, digits and '-')")
            return None
        doc.slug = slug
        body = raw.get("body")
        if not isinstance(body, str) or not body.strip():
            if kind == "press-item" and isinstance(doc.summary, str) and doc.summary.strip():
                body = doc.summary
            else:
                bad("needs a body")
                return None
        doc.paragraphs = body_paragraphs(body)
        doc.text = page_text(doc.paragraphs)
    return doc


def _load_updates(raw: dict[str, Any], kind: str, bad) -> list[TimelineUpdate] | None:
    words = {"gcp-incident": GCP_WORDS, "aws-health-event": AWS_WORDS}.get(kind, STATUSPAGE_WORDS)
    updates = []
    for number, item in enumerate(raw.get("updates", []), 1):
        status = str(item.get("status", "")).strip().lower()
        if status not in words:
            bad(f"update {number}: status {item.get('status')!r} is not one of {', '.join(words)}")
            return None
        at = item.get("at")
        if not isinstance(at, str) or not _TIMESTAMP.match(at):
            bad(f"update {number}: at {at!r} must be an ISO-8601 UTC time")
            return None
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            bad(f"update {number}: needs text")
            return None
        updates.append(TimelineUpdate(status=status, at=_with_seconds(at), text=" ".join(text.split())))
    if not updates:
        bad("status documents need at least one [[documents.updates]]")
        return None
    return sorted(updates, key=lambda u: u.at or "")


def _with_seconds(at: str) -> str:
    return at if len(at) == 20 else at[:-1] + ":00Z"


def check_label(doc: Document, world: World) -> list[WorldProblem]:
    """Every field and claim of a document's gold label, per docs/labelling-guide.md."""
    problems: list[WorldProblem] = []

    def bad(message: str) -> None:
        problems.append(WorldProblem(doc.file, doc.id, message))

    label = doc.label
    is_outage = label.get("is_outage")
    if not isinstance(is_outage, bool):
        bad("label.is_outage must be true or false")
        return problems
    entries = label.get("incidents", [])
    if not is_outage:
        if entries:
            bad("is_outage = false documents have no incidents")
        return problems
    if not entries:
        bad("is_outage = true needs at least one [[documents.label.incidents]]")
        return problems
    primaries = [e for e in entries if e.get("primary") is True]
    if len(primaries) != 1:
        bad(f"exactly one incident entry must be primary = true (found {len(primaries)})")
    for number, entry in enumerate(entries, 1):
        where = f"incident entry {number}"
        gold = entry.get("gold_incident", doc.incident_id)
        if gold not in world.incidents:
            bad(f"{where}: gold_incident {gold!r} is not a known incident id")
        if not isinstance(entry.get("primary"), bool):
            bad(f"{where}: primary must be true or false")
        if not isinstance(entry.get("provider"), str) or not entry.get("provider"):
            bad(f"{where}: needs a provider")
        for key in ("services", "regions"):
            value = entry.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                bad(f"{where}: {key} must be a list of names")
        for key in ("start", "end"):
            value = entry.get(key)
            if value is not None and (not isinstance(value, str) or not _ISO.match(value)):
                bad(f"{where}: {key} {value!r} must be ISO-8601 UTC (2025-12, 2025-10-20, 2025-10-20T06:48:00Z)")
        duration = entry.get("duration_hours")
        if duration is not None and (isinstance(duration, bool) or not isinstance(duration, (int, float)) or duration < 0):
            bad(f"{where}: duration_hours must be a number of hours")
        if entry.get("cause_category", "unknown") not in CAUSES:
            bad(f"{where}: cause_category {entry.get('cause_category')!r} is not one of {', '.join(CAUSES)}")
        ai = entry.get("ai_involved")
        if ai is not None and not isinstance(ai, bool):
            bad(f"{where}: ai_involved must be true, false or left out")
        role = entry.get("ai_role")
        if role is not None and role not in AI_ROLES:
            bad(f"{where}: ai_role {role!r} is not one of {', '.join(AI_ROLES)}")
        if role is not None and ai is not True:
            bad(f"{where}: ai_role is given but ai_involved is not true")
        for claim_number, claim in enumerate(entry.get("claims", []), 1):
            for message in _claim_problems(claim, doc.text):
                bad(f"{where}, claim {claim_number}: {message}")
    return problems


def _claim_problems(claim: dict[str, Any], text: str) -> list[str]:
    out = []
    attribute = claim.get("attribute")
    if attribute not in ATTRIBUTES:
        return [f"attribute {attribute!r} is not one of {', '.join(ATTRIBUTES)} (only these are labelled)"]
    if claim.get("polarity") not in POLARITIES:
        out.append(f"polarity {claim.get('polarity')!r} is not asserts/denies")
    if claim.get("speaker_kind") not in SPEAKER_KINDS:
        out.append(f"speaker_kind {claim.get('speaker_kind')!r} is not vendor/press/other")
    if not isinstance(claim.get("speaker"), str) or not claim.get("speaker"):
        out.append("needs a speaker")
    if not isinstance(claim.get("value"), str) or not claim.get("value"):
        out.append("needs a value (free text)")
    normalized = claim.get("normalized")
    if attribute == "cause" and normalized not in CAUSES:
        out.append(f"cause normalized {normalized!r} is not a cause category")
    elif attribute == "ai" and not isinstance(normalized, bool):
        out.append("ai normalized must be true or false")
    elif attribute == "duration" and normalized is not None and (
        isinstance(normalized, bool) or not isinstance(normalized, (int, float))
    ):
        out.append("duration normalized must be hours (a number) or left out for words like 'brief'")
    elif attribute == "scope" and normalized not in SCOPES:
        out.append(f"scope normalized {normalized!r} is not one of {', '.join(SCOPES)}")
    elif attribute in ("start", "end") and (not isinstance(normalized, str) or not _ISO.match(normalized)):
        out.append(f"{attribute} normalized {normalized!r} must be ISO-8601 UTC")
    quote = claim.get("quote")
    if not isinstance(quote, str) or not quote:
        out.append("needs a quote")
    elif quote not in text:
        out.append(f"quote not found verbatim in the document text: {quote!r}")
    return out


def _check_collisions(world: World) -> list[WorldProblem]:
    """Two documents must not render to the same URL or the same AWS event key."""
    problems = []
    seen: dict[str, str] = {}
    aws_items: dict[str, list[tuple[str, Document]]] = {}
    for doc in world.documents:
        if doc.slug:
            key = f"{doc.outlet or doc.vendor}/{doc.slug}"
        elif doc.type == "aws-health-event":
            key = None
            aws_items.setdefault(f"{doc.raw['service']}-{doc.raw['region']}", []).append((doc.updates[0].at or "", doc))
        else:
            key = f"{doc.vendor}:{doc.native_id}"
        if key is None:
            continue
        if key in seen:
            problems.append(WorldProblem(doc.file, doc.id, f"renders to the same place as {seen[key]} ({key})"))
        else:
            seen[key] = doc.id
    from datetime import datetime

    for events in aws_items.values():
        events.sort(key=lambda pair: pair[0])
        for (_, before), (_, after) in zip(events, events[1:]):
            last = datetime.fromisoformat((before.updates[-1].at or "").replace("Z", "+00:00"))
            first = datetime.fromisoformat((after.updates[0].at or "").replace("Z", "+00:00"))
            if (first - last).total_seconds() <= 24 * 3600:
                problems.append(WorldProblem(
                    after.file, after.id,
                    f"AWS event starts within 24 h of {before.id} on the same service-region; feed readers would merge them",
                ))
    return problems
