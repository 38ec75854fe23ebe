"""scope.v22: a service that could not be used at all or came and went is harm ("unplayable for everyone", "dropping in
and out for users around the world"); "all over Sweden" spreads the harm over one named place, as "across Sweden" does
(sentences written for these tests)."""

from tests.nlp.conftest import claims_of

LEAD = "Brackenfold Games had an outage of its servers on Tuesday, the studio said."


def _scopes(extract, sentence):
    res = extract(f"{LEAD}\n\n{sentence}", title="Game servers down", source_kind="press", published="2025-08-20T12:00:00Z")
    return [c["normalized"] for c in claims_of(res, "scope")]


def test_a_game_unplayable_for_everyone_is_global(extract):
    assert _scopes(extract, "For most of the day the game was unplayable for everyone, everywhere.") == ["global"]


def test_a_service_dropping_in_and_out_around_the_world_is_global(extract):
    assert _scopes(extract, "The forums were dropping in and out for users around the world.") == ["global"]


def test_customers_all_over_a_country_are_regional(extract):
    assert _scopes(extract, "The trouble reached players all over Sweden.") == ["regional"]


def test_a_place_set_before_its_clause_still_frames_it(extract):
    assert _scopes(extract, "In Germany, players found the servers unreachable until the evening.") == ["regional"]
