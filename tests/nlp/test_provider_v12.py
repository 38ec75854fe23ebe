"""provider.v12: a name's full form is kept where its last word is a corporate or legal form ("Mutual", "Building
Society", "PLC"): the text writes it once in full and shortens it after (sentences written for these tests)."""

import pytest

from nlp.org_names import organisation_shaped
from nlp.provider_choice import _brand_use

from .conftest import primary_provider


@pytest.mark.parametrize("name", ["Harrowgate Mutual", "Fenwold Building Society", "Quarrel Cooperative",
                                  "Ostley Brewing PLC", "Vennick Motors", "Wessex Green Party"])
def test_a_corporate_form_ends_an_organisations_name(name):
    assert organisation_shaped(name)


@pytest.mark.parametrize("name", ["Harrowgate", "Nadia Farrow", "Mutual"])
def test_a_name_without_one_is_not_shaped_so(name):
    assert not organisation_shaped(name)


def test_the_full_name_is_the_provider_where_the_text_shortens_it(extract):
    title = "Harrowgate's card payments fail for a morning"
    # (the full name stands only before what the society's own checks did, not before a failure)
    text = ("Card payments failed across the north-east on Saturday after Harrowgate Mutual's fraud checks turned on "
            "members. "
            "Members said cards were refused at tills for four hours. Harrowgate said in a statement that the fault had "
            "been fixed by noon, and Harrowgate apologised to members.")
    assert primary_provider(extract, title, text) == "Harrowgate Mutual"


@pytest.mark.parametrize("title, text, provider", [
    ("Target apologises for checkout failure",
     "Checkouts went down across the country on Sunday. Target said a software fault stopped its registers from taking "
     "payments for two hours.", "Target Corporation"),
])
def test_an_ordinary_word_brand_that_speaks_is_the_brand(extract, title, text, provider):
    assert primary_provider(extract, title, text) == provider


def test_weather_that_does_not_speak_names_no_brand(extract):
    text = "A blizzard knocked out power to the data centre on Sunday, and the shop's website went down, Quillmoor said."
    assert primary_provider(extract, "Storm outage", text) != "Battle.net"


@pytest.mark.parametrize("text, is_name", [
    ("Blizzard said a sudden surge of traffic overwhelmed the database.", True),
    ("Blizzard blames traffic surge for outages", True),
    ("Blizzard conditions closed the roads.", False),
])
def test_a_sentence_opening_brand_word_before_a_verb_of_saying_is_a_name(text, is_name):
    assert _brand_use(text, 0, len("Blizzard")) is is_name


def test_a_providers_nickname_names_it(extract):
    text = ("Trading on the Big Board was disrupted for an hour on Tuesday after a technical glitch at the open. The "
            "exchange said a manual error had made its systems skip the opening auctions.")
    assert primary_provider(extract, "The open that wasn't", text) == "New York Stock Exchange"


def test_between_two_organisations_hit_as_often_the_story_is_about_the_one_it_names_most():
    from nlp.provider_choice import _most_hit
    text = ("Nobody with a Wrekinvale card could pay. Wrekinvale's account is short. In March, Quillmoor said its agent had "
            "dropped its database. Wrekinvale has denied any AI role.")
    assert _most_hit({"Quillmoor": 1.5, "Wrekinvale": 1.5}, text) == "Wrekinvale"
    assert _most_hit({"Quillmoor": 3.0, "Wrekinvale": 1.5}, text) == "Quillmoor"
