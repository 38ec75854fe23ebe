"""Render the world into the served site and the JSONL files the rest of the project reads.

Output is a pure function of the world files: sorted, no clock, so a rebuild into another
folder compares equal to the committed copy (tests/test_sample_world.py checks this).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from data.sample_world import render_pages, render_status
from data.sample_world.world import PRESS_TYPES, STATUS_TYPES, Document, World

SAMPLE_BASE_URL = "http://sample.outagewatch.test"
BASE = render_status.BASE
ROBOTS = "User-agent: *\nDisallow: /private/\n"
_SUFFIX = {"application/json": ".json", "text/html; charset=utf-8": ".html", "text/plain; charset=utf-8": ".txt"}


@dataclass(frozen=True)
class SiteFile:
    path: str  # URL path served, e.g. "/status/aws/rss/all.rss"
    body: str
    content_type: str
    last_modified: str  # ISO-8601 UTC, the newest item in the file

    @property
    def file(self) -> str:
        """Where the file lives under site/: the URL path, with a name for folder-like paths."""
        rel = self.path.lstrip("/")
        if rel.endswith("/") or not rel:
            rel += "index"
        if "." not in rel.rsplit("/", 1)[-1]:
            rel += _SUFFIX.get(self.content_type, ".xml")
        return rel


def document_url(doc: Document, world: World, base: str) -> str:
    if doc.type in STATUS_TYPES:
        vendor = world.vendors[doc.vendor or ""]
        if doc.type == "statuspage-incident":
            return f"{base}/status/{vendor.slug}/incidents/{render_status.incident_code(doc)}"
        if doc.type == "gcp-incident":
            return f"{base}/status/gcp/incidents/{doc.native_id}"
        return f"{base}/status/{vendor.slug}/"
    return base + render_pages.page_path(doc)


def source_id(doc: Document) -> str:
    if doc.outlet:
        return f"sample-{doc.outlet}"
    if doc.type in STATUS_TYPES:
        return f"sample-{doc.vendor}-status"
    return f"sample-{doc.vendor}-news"


def doc_key(doc: Document, world: World) -> str:
    if doc.type == "aws-health-event":
        return f"{source_id(doc)}:{render_status.aws_event_key(doc)}"
    if doc.type in STATUS_TYPES:
        return f"{source_id(doc)}:{doc.native_id}"
    return "url:" + document_url(doc, world, SAMPLE_BASE_URL)


def document_record(doc: Document, world: World) -> dict[str, Any]:
    """DESIGN.md §4 shape plus source_id and doc_key."""
    press = doc.type in PRESS_TYPES
    return {
        "id": doc.id,
        "url": document_url(doc, world, SAMPLE_BASE_URL),
        "title": doc.title,
        "text": doc.text,
        "published": doc.published,
        "outlet": world.outlets[doc.outlet].name if press and doc.outlet else None,
        "source_kind": "press" if press else "vendor",
        "provider": None if press else world.vendors[doc.vendor or ""].provider,
        "source_id": source_id(doc),
        "doc_key": doc_key(doc, world),
    }


def label_record(doc: Document) -> dict[str, Any]:
    """The gold label as in docs/labelling-guide.md, nulls explicit, quote offsets added."""
    incidents = []
    for entry in doc.label.get("incidents", []):
        claims = []
        for claim in entry.get("claims", []):
            start = doc.text.find(claim["quote"])
            claims.append({
                "attribute": claim["attribute"],
                "value": claim["value"],
                "normalized": claim.get("normalized"),
                "polarity": claim["polarity"],
                "speaker_kind": claim["speaker_kind"],
                "speaker": claim["speaker"],
                "quote": claim["quote"],
                "start": start,
                "end": start + len(claim["quote"]),
            })
        incidents.append({
            "primary": entry["primary"],
            "gold_incident": entry.get("gold_incident", doc.incident_id),
            "provider": entry["provider"],
            "services": list(entry.get("services", [])),
            "regions": list(entry.get("regions", [])),
            "start": entry.get("start"),
            "end": entry.get("end"),
            "duration_hours": float(entry["duration_hours"]) if entry.get("duration_hours") is not None else None,
            "cause_category": entry.get("cause_category", "unknown"),
            "ai_involved": entry.get("ai_involved"),
            "ai_role": entry.get("ai_role"),
            "claims": claims,
        })
    return {"id": doc.id, "is_outage": doc.label["is_outage"], "incidents": incidents}


def gold_incident_records(world: World) -> list[dict[str, Any]]:
    records = []
    for incident_id, incident in sorted(world.incidents.items()):
        primary, mentioned = [], []
        for doc in world.documents:
            for entry in doc.label.get("incidents", []):
                if entry.get("gold_incident", doc.incident_id) == incident_id:
                    (primary if entry.get("primary") else mentioned).append(doc.id)
        records.append({
            "id": incident_id,
            "provider": incident.provider,
            "title": incident.title,
            "document_ids": sorted(set(primary)),
            "mentioned_in": sorted(set(mentioned) - set(primary)),
            "disagreements": incident.disagreements,
        })
    return records


def sources_toml(world: World, base_url: str) -> str:
    """The demo sources file (DESIGN.md §3): every status feed, newsroom, outlet and newsfinder."""
    lines = [
        "# Sources of the bundled sample world, served over loopback by data.sample_world.serve().",
        "[fetch]",
        'user_agent = "outagewatch/0.1 (+https://github.com/outagewatch/outagewatch; sample world)"',
        "timeout_s = 10",
        "min_interval_per_host_s = 0",
        "allow_private_networks = true",
        "max_articles_per_source = 200  # the news-search feed lists more outage entries than the default 50",
        "",
    ]

    def block(**fields: Any) -> None:
        lines.append("[[sources]]")
        for key, value in fields.items():
            lines.append(f"{key} = {json.dumps(value)}")
        lines.append("")

    for slug, vendor in sorted(world.vendors.items()):
        if vendor.status_format:
            block(id=f"sample-{slug}-status", name=f"{vendor.provider} status (sample)", kind="vendor",
                  provider=vendor.provider, url=base_url + (vendor.status_path or ""), format=vendor.status_format)
    for slug, vendor in sorted(world.vendors.items()):
        block(id=f"sample-{slug}-news", name=f"{vendor.provider} newsroom (sample)", kind="vendor",
              provider=vendor.provider, url=f"{base_url}/vendors/{slug}/news.rss", format="rss", fetch_articles=True)
    for slug, outlet in sorted(world.outlets.items()):
        fmt = "atom" if outlet.feed_format == "atom" else "rss"
        block(id=f"sample-{slug}", name=outlet.name, kind="press", url=base_url + outlet.feed_path,
              format=fmt, fetch_articles=True, outlet=outlet.name)
    block(id="sample-newsfinder", name="Newsfinder search: outage", kind="press",
          url=f"{base_url}/newsfinder/rss/search?q=outage", format="google-news-rss", fetch_articles=True)
    return "\n".join(lines)


def _related(doc: Document, same_outlet: list[Document]) -> list[Document]:
    others = [d for d in same_outlet if d.id != doc.id]
    others.sort(key=lambda d: (abs(_epoch(d.published) - _epoch(doc.published)), d.id))
    return others[:3]


def _epoch(at: str) -> float:
    return render_status.parse_utc(at).timestamp()


def site_files(world: World) -> tuple[list[SiteFile], dict[str, str]]:
    """Every served file and the newsfinder redirects (URL path -> target URL)."""
    files: list[SiteFile] = [SiteFile("/robots.txt", ROBOTS, "text/plain; charset=utf-8", "2019-01-01T00:00:00Z")]
    files.append(SiteFile(
        "/private/drafts.html",
        "<!DOCTYPE html><html><head><title>Drafts</title></head><body><p>Unpublished drafts. Crawlers keep out.</p></body></html>\n",
        "text/html; charset=utf-8", "2019-01-01T00:00:00Z",
    ))
    docs = sorted(world.documents, key=lambda d: d.id)

    for slug, vendor in sorted(world.vendors.items()):
        own = [d for d in docs if d.vendor == slug]
        if vendor.status_format:
            status_docs = [d for d in own if d.type in STATUS_TYPES]
            render, content_type = render_status.RENDERERS[vendor.status_format]
            files.append(SiteFile(vendor.status_path or "", render(vendor, status_docs), content_type, _newest(status_docs)))
        pages = [d for d in own if d.type == "vendor-page"]
        files.append(SiteFile(f"/vendors/{slug}/news.rss", render_pages.newsroom_feed(vendor, pages), "application/rss+xml", _newest(pages)))
        for doc in pages:
            files.append(SiteFile(render_pages.page_path(doc), render_pages.vendor_page(doc, vendor), "text/html; charset=utf-8", doc.published))

    redirects: dict[str, str] = {}
    found: list[tuple[Document, Any]] = []
    for slug, outlet in sorted(world.outlets.items()):
        own = [d for d in docs if d.outlet == slug]
        body, content_type = render_pages.outlet_feed(outlet, own)
        files.append(SiteFile(outlet.feed_path, body, content_type, _newest(own)))
        for doc in own:
            files.append(SiteFile(render_pages.page_path(doc), render_pages.press_page(doc, outlet, _related(doc, own)),
                                  "text/html; charset=utf-8", doc.published))
            if "outage" in f"{doc.title} {doc.text}".lower():
                found.append((doc, outlet))
                redirects[f"/newsfinder/articles/{render_pages.newsfinder_token(doc)}"] = BASE + render_pages.page_path(doc)
    files.append(SiteFile("/newsfinder/rss/search", render_pages.newsfinder_feed(found), "application/rss+xml",
                          _newest([d for d, _ in found])))
    return sorted(files, key=lambda f: f.path), dict(sorted(redirects.items()))


def _newest(docs: list[Document]) -> str:
    return max((d.published for d in docs), default="2019-01-01T00:00:00Z")


def _jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def build(world: World, out_dir: Path) -> list[Path]:
    """Write site/, documents.jsonl, labels.jsonl, gold_incidents.jsonl and sources.toml."""
    written = []
    site_dir = out_dir / "site"
    if site_dir.exists():
        shutil.rmtree(site_dir)  # generated only; stale pages of renamed documents must go
    files, redirects = site_files(world)
    manifest = {"routes": {}, "redirects": redirects}
    for site_file in files:
        target = site_dir / site_file.file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(site_file.body, encoding="utf-8")
        manifest["routes"][site_file.path] = {
            "file": site_file.file, "content_type": site_file.content_type, "last_modified": site_file.last_modified,
        }
        written.append(target)
    (site_dir / "_site.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    written.append(site_dir / "_site.json")

    docs = sorted(world.documents, key=lambda d: d.id)
    outputs = {
        "documents.jsonl": _jsonl([document_record(d, world) for d in docs]),
        "labels.jsonl": _jsonl([label_record(d) for d in docs]),
        "gold_incidents.jsonl": _jsonl(gold_incident_records(world)),
        "sources.toml": sources_toml(world, BASE),
    }
    for name, body in outputs.items():
        (out_dir / name).write_text(body, encoding="utf-8")
        written.append(out_dir / name)
    return written
