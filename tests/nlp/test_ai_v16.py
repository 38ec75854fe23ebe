"""ai.v16: an AI in a condition contrary to fact did nothing ("If an AI agent had deleted the zones, the damage would
have been far wider"); "was behind it" is a causal link like "caused it" (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_OUTAGE = "Quillmoor Hosting suffered an outage on Tuesday that took thousands of customer websites offline.\n\n"


def _ai(extract, text):
    res = extract(_OUTAGE + text, title="Quillmoor Hosting outage", source_kind="press", outlet="The Desk",
                  published="2025-03-12T20:00:00Z")
    return [c["normalized"] for c in claims_of(res, "ai")]


@pytest.mark.parametrize("text", [
    "If an AI agent had deleted the zones, the damage would have been far wider.",
    "Had an AI agent been involved, the logs would show it.",
    "It might have been worse, if an AI agent had decided to go further.",
])
def test_an_ai_in_a_condition_contrary_to_fact_did_nothing(extract, text):
    assert _ai(extract, text) == []


def test_an_ai_told_in_a_past_clause_beside_a_condition_still_acted(extract):
    text = "An AI agent deleted the zones when an engineer asked it to tidy up, the company said."
    assert _ai(extract, text) == [True]


@pytest.mark.parametrize("text", [
    "Staff say an AI operations assistant was behind it.",
    "The company says an AI agent was behind the outage.",
])
def test_behind_it_links_the_ai_to_the_outage(extract, text):
    assert _ai(extract, text) == [True]


@pytest.mark.parametrize("text", [
    "Quillmoor said an AI tool was involved.",
    "Quillmoor confirmed in a post that an AI agent used by its engineers had been involved.",
    "AI played a part, the company said.",
    # an AI that made the bad change, in a theory told by others
    "A theory doing the rounds on social media holds that an AI system running Quillmoor's network made the bad change.",
])
def test_involvement_or_a_bad_change_told_of_an_ai_asserts_it(extract, text):
    assert _ai(extract, text) == [True]


@pytest.mark.parametrize("text", [
    "An AI assistant was involved in the recovery.",
    "Quillmoor said AI was not involved.",
])
def test_involvement_in_the_recovery_or_denied_is_no_assertion(extract, text):
    assert True not in _ai(extract, text)
