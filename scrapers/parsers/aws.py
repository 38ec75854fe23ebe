"""AWS Health Dashboard RSS (rss/all.rss or rss/<service>-<region>.rss).

Items are updates, not incidents. Status is the title prefix ("Service disruption: ..."),
service and region live only in the guid (`...#ec2-us-east-1_1639599392`), dates are
RFC 822 with PST/PDT (feedparser converts them to UTC). Items of one service-region form one
event until a gap of more than 24 hours; the event key is
`<source_id>:<service>-<region>_<epoch of the event's first item>` (docs/sample-world-format.md).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from data.models import FetchedDocument, Problem, TimelineUpdate, render_timeline_text
from scrapers.parsers.base import ParseContext, ParseOutput, entry_time, html_to_text, not_in_future, one_line, parse_feed

_GUID = re.compile(r"#(?P<key>[a-z0-9-]+?)_(?P<epoch>\d{9,11})\s*$", re.I)
_REGION = re.compile(r"^(?P<service>[a-z0-9-]+?)-(?P<region>(?:[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d+)|us-standard)$")
_PREFIXES = (
    "service is operating normally",
    "informational message",
    "performance issues",
    "service disruption",
    "service impact",
    "resolved",
)
_DONE = ("resolved", "service is operating normally")
_EVENT_GAP = timedelta(hours=24)


def split_service_region(key: str) -> tuple[str, str | None]:
    """'ec2-us-east-1' -> ('ec2', 'us-east-1'); 'cloudfront' (global) -> ('cloudfront', None)."""
    match = _REGION.match(key.lower())
    return (match.group("service"), match.group("region")) if match else (key.lower(), None)


def status_and_title(raw_title: str) -> tuple[str, str]:
    title = one_line(raw_title)
    status = "update"
    head, sep, rest = title.partition(":")
    if sep and head.strip().lower() in _PREFIXES:
        status, title = head.strip().lower(), rest.strip()
    if title.upper().startswith("[RESOLVED]"):
        title = title[len("[RESOLVED]"):].strip()
        if status == "update":
            status = "resolved"
    return status, title


def parse(body: bytes, url: str, ctx: ParseContext) -> ParseOutput:
    out = ParseOutput()
    feed = parse_feed(body, ctx, out.problems)
    items: dict[str, list[tuple[str, int, str, TimelineUpdate]]] = {}
    for number, entry in enumerate(feed.entries, 1):
        match = _GUID.search(entry.get("id", "") or "")
        if not match:
            out.problems.append(Problem("missing_id", f"item {number} has no '#<service>-<region>_<epoch>' guid; skipped", "warning"))
            continue
        at = not_in_future(entry_time(entry, "published", "updated"), ctx, out.problems, f"item {number}")
        status, title = status_and_title(html_to_text(entry.get("title", "")))
        update = TimelineUpdate(status=status, at=at, text=html_to_text(entry.get("summary", "")))
        items.setdefault(match.group("key").lower(), []).append((at or "", int(match.group("epoch")), title, update))
    for key, group in items.items():
        group.sort(key=lambda item: (item[0], item[1]))
        events: list[list] = []
        for item in group:
            if events and _close(events[-1][-1][0], item[0]):
                events[-1].append(item)
            else:
                events.append([item])
        for event in events:
            out.documents.append(_event_document(key, event, url, ctx))
    return out


def _close(previous: str, current: str) -> bool:
    if not previous or not current:
        return True
    gap = datetime.fromisoformat(current.replace("Z", "+00:00")) - datetime.fromisoformat(previous.replace("Z", "+00:00"))
    return gap <= _EVENT_GAP


def _event_document(key: str, event: list, url: str, ctx: ParseContext) -> FetchedDocument:
    service, region = split_service_region(key)
    first_at, first_epoch, title, _ = event[0]
    timeline = [item[3] for item in event]
    last = timeline[-1]
    return FetchedDocument(
        source_id=ctx.source_id,
        source_kind="vendor",
        doc_key=f"{ctx.source_id}:{key}_{first_epoch}",
        url=url,
        canonical_url=None,
        title=title,
        text=render_timeline_text(title, timeline),
        provider=ctx.provider,
        published_at=first_at or None,
        updated_at=last.at,
        outlet=ctx.outlet,
        format=ctx.format,
        timeline=timeline,
        extra={
            "service": service,
            "region": region,
            "started_at": first_at or None,
            "resolved_at": last.at if last.status in _DONE else None,
            "status": last.status,
        },
        raw=ctx.payload,
    )
