"""ai.v21 and negation.v6, from a probe of long sentences shaped like press reports: advice in the passive with the AI as
its doer that became the change the report tells ("the faulty rule was proposed by the bank's machine-learning model");
"Asked on Friday whether …" as a question put and answered; "suggestions the outage was caused by …" rejected as
"simply wrong" with no "that" and a quote mark around the verdict (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_OUTAGE = "Halvercombe Bank's card payments failed for most of Thursday, leaving shoppers unable to pay.\n\n"


def _ai(extract, text):
    res = extract(_OUTAGE + text, title="Halvercombe Bank cards down", source_kind="press", outlet="The Ledger",
                  published="2025-10-20T20:00:00Z")
    return {(c["polarity"], c["normalized"]) for c in claims_of(res, "ai")}


@pytest.mark.parametrize("text, want", [
    ("The postmortem, published on Tuesday, says the faulty rule was proposed by the bank's machine-learning model and "
     "approved by an analyst who did not notice it would block all contactless payments.", {("asserts", True)}),
    ("Asked on Friday whether an AI agent had been involved, the bank's head of communications replied that it had not, "
     "and that the cause was a failed storage array.", {("denies", False)}),
    ('In an email to staff seen by this newspaper, the chief technology officer said that suggestions the outage was '
     'caused by the bank\'s new AI tools were "simply wrong" and that a hardware fault was to blame.', {("denies", False)}),
    ("Regulators are examining whether the bank's use of an autonomous AI agent led it to delete the card database.",
     set()),
])
def test_long_sentences(extract, text, want):
    assert _ai(extract, text) == want


def test_features_that_suggest_changes_are_no_advice_taken(extract):
    text = ("The supplier's own marketing describes features that suggest timetable changes automatically, and uses "
            "the word AI freely.")
    assert ("asserts", True) not in _ai(extract, text)
