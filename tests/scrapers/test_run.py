"""fetch_source / fetch_all end to end: real loopback HTTP, real parsing, our own fixtures."""

from __future__ import annotations

import time
from pathlib import Path

from pytest_httpserver import HTTPServer
from werkzeug import Response

from data.models import SourceState
from scrapers.config import SourceConfig, SourcesFile
from scrapers.fetch import Fetcher
from scrapers.run import fetch_all, fetch_source

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture(name: str, base_url: str) -> bytes:
    return (FIXTURES / name).read_text(encoding="utf-8").replace("{{BASE_URL}}", base_url.rstrip("/")).encode("utf-8")


def status_source(url: str, **kw) -> SourceConfig:
    return SourceConfig(id="examplehost-status", name="Examplehost status", kind="vendor", provider="Examplehost", url=url, **kw)


def press_source(url: str, **kw) -> SourceConfig:
    return SourceConfig(id="northwind", name="Northwind", kind="press", url=url, fetch_articles=True, **kw)


def test_statuspage_source_gives_incidents_with_timelines(httpserver, make_settings):
    httpserver.expect_request("/api/v2/incidents.json").respond_with_data(
        fixture("statuspage-incidents.json", httpserver.url_for("/")), content_type="application/json", headers={"ETag": '"e1"'}
    )
    with Fetcher(make_settings()) as fetcher:
        result = fetch_source(fetcher, status_source(httpserver.url_for("/api/v2/incidents.json")), None)
    assert result.status == "ok" and result.etag == '"e1"'
    storage, billing = result.documents
    assert storage.doc_key == "examplehost-status:k3v9q2m1x8zt"
    assert [u.status for u in storage.timeline] == ["investigating", "monitoring", "resolved"]
    assert storage.timeline[0].at == "2025-03-03T22:40:11Z"
    assert storage.extra["impact"] == "major" and storage.extra["components"] == ["Object Storage"]
    assert storage.extra["started_at"] == "2025-03-03T22:31:00Z" and storage.extra["resolved_at"] == "2025-03-04T01:02:45Z"
    assert "We will publish a review." in storage.text
    assert billing.published_at == "2025-03-04T17:00:00Z"  # -06:00 offset normalised to UTC
    assert result.payloads[0].body == storage.raw.body


def test_unchanged_feed_answered_304_adds_nothing(httpserver, make_settings):
    body = fixture("statuspage-incidents.json", httpserver.url_for("/"))
    httpserver.expect_request("/i.json", headers={"If-None-Match": '"e1"'}).respond_with_data("", status=304)
    httpserver.expect_request("/i.json").respond_with_data(body, content_type="application/json", headers={"ETag": '"e1"'})
    source = status_source(httpserver.url_for("/i.json"))
    with Fetcher(make_settings()) as fetcher:
        first = fetch_source(fetcher, source, None)
        second = fetch_source(fetcher, source, SourceState(source.id, etag=first.etag))
    assert first.status == "ok" and len(first.documents) == 2
    assert second.status == "not_modified" and second.documents == [] and second.etag == '"e1"'


def test_refetching_same_feed_gives_same_doc_keys_and_hashes(httpserver, make_settings):
    httpserver.expect_request("/i.json").respond_with_data(fixture("statuspage-incidents.json", httpserver.url_for("/")))
    source = status_source(httpserver.url_for("/i.json"))
    with Fetcher(make_settings()) as fetcher:
        runs = [fetch_source(fetcher, source, None) for _ in range(2)]
    assert [(d.doc_key, d.content_sha256) for d in runs[0].documents] == [(d.doc_key, d.content_sha256) for d in runs[1].documents]


def test_press_feed_follows_outage_entries_and_keeps_the_rest_from_the_feed(httpserver, make_settings):
    base = httpserver.url_for("/").rstrip("/")
    httpserver.expect_request("/feed.rss").respond_with_data(fixture("press-feed.rss", base), content_type="application/rss+xml")
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /admin/\n")
    httpserver.expect_request("/2025/03/storage-outage.html").respond_with_data(fixture("article.html", base), content_type="text/html")
    with Fetcher(make_settings()) as fetcher:
        result = fetch_source(fetcher, press_source(f"{base}/feed.rss"), None)
    assert result.status == "ok", result.problems
    article, feed_only = result.documents
    assert article.doc_key == f"url:{base}/2025/03/storage-outage.html"  # utm_* removed
    assert "two and a half hours" in article.text and "cookies" not in article.text
    assert article.author == "Rosa Quill" and article.outlet == "Northwind Tech News"
    assert article.published_at == "2025-03-04T09:15:00Z"
    assert b"<article>" in article.raw.body  # raw is the article page, not the feed
    assert feed_only.extra["from_feed_only"] is True and feed_only.title == "Examplehost names a new finance chief"
    assert "/2025/03/finance-chief.html" not in [r.path for r, _ in httpserver.log]  # not outage-related


def test_known_press_entries_are_not_fetched_again(httpserver, make_settings):
    base = httpserver.url_for("/").rstrip("/")
    httpserver.expect_request("/feed.rss").respond_with_data(fixture("press-feed.rss", base))
    known = {f"url:{base}/2025/03/storage-outage.html"}
    with Fetcher(make_settings()) as fetcher:
        result = fetch_source(fetcher, press_source(f"{base}/feed.rss"), None, known_doc_keys=known)
    assert [r.path for r, _ in httpserver.log] == ["/feed.rss"]
    assert [d.doc_key for d in result.documents] == [f"url:{base}/2025/03/finance-chief.html"]


def test_article_blocked_by_robots_keeps_the_feed_text_and_says_why(httpserver, make_settings):
    base = httpserver.url_for("/").rstrip("/")
    httpserver.expect_request("/feed.rss").respond_with_data(fixture("press-feed.rss", base))
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /2025/\n")
    with Fetcher(make_settings()) as fetcher:
        result = fetch_source(fetcher, press_source(f"{base}/feed.rss"), None)
    assert result.status == "ok"
    assert "robots_disallowed" in {p.code for p in result.problems}
    assert result.documents[0].extra["from_feed_only"] and "eu-west" in result.documents[0].text


def test_google_news_item_resolves_to_the_publisher_article(httpserver, make_settings):
    base = httpserver.url_for("/").rstrip("/")
    httpserver.expect_request("/rss/search").respond_with_data(fixture("google-news.rss", base), content_type="application/rss+xml")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/rss/articles/CBMiQWh0dHBzOi8vZXhhbXBsZQ").respond_with_data(
        "", status=302, headers={"Location": "/2025/03/storage-outage.html?utm_source=gnews"}
    )
    httpserver.expect_request("/2025/03/storage-outage.html").respond_with_data(fixture("article.html", base), content_type="text/html")
    source = SourceConfig(id="gnews", name="Google News: outage", kind="press", url=f"{base}/rss/search?q=outage", fetch_articles=True)
    with Fetcher(make_settings()) as fetcher:
        result = fetch_source(fetcher, source, None)
    (doc,) = result.documents
    assert doc.doc_key == f"url:{base}/2025/03/storage-outage.html"
    assert doc.outlet == "Northwind Tech News"
    assert doc.extra["feed_doc_key"].startswith(f"url:{base}/rss/articles/")


def test_google_news_item_not_followed_keeps_publisher_name_and_clean_title(httpserver, make_settings):
    base = httpserver.url_for("/").rstrip("/")
    httpserver.expect_request("/rss/search").respond_with_data(fixture("google-news.rss", base))
    source = SourceConfig(id="gnews", name="Google News", kind="press", url=f"{base}/rss/search?q=outage")
    with Fetcher(make_settings()) as fetcher:
        (doc,) = fetch_source(fetcher, source, None).documents
    assert doc.title == "Storage outage at Examplehost leaves uploads failing for hours"
    assert doc.outlet == "Northwind Tech News" and doc.extra["outlet_url"] == f"{base}/"
    assert doc.format == "google-news-rss"


def test_changed_article_keeps_its_key_with_a_new_content_hash(httpserver, make_settings):
    base = httpserver.url_for("/").rstrip("/")
    page = fixture("article.html", base)
    httpserver.expect_ordered_request("/story.html").respond_with_data(page)
    httpserver.expect_ordered_request("/story.html").respond_with_data(page.replace(b"two and a half hours", b"nearly three hours"))
    source = SourceConfig(id="page", name="Page", kind="press", url=f"{base}/story.html", format="html-article")
    with Fetcher(make_settings()) as fetcher:
        first, second = (fetch_source(fetcher, source, None).documents[0] for _ in range(2))
    assert first.doc_key == second.doc_key
    assert first.content_sha256 != second.content_sha256


def test_fetch_all_runs_hosts_concurrently_and_yields_each_source(make_settings):
    served: list[tuple[float, float]] = []  # (arrived, answered) of each request

    def slow(request):
        arrived = time.monotonic()
        time.sleep(0.6)
        served.append((arrived, time.monotonic()))
        return Response(b'{"page": {}, "incidents": []}', content_type="application/json")

    servers = [HTTPServer(host="127.0.0.1", threaded=True), HTTPServer(host="localhost", threaded=True)]
    try:
        for server in servers:
            server.start()
            server.expect_request("/incidents.json").respond_with_handler(slow)
        sources = [status_source(s.url_for("/incidents.json")).__class__(id=f"s{i}", name="s", kind="vendor", provider="P", url=s.url_for("/incidents.json")) for i, s in enumerate(servers)]
        file = SourcesFile(path=None, fetch=make_settings(), sources=sources)
        results = list(fetch_all(file, {}))
    finally:
        for server in servers:
            server.clear()
            if server.is_running():
                server.stop()
    assert sorted(r.source_id for r in results) == ["s0", "s1"]
    assert all(r.status == "ok" for r in results)
    # Two hosts are fetched at once: the second request arrives while the first is still served
    # (checked by overlap rather than total time, which a busy machine stretches).
    assert len(served) == 2 and max(a for a, _ in served) < min(b for _, b in served)


def test_fetch_all_spaces_sources_on_one_host(httpserver, make_settings):
    httpserver.expect_request("/a.json").respond_with_data('{"incidents": []}')
    httpserver.expect_request("/b.json").respond_with_data('{"incidents": []}')
    sources = [
        SourceConfig(id="a", name="a", kind="vendor", provider="P", url=httpserver.url_for("/a.json")),
        SourceConfig(id="b", name="b", kind="vendor", provider="P", url=httpserver.url_for("/b.json")),
    ]
    file = SourcesFile(path=None, fetch=make_settings(min_interval_per_host_s=0.5), sources=sources)
    started = time.monotonic()
    assert {r.status for r in fetch_all(file, {})} == {"ok"}
    assert time.monotonic() - started >= 0.5


def test_fetch_all_only_fetches_the_chosen_sources(httpserver, make_settings):
    httpserver.expect_request("/a.json").respond_with_data('{"incidents": []}')
    sources = [
        SourceConfig(id="a", name="a", kind="vendor", provider="P", url=httpserver.url_for("/a.json")),
        SourceConfig(id="b", name="b", kind="vendor", provider="P", url=httpserver.url_for("/b.json")),
    ]
    file = SourcesFile(path=None, fetch=make_settings(), sources=sources)
    assert [r.source_id for r in fetch_all(file, {}, only=["a"])] == ["a"]
