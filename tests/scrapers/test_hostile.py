"""Hostile inputs: one case per file in tests/scrapers/hostile/, expectation beside it.

A case is `<name>.<ext>` (the payload) plus `<name>.expect.toml`:
  description = "..."
  [source]   SourceConfig fields (kind, format, provider, fetch_articles)
  [settings] FetchSettings overrides (max_bytes, deadline_s, retries, ...)
  [serve]    how the loopback server misbehaves: content_type, headers, status, gzip,
             pad_bytes, mode = drip | redirect-loop | redirect-to | retry-after-then-ok |
             always-status | not-modified
  [state]    SourceState given to fetch_source (etag, last_modified)
  [expect]   status, problems (codes that must be recorded), min/max_documents,
             titles (must be present), absent (strings no document may contain),
             max_seconds, min_seconds
Everywhere: the run finishes in time, fetch_source does not raise, the problem is recorded.
Add a case by adding two files.
"""

from __future__ import annotations

import gzip
import time
import tomllib
from pathlib import Path

import pytest
from werkzeug import Response

from data.models import SourceState
from scrapers.config import SourceConfig
from scrapers.fetch import Fetcher
from scrapers.run import fetch_source

HOSTILE = Path(__file__).resolve().parent / "hostile"
CASES = sorted(HOSTILE.glob("*.expect.toml"))


def payload_of(expect_path: Path) -> Path:
    stem = expect_path.name[: -len(".expect.toml")]
    matches = [p for p in HOSTILE.glob(f"{stem}.*") if p != expect_path and not p.name.endswith(".expect.toml")]
    assert len(matches) == 1, f"{expect_path.name}: expected exactly one payload file named {stem}.<ext>"
    return matches[0]


def serve_case(httpserver, case: dict, body: bytes) -> str:
    serve = case.get("serve", {})
    mode = serve.get("mode", "normal")
    headers = dict(serve.get("headers", {}))
    content_type = serve.get("content_type", "application/xml")
    if serve.get("pad_bytes"):
        body = body + b" " * int(serve["pad_bytes"])
    if serve.get("gzip"):
        body = gzip.compress(body)
        headers["Content-Encoding"] = "gzip"
    path = "/feed"
    if mode == "drip":
        def drip(request):
            def chunks():
                for byte in body:
                    time.sleep(float(serve.get("drip_interval_s", 0.2)))
                    yield bytes([byte])
            return Response(chunks(), content_type=content_type)
        httpserver.expect_request(path).respond_with_handler(drip)
    elif mode == "redirect-loop":
        httpserver.expect_request(path).respond_with_data("", status=302, headers={"Location": "/loop"})
        httpserver.expect_request("/loop").respond_with_data("", status=301, headers={"Location": path})
    elif mode == "redirect-to":
        httpserver.expect_request(path).respond_with_data("", status=302, headers={"Location": serve["location"]})
    elif mode == "retry-after-then-ok":
        httpserver.expect_ordered_request(path).respond_with_data("busy", status=int(serve.get("status", 429)), headers={"Retry-After": str(serve["retry_after"])})
        httpserver.expect_ordered_request(path).respond_with_data(body, content_type=content_type, headers=headers)
    elif mode == "always-status":
        httpserver.expect_request(path).respond_with_data(body, status=int(serve["status"]), headers=headers, content_type=content_type)
    elif mode == "not-modified":
        httpserver.expect_request(path, headers={"If-None-Match": case["state"]["etag"]}).respond_with_data("", status=304)
        httpserver.expect_request(path).respond_with_data(body, content_type=content_type)
    else:
        httpserver.expect_request(path).respond_with_data(body, content_type=content_type, headers=headers, status=int(serve.get("status", 200)))
    return httpserver.url_for(path)


@pytest.mark.parametrize("expect_path", CASES, ids=[p.name[: -len(".expect.toml")] for p in CASES])
def test_hostile_case_is_recorded_and_bounded(httpserver, make_settings, expect_path):
    case = tomllib.loads(expect_path.read_text(encoding="utf-8"))
    expect = case["expect"]
    body = payload_of(expect_path).read_bytes().replace(b"{{BASE_URL}}", httpserver.url_for("/").rstrip("/").encode())
    url = serve_case(httpserver, case, body)
    source_fields = {"kind": "vendor", "provider": "Examplehost", **case.get("source", {})}
    source = SourceConfig(id="hostile", name=expect_path.name, url=url, **source_fields)
    state = SourceState("hostile", **case["state"]) if "state" in case else None

    started = time.monotonic()
    with Fetcher(make_settings(**case.get("settings", {}))) as fetcher:
        result = fetch_source(fetcher, source, state)
    elapsed = time.monotonic() - started

    codes = {p.code for p in result.problems}
    assert elapsed <= expect.get("max_seconds", 5.0), f"took {elapsed:.1f}s"
    assert elapsed >= expect.get("min_seconds", 0.0)
    assert result.status == expect["status"], (result.status, result.problems)
    assert set(expect.get("problems", [])) <= codes, result.problems
    assert all(p.message for p in result.problems)
    assert len(result.documents) >= expect.get("min_documents", 0)
    assert len(result.documents) <= expect.get("max_documents", 10_000)
    titles = [d.title for d in result.documents]
    for title in expect.get("titles", []):
        assert title in titles
    for needle in expect.get("absent", []):
        assert all(needle not in f"{d.title}\n{d.text}" for d in result.documents), needle
    for doc in result.documents:
        assert doc.doc_key and doc.raw is not None
