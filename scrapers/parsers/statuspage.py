"""Atlassian Statuspage: /history.atom, /history.rss and /api/v2/incidents.json (or summary.json).

One vendor document per incident, with its whole update timeline. In the feeds the timeline is
HTML inside each entry, newest first, one <p> per update, dated without a year
("Oct  3, 03:47 UTC"); the year is recovered from the entry's <published> date.
"""

from __future__ import annotations

import calendar
import json
import re
from datetime import datetime, timezone
from urllib.parse import urljoin

import lxml.html

from data.models import FetchedDocument, Problem, TimelineUpdate, render_timeline_text
from scrapers.parsers.base import (
    ParseContext,
    ParseOutput,
    entry_time,
    html_to_text,
    not_in_future,
    one_line,
    parse_feed,
    parse_iso,
)

_INCIDENT_ID = re.compile(r"Incident/(\d+)")
_CODE = re.compile(r"/incidents/([A-Za-z0-9]+)")
_STAMP = re.compile(r"([A-Z][a-z]{2})\s+(\d{1,2}),\s*(\d{1,2}):(\d{2})")
_MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]+)(?:\s+\"[^\"]*\")?\)")
_DONE = ("resolved", "postmortem")


def recover_year(month: int, day: int, hour: int, minute: int, anchor: datetime) -> datetime | None:
    """The yearless date nearest to `anchor` (the entry's published time), UTC.

    An incident opened on 31 Dec with a postmortem on 3 Jan gets the next year for the
    postmortem, because 3 Jan of the next year is nearer to the anchor than 3 Jan of its own.
    """
    if not (1 <= month <= 12 and 0 <= hour < 24 and 0 <= minute < 60):
        return None
    # (29 Feb only in the years that have one)
    candidates = [datetime(year, month, day, hour, minute, tzinfo=timezone.utc)
                  for year in (anchor.year - 1, anchor.year, anchor.year + 1)
                  if 1 <= day <= calendar.monthrange(year, month)[1]]
    if not candidates:
        return None
    return min(candidates, key=lambda c: abs((c - anchor).total_seconds()))


def timeline_from_html(fragment: str, anchor: datetime | None) -> list[TimelineUpdate]:
    """Updates from a Statuspage history entry: <p><small>date</small><strong>Status</strong> - text</p>."""
    if not fragment.strip():
        return []
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    updates = []
    for para in root.xpath(".//p"):
        strong = para.find(".//strong")
        small = para.find(".//small")
        if strong is None:
            continue
        status = one_line(strong.text_content()).lower() or "update"
        at = None
        stamp = _STAMP.search(one_line(small.text_content())) if small is not None else None
        if stamp and anchor is not None and stamp.group(1) in _MONTHS:
            when = recover_year(_MONTHS[stamp.group(1)], int(stamp.group(2)), int(stamp.group(3)), int(stamp.group(4)), anchor)
            at = when.strftime("%Y-%m-%dT%H:%M:%SZ") if when else None
        # The text is what follows the status word: "<strong>Resolved</strong> - This incident ..."
        parts = [strong.tail or ""]
        for sibling in strong.itersiblings():
            parts.append(lxml.html.tostring(sibling, encoding="unicode", with_tail=True))
        text = html_to_text("".join(parts)).lstrip(" -\u2013\u2014").strip()
        updates.append(TimelineUpdate(status=status, at=at, text=text))
    return updates


def _incident_facts(updates: list[TimelineUpdate]) -> dict[str, str | None]:
    ordered = sorted(updates, key=lambda u: u.at or "")
    resolved = [u.at for u in ordered if u.status in _DONE]
    return {
        "started_at": ordered[0].at if ordered else None,
        "resolved_at": resolved[0] if resolved else None,
        "status": ordered[-1].status if ordered else None,
    }


def parse_history_feed(body: bytes, url: str, ctx: ParseContext) -> ParseOutput:
    out = ParseOutput()
    feed = parse_feed(body, ctx, out.problems)
    for number, entry in enumerate(feed.entries, 1):
        guid = entry.get("id", "") or ""
        link = entry.get("link") or None
        match = _INCIDENT_ID.search(guid) or (_CODE.search(link) if link else None)
        title = one_line(html_to_text(entry.get("title", "")))
        if not match:
            out.problems.append(Problem("missing_id", f"entry {number} ({title[:60]!r}) has no Incident/<n> id or incident link; skipped", "warning", link))
            continue
        published = not_in_future(entry_time(entry, "published", "updated"), ctx, out.problems, f"entry {number}")
        anchor = datetime.fromisoformat(published.replace("Z", "+00:00")) if published else None
        content = entry.get("content", [{}])[0].get("value") if entry.get("content") else entry.get("summary", "")
        timeline = timeline_from_html(content or "", anchor)
        timeline.sort(key=lambda u: u.at or "")  # oldest first, whatever order the source used
        if not timeline:
            out.problems.append(Problem("empty_timeline", f"incident {match.group(1)} ({title[:60]!r}) has no readable updates", "warning", link))
        if anchor is None:
            out.problems.append(Problem("missing_date", f"incident {match.group(1)} has no date; update years cannot be recovered", "warning", link))
        out.documents.append(
            FetchedDocument(
                source_id=ctx.source_id,
                source_kind="vendor",
                doc_key=f"{ctx.source_id}:{match.group(1)}",
                url=link,
                canonical_url=link,
                title=title,
                text=render_timeline_text(title, timeline),
                provider=ctx.provider,
                published_at=published,
                updated_at=entry_time(entry, "updated"),
                outlet=ctx.outlet,
                format=ctx.format,
                timeline=timeline,
                extra={**_incident_facts(timeline), "incident_code": (_CODE.search(link).group(1) if link and _CODE.search(link) else None)},
                raw=ctx.payload,
            )
        )
    return out


def _update_text(body: object) -> str:
    text = html_to_text(str(body or ""))
    return _MD_LINK.sub(r"\1", text)  # OpenAI's page writes Markdown links; keep the words


def parse_incidents_json(body: bytes, url: str, ctx: ParseContext) -> ParseOutput:
    out = ParseOutput()
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError:
        data = None
        out.problems.append(Problem("charset", "incidents JSON is not UTF-8", "error", url))
    except json.JSONDecodeError as exc:
        data = None
        out.problems.append(Problem("malformed_json", f"not valid JSON: {exc}", "error", url))
    if data is None:
        return out
    incidents = data.get("incidents") if isinstance(data, dict) else None
    if incidents is None and isinstance(data, dict) and isinstance(data.get("incident"), dict):
        incidents = [data["incident"]]
    if not isinstance(incidents, list):
        out.problems.append(Problem("unexpected_shape", "JSON has no 'incidents' list (is this a Statuspage incidents.json/summary.json?)", "error", url))
        return out
    page_url = (data.get("page") or {}).get("url") if isinstance(data.get("page"), dict) else None
    for number, incident in enumerate(incidents, 1):
        if not isinstance(incident, dict) or not incident.get("id"):
            out.problems.append(Problem("missing_id", f"incident {number} has no id; skipped", "warning", url))
            continue
        out.documents.append(_json_incident(incident, page_url, url, ctx, out.problems))
    return out


def _json_incident(incident: dict, page_url: str | None, url: str, ctx: ParseContext, problems: list[Problem]) -> FetchedDocument:
    native = str(incident["id"])
    title = one_line(html_to_text(str(incident.get("name") or "")))
    timeline = []
    components: list[str] = []
    for update in incident.get("incident_updates") or []:
        if not isinstance(update, dict):
            continue
        at = parse_iso(update.get("display_at")) or parse_iso(update.get("created_at"))
        timeline.append(TimelineUpdate(status=str(update.get("status") or "update").lower(), at=at, text=_update_text(update.get("body"))))
        for affected in update.get("affected_components") or []:
            if isinstance(affected, dict) and affected.get("name") and affected["name"] not in components:
                components.append(str(affected["name"]))
    for component in incident.get("components") or []:
        if isinstance(component, dict) and component.get("name") and component["name"] not in components:
            components.append(str(component["name"]))
    timeline.sort(key=lambda u: u.at or "")  # oldest first, whatever order the source used
    facts = _incident_facts(timeline)
    link = incident.get("shortlink") or urljoin((page_url or url).rstrip("/") + "/", f"incidents/{native}")
    published = not_in_future(parse_iso(incident.get("created_at")) or facts["started_at"], ctx, problems, f"incident {native}")
    return FetchedDocument(
        source_id=ctx.source_id,
        source_kind="vendor",
        doc_key=f"{ctx.source_id}:{native}",
        url=link,
        canonical_url=link,
        title=title,
        text=render_timeline_text(title, timeline),
        provider=ctx.provider,
        published_at=published,
        updated_at=parse_iso(incident.get("updated_at")),
        outlet=ctx.outlet,
        format=ctx.format,
        timeline=timeline,
        extra={
            "status": incident.get("status") or facts["status"],
            "impact": incident.get("impact"),
            "components": components,
            "started_at": parse_iso(incident.get("started_at")) or facts["started_at"],
            "resolved_at": parse_iso(incident.get("resolved_at")) or facts["resolved_at"],
            "monitoring_at": parse_iso(incident.get("monitoring_at")),
        },
        raw=ctx.payload,
    )
