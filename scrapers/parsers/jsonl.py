"""Documents given as JSON Lines (DESIGN.md §4), e.g. a research corpus published at a URL.

A bad line is a recorded problem naming the line; the other lines go on.
"""

from __future__ import annotations

import json

from data.models import FetchedDocument, Problem, sha256_hex
from scrapers.parsers.base import ParseContext, ParseOutput, html_to_text, one_line, parse_iso
from scrapers.urls import canonical_url

_KINDS = ("press", "vendor", "other")


def parse(body: bytes, url: str, ctx: ParseContext) -> ParseOutput:
    out = ParseOutput()
    text = body.decode("utf-8-sig", errors="replace")
    if "\ufffd" in text:
        out.problems.append(Problem("charset", "JSONL is not valid UTF-8; undecodable bytes replaced", "warning", url))
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            out.problems.append(Problem("bad_line", f"line {number}: not valid JSON ({exc.msg})", "warning", url))
            continue
        if not isinstance(record, dict):
            out.problems.append(Problem("bad_line", f"line {number}: expected a JSON object", "warning", url))
            continue
        body_text = record.get("text") if isinstance(record.get("text"), str) else html_to_text(record.get("html") if isinstance(record.get("html"), str) else "")
        if not body_text.strip():
            out.problems.append(Problem("bad_line", f"line {number}: needs 'text' or 'html'", "warning", url))
            continue
        doc_url = record.get("url") if isinstance(record.get("url"), str) and record["url"].startswith(("http://", "https://")) else None
        if doc_url:
            key = f"url:{canonical_url(doc_url)}"
        else:
            native = str(record.get("id") or "h" + sha256_hex(body_text)[:16])
            key = f"{ctx.source_id}:{native}"
        kind = record.get("source_kind") if record.get("source_kind") in _KINDS else "press"
        out.documents.append(
            FetchedDocument(
                source_id=ctx.source_id,
                source_kind=kind,
                doc_key=key,
                url=doc_url,
                canonical_url=canonical_url(doc_url) if doc_url else None,
                title=one_line(str(record.get("title") or "")),
                text=body_text.strip(),
                provider=record.get("provider") if isinstance(record.get("provider"), str) else ctx.provider,
                published_at=parse_iso(record.get("published")) or (record.get("published") if isinstance(record.get("published"), str) and len(record["published"]) <= 10 else None),
                outlet=record.get("outlet") if isinstance(record.get("outlet"), str) else ctx.outlet,
                format=ctx.format,
                extra={"native_id": record["id"]} if record.get("id") else {},
                raw=ctx.payload,
            )
        )
    return out
