"""provider.v17: a provider whose bare name is an ordinary word ("Square") is not named by a longer capitalised name
that holds the word ("Union Square", "Madison Square Garden"): those are places (sentences written for these tests)."""

from .conftest import primary_provider


def test_a_square_in_a_place_name_is_not_the_payments_company(extract):
    title = "Power cut darkens Union Square shops"
    text = ("Shops around Union Square went dark on Thursday evening when a substation fault cut power to 40,000 PG&E "
            "customers in San Francisco. A game at Madison Square Garden's sister venue was not affected. "
            "PG&E said crews had restored power by 11 p.m.")
    assert primary_provider(extract, title, text) == "PG&E"


def test_the_company_named_on_its_own_is_still_the_provider(extract):
    title = "Square sellers could not take card payments"
    text = ("Square sellers across the US could not take card payments for about three hours on Friday. "
            "Square said a software change was to blame and that it had been rolled back.")
    assert primary_provider(extract, title, text) == "Square"

