"""Partial ISO-8601 dates as time windows.

Texts give dates at many precisions ("2025-12", "2025-10-20", "2025-10-20T06:48:00Z"); a
date is the window it could mean, so "2025-12" overlaps "2025-12-09T14:00Z". Windows are
epoch seconds, UTC.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache
from dataclasses import dataclass
from datetime import datetime, timezone

HOUR = 3600.0
DAY = 24 * HOUR

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class Window:
    lo: float
    hi: float

    @property
    def width(self) -> float:
        return self.hi - self.lo

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2

    def widened(self, slack: float) -> "Window":
        return Window(self.lo - slack, self.hi + slack)

    def overlaps(self, other: "Window") -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def gap(self, other: "Window") -> float:
        """Seconds between the two windows (0 when they overlap)."""
        return max(0.0, max(self.lo, other.lo) - min(self.hi, other.hi))


def _utc(year: int, month: int = 1, day: int = 1) -> float:
    return calendar.timegm((year, month, day, 0, 0, 0))


@lru_cache(maxsize=65536)  # the same few dates repeat across thousands of mentions
def parse_window(value: str | None) -> Window | None:
    """The window an ISO-8601 date or datetime at any precision stands for; None if unreadable."""
    if not value or not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if m := _YEAR.match(text):
            year = int(m[1])
            return Window(_utc(year), _utc(year + 1))
        if m := _MONTH.match(text):
            year, month = int(m[1]), int(m[2])
            days = calendar.monthrange(year, month)[1]
            start = _utc(year, month)
            return Window(start, start + days * DAY)
        if m := _DAY.match(text):
            start = _utc(int(m[1]), int(m[2]), int(m[3]))
            return Window(start, start + DAY)
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    point = moment.timestamp()
    return Window(point, point)


def parse_instant(value: str | None) -> float | None:
    """The earliest moment a date could mean (for ordering and delays)."""
    window = parse_window(value)
    return window.lo if window else None


def to_iso(seconds: float | None) -> str | None:
    if seconds is None:
        return None
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- dates named in a title

_MONTHS = {name: i + 1 for i, name in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({name[:3]: n for name, n in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
# "June 10, 2025" · "12 June 2025" · "January 4th 2021" · "August 2024" · "January's" · "2025-06-10"
_TITLE_DATE = re.compile(
    rf"\b(?:(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|{_ORD.replace('(', '(?P<d1>', 1)}\s+(?:of\s+)?(?P<m1>{_MONTH_ALT})\.?(?:,?\s+(?P<y1>(?:19|20)\d{{2}}))?"
    rf"|(?P<m2>{_MONTH_ALT})\.?(?:\s+{_ORD.replace('(', '(?P<d2>', 1)})?(?:,?\s+(?P<y2>(?:19|20)\d{{2}}))?)\b",
    re.IGNORECASE,
)
# Month names that are also common words only count with a day or a year beside them.
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "sep", "oct", "dec", "aug", "jun", "jul", "apr", "nov", "feb"})


def title_window(title: str | None, published: str | None) -> Window | None:
    """The day or month a headline names ("Summary of the June 10, 2025 outage", "December China outage").

    A headline's date says which outage the document is about even when the body's dates were
    misread; without a year it is the latest such date not after publication.
    """
    if not title:
        return None
    pub = parse_window(published)
    for m in _TITLE_DATE.finditer(title):
        if m["iso"]:
            if window := parse_window(m["iso"]):
                return window
            continue
        month_word = (m["m1"] or m["m2"]).lower().rstrip(".")
        day, year = m["d1"] or m["d2"], m["y1"] or m["y2"]
        if month_word in _AMBIGUOUS_MONTHS and not (day or year):
            continue
        month = _MONTHS[month_word]
        if year is None:
            if pub is None:
                continue
            pub_year = datetime.fromtimestamp(pub.hi, timezone.utc).year
            year = pub_year if _utc(pub_year, month) <= pub.hi else pub_year - 1
        year = int(year)
        if day is not None:
            day_n = int(day)
            if not 1 <= day_n <= calendar.monthrange(year, month)[1]:
                continue
            start = _utc(year, month, day_n)
            return Window(start, start + DAY)
        start = _utc(year, month)
        return Window(start, start + calendar.monthrange(year, month)[1] * DAY)
    return None
