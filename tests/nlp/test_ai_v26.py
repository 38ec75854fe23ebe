"""ai.v26: "let alone" carries the negation before it to the AI after it; a sentence opening on "Nor" negates its AI;
"Asked from the floor whether …, X said: 'No.'" is a denial however long the question; a change "drafted by an AI
coding assistant" that "wrote the wrong date" is the AI's flawed change; "I do not object to AI" is a view of AI, no
part in the outage (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_LEAD = ("Brimstow Hosting's Leeds storage was down for nine hours on Friday, taking thousands of customer sites "
         "offline.\n\n")


def _ai_readings(extract, text: str, kind: str = "press") -> list[tuple]:
    res = extract(_LEAD + text, title="Brimstow outage", source_kind=kind, outlet="The Ledger" if kind == "press" else "Brimstow",
                  published="2025-03-20T20:00:00Z")
    return [(c["normalized"], c["polarity"], c["speaker_kind"]) for c in claims_of(res, "ai") if c["start"] >= len(_LEAD)]


@pytest.mark.parametrize("sentence", [
    "Nor is there anything sophisticated on the attacking side, let alone artificial intelligence.",
    "Nothing about the restart was clever, let alone the work of an AI agent.",
    "Nor, on our own reading of the company's notes, was there room for an artificial intelligence system anywhere in "
    "the chain.",
])
def test_negations_that_reach_the_ai(extract, sentence):
    assert _ai_readings(extract, sentence) == [(False, "denies", "press")]


def test_a_long_question_answered_no_is_a_denial(extract):
    sentence = ("Asked from the floor whether Kestrel, Brimstow's AI operations agent, issued the restart that took its "
                "Leeds storage down, the company's chief technology officer, Ana Reyes, said: \"No. A person did.\"")
    assert _ai_readings(extract, sentence) == [(False, "denies", "vendor")]


def test_nor_with_an_open_question_stays_silent(extract):
    assert _ai_readings(extract, "Nor did the company say whether its AI agent had issued the restart.") == []


def test_a_change_drafted_by_an_ai_that_wrote_a_wrong_value(extract):
    sentence = ("A change to the code that builds our storage maps, drafted by an AI coding assistant and approved by "
                "one of our engineers, wrote the wrong volume names into that night's plan.")
    assert _ai_readings(extract, sentence, kind="vendor") == [(True, "asserts", "vendor")]


def test_an_attitude_to_ai_is_no_claim(extract):
    sentence = "\"I do not object to AI,\" said one customer in Leeds. \"I object to losing a day's work.\""
    assert _ai_readings(extract, sentence) == []


@pytest.mark.parametrize("sentence", [
    "The host's AI load balancer began rejecting every connection shortly after 9 a.m.",
    "An AI model that scores requests flagged every customer as a bot.",
    "The company's new AI scheduler double-booked every server in the cluster.",
    "The AI agent had been asked to remove old volumes, and it had removed live ones too.",
])
def test_an_ai_that_acted_on_everything(extract, sentence):
    assert _ai_readings(extract, sentence) == [(True, "asserts", "press")]


def test_an_ai_only_asked_in_the_passive_did_nothing(extract):
    assert _ai_readings(extract, "The AI agent was only asked to list the old volumes; an engineer deleted them.") == []


def test_a_claim_dismissed_is_denied_by_who_dismissed_it(extract):
    assert _ai_readings(extract, "The company dismissed speculation about its AI agent as \"nonsense\".") == \
        [(False, "denies", "vendor")]


def test_staff_dismissed_is_no_denial(extract):
    assert _ai_readings(extract, "The company dismissed two engineers after their AI agent deleted the volumes.") == \
        [(True, "asserts", "press")]
