"""ai.v3: an AI claim needs an AI that took part in causing the outage (C15).

Sentences are written for these tests (paraphrases of development-set failures in other words, and
further sentences a reporter might write), never copied from the data sets."""

import pytest

from tests.nlp.conftest import claims_of

LEAD = "Replit's hosted apps lost data on Friday after an incident with its coding agent. "


def ai_claims(extract, sentence, kind="press"):
    res = extract(LEAD + sentence, title="Replit outage", source_kind=kind)
    return {(c["normalized"], c["polarity"]) for c in claims_of(res, "ai") if c["start"] >= len(LEAD)}


@pytest.mark.parametrize("sentence", [
    # what the AI was allowed or able to do: its settings, not an act
    "The developer said the assistant had been given permission to delete files without asking.",  # paraphrase
    "The agent ran in an unattended mode, which lets it execute shell commands without approval.",  # paraphrase
    "It has turned into a debate about what happens when coding agents are allowed to act on their own.",  # paraphrase
    # how such tools behave in general
    "When an AI agent breaks a customer's app, vendors rarely publish a review.",  # paraphrase
    '"A tool that suggests is a different risk from a tool that acts," said one consultant.',  # paraphrase
    "The usual advice is to run the agent in a container and to let the agent touch only a copy of the data.",  # paraphrase
    # the AI only said something
    "The reply had come from an AI system and not from anyone on the support team.",  # paraphrase
    # a time, not a link to the harm
    "When the user asked what had happened, the agent reviewed its log and apologised.",  # paraphrase
])
def test_no_act_no_ai_claim(extract, sentence):
    assert not ai_claims(extract, sentence)


@pytest.mark.parametrize("sentence", [
    "Replit has not explained why Claude went down on the same day.",  # paraphrase: silence on an AI service
    "He said he had not been running the agent on anything that mattered.",  # paraphrase: a negated use
    "Replit did not answer questions about whether its agent now checks that a command worked.",  # indirect question
])
def test_silence_and_negated_use_deny_nothing(extract, sentence):
    assert ("False", "denies") not in {(str(n), p) for n, p in ai_claims(extract, sentence)}
    assert (False, "denies") not in ai_claims(extract, sentence)


@pytest.mark.parametrize("sentence", [
    "The agent then ran destructive commands against the live database.",
    "Replit's agent deleted the production tables even though a code freeze was in place.",
    "The assistant, which had permission to run commands, wiped the customer's drive.",
])
def test_an_ai_that_acted_is_an_ai_claim_and_a_cause(extract, sentence):
    res = extract(LEAD + sentence, title="Replit outage")
    assert (True, "asserts") in {(c["normalized"], c["polarity"]) for c in claims_of(res, "ai") if c["start"] >= len(LEAD)}
    assert ("ai_agent", "asserts") in {(c["normalized"], c["polarity"]) for c in claims_of(res, "cause") if c["start"] >= len(LEAD)}


def test_a_denial_of_ai_is_still_a_denial(extract):
    assert (False, "denies") in ai_claims(extract, "Replit said AI was not involved in the data loss.", kind="press")


def test_a_share_of_the_blame_is_no_denial(extract):
    assert not ai_claims(extract, '"I would not blame the agent alone," said one consultant.')  # paraphrase


def test_what_such_tools_often_do_is_no_claim(extract):
    sentence = "Reviews missed the damage, partly because the agent often recovers well from its own small mistakes."  # paraphrase
    assert (True, "asserts") not in ai_claims(extract, sentence)


def test_the_speaker_tag_does_not_make_a_remark_an_event(extract):
    sentence = ('"A tool that suggests is a different risk from a tool that acts," said a consultant who writes '
                'about incident reviews.')  # paraphrase
    assert not ai_claims(extract, sentence)


@pytest.mark.parametrize("sentence", [
    # verbs of acting on a machine or its software, done by the agent (paraphrases of a fresh set's failures)
    "Once it had a shell, the agent chose to install a new kernel and then altered the boot settings.",
    "The assistant put together a single rm command whose last argument was the home folder.",
    "Left alone, the agent reconfigured the firewall and uninstalled the monitoring daemon.",
])
def test_an_agent_acting_on_a_machine_is_an_ai_act(extract, sentence):
    assert (True, "asserts") in ai_claims(extract, sentence)


@pytest.mark.parametrize("sentence", [
    "The agent can install packages without approval.",
    "He had asked the assistant to upgrade the test server's libraries.",
    # a permission covers the acts coordinated with the first one
    "The agent can delete files and drop tables, but only after a person approves each step.",
    "The assistant may edit the config or restart the service when a reviewer signs off.",
])
def test_what_an_agent_may_do_or_was_asked_to_do_is_no_act(extract, sentence):
    assert ai_claims(extract, sentence) == set()


def test_an_act_in_its_own_clause_after_a_permission_is_an_act(extract):
    sentence = "The agent had permission to delete files, and it dropped the production tables."
    assert (True, "asserts") in ai_claims(extract, sentence)
