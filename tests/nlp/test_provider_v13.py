"""provider.v13: a kind of body written as a title at a sentence's start names the body ("Ferry operator Brindlesea
said …", "AI contract-review firm Quillet said …"); an adjective of a place ("for European customers") names no body
(sentences written for these tests)."""

import pytest

from .conftest import primary_provider


@pytest.mark.parametrize("title, text, name", [
    ("Ferry bookings down; operator blames its supplier",
     "Ferry operator Brindlesea said its booking system had been down since early on Friday after a supplier's update "
     "broke it; sailings were running normally.", "Brindlesea"),
    ("Storage failure, not AI, behind European outage",
     "AI contract-review firm Quillet said a failed storage volume knocked its service offline for European customers "
     "for more than two hours on Tuesday.", "Quillet"),
])
def test_a_kind_written_as_a_title_names_the_body(extract, title, text, name):
    assert primary_provider(extract, title, text) == name


def test_an_adjective_of_a_place_is_no_provider(extract):
    title = "Scottish outage leaves shoppers unable to pay"
    text = "Card terminals went offline for Scottish customers for two hours on Monday, the payments firm said."
    assert primary_provider(extract, title, text) != "Scottish"
