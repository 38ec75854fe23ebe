"""provider.v12: a name's full form is kept where its last word is a corporate or legal form ("Mutual", "Building
Society", "PLC"): the text writes it once in full and shortens it after (sentences written for these tests)."""

import pytest

from nlp.org_names import organisation_shaped


def _provider(extract, title, text):
    res = extract(text, title=title, source_kind="press")
    return next((i.get("provider") for i in res["incidents"] if i.get("primary")), None)


@pytest.mark.parametrize("name", ["Harrowgate Mutual", "Fenwold Building Society", "Quarrel Cooperative",
                                  "Ostley Brewing PLC", "Vennick Motors"])
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
    assert _provider(extract, title, text) == "Harrowgate Mutual"
