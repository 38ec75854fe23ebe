"""Google Cloud status: incidents.json (full history) and feed.atom (one entry per update).

Both become one vendor document per incident, keyed `<source_id>:<incident id>`. Update status
words are GCP's own, lower-cased: service_information, service_disruption, service_outage,
available (= resolved).
"""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin

from data.models import FetchedDocument, Problem, TimelineUpdate, render_timeline_text
from scrapers.parsers.base import ParseContext, ParseOutput, entry_time, html_to_text, not_in_future, one_line, parse_feed, parse_iso

_FEED_ID = re.compile(r"feed:([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)")


def _titles(items: object) -> list[str]:
    out: list[str] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and item.get("title") and str(item["title"]) not in out:
            out.append(str(item["title"]))
    return out


def parse_incidents_json(body: bytes, url: str, ctx: ParseContext) -> ParseOutput:
    out = ParseOutput()
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        out.problems.append(Problem("malformed_json", f"not valid UTF-8 JSON: {exc}", "error", url))
        return out
    if not isinstance(data, list):
        out.problems.append(Problem("unexpected_shape", "expected a JSON array of incidents (status.cloud.google.com/incidents.json)", "error", url))
        return out
    for number, incident in enumerate(data, 1):
        if not isinstance(incident, dict) or not incident.get("id"):
            out.problems.append(Problem("missing_id", f"incident {number} has no id; skipped", "warning", url))
            continue
        out.documents.append(_incident(incident, url, ctx, out.problems))
    return out


def _incident(incident: dict, url: str, ctx: ParseContext, problems: list[Problem]) -> FetchedDocument:
    native = str(incident["id"])
    title = one_line(str(incident.get("external_desc") or ""))
    timeline = []
    locations: list[str] = []
    for update in incident.get("updates") or []:
        if not isinstance(update, dict):
            continue
        at = parse_iso(update.get("when")) or parse_iso(update.get("created"))
        text = html_to_text(str(update.get("text") or ""))
        timeline.append(TimelineUpdate(status=str(update.get("status") or "update").lower(), at=at, text=text))
        for name in _titles(update.get("affected_locations")):
            if name not in locations:
                locations.append(name)
    timeline.sort(key=lambda u: u.at or "")  # oldest first, whatever order the source used
    for key in ("currently_affected_locations", "previously_affected_locations"):
        for name in _titles(incident.get(key)):
            if name not in locations:
                locations.append(name)
    link = urljoin(url, str(incident.get("uri") or f"incidents/{native}"))
    begin = parse_iso(incident.get("begin"))
    return FetchedDocument(
        source_id=ctx.source_id,
        source_kind="vendor",
        doc_key=f"{ctx.source_id}:{native}",
        url=link,
        canonical_url=link,
        title=title,
        text=render_timeline_text(title, timeline),
        provider=ctx.provider,
        published_at=not_in_future(parse_iso(incident.get("created")) or begin, ctx, problems, f"incident {native}"),
        updated_at=parse_iso(incident.get("modified")),
        outlet=ctx.outlet,
        format=ctx.format,
        timeline=timeline,
        extra={
            "started_at": begin,
            "resolved_at": parse_iso(incident.get("end")),
            "severity": incident.get("severity"),
            "status_impact": incident.get("status_impact"),
            "products": _titles(incident.get("affected_products")) or ([incident["service_name"]] if incident.get("service_name") else []),
            "locations": locations,
        },
        raw=ctx.payload,
    )


def parse_feed_atom(body: bytes, url: str, ctx: ParseContext) -> ParseOutput:
    """feed.atom: entries are updates; grouped back into incidents by the id's incident part."""
    out = ParseOutput()
    feed = parse_feed(body, ctx, out.problems)
    groups: dict[str, list] = {}
    for number, entry in enumerate(feed.entries, 1):
        match = _FEED_ID.search(entry.get("id", "") or "")
        if not match:
            out.problems.append(Problem("missing_id", f"entry {number} has no feed:<incident>.<update> id; skipped", "warning"))
            continue
        groups.setdefault(match.group(1), []).append(entry)
    for native, entries in groups.items():
        timeline = []
        for entry in entries:
            raw_title = one_line(html_to_text(entry.get("title", "")))
            status = "resolved" if raw_title.upper().startswith("RESOLVED:") else "update"
            at = not_in_future(entry_time(entry, "updated", "published"), ctx, out.problems, f"incident {native}")
            timeline.append(TimelineUpdate(status=status, at=at, text=html_to_text(entry.get("summary", ""))))
        timeline.sort(key=lambda u: u.at or "")  # oldest first, whatever order the source used
        newest = max(entries, key=lambda e: entry_time(e, "updated") or "")
        title = re.sub(r"^RESOLVED:\s*", "", one_line(html_to_text(newest.get("title", ""))), flags=re.I)
        ordered = sorted(timeline, key=lambda u: u.at or "")
        link = newest.get("link") or urljoin(url, f"/incidents/{native}")
        out.documents.append(
            FetchedDocument(
                source_id=ctx.source_id,
                source_kind="vendor",
                doc_key=f"{ctx.source_id}:{native}",
                url=link,
                canonical_url=link,
                title=title,
                text=render_timeline_text(title, timeline),
                provider=ctx.provider,
                published_at=ordered[0].at if ordered else None,
                updated_at=ordered[-1].at if ordered else None,
                format=ctx.format,
                timeline=timeline,
                extra={"resolved_at": ordered[-1].at if ordered and ordered[-1].status == "resolved" else None},
                raw=ctx.payload,
            )
        )
    return out
