"""Parsers, one per format, registered by name (DESIGN.md §3 formats).

Each is a pure function `(body: bytes, url: str, ctx: ParseContext) -> ParseOutput`: no network,
no clock (the fetch time comes in the context), problems recorded rather than raised.
`detect_format` names the parser for a payload when the sources file leaves `format` out.
"""

from __future__ import annotations

import json
import re
from typing import Callable

from scrapers.config import FORMATS
from scrapers.parsers import article, aws, azure, feeds, gcp, jsonl, statuspage
from scrapers.parsers.base import FeedEntry, ParseContext, ParseOutput

Parser = Callable[[bytes, str, ParseContext], ParseOutput]

PARSERS: dict[str, Parser] = {
    "rss": feeds.parse_generic,
    "atom": feeds.parse_generic,
    "google-news-rss": feeds.parse_google_news,
    "statuspage-json": statuspage.parse_incidents_json,
    "statuspage-atom": statuspage.parse_history_feed,
    "statuspage-rss": statuspage.parse_history_feed,
    "gcp-incidents-json": gcp.parse_incidents_json,
    "gcp-atom": gcp.parse_feed_atom,
    "aws-health-rss": aws.parse,
    "azure-status-rss": azure.parse,
    "html-article": article.parse,
    "jsonl": jsonl.parse,
}
assert set(PARSERS) == set(FORMATS), "every format in scrapers.config.FORMATS needs a parser"

__all__ = ["PARSERS", "FeedEntry", "ParseContext", "ParseOutput", "detect_format"]

_XML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S | re.I)


def detect_format(body: bytes, content_type: str | None, url: str) -> str:
    """Best guess of the format from the payload itself, then the Content-Type, then the URL."""
    head = body[:65536].lstrip(b"\xef\xbb\xbf \t\r\n")
    lowered = head.lower()
    if head[:1] in (b"{", b"["):
        first_line = head.split(b"\n", 1)[0]
        try:
            json.loads(first_line)
            one_object_per_line = head[:1] == b"{" and b"\n{" in head.rstrip()
        except (json.JSONDecodeError, UnicodeDecodeError):
            one_object_per_line = False
        if b'"incident_updates"' in head or (b'"page"' in head and b'"incidents"' in head):
            return "statuspage-json"
        if b'"external_desc"' in head or b'"affected_products"' in head:
            return "gcp-incidents-json"
        if one_object_per_line:
            return "jsonl"
        return "statuspage-json"
    if _XML_START.match(head) or lowered.startswith(b"<?xml"):
        if b"aws service health dashboard" in lowered or b"status.aws.amazon.com/#" in lowered:
            return "aws-health-rss"
        if b"tag:status.cloud.google.com" in lowered:
            return "gcp-atom"
        if b":incident/" in lowered:
            return "statuspage-atom" if b"<feed" in lowered else "statuspage-rss"
        if b"<title>azure status</title>" in lowered:
            return "azure-status-rss"
        if b"news.google.com" in lowered or (b"<source url=" in lowered and b"<rss" in lowered and b"google news" in lowered):
            return "google-news-rss"
        return "atom" if b"<feed" in lowered else "rss"
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:2048]:
        return "html-article"
    ctype = (content_type or "").lower()
    if "json" in ctype:
        return "statuspage-json"
    if "atom" in ctype:
        return "atom"
    if "xml" in ctype or "rss" in ctype:
        return "rss"
    if "html" in ctype:
        return "html-article"
    return "rss"
