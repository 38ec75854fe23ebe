"""ai.v18: someone's words about an AI that begin right after an outage word are no AI service that was down
("knowledge of the bank's outage say an AI tool set off the failure"); an act done "without a human signing it off" is
the AI's own; a question about AI answered no in its own sentence is a denial; a model named by its task ("speech or
summarisation models") is AI, one named by a business ("pricing model") is not; what others use ("Others use language
models to …") is no act (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_OUTAGE = "Halvercombe Bank's card payments failed for most of Thursday, leaving shoppers unable to pay.\n\n"


def _ai(extract, text, source_kind="press", lead=_OUTAGE, title="Halvercombe Bank cards down"):
    res = extract(lead + text, title=title, source_kind=source_kind, outlet="The Ledger", published="2025-10-20T20:00:00Z")
    return [(c["polarity"], c["normalized"]) for c in claims_of(res, "ai")]


@pytest.mark.parametrize("text", [
    "Two staff familiar with the bank's outage say an AI operations tool it bought this spring set off the failure.",
    "The union has asked for a review of last week's outage, saying members believe an AI system, not a faulty disk, "
    "caused the failure.",
])
def test_words_about_an_ai_after_an_outage_word_assert_its_part(extract, text):
    assert _ai(extract, text) == [("asserts", True)]


def test_an_act_without_a_human_signing_it_off_is_the_ais(extract):
    text = "Staff said the bank's AI operations assistant rebooted both payment clusters without anyone approving it."
    assert _ai(extract, text) == [("asserts", True)]


def test_the_same_act_by_people_is_no_ai_involvement(extract):
    text = "Staff said engineers rebooted both payment clusters without anyone approving it, after an AI tool flagged it."
    assert _ai(extract, text) == []


@pytest.mark.parametrize("text", [
    "Customers have asked whether artificial intelligence played a part, and the answer is no.",
    "Several of you asked whether an AI agent was involved; it was not.",
])
def test_a_question_on_ai_answered_no_is_a_denial(extract, text):
    assert _ai(extract, text, source_kind="vendor") == [("denies", False)]


def test_a_question_left_open_is_no_claim(extract):
    text = "Customers have asked whether artificial intelligence played a part, and the bank will answer next week."
    assert _ai(extract, text, source_kind="vendor") == []


_FERRY = "Ferry bookings at Skerrow Lines were unavailable for most of Saturday.\n\n"


@pytest.mark.parametrize("text", [
    "The operator says an AI fare engine supplied by Kelpmoor published a fare table the booking system could not read.",
    "Kelpmoor's AI fare engine, which sets our fares, published a price file overnight that our booking system was "
    "unable to process.",
])
def test_an_ai_whose_output_a_system_could_not_use_did_the_harm(extract, text):
    res = extract(_FERRY + text, title="Ferry bookings down", source_kind="press", outlet="The Ledger",
                  published="2025-07-20T20:00:00Z")
    assert [c["normalized"] for c in claims_of(res, "ai")] == [True]


def test_an_ai_output_that_worked_did_no_harm(extract):
    res = extract(_FERRY + "An AI fare engine published a fare table that the booking system could read at once.",
                  title="Ferry bookings down", source_kind="press", outlet="The Ledger", published="2025-07-20T20:00:00Z")
    assert claims_of(res, "ai") == []


_NOTES = "Quillet's AI note-taking app was down for six hours on Tuesday, and users could not record meetings.\n\n"


def _notes_ai(extract, text, source_kind="vendor"):
    return _ai(extract, text, source_kind, lead=_NOTES, title="Quillet outage")


@pytest.mark.parametrize("text", [
    "Nothing about our speech or summarisation models caused this.",
    "No part of our transcription models played any role in the outage.",
])
def test_a_model_named_by_its_task_is_ai(extract, text):
    assert _notes_ai(extract, text) == [("denies", False)]


@pytest.mark.parametrize("text", [
    "Our pricing model did not change that week.",
    "Others use language models to decide which runbook applies.",
])
def test_a_business_model_or_what_others_use_is_no_claim(extract, text):
    assert _notes_ai(extract, text, source_kind="press") == []


_TALLY = ("Tallyby's invoicing service was down for nine hours on Monday after its production database was wiped. An AI "
          "coding agent was running in the engineers' terminal at the time.\n\n")


@pytest.mark.parametrize("text, found", [
    ("Our read: the agent did the damage.", [("asserts", True)]),
    ("The agent had the permissions it needed to do the damage, the review says.", []),
])
def test_an_agent_that_did_the_damage_is_involved(extract, text, found):
    res = extract(_TALLY + text, title="Tallyby outage", source_kind="press", outlet="The Ledger",
                  published="2025-03-12T20:00:00Z")
    assert [(c["polarity"], c["normalized"]) for c in claims_of(res, "ai") if c["quote"].startswith(text[:12])] == found
