"""Vendor status feeds in the shapes the real services publish (see ../shared/feeds-real/SOURCES.md).

Templates are ours; only the shapes follow the real feeds: Statuspage history.atom/.rss with the
update timeline as escaped HTML newest first, Statuspage incidents.json, Google Cloud
incidents.json, the AWS Health Dashboard RSS (one item per update, Pacific-time pubDates) and the
Azure status RSS with its a10 namespace.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from data.sample_world.world import Document, Vendor, short_hash

BASE = "{{BASE_URL}}"
PACIFIC = ZoneInfo("America/Los_Angeles")


def parse_utc(at: str) -> datetime:
    return datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(timezone.utc)


def rfc822(at: str) -> str:
    return format_datetime(parse_utc(at))


def rfc822_gmt(at: str) -> str:
    return format_datetime(parse_utc(at), usegmt=True)


def pacific_rfc822(at: str) -> str:
    """AWS writes pubDates in Pacific time with PST/PDT abbreviations."""
    return parse_utc(at).astimezone(PACIFIC).strftime("%a, %d %b %Y %H:%M:%S %Z")


def iso_ms(at: str) -> str:
    return at[:19] + ".000Z"


def _last(docs: list[Document]) -> str:
    times = [u.at for d in docs for u in d.updates if u.at] + [d.published for d in docs]
    return max(times) if times else "2019-01-01T00:00:00Z"


def incident_code(doc: Document) -> str:
    return str(doc.raw.get("code") or short_hash("code", doc.id))


def _newest_first(docs: list[Document]) -> list[Document]:
    return sorted(docs, key=lambda d: (d.published, d.id), reverse=True)


def _timeline_html(doc: Document) -> str:
    parts = []
    for update in sorted(doc.updates, key=lambda u: u.at or "", reverse=True):
        when = parse_utc(update.at or doc.published)
        parts.append(
            f"<p><small>{when.strftime('%b')} <var data-var='date'>{when.day:>2}</var>, "
            f"<var data-var='time'>{when.strftime('%H:%M')}</var> UTC</small><br>"
            f"<strong>{update.status.capitalize()}</strong> - {escape(update.text)}</p>"
        )
    return "".join(parts)


def statuspage_atom(vendor: Vendor, docs: list[Document]) -> str:
    host = f"status.{vendor.slug}.sample"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xml:lang="en-US" xmlns="http://www.w3.org/2005/Atom">',
        f"  <id>tag:{host},2005:/history</id>",
        f'  <link rel="alternate" type="text/html" href="{BASE}/status/{vendor.slug}"/>',
        f'  <link rel="self" type="application/atom+xml" href="{BASE}{vendor.status_path}"/>',
        f"  <title>{escape(vendor.provider)} Status - Incident History</title>",
        f"  <updated>{_last(docs)}</updated>",
        f"  <author>\n    <name>{escape(vendor.provider)}</name>\n  </author>",
    ]
    for doc in _newest_first(docs):
        updated = max(u.at or doc.published for u in doc.updates)
        lines += [
            "  <entry>",
            f"    <id>tag:{host},2005:Incident/{doc.native_id}</id>",
            f"    <published>{doc.published}</published>",
            f"    <updated>{updated}</updated>",
            f'    <link rel="alternate" type="text/html" href="{BASE}/status/{vendor.slug}/incidents/{incident_code(doc)}"/>',
            f"    <title>{escape(doc.title)}</title>",
            f'    <content type="html">{escape(_timeline_html(doc))}</content>',
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def statuspage_rss(vendor: Vendor, docs: list[Document]) -> str:
    host = f"status.{vendor.slug}.sample"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0">',
        "  <channel>",
        f"    <title>{escape(vendor.provider)} Status - Incident History</title>",
        f"    <link>{BASE}/status/{vendor.slug}</link>",
        f"    <description>Statuspage</description>",
        f"    <pubDate>{rfc822(_last(docs))}</pubDate>",
    ]
    for doc in _newest_first(docs):
        lines += [
            "    <item>",
            f"      <title>{escape(doc.title)}</title>",
            f"      <description>{escape(_timeline_html(doc))}</description>",
            f"      <pubDate>{rfc822(doc.published)}</pubDate>",
            f"      <link>{BASE}/status/{vendor.slug}/incidents/{incident_code(doc)}</link>",
            f"      <guid>tag:{host},2005:Incident/{doc.native_id}</guid>",
            "    </item>",
        ]
    lines += ["  </channel>", "</rss>"]
    return "\n".join(lines) + "\n"


_COMPONENT_STATE = {"none": "operational", "minor": "degraded_performance", "major": "partial_outage", "critical": "major_outage"}


def statuspage_json(vendor: Vendor, docs: list[Document]) -> str:
    openai = vendor.variant == "openai"
    page_id = short_hash("page", vendor.slug)
    stamp = (lambda at: at) if openai else iso_ms
    incidents = []
    for doc in _newest_first(docs):
        impact = str(doc.raw.get("impact", "minor"))
        names = [str(c) for c in doc.raw.get("components", [])]
        resolved = doc.raw.get("resolved")
        ordered = sorted(doc.updates, key=lambda u: u.at or "")
        updates = []
        for position, update in enumerate(reversed(ordered)):
            at = stamp(update.at or doc.published)
            item = {
                "id": short_hash("update", doc.id, str(position)),
                "status": update.status,
                "body": update.text,
                "incident_id": doc.native_id,
                "created_at": at,
                "updated_at": at,
                "display_at": at,
            }
            if not openai:
                done = update.status in ("resolved", "postmortem")
                item["affected_components"] = [
                    {"code": short_hash("component", vendor.slug, name), "name": name,
                     "old_status": _COMPONENT_STATE.get(impact, "partial_outage"),
                     "new_status": "operational" if done else _COMPONENT_STATE.get(impact, "partial_outage")}
                    for name in names
                ] or None
                item.update({"deliver_notifications": True, "custom_tweet": None, "tweet_id": None})
            updates.append(item)
        incident = {
            "id": doc.native_id,
            "name": doc.title,
            "status": ordered[-1].status,
            "created_at": stamp(doc.published),
            "updated_at": stamp(ordered[-1].at or doc.published),
            "impact": impact,
            "page_id": page_id,
            "incident_updates": updates,
            "components": [
                {"id": short_hash("component", vendor.slug, name), "name": name, "status": "operational",
                 "page_id": page_id, "group": False, "only_show_if_degraded": False}
                for name in names
            ],
        }
        if not openai:
            monitoring = next((u.at for u in ordered if u.status == "monitoring"), None)
            incident.update({
                "monitoring_at": iso_ms(monitoring) if monitoring else None,
                "resolved_at": iso_ms(resolved) if isinstance(resolved, str) else None,
                "shortlink": f"https://stspg.io/{short_hash('short', doc.id)}",
                "started_at": iso_ms(str(doc.raw.get("started", doc.published))),
                "reminder_intervals": None,
            })
        incidents.append(incident)
    page = {"id": page_id, "name": vendor.provider, "url": f"{BASE}/status/{vendor.slug}",
            "time_zone": "Etc/UTC", "updated_at": stamp(_last(docs))}
    return json.dumps({"page": page, "incidents": incidents}, indent=2, ensure_ascii=False) + "\n"


def _gcp_time(at: str) -> str:
    return at[:19] + "+00:00"


def gcp_incidents_json(vendor: Vendor, docs: list[Document]) -> str:
    out = []
    for doc in _newest_first(docs):
        ordered = sorted(doc.updates, key=lambda u: u.at or "")
        locations = [{"title": str(loc), "id": str(loc)} for loc in doc.raw.get("locations", [])]
        products = [{"title": str(p), "id": short_hash("product", str(p), length=20)} for p in doc.raw.get("products", [])]
        updates = [
            {"created": _gcp_time(u.at or doc.published), "modified": _gcp_time(u.at or doc.published),
             "when": _gcp_time(u.at or doc.published), "text": u.text, "status": u.status.upper(),
             "affected_locations": locations}
            for u in reversed(ordered)
        ]
        ended = ordered[-1].status == "available"
        incident = {
            "id": doc.native_id,
            "number": str(int(short_hash("number", doc.id, length=15), 16)),
            "begin": _gcp_time(str(doc.raw.get("begin", doc.published))),
            "created": _gcp_time(doc.published),
            "modified": _gcp_time(ordered[-1].at or doc.published),
            "external_desc": doc.title,
            "updates": updates,
            "most_recent_update": updates[0],
            "status_impact": str(doc.raw.get("status_impact", "SERVICE_DISRUPTION")),
            "severity": str(doc.raw.get("severity", "medium")),
            "service_key": products[0]["id"] if products else "",
            "service_name": products[0]["title"] if products else "",
            "affected_products": products,
            "uri": f"incidents/{doc.native_id}",
            "currently_affected_locations": [] if ended else locations,
            "previously_affected_locations": locations if ended else [],
        }
        if ended:
            incident["end"] = _gcp_time(str(doc.raw.get("resolved", ordered[-1].at)))
        out.append(incident)
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"


_AWS_PREFIX = {
    "informational message": "Informational message",
    "performance issues": "Performance issues",
    "service disruption": "Service disruption",
    "service impact": "Service impact",
    "service is operating normally": "Service is operating normally",
    "resolved": "Resolved",
}


def aws_event_key(doc: Document) -> str:
    first = sorted(doc.updates, key=lambda u: u.at or "")[0]
    return f"{doc.raw['service']}-{doc.raw['region']}_{int(parse_utc(first.at or doc.published).timestamp())}"


def aws_health_rss(vendor: Vendor, docs: list[Document]) -> str:
    items = []
    for doc in docs:
        for update in doc.updates:
            items.append((update.at or doc.published, doc, update))
    items.sort(key=lambda item: (item[0], item[1].id), reverse=True)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '  <rss version="2.0">',
        "    <channel>",
        "      <title><![CDATA[Amazon Web Services Service Status]]></title>",
        f"      <link>{BASE}/status/aws/</link>",
        "      <language>en-us</language>",
        f"      <lastBuildDate>{pacific_rfc822(_last(docs))}</lastBuildDate>",
        "      <generator>AWS Service Health Dashboard RSS Generator</generator>",
        "      <description><![CDATA[Amazon Web Services Service Status]]></description>",
        "      <ttl>5</ttl>",
        "      <!-- Sample world copy of the health dashboard feed; account-specific events are in the Health API. -->",
    ]
    for at, doc, update in items:
        resolved = update.status in ("resolved", "service is operating normally")
        title = f"{_AWS_PREFIX[update.status]}: {'[RESOLVED] ' if resolved else ''}{doc.title}"
        epoch = int(parse_utc(at).timestamp())
        lines += [
            "      <item>",
            f"      <title><![CDATA[{title}]]></title>",
            f"      <link>{BASE}/status/aws/</link>",
            f"      <pubDate>{pacific_rfc822(at)}</pubDate>",
            f'      <guid isPermaLink="false">http://status.aws.amazon.com/#{doc.raw["service"]}-{doc.raw["region"]}_{epoch}</guid>',
            f"      <description><![CDATA[{update.text}]]></description>",
            "     </item>",
        ]
    lines += ["  </channel>", "  </rss>"]
    return "\n".join(lines) + "\n"


def azure_status_rss(vendor: Vendor, docs: list[Document]) -> str:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss xmlns:a10="http://www.w3.org/2005/Atom" version="2.0">',
        "  <channel>",
        "    <title>Azure Status</title>",
        f"    <link>{BASE}/status/azure/</link>",
        "    <description>Azure Status</description>",
        "    <language>en-us</language>",
        f"    <lastBuildDate>{rfc822(_last(docs))}</lastBuildDate>",
        f'    <a10:link rel="self" type="application/rss+xml" href="{BASE}{vendor.status_path}" />',
    ]
    for doc in _newest_first(docs):
        update = doc.updates[-1]
        lines += [
            "    <item>",
            f'      <guid isPermaLink="false">{escape(doc.native_id or "")}</guid>',
            f"      <link>{BASE}/status/azure/</link>",
            f"      <title>{escape(doc.title)}</title>",
            f"      <description>{escape(update.text)}</description>",
            f"      <pubDate>{rfc822(doc.published)}</pubDate>",
            f"      <a10:updated>{update.at}</a10:updated>",
            "    </item>",
        ]
    lines += ["  </channel>", "</rss>"]
    return "\n".join(lines) + "\n"


RENDERERS = {
    "statuspage-atom": (statuspage_atom, "application/atom+xml"),
    "statuspage-rss": (statuspage_rss, "application/rss+xml"),
    "statuspage-json": (statuspage_json, "application/json"),
    "gcp-incidents-json": (gcp_incidents_json, "application/json"),
    "aws-health-rss": (aws_health_rss, "application/rss+xml"),
    "azure-status-rss": (azure_status_rss, "application/rss+xml; charset=utf-8"),
}
