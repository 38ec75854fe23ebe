"""Typed records that cross module boundaries (scrapers -> store -> nlp -> incidents -> UI).

Dicts appear only at the JSON edges (DESIGN.md §4/§5); inside the program these dataclasses
carry the data. Times are ISO-8601 strings in UTC ("2025-10-20T06:48:00Z") or None.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

SourceKind = Literal["vendor", "press", "other"]
Severity = Literal["error", "warning"]


def stable_id(prefix: str, *parts: object, length: int = 16) -> str:
    """An id derived from content, so re-running an import never renames anything."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:length]}"


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class TimelineUpdate:
    """One post on a status page: "Investigating", "Resolved"... with its time and text."""

    status: str  # lower-case status word: investigating, identified, update, monitoring, resolved, postmortem, ...
    at: str | None  # ISO-8601 UTC
    text: str


def render_timeline_text(title: str, updates: list[TimelineUpdate]) -> str:
    """The plain text a status-page incident is given to the NLP stage as.

    Title first, then one paragraph per update, oldest first, each starting with its status
    word and UTC time so sentences carry their own date:
        "Resolved (2024-09-16 20:13 UTC): This incident has been resolved."
    Scrapers and the sample world both render through this function so offsets line up.
    """
    ordered = sorted(updates, key=lambda u: u.at or "")
    parts = [title.strip()] if title.strip() else []
    for update in ordered:
        when = ""
        if update.at:
            when = f" ({update.at[:10]} {update.at[11:16]} UTC)"
        parts.append(f"{update.status.strip().capitalize()}{when}: {update.text.strip()}")
    return "\n\n".join(parts)


@dataclass
class Problem:
    """Something wrong with a source or an entry: recorded, never raised through a run."""

    code: str  # short slug: "malformed_xml", "http_429", "too_large", "robots_disallowed", ...
    message: str  # one line a person can act on
    severity: Severity = "error"
    url: str | None = None


@dataclass
class RawPayload:
    """Bytes exactly as received, kept so everything can be re-processed later."""

    url: str
    body: bytes
    content_type: str | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return sha256_hex(self.body)


@dataclass
class FetchedDocument:
    """One document a parser produced: a status-page incident, a vendor page, a press article."""

    source_id: str
    source_kind: SourceKind
    # Globally unique, stable identity: "url:<canonical url>" for pages and feed entries (so the
    # same article reached through two feeds is one document), "<source_id>:<native id>" for
    # status-page incidents and events.
    doc_key: str
    url: str | None
    title: str
    text: str
    canonical_url: str | None = None
    provider: str | None = None  # known for vendor sources
    published_at: str | None = None
    updated_at: str | None = None
    outlet: str | None = None  # publisher name for press
    author: str | None = None
    format: str | None = None  # parser that produced it
    timeline: list[TimelineUpdate] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # impact, components, locations, ...
    raw: RawPayload | None = None  # the payload this came from (feed or article page)

    @property
    def document_id(self) -> str:
        return stable_id("doc", self.doc_key)

    @property
    def content_sha256(self) -> str:
        return sha256_hex(f"{self.title}\n{self.text}")


@dataclass
class SourceState:
    """What we remember about a source between runs (conditional GET and health)."""

    source_id: str
    etag: str | None = None
    last_modified: str | None = None
    last_success_at: str | None = None
    last_error: str | None = None


@dataclass
class SourceFetchResult:
    """The outcome of fetching one source once: its documents, problems and HTTP facts."""

    source_id: str
    status: Literal["ok", "not_modified", "error", "partial"]
    documents: list[FetchedDocument] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    payloads: list[RawPayload] = field(default_factory=list)
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    n_entries: int = 0
    bytes_received: int = 0
    latency_ms: float | None = None
    started_at: str | None = None
    finished_at: str | None = None
