"""Canonical URLs: one spelling per page, so the same article reached twice is one document.

Rules (docs/sources.md "Dedup"): scheme and host lower-cased, default port and fragment
dropped, tracking parameters removed, remaining parameters sorted, AMP variants mapped to the
plain page, and known feed redirectors (The Register's go.theregister.com/feed/...) unwrapped.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Parameters that identify the campaign or the click, never the page.
_TRACKING_EXACT = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
        "mc_cid", "mc_eid", "_ga", "_gl", "ref_src", "cmpid", "ncid", "ocid", "sr_share",
        "mkt_tok", "oly_enc_id", "oly_anon_id", "vero_id", "_hsenc", "_hsmi", "spm", "amp",
        "outputtype",
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Redirectors that put the real address in their path: host -> path prefix to strip.
_PATH_REDIRECTORS = {"go.theregister.com": "/feed/"}
_AMP_CACHE = re.compile(r"^[a-z0-9-]+\.cdn\.ampproject\.org$")


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_EXACT or lowered.startswith(_TRACKING_PREFIXES)


def _unwrap(scheme: str, host: str, path: str) -> tuple[str, str, str] | None:
    """Addresses that carry another address: AMP caches and feed redirectors."""
    if _AMP_CACHE.match(host):
        # https://example-com.cdn.ampproject.org/c/s/example.com/a.html -> https://example.com/a.html
        match = re.match(r"^/[a-z]/(s/)?([^/]+)(/.*)?$", path)
        if match:
            return ("https" if match.group(1) else "http", match.group(2), match.group(3) or "/")
    if host in ("www.google.com", "google.com") and path.startswith("/amp/"):
        rest = path[len("/amp/"):]
        secure = rest.startswith("s/")
        rest = rest[2:] if secure else rest
        inner_host, _, inner_path = rest.partition("/")
        if inner_host:
            return ("https" if secure else "http", inner_host, "/" + inner_path)
    prefix = _PATH_REDIRECTORS.get(host)
    if prefix and path.startswith(prefix):
        inner_host, _, inner_path = path[len(prefix):].partition("/")
        if "." in inner_host:
            return (scheme, inner_host, "/" + inner_path)
    return None


def _strip_amp_path(path: str) -> str:
    if path.endswith(".amp.html") or path.endswith(".amp.htm"):
        return path.replace(".amp.htm", ".htm")
    for suffix in ("/amp/", "/amp"):
        if path.endswith(suffix) and len(path) > len(suffix):
            return path[: -len(suffix)] + ("/" if suffix.endswith("/") else "")
    if path.startswith("/amp/"):
        return path[len("/amp"):]
    return path


def canonical_url(url: str) -> str:
    """The one spelling of `url` we store; addresses we cannot read come back stripped only."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return url
    host = parts.hostname.lower().rstrip(".")
    path = parts.path or "/"
    unwrapped = _unwrap(scheme, host, path)
    query = parts.query
    if unwrapped:
        scheme, host, path = unwrapped
        port = None
    if host.startswith("amp.") and host.count(".") >= 2:
        host = host[len("amp."):]
    path = _strip_amp_path(path)
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    kept = sorted((k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not _is_tracking(k))
    return urlunsplit((scheme, netloc, path, urlencode(kept), ""))


def host_of(url: str) -> str:
    """Lower-case host[:port] used for per-host politeness and grouping."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host
