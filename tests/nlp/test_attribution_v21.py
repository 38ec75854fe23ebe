"""attribution.v21: unnamed insiders written as a bare plural opening their clause ("But people inside the company
have told The Ledger") are the outlet's sources, as counted ones are; a parenthetical "as X has set out" gives the
sentence to X, as "as X has explained" does (sentences written for these tests)."""

from .conftest import claims_of

_LEAD = ("Brimstow Hosting's Leeds storage was down for nine hours on Friday, taking thousands of customer sites "
         "offline.\n\n")


def _cause_speakers(extract, text: str) -> list[str]:
    res = extract(_LEAD + text, title="Brimstow outage", source_kind="press", outlet="The Ledger",
                  published="2025-03-20T20:00:00Z")
    return [c["speaker_kind"] for c in claims_of(res, "cause") if c["start"] >= len(_LEAD)]


def test_people_inside_the_company_opening_a_clause_are_the_press(extract):
    text = "But people inside the company have told The Ledger that a faulty firmware update caused the failure."
    assert _cause_speakers(extract, text) == ["press"]


def test_staff_at_the_firm_opening_a_sentence_are_the_press(extract):
    text = "Staff at the firm say a faulty firmware update caused the failure."
    assert _cause_speakers(extract, text) == ["press"]


def test_as_the_company_has_set_out_gives_the_sentence_to_the_company(extract):
    text = "The cause, as Brimstow has now set out at some length, was a faulty firmware update."
    assert _cause_speakers(extract, text) == ["vendor"]


def test_set_out_in_a_post_is_speech(extract):
    text = "Brimstow set out in a long post on Monday that a faulty firmware update had caused the failure."
    assert _cause_speakers(extract, text) == ["vendor"]


def test_official_before_its_noun_is_no_official_speaking(extract):
    text = "In a post on the official forums, the team said a faulty firmware update had caused the failure."
    res = extract(_LEAD + text, title="Brimstow outage", source_kind="press", outlet="The Ledger",
                  published="2025-03-20T20:00:00Z")
    speakers = [c["speaker"] for c in claims_of(res, "cause") if c["start"] >= len(_LEAD)]
    assert speakers and "official" not in speakers


_GAME_LEAD = "Fortnite players could not log in for most of Tuesday after the game's new season went live.\n\n"


def _game_cause_speakers(extract, text):
    res = extract(_GAME_LEAD + text, title="Fortnite down", source_kind="press", outlet="The Ledger",
                  published="2025-03-20T20:00:00Z")
    return [c["speaker_kind"] for c in claims_of(res, "cause") if c["start"] >= len(_GAME_LEAD)]


def test_the_studio_of_a_game_speaks_for_its_maker(extract):
    assert _game_cause_speakers(extract, "The studio said its servers were overwhelmed by the number of players.") \
        == ["vendor"]


def test_the_publisher_of_a_game_speaks_for_its_maker(extract):
    assert _game_cause_speakers(extract, "The publisher said its servers were overwhelmed by the number of players.") \
        == ["vendor"]


def test_a_studio_role_before_a_name_is_the_maker_too(extract):
    text = "On Wednesday, studio chief executive Tim Sweeney said its servers had been overwhelmed by players."
    assert _game_cause_speakers(extract, text) == ["vendor"]
