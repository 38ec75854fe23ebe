"""The whole sample world fetched through fetch_all, as `outagewatch demo` does.

The doc_keys must be exactly those of data/sample/documents.jsonl (docs/sample-world-format.md),
with the loopback base URL in place of http://sample.outagewatch.test.
"""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from scrapers.config import load_sources
from scrapers.run import fetch_all

sample_world = pytest.importorskip("data.sample_world")
SAMPLE_BASE = "http://sample.outagewatch.test"


@pytest.fixture(scope="module")
def fetched(tmp_path_factory):
    documents = sample_world.SAMPLE_DIR / "documents.jsonl"
    if not documents.exists() or not sample_world.SITE_DIR.exists():
        pytest.skip("sample world not built")
    expected = {json.loads(line)["doc_key"]: json.loads(line) for line in documents.read_text(encoding="utf-8").splitlines() if line.strip()}
    with sample_world.serve() as server:
        path = sample_world.write_demo_sources(server.base_url, tmp_path_factory.mktemp("sources") / "sources.toml")
        sources = load_sources(path)
        # The aggregator feed lists more outage stories than one run's default article budget.
        sources = dataclasses.replace(sources, fetch=dataclasses.replace(sources.fetch, max_articles_per_source=500))
        results = list(fetch_all(sources, {}))
    got = {}
    for result in results:
        for doc in result.documents:
            got[doc.doc_key.replace(server.base_url, SAMPLE_BASE)] = doc
    return expected, got, results


def test_sample_world_yields_exactly_the_documents_of_documents_jsonl(fetched):
    expected, got, _ = fetched
    assert sorted(set(expected) - set(got)) == []
    assert sorted(set(got) - set(expected)) == []


def test_sample_world_sources_all_succeed(fetched):
    _, _, results = fetched
    assert {r.source_id: r.status for r in results if r.status != "ok"} == {}


def without_markdown_links(text: str) -> str:
    """The scrapers keep a Markdown link's words and drop its address (OpenAI's status bodies)."""
    return re.sub(r'\[([^\]]+)\]\([^)\s]+(?: "[^"]*")?\)', r"\1", text)


def test_sample_world_status_incidents_render_the_same_text(fetched):
    expected, got, _ = fetched
    status_keys = [k for k in expected if not k.startswith("url:")]
    assert status_keys
    differing = [k for k in status_keys if got[k].text.strip() != without_markdown_links(expected[k]["text"]).strip()]
    assert differing == []


def test_sample_world_fetched_articles_keep_the_article_text(fetched):
    expected, got, _ = fetched
    articles = [k for k, d in got.items() if k in expected and d.format == "html-article"]
    assert len(articles) >= 100
    same = [k for k in articles if got[k].text.strip() == expected[k]["text"].strip()]
    assert len(same) / len(articles) >= 0.95
