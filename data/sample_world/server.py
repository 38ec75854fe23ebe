"""A loopback HTTP server for the built sample site, behaving like the real hosts where it matters.

It substitutes {{BASE_URL}}, sends real content types, ETag and Last-Modified, answers
conditional GETs with 304, and 302-redirects newsfinder article tokens to publisher pages.
"""

from __future__ import annotations

import hashlib
import json
import threading
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from data.sample_world.render_status import parse_utc

PLACEHOLDER = "{{BASE_URL}}"


class _Site:
    def __init__(self, site_dir: Path, base_url: str) -> None:
        manifest = json.loads((site_dir / "_site.json").read_text(encoding="utf-8"))
        self.dir = site_dir
        self.routes: dict[str, dict[str, str]] = manifest["routes"]
        self.redirects: dict[str, str] = {k: v.replace(PLACEHOLDER, base_url) for k, v in manifest["redirects"].items()}
        self.base_url = base_url
        self._cache: dict[str, tuple[bytes, str]] = {}

    def body(self, path: str) -> tuple[bytes, str] | None:
        """Body (base URL substituted) and its ETag, or None for an unknown path."""
        route = self.routes.get(path)
        if route is None:
            return None
        if path not in self._cache:
            text = (self.dir / route["file"]).read_text(encoding="utf-8").replace(PLACEHOLDER, self.base_url)
            data = text.encode("utf-8")
            self._cache[path] = (data, '"' + hashlib.sha256(data).hexdigest()[:20] + '"')
        return self._cache[path]


def _handler(site: _Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "outagewatch-sample/0.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
            pass  # tests and the demo would otherwise print a line per request

        def do_HEAD(self) -> None:
            self._serve(send_body=False)

        def do_GET(self) -> None:
            self._serve(send_body=True)

        def _serve(self, send_body: bool) -> None:
            path = urlsplit(self.path).path
            if path in site.redirects:
                self.send_response(302)
                self.send_header("Location", site.redirects[path])
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            found = site.body(path)
            if found is None:
                self.send_error(404, "Not in the sample world")
                return
            data, etag = found
            route = site.routes[path]
            modified = parse_utc(route["last_modified"])
            if self._not_modified(etag, modified):
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", route["content_type"])
            self.send_header("Content-Length", str(len(data)))
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", format_datetime(modified, usegmt=True))
            self.send_header("Cache-Control", "max-age=60")
            self.end_headers()
            if send_body:
                self.wfile.write(data)

        def _not_modified(self, etag: str, modified) -> bool:
            match = self.headers.get("If-None-Match")
            if match is not None:
                return etag in [tag.strip() for tag in match.split(",")] or match.strip() == "*"
            since = self.headers.get("If-Modified-Since")
            if since:
                try:
                    return modified <= parsedate_to_datetime(since)
                except (TypeError, ValueError):
                    return False  # an unreadable date means a full response, as RFC 9110 says
            return False

    return Handler


class SampleServer:
    """The running server: `.base_url`, `.close()`, usable as a context manager."""

    def __init__(self, site_dir: Path, port: int = 0) -> None:
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), BaseHTTPRequestHandler)
        self._httpd.daemon_threads = True
        host, bound_port = self._httpd.server_address[:2]
        self.base_url = f"http://{host}:{bound_port}"
        self._httpd.RequestHandlerClass = _handler(_Site(site_dir, self.base_url))
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="sample-world-server", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> "SampleServer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
