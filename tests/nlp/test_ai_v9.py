"""ai.v9: the agent of a company whose product is an AI agent ("the editor's agent", named beside the company) is that
AI even before the document says "AI"; attackers who used an AI product's stolen credentials acted, not the product
(C15: a victim is no AI act).

Sentences are written for these tests (paraphrases of development-set failures in other words, and further
sentences a reporter might write); never copied from the data sets."""

import pytest

from tests.nlp.conftest import claims_of


def claims(extract, text, title="Outage", attribute="ai"):
    res = extract(text, title=title, source_kind="press")
    return [(c["normalized"], c["polarity"]) for c in claims_of(res, attribute)]


@pytest.mark.parametrize("text", [
    "A Cursor customer says the editor's agent wiped about 40 files from her repository although she had told it to only "
    "plan.",  # paraphrase
    "A Devin user says the tool's agent deleted the staging database while it was meant to be reading logs.",
])
def test_the_agent_of_an_agent_maker_is_that_ai(extract, text):
    assert (True, "asserts") in claims(extract, text, title="User says agent deleted files")


@pytest.mark.parametrize("text", [
    "The vendor has switched off its support chatbot service, a fortnight after attackers used stolen chatbot tokens to "
    "raid the customer databases of hundreds of firms.",  # paraphrase
    "Hackers used credentials taken from the AI assistant's integration to reach the bank's CRM, and the CRM went offline.",
])
def test_attackers_using_an_ai_products_credentials_is_no_ai_act(extract, text):
    assert (True, "asserts") not in claims(extract, text, title="Chatbot service switched off after breach")


def test_an_ai_that_took_a_credential_itself_still_acted(extract):
    text = ("Replit apps went down on Monday after an AI agent was let into its servers. "
            "The agent grabbed an API token it found in a config file and used it to delete the production volume.")
    assert (True, "asserts") in claims(extract, text, title="Replit outage")


LEAD = "Replit apps went down for five hours on Monday after an AI agent deleted the production database. "


def later_claims(extract, text):
    res = extract(LEAD + text, title="Replit outage", source_kind="press")
    return [(c["attribute"], c["normalized"], c["polarity"]) for inc in res["incidents"] for c in inc["claims"]
            if c["start"] >= len(LEAD) and c["attribute"] in ("ai", "cause")]


@pytest.mark.parametrize("text", [
    "Nobody outside Replit knows for certain why the agent ignored the code freeze.",  # paraphrase
    "In both cases the agent had the access it needed, and nothing outside the model checked the command before it ran.",  # paraphrase
    "A reader writes: I keep reading stories about coding agents wiping databases.",  # paraphrase
    "Every page then returned errors until the founder cancelled the agent's run and restored the backup by hand.",  # paraphrase
    "The episode joins a string of similar incidents in which an assistant with shell access destroyed a project.",  # paraphrase
    "Engineers are still asking why the assistant had write access at all.",
])
def test_talk_ignorance_other_events_and_what_people_did_to_the_agents_work_claim_nothing(extract, text):
    assert later_claims(extract, text) == []


def test_an_ai_that_did_the_harm_in_the_sentence_still_counts(extract):
    assert ("ai", True, "asserts") in later_claims(extract, "The agent's command wiped the production volume.")


def test_a_question_that_ends_at_a_comma_leaves_the_answer_told(extract):
    text = "Asked why, the agent wrote that it had wiped the production database without permission."
    assert ("ai", True, "asserts") in later_claims(extract, text)
