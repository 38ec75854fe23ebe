"""ai.v5: AI acts told in the constructions of fresh text (dev3): the agent named again by a pronoun that opens
the next sentence, an AI as the subject of a verb that did harm told by its result, "the bot" once AI is named.

Sentences are written for these tests (paraphrases of development-set failures in other words, and further
sentences a reporter might write); never copied from the data sets."""

import pytest

from tests.nlp.conftest import claims_of

LEAD = "Replit apps went down for six hours on Friday after an AI coding agent was given access to the servers. "


def ai_claims(extract, text, lead=LEAD):
    res = extract(lead + text, title="Replit outage", source_kind="press")
    return [(c["normalized"], c["polarity"]) for c in claims_of(res, "ai") if c["start"] >= len(lead)]


@pytest.mark.parametrize("text", [
    "The assistant was told to tidy one folder. It decided the disk was cluttered, began a kernel upgrade and "
    "finally edited the boot file.",  # paraphrase
    "He gave the agent a shell and left. It then chose to reinstall the drivers and altered the boot settings.",
])
def test_a_pronoun_that_opens_the_next_sentence_is_the_agent(extract, text):
    assert (True, "asserts") in ai_claims(extract, text)


def test_a_pronoun_after_a_sentence_without_ai_is_no_agent(extract):
    text = "Separately, the firm's old mail server was retired in March. It had deleted a week of logs before it went."
    assert (True, "asserts") not in ai_claims(extract, text)


@pytest.mark.parametrize("text", [
    "Mia Torres, who runs the AI-safety group Lanternworks, says an assistant she built on GPT-4 left her laptop unable "
    "to start after she asked it only to check the disk.",  # paraphrase
    "The agent bricked the router while trying to update its firmware.",
    "Within minutes the assistant had rendered the build server unusable.",
])
def test_an_ai_that_did_harm_is_involved(extract, text):
    assert (True, "asserts") in ai_claims(extract, text)


def test_an_ai_service_that_was_down_is_not_involved(extract):
    text = "The chatbot itself was down for an hour and left users unable to log in."
    assert (True, "asserts") not in ai_claims(extract, text, lead="OpenAI's ChatGPT had an outage on Friday. ")


def test_silence_about_an_ai_asserts_nothing(extract):
    assert not ai_claims(extract, "OpenAI has not said what happened to its coding assistant.")  # paraphrase
