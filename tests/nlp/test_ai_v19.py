"""ai.v19: an AI tool that restarted, rebooted, cycled or bounced a system acted on it ("the AI operations tool repeatedly
restarted the database"; an -ly adverb after a noun leaves the verb past, and "AI operations" is no subject and verb);
an AI that "can't restart anything" or "did not delete anything" is denied any act. relevance.v14: a person described
by a role between commas ("Morag Kerr, the union's organiser, said …") owns no harmed system (sentences written for
these tests)."""

import pytest

from .conftest import claims_of, primary_provider

_OUTAGE = "Players of Fernhallow Games could not log in for most of Friday evening during a launch outage.\n\n"


def _ai(extract, text):
    res = extract(_OUTAGE + text, title="Fernhallow Games outage", source_kind="press", outlet="The Ledger",
                  published="2025-10-20T20:00:00Z")
    return [(c["polarity"], c["normalized"]) for c in claims_of(res, "ai") if c["start"] >= len(_OUTAGE)]


@pytest.mark.parametrize("text", [
    "The studio's AI operations tool repeatedly restarted the database behind the login servers, two developers said.",
    "I'd put money on that AI ops tool having bounced the database.",
    "Two developers said the AI tool read the flood of logins as a fault and cycled the database each time it came back.",
])
def test_an_ai_that_restarted_a_system_acted(extract, text):
    assert _ai(extract, text) == [("asserts", True)]


@pytest.mark.parametrize("text", [
    "The studio says its AI monitoring tool only watches the servers and can't restart anything.",
    "The AI tool did not delete anything, the studio said.",
])
def test_an_ai_denied_any_act_is_a_denial(extract, text):
    assert _ai(extract, text) == [("denies", False)]


def test_a_person_described_by_a_role_owns_no_system(extract):
    title = "Union demands answers on 'AI tool' in Dunmore Bank outage"
    text = ("Dunmore Bank's customers could not pay by card for most of Thursday.\n\n"
            "Morag Kerr, the banking union's organiser for Tayside, said members had told the union that the bank's "
            "new AI operations assistant restarted systems at both of its data centres.")
    assert primary_provider(extract, title, text) != "Morag Kerr"


@pytest.mark.parametrize("text, claims", [
    ("Engineers rebooted the login servers after the AI agent stopped.", []),
    ("Engineers rebooted the login servers on the AI assistant's recommendation.", [("asserts", True)]),
])
def test_people_doing_the_act_before_the_ai_is_named(extract, text, claims):
    assert _ai(extract, text) == claims


@pytest.mark.parametrize("text, claims", [
    ("Asked whether AI was involved, the studio said it was not.", [("denies", False)]),
    ("When asked if an AI agent had made the change, a spokesperson said no.", [("denies", False)]),
    ("Asked whether an AI agent deleted the database, the studio said it was investigating.", []),
])
def test_a_question_put_and_answered_no(extract, text, claims):
    assert _ai(extract, text) == claims
