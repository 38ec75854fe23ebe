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
