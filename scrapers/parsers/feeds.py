"""Generic RSS/Atom feeds (press and vendor newsrooms) and Google-News-style search feeds.

Every entry becomes a press (or newsroom) document from the feed alone, title + summary,
marked `extra["from_feed_only"] = True`; entries with a link are also returned as FeedEntry so
the run can fetch the article when the entry passes the relevance pre-filter.
"""

from __future__ import annotations

from data.models import FetchedDocument, Problem, sha256_hex
from scrapers.parsers.base import (
    FeedEntry,
    ParseContext,
    ParseOutput,
    entry_time,
    has_unsafe_markup,
    html_to_text,
    not_in_future,
    one_line,
    parse_feed,
)
from scrapers.relevance import looks_outage_related
from scrapers.urls import canonical_url


def parse_generic(body: bytes, url: str, ctx: ParseContext) -> ParseOutput:
    return _parse(body, url, ctx, google_news=False)


def parse_google_news(body: bytes, url: str, ctx: ParseContext) -> ParseOutput:
    return _parse(body, url, ctx, google_news=True)


def _parse(body: bytes, url: str, ctx: ParseContext, google_news: bool) -> ParseOutput:
    out = ParseOutput()
    feed = parse_feed(body, ctx, out.problems)
    version = feed.get("version") or ""
    if not version and not feed.entries:
        if not any(p.severity == "error" for p in out.problems):
            out.problems.append(Problem("not_a_feed", "the payload is not an RSS or Atom feed", "error", url))
        return out
    feed_title = one_line(html_to_text(feed.feed.get("title", "")))
    for number, entry in enumerate(feed.entries, 1):
        document, feed_entry = _entry(entry, number, url, ctx, feed_title, google_news, out.problems)
        if document is not None:
            out.documents.append(document)
        if feed_entry is not None:
            out.entries.append(feed_entry)
    return out


def _entry(entry, number: int, url: str, ctx: ParseContext, feed_title: str, google_news: bool, problems: list[Problem]):
    raw_title = entry.get("title", "") or ""
    if has_unsafe_markup(raw_title):
        problems.append(Problem("unsafe_markup", f"entry {number}: script/style markup removed from the title", "warning"))
    title = one_line(html_to_text(raw_title))
    summary_html = entry.get("summary", "") or ""
    if not summary_html and entry.get("content"):
        summary_html = entry["content"][0].get("value", "")
    summary = html_to_text(summary_html)
    outlet = ctx.outlet or feed_title or None
    outlet_url = None
    if google_news:
        source = entry.get("source") or {}
        outlet = one_line(source.get("title", "")) or outlet
        outlet_url = source.get("href") or None
        if outlet and title.endswith(f" - {outlet}"):
            title = title[: -len(f" - {outlet}")].rstrip()
        if summary.startswith(title):  # the description repeats the headline as a link
            summary = summary[len(title):].strip(" -\n") or summary
    if not title and not summary:
        problems.append(Problem("empty_entry", f"entry {number} has neither title nor text; skipped", "warning"))
        return None, None
    published = not_in_future(entry_time(entry, "published", "updated"), ctx, problems, f"entry {number}")
    if published is None and not entry_time(entry, "published", "updated"):
        problems.append(Problem("missing_date", f"entry {number} ({title[:60]!r}) has no date", "warning"))
    link = (entry.get("link") or "").strip() or None
    if link and not link.lower().startswith(("http://", "https://")):
        problems.append(Problem("bad_link", f"entry {number}: link {link[:80]!r} is not an http(s) address; ignored", "warning"))
        link = None
    if link:
        canonical = canonical_url(link)
        doc_key = f"url:{canonical}"
    else:
        canonical = None
        native = (entry.get("id") or "").strip() or "h" + sha256_hex(f"{title}\n{summary}")[:16]
        doc_key = f"{ctx.source_id}:{native}"
        problems.append(Problem("missing_link", f"entry {number} ({title[:60]!r}) has no link; kept from the feed text only", "warning"))
    author = one_line(entry.get("author", "") or "") or None
    document = FetchedDocument(
        source_id=ctx.source_id,
        source_kind=ctx.source_kind if ctx.source_kind in ("vendor", "press", "other") else "press",
        doc_key=doc_key,
        url=link,
        canonical_url=canonical,
        title=title,
        text=summary or title,
        provider=ctx.provider,
        published_at=published,
        updated_at=entry_time(entry, "updated"),
        outlet=outlet,
        author=author,
        format=ctx.format,
        extra={"from_feed_only": True, **({"outlet_url": outlet_url} if outlet_url else {})},
        raw=ctx.payload,
    )
    feed_entry = None
    if link:
        feed_entry = FeedEntry(
            url=link,
            canonical_url=canonical,
            doc_key=doc_key,
            title=title,
            summary=summary,
            published_at=published,
            author=author,
            outlet=outlet,
            outlet_url=outlet_url,
            relevant=looks_outage_related(title, summary),
        )
    return document, feed_entry
