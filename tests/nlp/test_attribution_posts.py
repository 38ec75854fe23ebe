"""A single post, tweet or video that a clause says something ("A post claiming that …", "a tweet saying …") is
the source of what it says, an outsider (`other`), like "posts on X claimed" (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_OUTAGE = "Zapnet's cloud went down across Europe on Monday, and Zapnet said its network had failed.\n\n"


def _ai_claims(extract, text):
    res = extract(_OUTAGE + text, title="Cloud down", source_kind="press", outlet="The Desk",
                  published="2025-04-28T20:00:00Z")
    return [(c["speaker_kind"], c["speaker"]) for c in claims_of(res, "ai")]


@pytest.mark.parametrize("text", [
    'A post claiming that "the AI that runs the network" made the decision that caused the outage has been shared '
    "widely this evening.",
    "A tweet saying that an AI agent had deleted the routing tables was shared thousands of times.",
    "A viral post claimed that an AI system had caused the outage.",
])
def test_a_post_is_the_source_of_what_it_claims(extract, text):
    assert [kind for kind, _ in _ai_claims(extract, text)] == ["other"]


def test_a_post_as_a_job_is_no_source(extract):
    # "a post" as a position held: the person speaks, and says nothing of AI
    text = "She took a post at Zapnet last year and said the network had been fragile for months."
    assert _ai_claims(extract, text) == []


@pytest.mark.parametrize("text", [
    # where the words were said ("in a post"), not who said them
    "Chief executive Jane Roe, in a post published on Tuesday, said a configuration change had caused the outage.",
    "In a post on its blog, Cloudflare said a configuration change had caused the outage.",
])
def test_a_post_the_words_were_said_in_is_no_speaker(extract, text):
    res = extract("Cloudflare's network went down across Europe on Monday.\n\n" + text, title="Network down",
                  source_kind="press", outlet="The Desk", published="2025-04-28T20:00:00Z")
    assert [c["speaker_kind"] for c in claims_of(res, "cause")] == ["vendor"]
