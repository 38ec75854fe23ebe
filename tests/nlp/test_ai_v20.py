"""ai.v20: an AI named in apposition to the doer of a writing verb ("drafted by Ledgerly Assist, the bank's in-house AI
assistant") wrote the change; a chatbot's answer that a person pasted in and ran is advice followed; the AI as the
doer of a negated passive ("was not suggested by the bank's AI assistant") is denied; a question asked "directly" and
answered "No." after a colon is a denial, and the whole sentence is the answerer's; an AI named in an aside on
something else ("The bank, which has spent heavily on AI tools, …") is background; an AI that cut capacity or pushed
"its own changes" acted (sentences written for these tests).
"""

import pytest

from .conftest import claims_of

_OUTAGE = "Halvercombe Bank's card payments failed for most of Thursday, leaving shoppers unable to pay.\n\n"


def _ai(extract, text):
    res = extract(_OUTAGE + text, title="Halvercombe Bank cards down", source_kind="press", outlet="The Ledger",
                  published="2025-10-20T20:00:00Z")
    return {(c["polarity"], c["normalized"], c["speaker_kind"]) for c in claims_of(res, "ai")}


@pytest.mark.parametrize("text, want", [
    ("The migration was drafted by Ledgerly Assist, the bank's in-house AI assistant, and merged after a human review.",
     {("asserts", True, "press")}),
    ("An engineer had asked a chatbot for the command and pasted its answer straight into the production console, "
     "which took the payment servers down.", {("asserts", True, "press")}),
    ("People familiar with the matter said an AI code-generation tool had produced the faulty query.",
     {("asserts", True, "press")}),
    ("The regulator's preliminary findings say the bank's AI-based capacity planner cut the number of payment servers "
     "overnight, leaving too few to cope with the morning rush.", {("asserts", True, "other")}),
    ("Contrary to some reports, the faulty rule was not suggested by the bank's AI assistant, the company said in its "
     "incident report.", {("denies", False, "vendor")}),
    ('Asked directly whether any AI system was involved, a spokesperson for the bank said: "No. This was a human error, '
     'and we own it."', {("denies", False, "vendor")}),
    ("Asked whether an AI tool had made the change, the bank said it had not.", {("denies", False, "vendor")}),
    ("When asked if AI was involved, a bank spokesperson said no.", {("denies", False, "vendor")}),
    ("The bank, which has spent heavily on AI tools over the past two years, has not said what caused the outage.",
     set()),
])
def test_ai_claims_in_harder_sentences(extract, text, want):
    assert _ai(extract, text) == want


def test_the_ai_acting_inside_an_aside_still_acts(extract):
    text = "A second commit, which the AI agent had titled as a fix, deleted the payment settings."
    assert ("asserts", True, "press") in _ai(extract, text)
