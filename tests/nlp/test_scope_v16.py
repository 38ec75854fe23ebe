"""scope.v16: a service's use denied through its subject ("not a single train has run anywhere in the country", "none of
the tills were working") or twice at once ("phones would neither ring nor send a message") is harm, and its reach counts
(sentences written for these tests)."""

import pytest

from nlp.scope import _has_harm

from .conftest import scope_after_lead


@pytest.mark.parametrize("text", [
    "not a single train has run anywhere in the country",
    "No trains are running anywhere in the Netherlands.",
    "None of the tills were working in the morning.",
    "their phones would neither ring nor send a message",
])
def test_a_use_denied_through_its_subject_is_harm(text):
    assert _has_harm(text)


@pytest.mark.parametrize("text", [
    "No changes were made to the timetable.",
    "Neither the bank nor its customers were named.",
])
def test_a_subject_denied_without_a_use_is_no_harm(text):
    assert not _has_harm(text)


def test_the_reach_of_a_use_denied_through_its_subject(extract):
    assert scope_after_lead(extract, "For a couple of hours, not a single customer has connected anywhere in the country.") == ["regional"]


@pytest.mark.parametrize("sentence", [
    "Check-in counters from Haneda to Naha sat useless through the morning rush.",
    "Members from Redcar to Northallerton had their cards refused at the tills.",
])
def test_a_stretch_between_two_unknown_places_is_a_region(extract, sentence):
    assert scope_after_lead(extract, sentence) == ["regional"]


@pytest.mark.parametrize("sentence", [
    "Payments failed from Monday to Friday.",
    "Customers moving from Slack to Teams could not log in.",
])
def test_days_and_products_are_no_stretch_of_places(extract, sentence):
    assert "regional" not in scope_after_lead(extract, sentence)


@pytest.mark.parametrize("text", ["Check-in counters sat useless through the morning rush.", "The tills stood idle for hours.",
                                  "The phones fell silent."])
def test_kit_left_unusable_is_harm(text):
    assert _has_harm(text)
