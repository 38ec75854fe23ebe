"""The HTTP client against a real loopback server: safety, politeness, conditional GET."""

from __future__ import annotations

import gzip
import socket
import threading
import time

import pytest
from werkzeug import Response

from scrapers.fetch import Fetcher, FetchError


def test_fetch_sends_identifiable_user_agent(httpserver, make_settings):
    httpserver.expect_request("/feed.xml").respond_with_data("<rss/>", content_type="application/rss+xml")
    with Fetcher(make_settings()) as fetcher:
        response = fetcher.get(httpserver.url_for("/feed.xml"))
    request, _ = httpserver.log[0]
    assert response.status == 200 and response.body == b"<rss/>"
    assert request.headers["User-Agent"] == "outagewatch-test/0.1 (+https://example.org/outagewatch)"


def test_loopback_refused_when_private_networks_not_allowed(httpserver, make_settings):
    httpserver.expect_request("/feed.xml").respond_with_data("<rss/>")
    with Fetcher(make_settings(allow_private_networks=False)) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get(httpserver.url_for("/feed.xml"))
    assert caught.value.problem.code == "private_address"
    assert httpserver.log == []  # refused before connecting


def test_redirect_to_cloud_metadata_address_refused_even_on_loopback(httpserver, make_settings):
    httpserver.expect_request("/feed.xml").respond_with_data(
        "", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"}
    )
    started = time.monotonic()
    with Fetcher(make_settings()) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get(httpserver.url_for("/feed.xml"))
    assert caught.value.problem.code == "private_address"
    assert "169.254.169.254" in caught.value.problem.message
    assert time.monotonic() - started < 1.0  # no connection attempt to wait on


def test_conditional_get_sends_validators_and_reports_304(httpserver, make_settings):
    httpserver.expect_request("/feed.xml", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    with Fetcher(make_settings()) as fetcher:
        response = fetcher.get(httpserver.url_for("/feed.xml"), etag='"v1"', last_modified="Mon, 01 Dec 2025 10:00:00 GMT")
    request, _ = httpserver.log[0]
    assert response.status == 304 and response.body == b""
    assert request.headers["If-Modified-Since"] == "Mon, 01 Dec 2025 10:00:00 GMT"


def test_body_over_byte_cap_is_refused(httpserver, make_settings):
    httpserver.expect_request("/big").respond_with_handler(
        lambda request: Response((b"x" * 10_000 for _ in range(100)), content_type="text/plain")
    )
    with Fetcher(make_settings(max_bytes=50_000)) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get(httpserver.url_for("/big"))
    assert caught.value.problem.code == "too_large"


def test_gzip_bomb_stops_at_byte_cap_after_decompression(httpserver, make_settings):
    bomb = gzip.compress(b"\0" * 50_000_000)  # ~50 KB on the wire, 50 MB inflated
    httpserver.expect_request("/bomb").respond_with_data(bomb, headers={"Content-Encoding": "gzip"})
    with Fetcher(make_settings(max_bytes=1_000_000)) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get(httpserver.url_for("/bomb"))
    assert caught.value.problem.code == "too_large"
    assert "after decompression" in caught.value.problem.message


def test_gzip_body_within_cap_is_decompressed(httpserver, make_settings):
    httpserver.expect_request("/feed").respond_with_data(gzip.compress(b"<rss>ok</rss>"), headers={"Content-Encoding": "gzip"})
    with Fetcher(make_settings()) as fetcher:
        assert fetcher.get(httpserver.url_for("/feed")).body == b"<rss>ok</rss>"


def test_retry_after_is_honoured_then_the_retry_succeeds(httpserver, make_settings):
    httpserver.expect_ordered_request("/feed").respond_with_data("slow down", status=429, headers={"Retry-After": "1"})
    httpserver.expect_ordered_request("/feed").respond_with_data("<rss/>")
    started = time.monotonic()
    with Fetcher(make_settings(max_retry_wait_s=2.0)) as fetcher:
        response = fetcher.get(httpserver.url_for("/feed"))
    assert response.body == b"<rss/>"
    assert time.monotonic() - started >= 0.95


def test_retry_after_longer_than_allowed_wait_is_reported_not_waited(httpserver, make_settings):
    httpserver.expect_request("/feed").respond_with_data("", status=429, headers={"Retry-After": "3600"})
    started = time.monotonic()
    with Fetcher(make_settings(max_retry_wait_s=1.0)) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get(httpserver.url_for("/feed"))
    assert caught.value.problem.code == "http_429"
    assert "3600" in caught.value.problem.message
    assert time.monotonic() - started < 1.0


def test_server_errors_are_retried_then_reported(httpserver, make_settings):
    httpserver.expect_request("/feed").respond_with_data("oops", status=503)
    with Fetcher(make_settings(retries=2, max_retry_wait_s=0.05)) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get(httpserver.url_for("/feed"))
    assert caught.value.problem.code == "http_503"
    assert len(httpserver.log) == 3


def test_redirect_loop_is_detected(httpserver, make_settings):
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    with Fetcher(make_settings()) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get(httpserver.url_for("/a"))
    assert caught.value.problem.code == "redirect_loop"


def test_redirects_are_followed_and_the_final_address_kept(httpserver, make_settings):
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data("<rss/>")
    with Fetcher(make_settings()) as fetcher:
        response = fetcher.get(httpserver.url_for("/old"))
    assert response.url == httpserver.url_for("/new")
    assert response.redirects == [httpserver.url_for("/new")]


def test_dripping_server_is_cut_off_by_the_overall_deadline(httpserver, make_settings):
    def drip(request):
        def body():
            for _ in range(40):
                time.sleep(0.1)
                yield b"<"
        return Response(body(), content_type="application/rss+xml")

    httpserver.expect_request("/drip").respond_with_handler(drip)
    started = time.monotonic()
    with Fetcher(make_settings(timeout_s=1.0, deadline_s=1.0)) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get(httpserver.url_for("/drip"))
    assert caught.value.problem.code == "deadline_exceeded"
    assert time.monotonic() - started < 2.0


def _header_dripping_server(stop: threading.Event) -> int:
    """A raw TCP server that answers with a status line and headers one byte every 0.1 s, for ever:
    every single read succeeds well within any read timeout, so only an overall deadline stops it."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)

    def serve() -> None:
        with listener:
            while not stop.is_set():
                try:
                    conn, _ = listener.accept()
                except socket.timeout:
                    continue
                with conn:
                    conn.recv(4096)
                    endless = b"HTTP/1.1 200 OK\r\n" + b"X-Padding: " + b"a" * 100_000
                    for byte in endless:
                        if stop.is_set():
                            break
                        try:
                            conn.sendall(bytes([byte]))
                        except OSError:
                            break  # the client hung up, as it should
                        time.sleep(0.1)

    threading.Thread(target=serve, daemon=True).start()
    return listener.getsockname()[1]


def test_server_dripping_its_headers_is_cut_off_by_the_overall_deadline(make_settings):
    stop = threading.Event()
    port = _header_dripping_server(stop)
    started = time.monotonic()
    try:
        with Fetcher(make_settings(timeout_s=1.0, deadline_s=1.5, retries=0)) as fetcher:
            with pytest.raises(FetchError) as caught:
                fetcher.get(f"http://127.0.0.1:{port}/feed.xml")
    finally:
        stop.set()
    assert caught.value.problem.code == "deadline_exceeded"
    assert time.monotonic() - started < 3.0


def test_requests_to_one_host_respect_the_minimum_interval(httpserver, make_settings):
    httpserver.expect_request("/feed").respond_with_data("<rss/>")
    with Fetcher(make_settings(min_interval_per_host_s=0.3)) as fetcher:
        started = time.monotonic()
        for _ in range(3):
            fetcher.get(httpserver.url_for("/feed"))
    assert time.monotonic() - started >= 0.6


def test_robots_txt_disallow_blocks_article_pages(httpserver, make_settings):
    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private/\n")
    httpserver.expect_request("/private/story.html").respond_with_data("<html></html>")
    httpserver.expect_request("/news/story.html").respond_with_data("<html>ok</html>")
    with Fetcher(make_settings()) as fetcher:
        with pytest.raises(FetchError) as caught:
            fetcher.get(httpserver.url_for("/private/story.html"), check_robots=True)
        allowed = fetcher.get(httpserver.url_for("/news/story.html"), check_robots=True)
    assert caught.value.problem.code == "robots_disallowed"
    assert allowed.body == b"<html>ok</html>"
    assert [r.path for r, _ in httpserver.log].count("/private/story.html") == 0


def test_missing_robots_txt_allows_article_pages(httpserver, make_settings):
    httpserver.expect_request("/robots.txt").respond_with_data("not here", status=404)
    httpserver.expect_request("/news/story.html").respond_with_data("<html>ok</html>")
    with Fetcher(make_settings()) as fetcher:
        assert fetcher.get(httpserver.url_for("/news/story.html"), check_robots=True).status == 200
