"""attribution.v20: insiders named by where they work, the provider written by its first word ("three people who work at
Brimstow"), are the outlet's sources; "according to two of them" is some of the people just quoted (sentences written
for these tests)."""

from .conftest import claims_of

_LEAD = ("Brimstow Hosting's Leeds storage was down for nine hours on Friday, taking thousands of customer sites "
         "offline.\n\n")


def _ai_claims(extract, text: str) -> list[dict]:
    res = extract(_LEAD + text, title="Brimstow outage", source_kind="press", outlet="The Ledger",
                  published="2025-03-20T20:00:00Z")
    return [c for c in claims_of(res, "ai") if c["start"] >= len(_LEAD)]


def test_people_who_work_at_the_provider_by_its_first_word_are_the_press(extract):
    claims = _ai_claims(extract, "Three people who work at Brimstow told The Ledger that the restart was issued by an "
                                 "AI operations agent.")
    assert [c["speaker_kind"] for c in claims] == ["press"]


def test_according_to_two_of_them_is_those_just_quoted(extract):
    claims = _ai_claims(extract, "Three people who work at Brimstow told The Ledger that the restart was issued by an AI "
                                 "operations agent. According to two of them, the engineer named in the company's "
                                 "account never typed the restart command, which the AI agent issued.")
    assert [c["speaker_kind"] for c in claims] == ["press", "press"]
