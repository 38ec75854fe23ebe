"""scope.v23: what stopped in named places ("trading was halted in Paris, Amsterdam and Dublin") and a place left with
no working service ("the Netherlands had no working emergency number") tell a regional reach (sentences written for
these tests)."""

from tests.nlp.conftest import claims_of

_LEAD = "Vodafone suffered a network outage on Monday that cut off customers for six hours."


def _scopes(extract, sentence):
    res = extract(f"{_LEAD}\n\n{sentence}", title="Network outage", source_kind="press", provider="Vodafone",
                  published="2025-06-16T10:00:00Z")
    return [c["normalized"] for c in claims_of(res, "scope")]


def test_trading_halted_in_named_cities_is_regional(extract):
    assert _scopes(extract, "Trading was halted in Paris, Brussels and Amsterdam.") == ["regional"]


def test_a_country_with_no_working_number_is_regional(extract):
    assert _scopes(extract, "For three hours Portugal had no working emergency number.") == ["regional"]


def test_a_country_that_has_no_flights_is_no_reach(extract):
    assert _scopes(extract, "Portugal has no direct flights to Chile.") == []
