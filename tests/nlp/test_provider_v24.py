"""provider.v24: a name the gazetteer lacks takes the longer form the body gives at its first mention even where the
title, written first, uses the short form ("… the Brackwater outage, six months on" over the body's "last spring's
Brackwater Orbit outage") (documents written for these tests)."""

from .conftest import primary_provider


def test_the_bodys_first_full_name_wins_over_a_short_title(extract):
    text = ("Shippers still argue about what caused last spring's Brackwater Orbit outage, when booking screens at "
            "forty depots went blank for a day. Brackwater said at the time that a storage array had failed.")
    assert primary_provider(extract, "Who broke the bookings? The Brackwater outage, six months on", text) == "Brackwater Orbit"


def test_a_weekday_after_the_name_is_no_part_of_it(extract):
    text = ("Booking screens at Brackwater depots went blank on Tuesday. Brackwater Monday briefings were cancelled, and "
            "Brackwater said a storage array had failed.")
    assert primary_provider(extract, "The Brackwater outage", text) == "Brackwater"


def test_a_name_shaped_as_an_organisations_does_not_run_on_past_its_possessive(extract):
    text = ("Pelborne Telecom's TV and broadband services have been down since Thursday. Kestrel Mobile's website, which "
            "Pelborne Telecom also runs, has blamed \"internal system issues\" since Thursday.")
    assert primary_provider(extract, "Pelborne Telecom outage enters third day", text) == "Pelborne Telecom"
