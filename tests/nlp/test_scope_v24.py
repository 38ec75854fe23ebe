"""scope.v24: nobody able to use it wherever they were or however they used it ("nobody anywhere could log in", "nobody using
the app could take an order", "none of its users could book a room"), the world or a named place "anywhere in" it, areas
counted within one country ("every region of the country": regional), those "left waiting" and systems "switched off"
as harm (sentences written for these tests)."""

from tests.nlp.conftest import scope_after_lead


def _scopes(extract, sentence):
    return scope_after_lead(extract, sentence, source_kind="press", published="2025-06-16T10:00:00Z")


def test_nobody_anywhere_could_log_in_is_global(extract):
    assert _scopes(extract, "For most of the day nobody anywhere could sign in to a Marrowgate account.") == ["global"]


def test_nobody_using_the_service_could_take_an_order_is_global(extract):
    assert _scopes(extract, "For forty minutes, nobody using the till app could take a payment.") == ["global"]


def test_none_of_its_users_could_book_is_global(extract):
    assert _scopes(extract, "None of the company's customers could book a room until the evening.") == ["global"]


def test_none_could_save_anything_is_global(extract):
    assert _scopes(extract, "For those nine hours, none of its users could save a single itinerary.") == ["global"]


def test_anywhere_in_the_world_is_global(extract):
    assert _scopes(extract, "The app stopped accepting bookings and did not work anywhere in the world.") == ["global"]


def test_anywhere_in_a_named_place_is_regional(extract):
    assert _scopes(extract, "The kiosks did not work anywhere in Portugal that afternoon.") == ["regional"]


def test_every_region_of_the_country_is_regional(extract):
    assert _scopes(extract, "Travellers in every region of the country could not check in.") == ["regional"]


def test_every_region_alone_stays_global(extract):
    assert _scopes(extract, "Travellers in every region could not check in.") == ["global"]


def test_left_waiting_across_a_named_place_is_regional(extract):
    assert _scopes(extract, "Dozens of guesthouses across Scotland that take bookings through the firm were left waiting.") == ["regional"]


def test_systems_switched_off_around_the_world_is_global(extract):
    assert _scopes(extract, "The company switched off its reservation systems around the world to contain the fault.") == ["global"]


def test_some_left_waiting_is_limited(extract):
    assert _scopes(extract, "Some guests were left waiting at the front desk.") == ["limited"]


def test_left_waiting_for_a_statement_is_no_reach(extract):
    assert _scopes(extract, "Some guests were left waiting for a statement.") == []


def test_writing_to_every_affected_customer_is_no_reach(extract):
    assert _scopes(extract, "We have written to every affected customer to explain what happened.") == []


def test_apologising_to_every_customer_hit_is_no_reach(extract):
    assert _scopes(extract, "We apologise to every customer who could not reach their sites.") == []


def test_those_who_wrote_to_say_it_failed_keep_their_reach(extract):
    assert _scopes(extract, "Readers in Leeds, Hull and York wrote to say the site was failing to load.") == ["regional"]
