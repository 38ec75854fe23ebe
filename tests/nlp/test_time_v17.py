"""time.v17: a day of the week in the plural is a habit, not a date ("on quiet Sunday mornings", "on Friday nights")
(sentences written for these tests)."""

import pytest

from .conftest import claims_of

_LEAD = "Halvercombe Telecom's mobile network went down in December after a cyberattack.\n\n"


@pytest.mark.parametrize("sentence", [
    "Some operators have started to rehearse an outage on quiet Sunday mornings, with the terminal system switched off.",
    "Engineers now test the failover on Friday nights, when traffic is lowest.",
])
def test_a_weekday_in_the_plural_dates_nothing(extract, sentence):
    res = extract(_LEAD + sentence, title="Outage", source_kind="press", published="2024-01-09T10:00:00Z")
    assert not [c for c in claims_of(res, "start") + claims_of(res, "end") if c["start"] >= len(_LEAD)]


def test_a_weekday_with_one_morning_is_still_a_date(extract):
    res = extract(_LEAD + "Some operators went offline on Sunday morning for four hours.", title="Outage",
                  source_kind="press", published="2024-01-09T10:00:00Z")
    assert [c["normalized"] for c in claims_of(res, "start") if c["start"] >= len(_LEAD)] == ["2024-01-07"]


_FRIDAY = "Halvercombe Bank's card payments failed on the morning of Friday 10 January after a fault.\n\n"


def _times(extract, sentence):
    res = extract(_FRIDAY + sentence, title="Outage", source_kind="press", published="2025-01-16T10:00:00Z")
    return sorted((c["attribute"], c["normalized"]) for c in claims_of(res, "start") + claims_of(res, "end")
                  + claims_of(res, "duration") if c["start"] >= len(_FRIDAY))


@pytest.mark.parametrize("sentence, expected", [
    # a window whose ends each name a weekday and a date: each date is its own end's
    ("Between 17:50 on Monday 13 January and 08:20 on Tuesday 14 January, customers could not buy credit through our app.",
     [("duration", 14.5), ("end", "2025-01-14"), ("start", "2025-01-13")]),
    # the day the text speaks of, again
    ("Service was restored the same day, after the nodes were upgraded.", [("end", "2025-01-10")]),
    # back, finished by, resumed further off
    ("The last zone was back at 11:47 UTC.", [("end", "2025-01-10T11:47:00Z")]),
    ("Restoration from snapshots was finished by 11:47 UTC, the company said.", [("end", "2025-01-10T11:47:00Z")]),
    ("We resumed operations at the four terminals at 9 a.m. UTC on Monday 13 January.", [("end", "2025-01-13T09:00:00Z")]),
    # the time a copy of the data was made is no end
    ("We restored records from the 08:00 snapshot, zone by zone, largest first.", []),
])
def test_ends_and_windows(extract, sentence, expected):
    assert _times(extract, sentence) == expected


def test_the_same_night_as_a_month_names_no_day(extract):
    sentence = ("In July 2024 a storage change knocked virtual machines offline for hours, the same night a faulty update "
                "began crashing machines worldwide.")
    assert not [t for t in _times(extract, sentence) if t[0] == "start" and t[1] != "2024-07"]
