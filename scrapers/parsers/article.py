"""Article pages: main text by trafilatura, metadata by BeautifulSoup.

Metadata is taken from what publishers declare for machines, most reliable first:
JSON-LD (schema.org Article types), then Open Graph / article:* meta tags, then plain meta
tags and <time datetime>, then the page's own <title>/<h1>, and finally what the feed entry
said. The canonical address is <link rel=canonical>, then og:url, then the address fetched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import dateparser
import trafilatura
from bs4 import BeautifulSoup

from data.models import FetchedDocument, Problem
from scrapers.parsers.base import ParseContext, ParseOutput, iso_utc, not_in_future, one_line, parse_iso
from scrapers.urls import canonical_url

_ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "techarticle", "report"}
_DATE_META = ("article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "parsely-pub-date", "sailthru.date")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")


@dataclass
class PageMeta:
    title: str | None = None
    author: str | None = None
    published_at: str | None = None
    updated_at: str | None = None
    canonical: str | None = None
    site_name: str | None = None
    description: str | None = None
    language: str | None = None


def _date(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    iso = parse_iso(value)
    if iso:
        return iso
    parsed = dateparser.parse(value, settings={"TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True})
    return iso_utc(parsed) if parsed else None


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() and not value.startswith("http") else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _ld_objects(soup: BeautifulSoup, url: str, problems: list[Problem]) -> list[dict]:
    found: list[dict] = []

    def walk(node: object) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            kinds = node.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                found.append(node)
            walk(node.get("@graph"))

    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            walk(json.loads(script.string or ""))
        except (json.JSONDecodeError, TypeError) as exc:
            # Broken JSON-LD is common and the meta tags still apply: a warning, not a lost page.
            problems.append(Problem("bad_json_ld", f"JSON-LD block ignored: {type(exc).__name__}: {exc}"[:200], "warning", url))
    return found


def page_metadata(soup: BeautifulSoup, url: str, problems: list[Problem] | None = None) -> PageMeta:
    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        content = tag.get("content")
        if key and isinstance(content, str) and content.strip() and key not in meta:
            meta[key] = content.strip()
    ld = _ld_objects(soup, url, problems if problems is not None else [])
    first_ld = ld[0] if ld else {}
    page = PageMeta()
    h1 = soup.find("h1")
    title_tag = soup.find("title")
    page.title = next(
        (one_line(t) for t in (meta.get("og:title"), first_ld.get("headline"), h1.get_text(" ") if h1 else None, title_tag.get_text(" ") if title_tag else None) if isinstance(t, str) and t.strip()),
        None,
    )
    authors = _names(first_ld.get("author")) or _names(meta.get("author")) or _names(meta.get("article:author"))
    if not authors:
        rel = soup.find(attrs={"rel": "author"})
        byline = rel or soup.select_one(".byline, .author, [itemprop=author]")
        if byline is not None:
            text = one_line(byline.get_text(" "))
            authors = [text[3:] if text.lower().startswith("by ") else text] if text else []
    page.author = ", ".join(dict.fromkeys(one_line(a) for a in authors)) or None
    time_tag = soup.find("time", attrs={"datetime": True})
    page.published_at = (
        _date(first_ld.get("datePublished"))
        or next((d for d in (_date(meta.get(k)) for k in _DATE_META) if d), None)
        or (_date(time_tag["datetime"]) if time_tag else None)
    )
    page.updated_at = _date(first_ld.get("dateModified")) or next((d for d in (_date(meta.get(k)) for k in _MODIFIED_META) if d), None)
    link = soup.find("link", rel="canonical")
    candidates = [link.get("href") if link else None, meta.get("og:url")]
    for candidate in candidates:
        if isinstance(candidate, str) and candidate.strip():
            absolute = urljoin(url, candidate.strip())
            if _plausible_canonical(absolute, url):
                page.canonical = absolute
                break
    publisher = first_ld.get("publisher")
    page.site_name = meta.get("og:site_name") or (_names(publisher) or [None])[0]
    page.description = meta.get("og:description") or meta.get("description")
    html_tag = soup.find("html")
    page.language = (html_tag.get("lang") if html_tag else None) or None
    return page


def _plausible_canonical(candidate: str, fetched: str) -> bool:
    """Refuse canonicals that point to a site's home page from an article (a common CMS bug)."""
    parts = urlsplit(candidate)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    return not (parts.path in ("", "/") and urlsplit(fetched).path not in ("", "/"))


def _main_text(html_text: str, url: str) -> str | None:
    """Precision first (drops page furniture); short pages it empties get the default mode."""
    for options in ({"favor_precision": True}, {}):
        text = trafilatura.extract(html_text, url=url, include_comments=False, include_tables=False, deduplicate=False, **options)
        if text and text.strip():
            return text
    return None


def parse(body: bytes, url: str, ctx: ParseContext) -> ParseOutput:
    out = ParseOutput()
    soup = BeautifulSoup(body, "lxml")
    if soup.find(["html", "body", "p", "article"]) is None:
        out.problems.append(Problem("not_html", "the page has no HTML structure", "error", url))
        return out
    page = page_metadata(soup, url, out.problems)
    html_text = str(soup)
    text = _main_text(html_text, url)
    if not text or not text.strip():
        out.problems.append(Problem("no_article_text", "no main text could be extracted from the page", "warning", url))
        return out
    # A paragraph identical to an earlier one is page furniture (a standfirst repeated as the lead).
    paragraphs = list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))
    # The headline is stored as the title; trafilatura sometimes repeats it as the first line.
    if len(paragraphs) > 1 and page.title and one_line(paragraphs[0]).lower() == one_line(page.title).lower():
        paragraphs = paragraphs[1:]
    # One blank line between paragraphs, as everywhere else in the project (trafilatura uses one newline).
    text = "\n\n".join(paragraphs)
    entry = ctx.entry
    canonical = canonical_url(page.canonical or url)
    published = not_in_future(page.published_at or (entry.published_at if entry else None), ctx, out.problems, url)
    title = page.title or (entry.title if entry else "") or ""
    extra: dict = {"description": page.description, "language": page.language}
    if entry is not None and entry.doc_key != f"url:{canonical}":
        extra["feed_doc_key"] = entry.doc_key  # the key the feed entry had (e.g. a news-aggregator redirect)
    if entry is not None and entry.outlet_url:
        extra["outlet_url"] = entry.outlet_url
    out.documents.append(
        FetchedDocument(
            source_id=ctx.source_id,
            source_kind=ctx.source_kind if ctx.source_kind in ("vendor", "press", "other") else "press",
            doc_key=f"url:{canonical}",
            url=url,
            canonical_url=canonical,
            title=title,
            text=text.strip(),
            provider=ctx.provider,
            published_at=published,
            updated_at=page.updated_at,
            outlet=page.site_name or (entry.outlet if entry else None) or ctx.outlet,
            author=page.author or (entry.author if entry else None),
            format="html-article",
            extra={k: v for k, v in extra.items() if v is not None},
            raw=ctx.payload,
        )
    )
    return out
