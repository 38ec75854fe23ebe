"""Canonical URLs, the outage pre-filter, format detection, and the shipped sources file."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrapers.config import FORMATS, load_sources
from scrapers.parsers import PARSERS, detect_format
from scrapers.relevance import looks_outage_related
from scrapers.urls import canonical_url

SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources.toml"


@pytest.mark.parametrize(
    "given, canonical",
    [
        ("HTTPS://News.Example.COM:443/a/story.html?utm_source=x&utm_medium=rss#comments", "https://news.example.com/a/story.html"),
        ("https://example.com/story?id=7&fbclid=abc&gclid=def", "https://example.com/story?id=7"),
        ("https://example.com/story?b=2&a=1", "https://example.com/story?a=1&b=2"),
        ("https://example.com/2025/05/story/amp/", "https://example.com/2025/05/story/"),
        ("https://example.com/2025/05/story.amp.html", "https://example.com/2025/05/story.html"),
        ("https://amp.example.com/2025/05/story.html", "https://example.com/2025/05/story.html"),
        ("https://www-example-com.cdn.ampproject.org/c/s/www.example.com/story.html", "https://www.example.com/story.html"),
        ("https://go.theregister.com/feed/www.theregister.com/2023/06/25/story/", "https://www.theregister.com/2023/06/25/story/"),
        ("http://example.com:8080/x", "http://example.com:8080/x"),
    ],
)
def test_canonical_url_removes_tracking_amp_and_noise(given, canonical):
    assert canonical_url(given) == canonical


def test_canonical_url_is_stable_when_applied_twice():
    once = canonical_url("https://Example.com/a/amp?utm_campaign=z&q=1#top")
    assert canonical_url(once) == once


@pytest.mark.parametrize(
    "text",
    [
        "Cloudflare outage takes down thousands of websites",
        "Slack is down for many users",
        "Azure Front Door went down on Wednesday",
        "Degraded performance for Git operations",
        "Amazon's AI agent knocked out a cost tool",
        "Fire destroys data centre in Strasbourg",
        "We are investigating elevated error rates",
    ],
)
def test_outage_like_entries_pass_the_prefilter(text):
    assert looks_outage_related(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chief executive steps down after ten years",
        "Shares down 5% after earnings",
        "New cloud region opens in Madrid",
        "Kubernetes release makes sidecar containers stable",
    ],
)
def test_ordinary_news_does_not_pass_the_prefilter(text):
    assert not looks_outage_related(text)


def test_every_configured_format_has_a_registered_parser():
    assert set(PARSERS) == set(FORMATS)


@pytest.mark.parametrize(
    "body, content_type, expected",
    [
        (b'{"page": {"id": "x"}, "incidents": []}', "application/json", "statuspage-json"),
        (b'[{"id": "a", "external_desc": "x", "affected_products": []}]', None, "gcp-incidents-json"),
        (b'{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n', None, "jsonl"),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>tag:s.example,2005:Incident/12</id></feed>', None, "statuspage-atom"),
        (b'<rss><channel><item><guid>tag:s.example,2005:Incident/12</guid></item></channel></rss>', None, "statuspage-rss"),
        (b'<rss><channel><generator>AWS Service Health Dashboard RSS Generator</generator></channel></rss>', None, "aws-health-rss"),
        (b'<rss><channel><title>Azure Status</title></channel></rss>', None, "azure-status-rss"),
        (b'<feed><id>tag:status.cloud.google.com,2022:feed:a.b</id></feed>', None, "gcp-atom"),
        (b'<rss><channel><link>https://news.google.com/search?q=x</link></channel></rss>', None, "google-news-rss"),
        (b'\xef\xbb\xbf  <rss version="2.0"><channel/></rss>', None, "rss"),
        (b'<!-- generated --><feed xmlns="http://www.w3.org/2005/Atom"></feed>', None, "atom"),
        (b"<!DOCTYPE html><html><body>hi</body></html>", "text/html", "html-article"),
    ],
)
def test_detect_format_from_the_payload(body, content_type, expected):
    assert detect_format(body, content_type, "https://example.com/x") == expected


def test_shipped_sources_file_covers_vendors_and_press():
    sources = load_sources(SOURCES)
    vendors = {s.provider for s in sources.sources if s.kind == "vendor" and s.enabled}
    press = [s for s in sources.sources if s.kind == "press" and s.enabled]
    assert len(vendors) >= 15
    assert len(press) >= 8
    assert sources.fetch.allow_private_networks is False
    assert all(s.url.startswith("https://") for s in sources.sources)
    assert all(s.format in FORMATS for s in sources.sources)
    assert all(s.notes for s in sources.sources)
