"""attribution.v13: insiders counted but not named ("according to two engineers at the company") are the press's
anonymous sources, while "Engineers at Harlowe Games have traced …" stays the company's finding; a forum thread or a
theory doing the rounds is an outsider's voice (`other`), as a post or a tweet is (sentences written for these
tests)."""

import pytest

from .conftest import claims_of

_OUTAGE = "Harlowe Games suffered an outage on Saturday, leaving players unable to log in for most of the day.\n\n"


def _speakers(extract, text, attribute="ai"):
    res = extract(_OUTAGE + text, title="Harlowe Games outage", source_kind="press", outlet="The Desk",
                  published="2025-03-10T20:00:00Z")
    return [c["speaker_kind"] for c in claims_of(res, attribute)]


@pytest.mark.parametrize("text", [
    "The outage was caused by an AI agent, according to two engineers at the company.",
    "An AI agent deleted the production table, according to three employees at Harlowe Games.",
])
def test_insiders_counted_not_named_are_the_press_sources(extract, text):
    assert _speakers(extract, text) == ["press"]


def test_staff_named_by_where_they_work_still_speak_for_the_company(extract):
    text = "Engineers at Harlowe Games have traced the outage to a faulty deployment."
    assert _speakers(extract, text, "cause") == ["vendor"]


@pytest.mark.parametrize("text", [
    "A thread with thousands of upvotes argues that the game's backend was written by an AI coding assistant and "
    "never reviewed.",
    "A theory doing the rounds on social media holds that an AI agent deleted the table that broke the logins.",
    "On the game's subreddit a popular theory holds that an AI tool pushed the broken patch.",
])
def test_a_thread_or_a_theory_going_round_is_an_outsider(extract, text):
    assert _speakers(extract, text) == ["other"]


def _denial_speakers(extract, role):
    text = f'"AI had nothing to do with this outage," said Anneke Vos, {role}.'
    return _speakers(extract, text)


@pytest.mark.parametrize("role", ["Harlowe's technical director", "Harlowe's director", "a director at Harlowe",
                                  "head of engineering at Harlowe"])
def test_a_director_of_the_provider_named_by_the_first_word_of_its_name_speaks_for_it(extract, role):
    assert _denial_speakers(extract, role) == ["vendor"]


@pytest.mark.parametrize("role", ["a director at Fernwood", "a director at a rival studio", "a hotel's director"])
def test_a_director_of_someone_else_is_an_outsider(extract, role):
    assert _denial_speakers(extract, role) == ["other"]


def test_the_role_owner_is_found_over_a_modifier(extract):
    # (the role before the name, with an adjective between the possessive and the role)
    text = '"AI had nothing to do with this outage," said Harlowe\'s chief operating officer, Anneke Vos.'
    assert _speakers(extract, text) == ["vendor"]


@pytest.mark.parametrize("sentence, kind", [
    ("Managing Director Sam Reed said a failed storage controller had caused the outage.", "vendor"),
    ("Regional Manager Sam Reed said a failed storage controller had caused the outage.", "vendor"),
    ("A director at one of our customers said a failed storage controller had caused the outage.", "other"),
])
def test_staff_titles_in_the_vendors_own_release(extract, sentence, kind):
    res = extract("Harlowe Games restored its servers on Tuesday. " + sentence, title="Harlowe Games outage",
                  source_kind="vendor", published="2025-03-12T10:00:00Z")
    assert [c["speaker_kind"] for c in claims_of(res, "cause")] == [kind]
