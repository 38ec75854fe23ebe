"""ai.v27: "were told that an AI tool caused the outage" reports what someone heard (no request to the AI); "was behind
Monday's outage" names a cause; "One customer guessed that …" is the customer's claim (sentences written for these
tests)."""

from tests.nlp.conftest import claims_of

LEAD = "Hollowmere Pharmacy's ordering system was down for nine hours on Monday."


def _ai(extract, sentence):
    res = extract(f"{LEAD}\n\n{sentence}", title="Pharmacy ordering down", source_kind="press",
                  published="2025-07-16T10:00:00Z")
    return [(c["speaker_kind"], c["polarity"]) for c in claims_of(res, "ai")]


def test_staff_told_that_an_ai_tool_caused_it_report_an_assertion(extract):
    assert _ai(extract, "Pharmacists say they were told that an AI tool caused the outage.") == [("press", "asserts")]


def test_an_ai_tool_behind_a_dated_outage(extract):
    assert _ai(extract, "An AI tool was behind Monday's outage, two pharmacists said.") == [("press", "asserts")]


def test_a_customers_guess_is_the_customers(extract):
    sentence = "One customer guessed that an AI system had rewritten the till software overnight."
    assert _ai(extract, sentence) == [("other", "asserts")]


def test_an_agent_told_to_do_something_is_still_only_asked(extract):
    sentence = "The AI agent was told to list the old tables and nothing else."
    assert _ai(extract, sentence) == []
