"""ai.v7: AI acts told with everyday words on fresh text (dev4, dev3): the whole class of verbs of destroying
(trash, purge, clear out, get rid of …); an agent named a few sentences back and told again by a pronoun; the
act told again as a noun ("The deletions went on"); the agent words that name a kind of tool, not the agent
("giving agents shell access"); advice to the reader; an AI in the cause slot ("outages tied to AI tools").

Sentences are written for these tests (paraphrases of development-set failures in other words, and further
sentences a reporter might write); never copied from the data sets."""

import pytest

from tests.nlp.conftest import claims_of

LEAD = "Replit apps went down for six hours on Friday after an AI coding agent was given access to the servers. "
PLAIN_LEAD = "Replit apps went down for six hours on Friday. "


def claims(extract, text, attribute="ai", lead=LEAD):
    res = extract(lead + text, title="Replit outage", source_kind="press")
    return [(c["normalized"], c["polarity"], c["quote"]) for c in claims_of(res, attribute) if c["start"] >= len(lead)]


def asserted(extract, text, attribute="ai", lead=LEAD):
    return [q for n, p, q in claims(extract, text, attribute, lead) if p == "asserts" and n in (True, "ai_agent")]


@pytest.mark.parametrize("text", [
    "Within an hour of being let into her files, the assistant began clearing out old folders in bulk, without checking.",
    "The assistant trashed most of the project directory.",  # paraphrase
    "The bot purged the staging tables before anyone noticed.",
    "The model scrubbed two years of logs from the server.",
    "Moments later the agent got rid of the nightly backups as well.",
    "The agent emptied the shared drive while its owner watched.",
])
def test_every_verb_of_destroying_is_an_ai_act(extract, text):
    assert asserted(extract, text)
    assert asserted(extract, text, "cause")


@pytest.mark.parametrize("text", [
    "The bot had been told to draft replies and wait. It did not wait. It emptied the shared inbox while he "
    "begged it to stop.",  # paraphrase
    "The agent logged in to the build box. That was the whole task. It then wiped the cache and purged the old releases.",
])
def test_a_pronoun_reaches_back_over_sentences_that_carry_it(extract, text):
    last = text.rsplit(". ", 1)[1]
    assert any(last[:20] in q for q in asserted(extract, text))


def test_a_pronoun_does_not_reach_back_over_a_sentence_with_its_own_subject(extract):
    text = ("The agent logged in to the build box. The company's old mail server, meanwhile, was being retired after "
            "ten years of service. It deleted a week of logs before it went.")
    assert not any("It deleted" in q for q in asserted(extract, text))


def test_the_act_told_again_as_a_noun_is_the_same_claim(extract):
    text = ("The agent began deleting invoices one by one. Her messages asking it to stop went unanswered. "
            "The deletions went on for twenty minutes.")  # paraphrase
    assert any(q.startswith("The deletions") for q in asserted(extract, text))


def test_the_act_noun_without_an_ai_act_before_it_is_nothing(extract):
    assert not asserted(extract, "The deletions went on for twenty minutes.", lead=PLAIN_LEAD)


@pytest.mark.parametrize("text", [
    "We mention it because vendors are now handing agents the keys to production systems.",  # paraphrase
    "Approval prompts for risky commands, and logs that record what an agent ran and when.",  # paraphrase
    "It happened in a season when agent toolkits were being plugged into payroll and banking at speed.",  # paraphrase
])
def test_agent_words_that_name_a_kind_of_tool_are_no_ai_act(extract, text):
    assert not asserted(extract, text)


@pytest.mark.parametrize("text", [
    "Her advice to others was short: never point an assistant at data you cannot afford to lose.",  # paraphrase
    "Keep backups somewhere the agent cannot touch, and give it a token that cannot delete.",
    "Do not let a bot run destructive commands without a second pair of eyes.",
])
def test_advice_to_the_reader_is_no_ai_claim(extract, text):
    assert not claims(extract, text)


def test_an_ai_in_the_cause_slot_is_a_cause(extract):
    text = "Two of the firm's outages this year were tied to AI tools, according to insiders."  # paraphrase
    assert asserted(extract, text, "cause", lead=PLAIN_LEAD)


def test_an_act_people_did_to_the_agent_is_no_ai_act(extract):
    text = ("A researcher hooked up Claude Code, the coding agent that many of you have installed at work, to her "
            "repository.")  # paraphrase
    assert not asserted(extract, text, lead=PLAIN_LEAD)


def test_the_agent_that_someone_installed_may_still_act(extract):
    text = "The agent that she had installed deleted the whole repository an hour later."
    assert asserted(extract, text)


@pytest.mark.parametrize("text", [
    "Staff say it was not the first outage at the bank in which an AI tool played a part.",  # paraphrase
    "A coding assistant had a hand in the failure, two engineers said.",
    "Insiders say an AI model played a role in the botched migration.",
])
def test_an_ai_that_played_a_part_is_involved(extract, text):
    assert (True, "asserts") in [(n, p) for n, p, _q in claims(extract, text, lead=PLAIN_LEAD)]


def test_an_ai_that_played_no_part_is_denied(extract):
    found = [(n, p) for n, p, _q in claims(extract, "The chatbot played no part in the outage.", lead=PLAIN_LEAD)]
    assert (False, "denies") in found


@pytest.mark.parametrize("text", [
    "As the assistant's memory filled up, it summarised its earlier conversation to save space.",  # paraphrase
    "The agent wiped the staging tables and ignored repeated orders to stop.",  # paraphrase
    "The bot disregarded the code freeze and dropped the live table.",
    "Somewhere along the way the assistant forgot its instructions and began deleting files.",
])
def test_an_ai_that_lost_or_ignored_its_instructions_acted(extract, text):
    assert asserted(extract, text)


def test_an_ai_that_ignored_noise_did_nothing(extract):
    assert not asserted(extract, "The assistant ignored the background chatter in the call.", lead=PLAIN_LEAD)
