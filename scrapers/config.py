"""The sources file (DESIGN.md §3): load, validate, and report mistakes with the line to fix."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

FORMATS = (
    "rss",
    "atom",
    "statuspage-json",
    "statuspage-atom",
    "statuspage-rss",
    "gcp-incidents-json",
    "gcp-atom",
    "aws-health-rss",
    "azure-status-rss",
    "google-news-rss",
    "html-article",
    "jsonl",
)
KINDS = ("vendor", "press", "other")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")

_FETCH_KEYS = {
    "user_agent": str,
    "timeout_s": (int, float),
    "max_bytes": int,
    "min_interval_per_host_s": (int, float),
    "allow_private_networks": bool,
    "max_redirects": int,
    "retries": int,
    "max_retry_wait_s": (int, float),
    "concurrency": int,
    "respect_robots": bool,
    "max_articles_per_source": int,
    "deadline_s": (int, float),
}
_SOURCE_KEYS = {
    "id": str,
    "name": str,
    "kind": str,
    "provider": str,
    "url": str,
    "format": str,
    "fetch_articles": bool,
    "enabled": bool,
    "outlet": str,
    "notes": str,
}


class ConfigError(ValueError):
    """A mistake in the sources file; str() is one line naming the file, line and fix."""


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str = "outagewatch/0.1 (+https://github.com/outagewatch/outagewatch)"
    timeout_s: float = 20.0
    max_bytes: int = 5_000_000
    min_interval_per_host_s: float = 2.0
    allow_private_networks: bool = False
    max_redirects: int = 5
    retries: int = 3
    max_retry_wait_s: float = 60.0
    concurrency: int = 8
    respect_robots: bool = True
    max_articles_per_source: int = 50
    # Whole-request budget (all retries and redirects included), so a server that drips one
    # byte per second cannot hold the daily job hostage; timeout_s is per read/connect.
    deadline_s: float = 60.0


@dataclass(frozen=True)
class SourceConfig:
    id: str
    name: str
    kind: str
    url: str
    provider: str | None = None
    format: str | None = None
    fetch_articles: bool = False
    enabled: bool = True
    outlet: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class SourcesFile:
    path: Path | None
    fetch: FetchSettings
    sources: list[SourceConfig] = field(default_factory=list)

    def enabled(self, only: list[str] | None = None) -> list[SourceConfig]:
        chosen = [s for s in self.sources if s.enabled]
        if only:
            unknown = sorted(set(only) - {s.id for s in self.sources})
            if unknown:
                raise ConfigError(f"--only: no source with id {', '.join(unknown)} in {self.path}")
            chosen = [s for s in self.sources if s.id in set(only)]
        return chosen


def _line_of(text: str, needle: str, start_line: int = 1) -> int:
    """Best-effort line number of the first line at/after start_line containing needle."""
    lines = text.splitlines()
    for number in range(max(start_line, 1), len(lines) + 1):
        if needle in lines[number - 1]:
            return number
    return start_line


def _source_block_lines(text: str) -> list[int]:
    return [n for n, line in enumerate(text.splitlines(), 1) if line.strip().startswith("[[sources]]")]


def _check_types(where: str, table: dict, allowed: dict, text: str, line: int) -> None:
    for key, value in table.items():
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise ConfigError(f"{where}:{_line_of(text, key, line)}: unknown key '{key}' (known keys: {known})")
        expected = allowed[key]
        if isinstance(value, bool) and expected is not bool and bool not in (expected if isinstance(expected, tuple) else (expected,)):
            raise ConfigError(f"{where}:{_line_of(text, key, line)}: '{key}' must be a {_type_name(expected)}, not true/false")
        if not isinstance(value, expected):
            raise ConfigError(
                f"{where}:{_line_of(text, key, line)}: '{key}' must be a {_type_name(expected)}, got {value!r}"
            )


def _type_name(expected) -> str:
    types = expected if isinstance(expected, tuple) else (expected,)
    names = {str: "string", int: "number", float: "number", bool: "boolean (true/false)"}
    return " or ".join(dict.fromkeys(names[t] for t in types))


def _check_url(where: str, url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{where}: url {url!r} is not an http(s) address")


def parse_sources(text: str, path: Path | None = None) -> SourcesFile:
    where = str(path) if path else "<sources>"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML: {exc}") from None
    unknown_top = sorted(set(data) - {"fetch", "sources"})
    if unknown_top:
        key = unknown_top[0]
        raise ConfigError(f"{where}:{_line_of(text, key)}: unknown section '{key}' (expected [fetch] and [[sources]])")
    fetch_table = data.get("fetch", {})
    if not isinstance(fetch_table, dict):
        raise ConfigError(f"{where}: [fetch] must be a table")
    _check_types(where, fetch_table, _FETCH_KEYS, text, _line_of(text, "[fetch]"))
    fetch = FetchSettings(**{k: (float(v) if isinstance(FetchSettings.__dataclass_fields__[k].default, float) else v) for k, v in fetch_table.items()})
    for name in ("timeout_s", "max_bytes", "max_redirects", "concurrency", "deadline_s"):
        if getattr(fetch, name) <= 0:
            raise ConfigError(f"{where}:{_line_of(text, name)}: '{name}' must be greater than 0")
    if "(" not in fetch.user_agent and "@" not in fetch.user_agent and "http" not in fetch.user_agent:
        raise ConfigError(
            f"{where}:{_line_of(text, 'user_agent')}: user_agent must identify us with a contact URL or address, e.g. 'outagewatch/0.1 (+https://example.org)'"
        )

    raw_sources = data.get("sources", [])
    if not isinstance(raw_sources, list):
        raise ConfigError(f"{where}: 'sources' must be written as [[sources]] blocks")
    block_lines = _source_block_lines(text)
    sources: list[SourceConfig] = []
    seen: dict[str, int] = {}
    for index, table in enumerate(raw_sources):
        line = block_lines[index] if index < len(block_lines) else 1
        here = f"{where}:{line}"
        _check_types(where, table, _SOURCE_KEYS, text, line)
        for required in ("id", "kind", "url"):
            if required not in table:
                raise ConfigError(f"{here}: source #{index + 1} has no '{required}'")
        source_id = table["id"]
        if not _SLUG.match(source_id):
            raise ConfigError(f"{here}: id {source_id!r} must be a lower-case slug (letters, digits, '-', '_', '.')")
        if source_id in seen:
            raise ConfigError(f"{here}: duplicate source id {source_id!r} (first used on line {seen[source_id]})")
        seen[source_id] = line
        if table["kind"] not in KINDS:
            raise ConfigError(f"{here}: kind {table['kind']!r} must be one of {', '.join(KINDS)}")
        if table["kind"] == "vendor" and not table.get("provider", "").strip():
            raise ConfigError(f"{here}: vendor source {source_id!r} needs a provider (e.g. provider = \"GitHub\")")
        if "format" in table and table["format"] not in FORMATS:
            raise ConfigError(f"{here}: format {table['format']!r} is not one of {', '.join(FORMATS)}")
        _check_url(here, table["url"])
        sources.append(SourceConfig(name=table.get("name", source_id), **{k: v for k, v in table.items() if k != "name"}))
    return SourcesFile(path=path, fetch=fetch, sources=sources)


def load_sources(path: str | Path) -> SourcesFile:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: sources file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read sources file: {exc}") from None
    return parse_sources(text, path)
