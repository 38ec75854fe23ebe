"""The one HTTP client of the project: polite, bounded, and safe against hostile servers.

`Fetcher.get(url)` returns a `FetchResponse` or raises `FetchError(problem)`; nothing else
escapes. What it guarantees (docs/sources.md "Fetching"):
- an identifiable User-Agent, per-read timeouts and one overall deadline per call;
- a byte cap enforced while streaming, counted after decompression (gzip bombs stop at the cap);
- conditional GET (If-None-Match / If-Modified-Since; 304 comes back as a response);
- retries with backoff on 429/5xx and transport errors, honouring Retry-After up to
  max_retry_wait_s (a longer Retry-After is reported, not waited for);
- redirects followed by hand: capped, loops detected, every hop re-checked for scheme and
  address (netguard), pacing per host (politeness), robots.txt for article pages (robots).
"""

from __future__ import annotations

import contextlib
import email.utils
import socket
import threading
import time
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import httpx

from data.models import Problem, RawPayload
from scrapers.config import FetchSettings
from scrapers.netguard import AddressRefused, GuardedTransport, resolve_checked
from scrapers.politeness import HostGate
from scrapers.robots import RobotsCache
from scrapers.urls import host_of

_REDIRECTS = (301, 302, 303, 307, 308)
_RETRYABLE = (429, 500, 502, 503, 504)


class FetchError(Exception):
    """A fetch that produced nothing usable; `.problem` says why in words a person can act on."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


@dataclass
class FetchResponse:
    url: str  # final address after redirects
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes  # decompressed, at most max_bytes
    requested_url: str = ""
    redirects: list[str] = field(default_factory=list)
    wire_bytes: int = 0
    elapsed_ms: float = 0.0

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    def payload(self) -> RawPayload:
        return RawPayload(url=self.url, body=self.body, content_type=self.content_type, status=self.status, headers=dict(self.headers))


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class _Decoder:
    """Content-Encoding undone chunk by chunk, never producing more than the caller asks for."""

    def __init__(self, encoding: str) -> None:
        encoding = encoding.strip().lower()
        self.encoding = encoding
        if encoding in ("", "identity"):
            self._zlib = None
        elif encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise ValueError(f"unsupported Content-Encoding {encoding!r}")

    def feed(self, data: bytes, limit: int) -> bytes:
        if self._zlib is None:
            return data[:limit]
        return self._zlib.decompress(data, limit)


class _Watchdog:
    """Cuts one request's connection when the overall deadline passes. httpx's timeouts apply to
    each read, so a server dripping its status line and headers a byte at a time would otherwise
    hold the fetch for as long as it liked; shutting the socket down wakes the blocked read."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True

    def __enter__(self) -> "_Watchdog":
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def trace(self, event: str, info: dict) -> None:
        """httpcore trace hook: note the socket of every connection the request opens."""
        if event not in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            if self.fired:
                self._shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):  # already closed by the client: nothing left to cut
            sock.shutdown(socket.SHUT_RDWR)


class Fetcher:
    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        s = self.settings
        self._client = httpx.Client(
            transport=GuardedTransport(s.allow_private_networks, max_connections=max(4, s.concurrency * 2)),
            headers={"User-Agent": s.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(s.timeout_s),
            follow_redirects=False,
            trust_env=False,  # proxies would hide the real peer address from the private-network check
        )
        self._gate = HostGate(s.min_interval_per_host_s)
        self._robots = RobotsCache(s.user_agent, self._robots_text)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public -------------------------------------------------------------------------

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        check_robots: bool = False,
        accept: str | None = None,
    ) -> FetchResponse:
        """Fetch `url` politely; raises FetchError with a recorded-ready Problem on failure."""
        started = time.monotonic()
        deadline = started + self.settings.deadline_s
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        response = self._follow(url, headers, deadline, check_robots=check_robots and self.settings.respect_robots)
        response.requested_url = url
        response.elapsed_ms = (time.monotonic() - started) * 1000
        return response

    # -- redirects ------------------------------------------------------------------------

    def _follow(self, url: str, headers: dict[str, str], deadline: float, check_robots: bool = False) -> FetchResponse:
        seen: list[str] = []
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            self._check_target(current, original=url)
            if check_robots:  # every hop: an aggregator link lands on a publisher with its own rules
                verdict = self._robots.verdict(current)
                if not verdict.allowed:
                    raise FetchError(Problem("robots_disallowed", verdict.reason, "warning", current))
            seen.append(current)
            response = self._with_retries(current, headers, deadline)
            if response.status not in _REDIRECTS:
                response.redirects = seen[1:]
                return response
            location = response.headers.get("location")
            if not location:
                raise FetchError(Problem("bad_redirect", f"HTTP {response.status} without a Location header", url=current))
            target = urljoin(current, location.strip())
            if target in seen:
                raise FetchError(Problem("redirect_loop", f"redirect loop: {target} was already visited ({len(seen)} hops)", url=url))
            current = target
        raise FetchError(Problem("too_many_redirects", f"more than {self.settings.max_redirects} redirects starting at {url}", url=url))

    def _check_target(self, url: str, *, original: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(Problem("bad_scheme", f"refusing to fetch {url!r}: only http(s) addresses", url=original))
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            resolve_checked(parts.hostname, port, self.settings.allow_private_networks)
        except AddressRefused as exc:
            hop = "" if url == original else f" (redirected from {original})"
            raise FetchError(Problem("private_address", f"refusing {url}{hop}: {exc}", url=original)) from None
        except OSError as exc:
            raise FetchError(Problem("dns_error", f"cannot resolve {parts.hostname}: {exc}", url=original)) from None

    # -- retries --------------------------------------------------------------------------

    def _with_retries(self, url: str, headers: dict[str, str], deadline: float) -> FetchResponse:
        s = self.settings
        attempt = 0
        while True:
            if not self._gate.wait_turn(host_of(url), deadline):
                raise FetchError(Problem("deadline_exceeded", f"no turn for {host_of(url)} within {s.deadline_s:g}s", url=url))
            try:
                response = self._once(url, headers, deadline)
                problem = None
                if response.status in _RETRYABLE:
                    problem = Problem(f"http_{response.status}", f"HTTP {response.status} from {url}", url=url)
                    wait = _retry_after_seconds(response.headers.get("retry-after"))
                else:
                    return response
            except FetchError as exc:
                if exc.problem.code not in ("timeout", "connect_error"):
                    raise
                problem, wait, response = exc.problem, None, None
            if attempt >= s.retries:
                problem.message += f" (gave up after {attempt + 1} attempts)"
                raise FetchError(problem)
            if wait is not None and wait > s.max_retry_wait_s:
                problem.message += f"; server asked to retry after {wait:g}s, more than max_retry_wait_s={s.max_retry_wait_s:g}"
                raise FetchError(problem)
            if wait is None:
                wait = min(s.max_retry_wait_s, 0.5 * 2**attempt)
            if time.monotonic() + wait > deadline:
                problem.message += f"; no time left for a retry within deadline_s={s.deadline_s:g}"
                raise FetchError(problem)
            time.sleep(wait)
            attempt += 1

    # -- one request ----------------------------------------------------------------------

    def _once(self, url: str, headers: dict[str, str], deadline: float) -> FetchResponse:
        s = self.settings
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(Problem("deadline_exceeded", f"{url} took longer than deadline_s={s.deadline_s:g}s", url=url))
        read_timeout = min(s.timeout_s, remaining)
        watchdog = _Watchdog(remaining)
        try:
            with watchdog, self._client.stream("GET", url, headers=headers, timeout=httpx.Timeout(read_timeout),
                                               extensions={"trace": watchdog.trace}) as response:
                lowered = {k.lower(): v for k, v in response.headers.items()}
                if response.status_code in _REDIRECTS or response.status_code in _RETRYABLE or response.status_code == 304:
                    return FetchResponse(url=str(response.url), status=response.status_code, headers=lowered, body=b"")
                body, wire = self._read_capped(response, url, lowered, deadline)
        except FetchError:
            raise
        except AddressRefused as exc:
            raise FetchError(Problem("private_address", f"refusing {url}: {exc}", url=url)) from None
        except (httpx.TransportError, httpx.StreamError) as exc:
            if watchdog.fired:  # the watchdog cut the connection: say why, not what the cut looked like
                raise FetchError(Problem("deadline_exceeded", f"{url} took longer than deadline_s={s.deadline_s:g}s", url=url)) from None
            if isinstance(exc, httpx.TimeoutException):
                raise FetchError(Problem("timeout", f"no answer from {url} within {read_timeout:g}s ({type(exc).__name__})", url=url)) from None
            raise FetchError(Problem("connect_error", f"{url}: {type(exc).__name__}: {exc}", url=url)) from None
        except httpx.InvalidURL as exc:
            raise FetchError(Problem("bad_url", f"{url}: {exc}", url=url)) from None
        if watchdog.fired:  # a body that ends at the cut looks complete when it has no declared length
            raise FetchError(Problem("deadline_exceeded", f"{url} still sending after deadline_s={s.deadline_s:g}s", url=url))
        if response.status_code >= 400:
            raise FetchError(Problem(f"http_{response.status_code}", f"HTTP {response.status_code} from {url}", url=url))
        return FetchResponse(url=str(response.url), status=response.status_code, headers=lowered, body=body, wire_bytes=wire)

    def _read_capped(self, response: httpx.Response, url: str, headers: dict[str, str], deadline: float) -> tuple[bytes, int]:
        cap = self.settings.max_bytes
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap and headers.get("content-encoding", "identity") in ("", "identity"):
            raise FetchError(Problem("too_large", f"{url} announces {int(declared):,} bytes, over max_bytes={cap:,}", url=url))
        try:
            decoder = _Decoder(headers.get("content-encoding", ""))
        except ValueError as exc:
            raise FetchError(Problem("bad_encoding", f"{url}: {exc}", url=url)) from None
        chunks: list[bytes] = []
        size = wire = 0
        try:
            for raw in response.iter_raw():
                wire += len(raw)
                if time.monotonic() > deadline:
                    raise FetchError(
                        Problem("deadline_exceeded", f"{url} still sending after deadline_s={self.settings.deadline_s:g}s ({wire:,} bytes so far)", url=url)
                    )
                out = decoder.feed(raw, cap + 1 - size)
                size += len(out)
                chunks.append(out)
                if size > cap:  # the decoder stops at cap + 1, so a bomb never inflates past it
                    raise FetchError(Problem("too_large", f"{url} is larger than max_bytes={cap:,} (after decompression)", url=url))
        except zlib.error as exc:
            raise FetchError(Problem("bad_encoding", f"{url}: corrupt {decoder.encoding} body: {exc}", url=url)) from None
        return b"".join(chunks), wire

    # -- robots ---------------------------------------------------------------------------

    def _robots_text(self, url: str) -> tuple[int, str]:
        try:
            response = self._follow(url, {}, time.monotonic() + min(self.settings.deadline_s, 30.0))
        except FetchError as exc:
            code = exc.problem.code
            if code.startswith("http_4"):
                return int(code[5:]), ""
            if code.startswith("http_5"):
                return int(code[5:]), ""
            raise
        return response.status, response.body[:500_000].decode("utf-8", errors="replace")
