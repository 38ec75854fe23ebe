"""Durations on unfamiliar wording (time v5): the outlet's own first person, and a share of one unit.
Sentences written for these tests."""
import pytest

from nlp.temporal import find_durations
from tests.nlp.conftest import claims_of

PUBLISHED = "2025-10-24T12:00:00Z"


def durations(res) -> list[tuple[float | None, str]]:
    return [(c["normalized"], c["speaker_kind"]) for c in claims_of(res, "duration")]


def test_the_outlets_own_count_is_a_duration_of_the_outage(extract):
    text = ("Fastly's edge network failed on Tuesday morning. By our reckoning pages were failing for about forty "
            "minutes, though some readers say images were slow for longer.")
    res = extract(text, title="Fastly outage", published=PUBLISHED, source_kind="press", outlet="Harbour News")
    assert (0.667, "press") in durations(res)


def test_our_figures_show_it_took_two_hours_in_the_outlets_voice(extract):
    text = "Slack went down for customers across Europe on Monday. Our own monitors had it failing for two hours."
    res = extract(text, title="Slack outage", published=PUBLISHED, source_kind="press", outlet="Harbour News")
    assert (2.0, "press") in durations(res)


def test_a_customers_own_downtime_in_their_words_is_still_no_duration(extract):
    text = ('Fastly\'s edge network failed on Tuesday morning. "I lost my online shop for six hours," said Mira Tan, '
            "who sells prints from Leeds.")
    res = extract(text, title="Fastly outage", published=PUBLISHED, source_kind="press", outlet="Harbour News")
    assert all(value != 6.0 for value, _ in durations(res))


@pytest.mark.parametrize("text, hours", [
    ("the portal was down for the better part of a day", None),
    ("the portal was down for a good part of the week", None),
    ("the portal was down for the better part of three hours", 3.0),
])
def test_a_share_of_one_unit_is_qualitative_but_a_share_of_a_figure_keeps_it(text, hours):
    found = find_durations(text, 0)
    assert found and [d.hours for d in found if d.hours is not None] == ([hours] if hours else [])
