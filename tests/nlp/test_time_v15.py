"""time.v15: "X is short" is a length only where X names a stretch of trouble ("The outage was mercifully short"),
not a checklist or a queue; a question answered yes or no asks a length and tells none ("Can you bill by hand for a
week?"), while a wh-question takes it as given; a day told as the Nth of the trouble ("a third day on paper on Friday")
dates its start N-1 days before. Every sentence is written for these tests."""
import pytest

from tests.nlp.conftest import claims_of

_LEAD = "Orrin Telecom's customers lost internet access on Wednesday afternoon.\n\n"


def _durations(extract, text):
    res = extract(_LEAD + text, title="Orrin Telecom outage", source_kind="press", outlet="The Desk",
                  published="2024-01-05T12:00:00Z")
    return [c["normalized"] for c in claims_of(res, "duration")]


@pytest.mark.parametrize("text", [
    "For other operators, the checklist is short and a little embarrassing.",
    "The queue of fixes is short, the engineers said.",
    "Could your shop run on paper for a week?",
    "Did the outage really last nine hours?",
])
def test_no_length_is_told(extract, text):
    assert _durations(extract, text) == []


@pytest.mark.parametrize("text, hours", [
    ("The disruption, which hit mobile users first, was mercifully short.", None),
    ("Why did the outage last nine hours?", 9.0),
])
def test_a_length_is_told(extract, text, hours):
    assert _durations(extract, text) == [hours]


def _starts(extract, text, published="2024-05-11T12:00:00Z"):
    res = extract(text, title="Orrin Health outage", source_kind="press", outlet="The Desk", published=published)
    return [c["normalized"] for c in claims_of(res, "start")]


@pytest.mark.parametrize("text, first_day", [
    # (published Saturday 11 May 2024: "Friday" is the 10th)
    ("Nurses at Orrin Health's hospitals spent a third day on paper on Friday after a cyberattack took down its "
     "records.", "2024-05-08"),
    ("Card payments at Orrin Health's shops failed for a second straight day on Friday.", "2024-05-09"),
])
def test_the_nth_day_of_trouble_counts_back_to_its_first(extract, text, first_day):
    assert _starts(extract, text) == [first_day]


def test_the_nth_day_of_something_else_counts_nothing_back(extract):
    text = "Orrin Health's booking site crashed on Friday, the second day of its summer sale."
    assert _starts(extract, text) == ["2024-05-10"]


@pytest.mark.parametrize("text, day", [
    ("Orrin Health's members had card payments declined for five hours on Friday.", "2024-05-10"),
    ("Every Orrin Health pharmacy in Wales stood still on Friday.", "2024-05-10"),
    ("Early on Friday, one of Orrin Health's data centres lost its utility feed.", "2024-05-10"),
])
def test_a_failure_told_in_other_words_dates_the_outage(extract, text, day):
    lead = "Orrin Health suffered an outage that left its staff working on paper.\n\n"
    assert _starts(extract, lead + text) == [day]


def test_declining_to_comment_dates_nothing(extract):
    text = "Orrin Health's records system failed on Friday. The company declined to comment on Thursday."
    assert _starts(extract, text) == ["2024-05-10"]


@pytest.mark.parametrize("text, hours", [
    ("Five months on, the review has not appeared; the bank says it is still under way.", []),
    ("Five days on, it is still down.", [120.0]),
])
def test_time_on_is_a_length_only_while_the_trouble_goes_on(extract, text, hours):
    assert [h for h in _durations(extract, text) if h is not None] == hours
