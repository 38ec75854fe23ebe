"""Fetch sources into documents: one source (`fetch_source`) or all of them (`fetch_all`).

Neither raises for anything a source does: every failure becomes a Problem on the source's
result, and `status` says what happened (ok / not_modified / partial / error). The store
(refresh orchestration) persists what comes back; nothing here touches the database.
"""

from __future__ import annotations

import dataclasses
import queue
import time
from collections.abc import Container, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

from data.models import FetchedDocument, Problem, SourceFetchResult, SourceState
from scrapers.config import SourceConfig, SourcesFile
from scrapers.fetch import Fetcher, FetchError
from scrapers.parsers import PARSERS, FeedEntry, ParseContext, ParseOutput, detect_format
from scrapers.urls import host_of

_ARTICLE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _status(documents: list[FetchedDocument], problems: list[Problem]) -> str:
    errors = any(p.severity == "error" for p in problems)
    if errors:
        return "partial" if documents else "error"
    return "ok"


def _parse(fmt: str, body: bytes, url: str, ctx: ParseContext) -> ParseOutput:
    try:
        return PARSERS[fmt](body, url, ctx)
    except Exception as exc:  # a parser bug on hostile input must not stop the run; it is recorded
        return ParseOutput(problems=[Problem("parser_failed", f"{fmt} parser failed: {type(exc).__name__}: {exc}", url=url)])


def fetch_source(
    fetcher: Fetcher,
    source: SourceConfig,
    state: SourceState | None,
    *,
    known_doc_keys: Container[str] = (),
) -> SourceFetchResult:
    started = time.monotonic()
    result = SourceFetchResult(source_id=source.id, status="error", started_at=_now())
    try:
        _fill(result, fetcher, source, state, known_doc_keys)
    except Exception as exc:  # last line of defence for the daily job; recorded, never silent
        result.problems.append(Problem("internal_error", f"{type(exc).__name__}: {exc}", url=source.url))
        result.status = _status(result.documents, result.problems)
    result.finished_at = _now()
    result.latency_ms = result.latency_ms if result.latency_ms is not None else (time.monotonic() - started) * 1000
    return result


def _fill(result: SourceFetchResult, fetcher: Fetcher, source: SourceConfig, state: SourceState | None, known: Container[str]) -> None:
    try:
        response = fetcher.get(source.url, etag=state.etag if state else None, last_modified=state.last_modified if state else None)
    except FetchError as exc:
        result.problems.append(exc.problem)
        result.status = "error"
        return
    result.http_status = response.status
    result.latency_ms = response.elapsed_ms
    result.bytes_received = len(response.body)
    result.etag = response.etag or (state.etag if state else None)
    result.last_modified = response.last_modified or (state.last_modified if state else None)
    if response.status == 304:
        result.status = "not_modified"
        return
    payload = response.payload()
    result.payloads.append(payload)
    detected = detect_format(response.body, response.content_type, response.url)
    fmt = source.format or detected
    if source.format is None and detected == "html-article":
        result.problems.append(
            Problem("not_a_feed", "expected a feed but got an HTML page (set format = \"html-article\" if the page itself is the source)", url=response.url)
        )
        result.status = "error"
        return
    ctx = ParseContext(
        source_id=source.id,
        source_kind=source.kind,
        provider=source.provider,
        outlet=source.outlet,
        format=fmt,
        fetched_at=result.started_at,
        payload=payload,
        content_type=response.content_type,
    )
    parsed = _parse(fmt, response.body, response.url, ctx)
    result.problems.extend(parsed.problems)
    result.n_entries = len(parsed.documents)
    documents = _unique(parsed.documents, result.problems)
    if source.fetch_articles:
        documents = _with_articles(fetcher, documents, parsed.entries, ctx, known, result)
    result.documents = documents
    result.status = _status(documents, result.problems)


def _unique(documents: list[FetchedDocument], problems: list[Problem]) -> list[FetchedDocument]:
    seen: set[str] = set()
    out = []
    for doc in documents:
        if doc.doc_key in seen:
            problems.append(Problem("duplicate_entry", f"{doc.doc_key} appears more than once; first kept", "warning", doc.url))
            continue
        seen.add(doc.doc_key)
        out.append(doc)
    return out


def _with_articles(
    fetcher: Fetcher,
    documents: list[FetchedDocument],
    entries: list[FeedEntry],
    ctx: ParseContext,
    known: Container[str],
    result: SourceFetchResult,
) -> list[FetchedDocument]:
    """Replace feed-only documents by their fetched articles, for entries that look outage-related.

    Entries already stored (by doc_key) are neither fetched nor re-emitted from the feed text,
    so a stored article is never overwritten by the shorter feed summary.
    """
    limit = fetcher.settings.max_articles_per_source
    by_key = {doc.doc_key: doc for doc in documents}
    replaced: dict[str, FetchedDocument | None] = {}
    # Vendor newsrooms: every statement matters; search feeds: the query already filtered.
    follow_all = ctx.source_kind == "vendor" or ctx.format == "google-news-rss"
    wanted = [e for e in entries if (follow_all or e.relevant) and e.doc_key in by_key]
    for entry in wanted:
        if entry.doc_key in known:
            replaced[entry.doc_key] = None
    todo = [e for e in wanted if e.doc_key not in known]
    if len(todo) > limit:
        result.problems.append(
            Problem("article_limit", f"{len(todo)} outage-like entries, fetching the first {limit} (max_articles_per_source)", "warning")
        )
        todo = todo[:limit]
    emitted = set(by_key)
    for entry in todo:
        article = _fetch_article(fetcher, entry, ctx, result)
        if article is None:
            continue  # the feed-only document stays
        if article.doc_key != entry.doc_key and (article.doc_key in emitted or article.doc_key in known):
            replaced[entry.doc_key] = None  # the same article reached through another entry or feed
        else:
            replaced[entry.doc_key] = article
            emitted.add(article.doc_key)
    out = []
    for doc in documents:
        if doc.doc_key not in replaced:
            out.append(doc)
        elif replaced[doc.doc_key] is not None:
            out.append(replaced[doc.doc_key])
    return out


def _fetch_article(fetcher: Fetcher, entry: FeedEntry, ctx: ParseContext, result: SourceFetchResult) -> FetchedDocument | None:
    try:
        response = fetcher.get(entry.url, check_robots=True, accept=_ARTICLE_ACCEPT)
    except FetchError as exc:
        problem = exc.problem
        result.problems.append(Problem(problem.code, f"article not fetched, feed text kept: {problem.message}", "warning", entry.url))
        return None
    result.bytes_received += len(response.body)
    payload = response.payload()
    article_ctx = dataclasses.replace(ctx, format="html-article", payload=payload, content_type=response.content_type, entry=entry)
    parsed = _parse("html-article", response.body, response.url, article_ctx)
    for problem in parsed.problems:
        result.problems.append(dataclasses.replace(problem, severity="warning", url=problem.url or response.url))
    if not parsed.documents:
        return None
    result.payloads.append(payload)
    return parsed.documents[0]


def fetch_all(
    sources_file: SourcesFile,
    states: dict[str, SourceState],
    *,
    known_doc_keys: Container[str] = frozenset(),
    only: list[str] | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[SourceFetchResult]:
    """Yield each enabled source's result as soon as it is done.

    Sources on different hosts are fetched at the same time (threads, up to `concurrency`);
    sources on one host go one after another, and the Fetcher spaces their requests by
    `min_interval_per_host_s`. Raises ConfigError only for an unknown `only` id (a usage error).
    """
    sources = sources_file.enabled(only)
    if not sources:
        return
    groups: dict[str, list[SourceConfig]] = {}
    for source in sources:
        groups.setdefault(host_of(source.url), []).append(source)
    own = fetcher is None
    fetcher = fetcher or Fetcher(sources_file.fetch)
    results: queue.Queue[SourceFetchResult] = queue.Queue()

    def run_group(group: list[SourceConfig]) -> None:
        for source in group:
            results.put(fetch_source(fetcher, source, states.get(source.id), known_doc_keys=known_doc_keys))

    workers = max(1, min(sources_file.fetch.concurrency, len(groups)))
    try:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as pool:
            for group in groups.values():
                pool.submit(run_group, group)
            for _ in range(len(sources)):
                yield results.get()
    finally:
        if own:
            fetcher.close()
