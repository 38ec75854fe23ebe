"""ai.v25: the AI denied as the source of anything a negative subject names — "None of the changes made that night came
from the company's AI coding tools", "No line of the script was written by an AI assistant" (not "No one noticed that
the AI agent had deleted the tables": who noticed, not what the AI did); "Far from being caused by AI" denies;
"a code-writing assistant" is an AI mention (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_LEAD = "Halvercombe Bank's card payments failed for most of Tuesday.\n\n"


def _ai(extract, sentence):
    res = extract(_LEAD + sentence, title="Bank outage", source_kind="press", outlet="The Ledger",
                  published="2025-10-20T20:00:00Z")
    return {(c["polarity"], c["speaker_kind"]) for c in claims_of(res, "ai")}, \
        {(c["normalized"], c["polarity"]) for c in claims_of(res, "cause")}


@pytest.mark.parametrize("sentence", [
    "None of the changes made that night came from the company's AI coding tools, its chief technology officer told "
    "investors.",
    "No line of the faulty script was written by an AI assistant, the bank said.",
    "Far from being caused by AI, the failure came down to a single expired certificate, the company insisted.",
])
def test_the_ai_denied(extract, sentence):
    ai, causes = _ai(extract, sentence)
    assert ai == {("denies", "vendor")}
    assert not {c for c in causes if c[1] == "asserts" and c[0] in ("ai_agent", "software_bug")}


def test_who_noticed_is_no_denial_of_what_the_ai_did(extract):
    ai, _ = _ai(extract, "No one noticed that the AI agent had deleted the tables until the morning.")
    assert ai == {("asserts", "press")}


def test_a_code_writing_assistant_is_ai(extract):
    ai, _ = _ai(extract, "The outage, which the company's own engineers privately blame on a code-writing assistant "
                         "that rewrote a routing table overnight, lasted most of Tuesday.")
    assert ai == {("asserts", "press")}


@pytest.mark.parametrize("sentence, polarity", [
    # an AI product whose answer a person used is an adviser, not a service that went down
    ("An engineer ran a command that ChatGPT had given him, wiping the production table.", {("asserts", "press")}),
    ("Users who asked ChatGPT what had happened were given wrong answers.", set()),
])
def test_an_ai_product_as_adviser(extract, sentence, polarity):
    ai, _ = _ai(extract, sentence)
    assert ai == polarity
