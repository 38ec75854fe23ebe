"""scope.v25: a stretch between two places' proper names may put "the" before either ("Drivers from Pensacola to the
Keys have been hit", "from the Panhandle to the Carolinas"): one region between them; a route with "the" stays no reach;
"North and South America" is one place named (sentences written for these tests)."""

from tests.nlp.conftest import scope_after_lead


def _scopes(extract, sentence):
    return scope_after_lead(extract, sentence, source_kind="press", published="2025-06-16T10:00:00Z")


def test_a_stretch_to_a_place_named_with_the_is_regional(extract):
    assert _scopes(extract, "Drivers from Pensacola to the Keys have been hit.") == ["regional"]


def test_a_route_to_a_place_named_with_the_is_no_reach(extract):
    assert _scopes(extract, "Flights from Pensacola to the Keys were cancelled.") == []


def test_two_continents_named_with_one_noun_are_one_region(extract):
    assert _scopes(extract, "Users across North and South America could not connect.") == ["regional"]
