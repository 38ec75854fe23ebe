"""robots.txt for article pages, cached per origin for the life of one Fetcher (one run).

Unavailable rules follow RFC 9309: a 4xx answer means no rules (allowed); a 5xx answer or an
unreachable host means "assume disallowed" for this run.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser


@dataclass
class RobotsVerdict:
    allowed: bool
    reason: str = ""


class RobotsCache:
    def __init__(self, user_agent: str, fetch_text: Callable[[str], tuple[int, str]]) -> None:
        """`fetch_text(url)` returns (status, text) and raises OSError-like errors when unreachable."""
        self.user_agent = user_agent
        self.agent_token = user_agent.split("/", 1)[0].strip() or "*"
        self._fetch_text = fetch_text
        self._rules: dict[str, RobotFileParser | bool] = {}
        self._reasons: dict[str, str] = {}
        self._lock = threading.Lock()

    def _rules_for(self, origin: str) -> RobotFileParser | bool:
        with self._lock:
            if origin in self._rules:
                return self._rules[origin]
        try:
            status, text = self._fetch_text(origin + "/robots.txt")
        except Exception as exc:  # unreachable robots.txt = disallowed (RFC 9309 2.3.1.4); reason kept
            rules: RobotFileParser | bool = False
            reason = f"robots.txt of {origin} could not be read ({exc}); not fetching pages there this run"
        else:
            reason = f"robots.txt of {origin} answered HTTP {status}; not fetching pages there this run"
            if 400 <= status < 500:
                rules = True
            elif status >= 500 or status < 200 or status >= 300:
                rules = False
            else:
                parser = RobotFileParser()
                parser.parse(text.splitlines())
                rules = parser
        with self._lock:
            self._rules[origin] = rules
            self._reasons[origin] = reason
        return rules

    def verdict(self, url: str) -> RobotsVerdict:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        rules = self._rules_for(origin)
        if rules is True:
            return RobotsVerdict(True)
        if rules is False:
            return RobotsVerdict(False, self._reasons.get(origin, f"robots.txt of {origin} unavailable"))
        if rules.can_fetch(self.agent_token, url):
            return RobotsVerdict(True)
        return RobotsVerdict(False, f"robots.txt of {origin} disallows {parts.path or '/'} for {self.agent_token}")
