"""Loopback feeds we write ourselves, and a sources file pointing at them.

Each test gets a real HTTP server on 127.0.0.1 (pytest-httpserver) serving RSS feeds whose
items are short outage reports in our own words, and a sources.toml that allows that loopback
address and disables politeness delays so tests stay fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

# (provider, story) pairs: plausible press items, written for these tests.
STORIES = [
    ("GitHub", "GitHub said on Tuesday that an outage of its Actions service lasted about three hours after a faulty configuration change was deployed to its job queue."),
    ("Cloudflare", "Cloudflare customers in Europe saw errors for roughly 40 minutes on Monday; the company blamed a bug in a new firewall rule release."),
    ("Slack", "Slack users could not send messages for two hours on Wednesday. The company said a database failover did not complete as planned."),
    ("AWS", "Amazon Web Services reported elevated error rates for its S3 storage service in the us-east-1 region for about five hours on Thursday, citing a networking device failure."),
    ("Fastly", "Fastly said a software bug triggered by a customer configuration took down much of its edge network for about an hour on Tuesday morning."),
    ("Heroku", "Heroku apps were unreachable for most of Tuesday; the platform later said an operating system update had broken networking on its hosts."),
]


def rss_feed(title: str, base_url: str, items: list[tuple[str, str]], start: datetime) -> str:
    entries = []
    for number, (provider, story) in enumerate(items):
        when = format_datetime(start + timedelta(hours=number))
        link = f"{base_url}/articles/{title.lower().replace(' ', '-')}-{number}.html?utm_source=rss"
        entries.append(
            f"<item><title>{escape(provider)} outage report {number}</title><link>{escape(link)}</link>"
            f"<guid>{escape(link)}</guid><pubDate>{when}</pubDate><description>{escape(story)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{base_url}/</link><description>test feed</description>"
        + "".join(entries)
        + "</channel></rss>"
    )


def write_sources(path: Path, base_url: str, feeds: list[tuple[str, str]]) -> Path:
    """feeds: (source id, path on the server)."""
    blocks = [
        "[fetch]",
        'user_agent = "outagewatch-tests/0.1 (+https://example.org/outagewatch)"',
        "timeout_s = 10",
        "min_interval_per_host_s = 0",
        "allow_private_networks = true",
        "retries = 0",
        "respect_robots = false",
        "",
    ]
    for source_id, feed_path in feeds:
        blocks += [
            "[[sources]]",
            f'id = "{source_id}"',
            f'name = "{source_id}"',
            'kind = "press"',
            f'url = "{base_url}{feed_path}"',
            'format = "rss"',
            "",
        ]
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


@dataclass
class FeedWorld:
    base_url: str
    sources_path: Path
    db_path: Path
    n_items: int


START = datetime(2025, 11, 4, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def feed_world(httpserver, tmp_path) -> FeedWorld:
    """Two press feeds of three stories each, served over loopback."""
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/a/feed.xml").respond_with_data(
        rss_feed("Wire A", base, STORIES[:3], START), content_type="application/rss+xml"
    )
    httpserver.expect_request("/b/feed.xml").respond_with_data(
        rss_feed("Wire B", base, STORIES[3:], START + timedelta(days=1)), content_type="application/rss+xml"
    )
    sources = write_sources(tmp_path / "sources.toml", base, [("wire-a", "/a/feed.xml"), ("wire-b", "/b/feed.xml")])
    return FeedWorld(base_url=base, sources_path=sources, db_path=tmp_path / "ow.db", n_items=len(STORIES))
