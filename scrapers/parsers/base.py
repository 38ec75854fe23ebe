"""Types every parser shares, and the small helpers they all need (times, text, safe XML)."""

from __future__ import annotations

import calendar
import html
import io
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import feedparser
import lxml.html

from data.models import FetchedDocument, Problem, RawPayload


@dataclass
class FeedEntry:
    """A press or newsroom feed entry whose article page may be worth fetching."""

    url: str  # link as given (may be a redirector, e.g. Google News)
    canonical_url: str
    doc_key: str  # key of the feed-only document this entry already produced
    title: str
    summary: str
    published_at: str | None = None
    author: str | None = None
    outlet: str | None = None
    outlet_url: str | None = None  # publisher home page (Google News <source url=...>)
    relevant: bool = False  # passed the cheap outage pre-filter (scrapers.relevance)


@dataclass
class ParseContext:
    source_id: str
    source_kind: str = "press"  # vendor | press | other
    provider: str | None = None
    outlet: str | None = None
    format: str | None = None
    fetched_at: str | None = None  # ISO-8601 UTC; dates later than this (+1 day) are refused
    payload: RawPayload | None = None  # attached to every document as `raw`
    content_type: str | None = None
    entry: FeedEntry | None = None  # for html-article: the feed entry that led to the page


@dataclass
class ParseOutput:
    documents: list[FetchedDocument] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    entries: list[FeedEntry] = field(default_factory=list)


# -- times ---------------------------------------------------------------------------------


def iso_utc(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(value: object) -> str | None:
    """ISO-8601 / RFC 3339 text (any offset, optional milliseconds) -> UTC ISO, or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return iso_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return None


def struct_to_iso(value: time.struct_time | None) -> str | None:
    """feedparser's *_parsed values are UTC struct_times (zone names like PST already applied)."""
    if not value:
        return None
    try:
        return iso_utc(datetime.fromtimestamp(calendar.timegm(value), tz=timezone.utc))
    except (OverflowError, ValueError, OSError):
        return None


def not_in_future(at: str | None, ctx: ParseContext, problems: list[Problem], what: str) -> str | None:
    """Drop dates more than a day after the fetch: clocks and feeds lie; a warning says so."""
    if at is None or ctx.fetched_at is None:
        return at
    limit = datetime.fromisoformat(ctx.fetched_at.replace("Z", "+00:00")) + timedelta(days=1)
    if datetime.fromisoformat(at.replace("Z", "+00:00")) > limit:
        problems.append(Problem("future_date", f"{what}: date {at} is after the fetch time {ctx.fetched_at}; ignored", "warning"))
        return None
    return at


# -- text ----------------------------------------------------------------------------------

_WS = re.compile(r"[ \t\r\f\v]+")
_UNSAFE = re.compile(r"<\s*(script|style|iframe|object)\b", re.I)


def html_to_text(value: str | None) -> str:
    """Plain text of an HTML fragment: scripts and styles dropped, entities decoded, spaces tidied."""
    if not value:
        return ""
    if "<" not in value:
        return _tidy(html.unescape(value))
    try:
        root = lxml.html.fragment_fromstring(value, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return _tidy(html.unescape(re.sub(r"<[^>]*>", " ", value)))
    for bad in root.xpath(".//script|.//style|.//iframe|.//object|.//noscript"):
        bad.drop_tree()
    for br in root.xpath(".//br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.xpath(".//p|.//div|.//li|.//h1|.//h2|.//h3|.//h4|.//tr"):
        block.tail = "\n" + (block.tail or "")
    return _tidy(root.text_content())


def has_unsafe_markup(value: str | None) -> bool:
    return bool(value) and bool(_UNSAFE.search(value))


def _tidy(text: str) -> str:
    lines = [_WS.sub(" ", line).strip() for line in text.replace("\xa0", " ").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def one_line(text: str) -> str:
    return " ".join(text.split())


# -- XML -----------------------------------------------------------------------------------

_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*(\[.*?\]\s*)?>", re.I | re.S)


def parse_feed(body: bytes, ctx: ParseContext, problems: list[Problem]) -> feedparser.FeedParserDict:
    """feedparser over bytes with any DOCTYPE removed first.

    Feeds never need a DTD; removing it makes entity bombs and external entities (XXE)
    impossible whatever the XML library would do with them. Malformed XML is a warning when
    entries could still be read (feedparser's loose parser), so good entries are kept.
    """
    head = body[:200_000]
    if b"<!DOCTYPE" in head.upper() or b"<!doctype" in head:
        declares_entities = b"<!ENTITY" in head.upper()
        body = _DOCTYPE.sub(b"", body, count=1)
        if declares_entities:
            problems.append(
                Problem("xml_entities_refused", "the feed declares XML entities (a DTD); it was removed before parsing", "warning")
            )
    headers = {"content-type": ctx.content_type} if ctx.content_type else {}
    # Always a stream: given bytes, feedparser would first try them as a local file name
    # (a body of "/etc/passwd" would be read from disk).
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers, sanitize_html=True, resolve_relative_uris=False)
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        name = type(exc).__name__ if exc else "error"
        if "Encoding" in name:
            problems.append(Problem("charset", f"declared character encoding was wrong or missing: {exc}", "warning"))
        elif name == "NonXMLContentType":
            problems.append(Problem("content_type", f"served with a non-XML Content-Type ({exc}); parsed anyway", "warning"))
        else:
            # An error even when entries were recovered: the source is broken and someone should look.
            problems.append(Problem("malformed_xml", f"feed is not well-formed XML ({name}: {exc}); {len(parsed.entries)} entries recovered"))
    return parsed


def entry_time(entry: feedparser.FeedParserDict, *keys: str) -> str | None:
    for key in keys:
        # dict.get: feedparser's own get() silently maps updated -> published (issue 310)
        at = struct_to_iso(dict.get(entry, f"{key}_parsed"))
        if at:
            return at
    return None
