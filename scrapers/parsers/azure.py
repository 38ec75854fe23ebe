"""Azure status RSS: a snapshot of active, widespread incidents; an empty channel means all clear.

Items carry `Service - Region` titles and the current plain-text statement. There is no update
history in the feed, so each item is one document with a single "update" in its timeline.
"""

from __future__ import annotations

from data.models import FetchedDocument, Problem, TimelineUpdate, render_timeline_text, sha256_hex
from scrapers.parsers.base import ParseContext, ParseOutput, entry_time, html_to_text, not_in_future, one_line, parse_feed


def parse(body: bytes, url: str, ctx: ParseContext) -> ParseOutput:
    out = ParseOutput()
    feed = parse_feed(body, ctx, out.problems)
    for number, entry in enumerate(feed.entries, 1):
        title = one_line(html_to_text(entry.get("title", "")))
        text = html_to_text(entry.get("summary", ""))
        guid = (entry.get("id") or "").strip()
        if not guid:
            # Title is "Service - Region", stable while the incident is active.
            guid = "t-" + sha256_hex(title)[:16]
            out.problems.append(Problem("missing_id", f"item {number} ({title[:60]!r}) has no guid; keyed by its title", "warning"))
        at = not_in_future(entry_time(entry, "updated", "published"), ctx, out.problems, f"item {number}")
        service, _, region = title.rpartition(" - ")
        timeline = [TimelineUpdate(status="update", at=at, text=text)]
        out.documents.append(
            FetchedDocument(
                source_id=ctx.source_id,
                source_kind="vendor",
                doc_key=f"{ctx.source_id}:{guid}",
                url=entry.get("link") or url,
                title=title,
                text=render_timeline_text(title, timeline),
                provider=ctx.provider,
                published_at=not_in_future(entry_time(entry, "published"), ctx, out.problems, f"item {number}") or at,
                updated_at=at,
                outlet=ctx.outlet,
                format=ctx.format,
                timeline=timeline,
                extra={"service": service or title, "region": region or None},
                raw=ctx.payload,
            )
        )
    return out
