"""relevance.v7: an organisation referred back to by its kind ("the exchange's", "the studio"), markets that
stop trading, more load than a system was built for, a launch the sentence ties to a failure, and gazetteer
names that are also ordinary words (sentences written for these tests)."""

import pytest

from nlp.extract import Extractor
from nlp.relevance import _extra_disruption

from .conftest import primary


def test_an_exchange_named_once_then_referred_to_by_its_kind_anchors_the_outage(extract):
    text = ("Cboe matched no orders in its options book on Tuesday, a first for the venue. "
            "The trouble began before dawn, when a storage controller behind the exchange's order router stopped "
            "working and its standby never took over. Brokers in Chicago and New York could not reach the order book for "
            "the rest of the day. Trading resumed normally on Wednesday, after the failed controller was replaced.")
    res = extract(text, title="A day without options trades", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Cboe"


def test_the_kind_of_an_organisation_alone_anchors_nothing():
    # no organisation named before: "the exchange" refers to nothing the reader knows, so the rules find no
    # outage of anyone's; the learned model (tests/nlp/test_relevance_model.py) may still call it an outage report
    # with no provider, which the labelling guide allows
    text = ("The trouble began before dawn, when a storage controller behind the exchange's order router stopped "
            "working and its standby never took over. Brokers in Chicago and New York could not reach the order book for "
            "the rest of the day. Trading resumed normally on Wednesday, after the failed controller was replaced.")
    doc = {"id": "t", "title": "A quiet day", "text": text, "source_kind": "press", "published": "2025-10-22T12:00:00Z"}
    assert Extractor(rules_only=True).extract(doc)["is_outage"] is False


@pytest.mark.parametrize("low", [
    "the bourse halted trading in every listed share for the rest of the session",
    "trading was suspended at 9.02am and never restarted",
    "the full-day suspension cost members a day of fees",
    "a trading halt followed within minutes",
    "its backend has been running past its limits since the weekend",
    "the queue system was pushed beyond capacity by midday",
    "voice mail that does not work and texts that didn't work either",
    "invoices were arriving days late or not at all",
    "the refunds never arrived and two transfers went missing",
    "the bank acknowledged the problem on its status page",
])
def test_markets_stopped_load_past_capacity_and_things_that_do_not_work_are_disruption_words(low):
    assert _extra_disruption(low, [])


@pytest.mark.parametrize("low", [
    "the fund suspended its dividend for the year",
    "the team worked past midnight on the release",
    "the stadium was filled beyond expectations",
    "the new servers arrived in March and were installed by April",
    "the company acknowledged the award at its annual dinner",
])
def test_ordinary_suspensions_and_late_nights_are_no_disruption(low):
    assert not _extra_disruption(low, [])


def test_a_game_studios_post_on_servers_past_their_limits_since_launch_is_an_outage(extract):
    text = ("Thanks for sticking with us this week, pilots. Many more of you signed up than we prepared for, and "
            "our servers have been running past their limits since launch on Tuesday. That is why some of you saw "
            "sign-in errors and matches that would not start.\n\n"
            "We have capped the number of players online at once while we add capacity.")
    res = extract(text, title="Server status: queues and sign-ins", source_kind="vendor", provider="Arrowhead Game Studios")
    assert res["is_outage"] is True


def test_a_launch_announcement_still_counts_as_a_launch(extract):
    text = ("Today we launch our new dashboard, now generally available to every customer. "
            "It shows error rates and latency for each of your services at a glance.")
    res = extract(text, title="Introducing the new dashboard", source_kind="vendor", provider="Datadog")
    assert res["is_outage"] is False


def test_a_capitalised_ordinary_word_that_a_studio_is_called_is_not_an_exchanges_trading_system(extractor):
    doc = extractor.nlp("Arrowhead expected its new shooter to sell, but not this many copies at once.")
    assert not [e for e in doc.ents if e.ent_id_.startswith("Tokyo Stock Exchange")]
    doc = extractor.nlp("A disk unit behind arrowhead, the exchange's trading platform, failed at 7am.")
    assert [e.ent_id_ for e in doc.ents] == ["Tokyo Stock Exchange|arrowhead"]


def test_the_exchanges_trading_system_written_as_the_exchange_writes_it_names_the_exchange(extract):
    text = ("A disk unit behind arrowhead failed at 7am and its standby did not take over, so no share changed "
            "hands all day. Brokers called the failure an embarrassment. Trading resumed the next morning.")
    res = extract(text, title="No trades for a day", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Tokyo Stock Exchange"


def test_trouble_acknowledged_while_it_is_being_fixed_is_a_vendors_outage_statement(extract):
    text = ("Some members are having trouble booking classes in the app this morning, and our engineers are working "
            "to fix it. Most members are booking as usual.")
    res = extract(text, title="Statement on class bookings", source_kind="vendor", provider="Peloton")
    assert res["is_outage"] is True


def test_trouble_with_no_repair_under_way_in_a_vendor_post_is_no_outage(extract):
    text = ("Some members are having trouble choosing between our new classes, so we made a short guide. "
            "Bookings open every Monday at noon.")
    res = extract(text, title="Which class is for you?", source_kind="vendor", provider="Peloton")
    assert res["is_outage"] is False


def test_a_name_owning_a_described_service_is_tied_and_becomes_the_provider(extract):
    # the possessive marks the name, and a service noun after a word or two of description ties it
    text = ("Hundreds of dental practices could not take bookings on Monday after Molarly's online booking portal "
            "stopped loading for about three hours. The Leeds company said an expired certificate was to blame.")
    res = extract(text, title="Dental booking portal down for hours", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Molarly"


def test_those_who_work_at_a_body_whose_computer_system_failed_tie_its_name(extract):
    text = ("Staff at Fenwick Royal Infirmary have gone back to paper charts after the hospital's patient record "
            "system crashed on Monday night. Managers said emergency care was continuing.")
    res = extract(text, title="Infirmary switches to paper as records system crashes", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Fenwick Royal Infirmary"


def test_a_name_with_a_possessive_inside_is_written_out_in_full(extract):
    text = ("Nurses at St Brannoc's Hospital have gone back to paper charts after the hospital's patient record "
            "system crashed on Monday night. Managers said emergency care was continuing.")
    res = extract(text, title="Hospital switches to paper as records system crashes", source_kind="press")
    assert primary(res)["provider"] == "St Brannoc's Hospital"


def test_a_provider_the_text_clears_of_any_problem_is_not_whose_outage_it_is(extract):
    text = ("If your smart speaker stopped answering on Thursday, you were not alone. Sonos confirmed that a fault "
            "in its voice service left many speakers unable to respond for several hours. Amazon Web Services "
            "reported no problems of its own that day, and Google Cloud was not affected either.")
    res = extract(text, title="Why your speaker went quiet", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Sonos"


def test_the_company_that_owns_the_provider_counts_only_weakly(extract):
    text = ("Customers of Twitch, the Amazon-owned streaming site, could not start broadcasts for about two hours "
            "on Friday after a fault in its ingest servers. The site said all streams were back by 9pm.")
    res = extract(text, title="Streams fail for two hours", source_kind="press")
    assert primary(res)["provider"] == "Twitch"


def test_an_ai_destroying_data_unnamed_is_tied_when_the_document_names_its_maker(extract):
    text = ("A shop owner says an AI coding assistant erased her store's live database in the middle of a sale, "
            "despite being told not to touch it. The assistant, made by Replit, later wrote that it had run the "
            "commands without permission.")
    res = extract(text, title="AI assistant wipes shop's database", source_kind="press")
    assert res["is_outage"] is True


def test_an_ai_destroying_data_with_no_name_anywhere_is_not_tied(extract):
    text = ("A shop owner says an AI coding assistant erased her store's live database in the middle of a sale, "
            "despite being told not to touch it. The assistant later wrote that it had run the commands without "
            "permission.")
    res = extract(text, title="AI assistant wipes shop's database", source_kind="press")
    assert res["is_outage"] is False


def test_the_name_a_failure_is_placed_at_outweighs_where_the_title_says_delays_were_felt(extract):
    text = ("Flights in and out of Madrid were delayed on Monday after a technical problem at NATS, the air traffic "
            "control provider. NATS said the issue, which lasted around two hours, had been fixed.")
    res = extract(text, title="Heathrow flights delayed after air traffic control glitch", source_kind="press")
    assert primary(res)["provider"] == "NATS"


def test_information_technology_written_as_its_initials_ties_a_failure_at_a_name(extract):
    text = ("No trains ran in Denmark for most of Saturday morning after an IT failure at DSB, the national rail "
            "operator. The company said a fault in the system that plans crews was to blame, and services resumed "
            "from midday.")
    res = extract(text, title="Danish railway halts trains nationwide after IT failure", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "DSB"
