"""`outagewatch ingest FILE.jsonl`: documents given directly (DESIGN.md §4) go the same way as
fetched ones — stored (the raw line kept as the raw payload), extracted, grouped into incidents.

A bad line is reported as `FILE:LINE: what is wrong` and skipped; the rest go on (exit 1).
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

from data.models import FetchedDocument, RawPayload, sha256_hex
from scrapers.urls import canonical_url

HELP = "store documents from a JSONL file (one §4 object per line), then extract and group them like refresh does"
EXAMPLE = "outagewatch --db outagewatch.db ingest data/sample/documents.jsonl"

SOURCE_KINDS = ("press", "vendor", "other")
_STRING_FIELDS = ("id", "url", "title", "text", "html", "published", "outlet", "source_kind", "provider", "source_id", "doc_key")


def add_arguments(parser) -> None:
    parser.add_argument("input", type=Path, help="documents JSONL file (DESIGN.md §4)")


def run(args) -> int:
    from outagewatch_cli.cmd_refresh import make_progress
    from outagewatch_cli.errors import UsageError
    from outagewatch_cli.pipeline import ingest

    if not args.input.is_file():
        raise UsageError(f"input file {args.input} not found")
    with make_progress() as progress:
        report = ingest(args.db, args.input, progress=progress)
    for error in report.errors[:50]:
        print(error, file=sys.stderr)
    if len(report.errors) > 50:
        print(f"... and {len(report.errors) - 50} more bad lines (all listed in the run summary)", file=sys.stderr)
    print(
        f"ingested {report.n_lines - len(report.errors)} of {report.n_lines} lines: {report.n_new} new, "
        f"{report.n_updated} updated, {report.n_unchanged} unchanged; {len(report.errors)} bad lines; "
        f"extracted {report.extract.n_extracted} ({report.extract.n_outage} outages)"
    )
    for problem in (report.extract.problem, report.incidents.problem):
        if problem:
            print(f"problem: {problem}", file=sys.stderr)
    return report.exit_code


# ---------------------------------------------------------------- reading lines


def _normalise_published(value: str) -> str:
    """ISO-8601 date stays a date; a datetime becomes UTC 'YYYY-MM-DDTHH:MM:SSZ' (naive = UTC)."""
    value = value.strip()
    if len(value) == 10:
        return date.fromisoformat(value).isoformat()
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def html_to_text(html: str) -> str:
    import trafilatura
    from bs4 import BeautifulSoup

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if text and text.strip():
        return text.strip()
    # Short snippets trafilatura judges "not an article" still carry text worth extracting.
    return BeautifulSoup(html, "lxml").get_text("\n", strip=True)


def parse_line(line: bytes, where: str) -> FetchedDocument:
    """One §4 line -> a document; ValueError with a one-line reason when the line is unusable."""
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"not valid JSON ({exc})") from None
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
    for key in _STRING_FIELDS:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise ValueError(f"'{key}' must be a string, got {json.dumps(obj[key])[:40]}")
    text, html = (obj.get("text") or "").strip(), (obj.get("html") or "").strip()
    if not text and not html:
        raise ValueError("needs a non-empty 'text' or 'html'")
    if not text:
        text = html_to_text(html)
        if not text:
            raise ValueError("'html' contains no readable text")
    kind = obj.get("source_kind") or "press"
    if kind not in SOURCE_KINDS:
        raise ValueError(f"source_kind {kind!r} must be one of {', '.join(SOURCE_KINDS)}")
    published = None
    if obj.get("published"):
        try:
            published = _normalise_published(obj["published"])
        except ValueError:
            raise ValueError(f"published {obj['published']!r} is not an ISO-8601 date or datetime") from None
    url = (obj.get("url") or "").strip() or None
    canonical = None
    if url:
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
            raise ValueError(f"url {url!r} is not an http(s) address")
        canonical = canonical_url(url)
    title = (obj.get("title") or "").strip()
    # A given doc_key wins (the sample corpus carries the scrapers' keys, so ingesting it and
    # later fetching the same sources gives one document, not two).
    if obj.get("doc_key"):
        doc_key = obj["doc_key"]
    elif canonical:
        doc_key = f"url:{canonical}"
    elif obj.get("id"):
        doc_key = f"ingest:{obj['id']}"
    else:
        doc_key = f"ingest:sha256:{sha256_hex(title + chr(10) + text)[:32]}"
    extra = {"ingest_id": obj["id"]} if obj.get("id") else {}
    return FetchedDocument(
        source_id=obj.get("source_id") or "ingest",
        source_kind=kind,
        doc_key=doc_key,
        url=url,
        canonical_url=canonical,
        title=title,
        text=text,
        provider=(obj.get("provider") or "").strip() or None,
        published_at=published,
        outlet=(obj.get("outlet") or "").strip() or None,
        format="jsonl",
        extra=extra,
        raw=RawPayload(url=url or where, body=line.rstrip(b"\r\n"), content_type="application/x-ndjson"),
    )


def read_documents(path: Path, errors: list[str]) -> Iterator[FetchedDocument]:
    """Stream documents from a JSONL file; each bad line appends 'FILE:LINE: reason' to errors."""
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                yield parse_line(line, where)
            except ValueError as exc:
                errors.append(f"{where}: {exc}")
