"""ai.v13: AI blamed only by outsiders and refuted in the same document; a passive verb of using with the AI as its doer.

Sentences are written for these tests (probe sentences and paraphrases in other words); never copied from the data
sets."""

import pytest

LEAD = "The ticketing site of Northwind Rail went down for most of Monday, stranding thousands of travellers. "


def primary_of(extract, text, source_kind="press"):
    res = extract(LEAD + text, title="Northwind Rail ticketing outage", source_kind=source_kind)
    return next(inc for inc in res["incidents"] if inc["primary"])


def ai_claims(extract, text, source_kind="press"):
    res = extract(LEAD + text, title="Northwind Rail ticketing outage", source_kind=source_kind)
    return {(c["normalized"], c["polarity"]) for inc in res["incidents"] for c in inc["claims"] if c["attribute"] == "ai"}


# AI suspected by users or a viral post, denied by the outlet or the vendor: no involvement, no AI cause
# (recurs: dev10 x3 documents, dev8 — there the denial was already the outlet's own)
@pytest.mark.parametrize("text", [
    "Several engineers on social media were sure that an AI agent had pushed the faulty change. "
    "Northwind said no AI system was involved in the outage.",
    "One viral post insisted that the company's coding assistant had deleted the database. "
    "Northwind said AI played no part in the disruption.",
    "A thread claiming that the AI running the timetable had cancelled the trains was shared thousands of times. "
    "There is no evidence for that, and the timetable is not run by an AI system.",
    "A programmer with a large following said an AI model had written the queries that overloaded the database. "
    "Nothing we have seen suggests that AI-written code played any part.",
])
def test_outsiders_ai_theory_refuted(extract, text):
    primary = primary_of(extract, text)
    assert primary["ai_involved"] is False
    assert primary["cause_category"] != "ai_agent"


@pytest.mark.parametrize("text,kind", [
    # traps: the outlet's own account of an agent, the vendor's denial notwithstanding (the press's account first)
    ("An AI coding agent deleted the production database, according to people familiar with the matter. "
     "Northwind said AI was not involved.", "press"),
    # an outsider's claim nobody refutes stays
    ("Developers on Reddit said an AI agent had deleted the production database.", "press"),
    # the vendor tells the agent's act itself
    ("Some users claimed an AI agent had deleted the database. Our engineers' AI assistant did delete the production "
     "database.", "vendor"),
])
def test_ai_asserted_not_refuted(extract, text, kind):
    assert primary_of(extract, text, kind)["ai_involved"] is True


@pytest.mark.parametrize("text", [
    "The timetable system is not run by an AI system.",
    "Our network is not operated by any AI model.",
    "The signalling, which is not controlled by AI, failed after a power cut.",
])
def test_passive_use_with_ai_as_doer_denies(extract, text):
    assert (False, "denies") in ai_claims(extract, text)


@pytest.mark.parametrize("text", [
    # traps: a verb of using the AI, negated, is silence about what it did
    "Engineers had not been running the agent on anything important.",
    "We were not using Copilot on that service.",
])
def test_negated_use_is_no_denial(extract, text):
    assert (False, "denies") not in ai_claims(extract, text)
