"""time.v13: clock times told with the part of the day after the day's name ("half past three on Saturday morning",
"just after six on Friday evening", "at eight that evening"); a day named inside a time's words is that time's; a bare
weekday later than the writing is the one a week before; in a retrospective written weeks after the day it tells, a bare
weekday is the one nearest that day. Every sentence is written for these tests."""
import pytest

from nlp.temporal import find_times
from tests.nlp.conftest import claims_of


def values(res, attribute: str) -> list:
    return [c["normalized"] for c in claims_of(res, attribute)]


@pytest.mark.parametrize("text, hour, minute", [
    ("by half past eight on Wednesday morning, UTC", 8, 30),
    ("from just after six on Friday evening, UK time", 18, 0),
    ("until about half past three on Saturday morning", 3, 30),
    ("at eight that evening", 20, 0),
    ("it was back by about five the next morning", 5, 0),
])
def test_a_part_of_the_day_after_the_days_name_makes_a_clock_time(text, hour, minute):
    assert [(h, m) for _s, _e, h, m, _z in find_times(text, 0)] == [(hour, minute)]


def test_a_word_hour_without_a_part_of_the_day_is_no_time():
    assert find_times("one on Friday morning paper said", 0) == []


def test_a_window_told_in_words_on_a_friday_afternoon_is_last_weekend(extract):
    # published on a Friday at 15:00 UTC: "Friday evening" had not come yet, so it is the Friday before
    text = ("Ravelmoor Games suffered an outage at the launch of its new game that left players unable to log in.\n\n"
            "How long were players locked out? From just after six on Friday evening, UK time, until about half past "
            "three on Saturday morning.")
    res = extract(text, title="Ravelmoor Games outage", published="2024-10-25T15:00:00Z", source_kind="press")
    assert "2024-10-18T17:00:00Z" in values(res, "start")
    assert "2024-10-19T02:30:00Z" in values(res, "end")


def test_a_retrospective_counts_its_weekdays_from_the_day_it_tells(extract):
    text = ("Three weeks on, Quillmoor Hosting has published its account of the outage that emptied customers' DNS "
            "zones.\n\nOn Tuesday, 4 November, shortly after four in the afternoon, the zones of about 1,800 domains "
            "were deleted. The firm restored them from backups overnight, and by half past eight on Wednesday morning, "
            "UTC, the last of them was back.")
    res = extract(text, title="Quillmoor Hosting outage, three weeks on", published="2025-11-21T19:00:00Z",
                  source_kind="press")
    assert "2025-11-05T08:30:00Z" in values(res, "end")
    assert not any(str(v).startswith(("2025-11-19", "2025-11-21")) for v in values(res, "start") + values(res, "end"))


def test_a_recent_report_still_counts_weekdays_from_the_writing(extract):
    text = ("Quillmoor Hosting customers lost their websites on Tuesday after DNS zones were deleted. An outage in "
            "March 2021 had been far shorter. The firm said on Wednesday that all zones were back.")
    res = extract(text, title="Quillmoor Hosting outage", published="2025-11-06T10:00:00Z", source_kind="press")
    assert "2025-11-04" in values(res, "start")
