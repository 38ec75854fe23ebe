"""relevance.v18: a broadcaster's outage told as being taken or going off air, and a name that opens a sentence
whose harm verb took something of its own ("said an expired certificate knocked out its ordering and tills"),
whatever that thing is called (sentences written for these tests)."""

from tests.nlp.conftest import primary


def _read(extract, title, text):
    res = extract(text, title=title, source_kind="press", published="2025-04-10T09:00:00Z")
    return res["is_outage"], primary(res)["provider"] if res["incidents"] else None


def test_a_channel_taken_off_air_is_the_broadcasters_outage(extract):
    text = ("Regional broadcaster Quillvane TV said intruders took its three channels off air overnight and "
            "defaced its website.")
    assert _read(extract, "Intruders take broadcaster off air", text) == (True, "Quillvane TV")


def test_a_station_that_went_off_the_air_after_a_fault(extract):
    text = ("Harrowgate Radio went off the air for most of Sunday morning after a transmitter fault, the station said.")
    assert _read(extract, "Harrowgate Radio off air after transmitter fault", text) == (True, "Harrowgate Radio")


def test_a_harm_verb_taking_the_speakers_own_thing_names_the_provider(extract):
    text = ("Brackenfold Chemists said an expired security certificate knocked out its prescription ordering and "
            "tills for about six hours on Tuesday.")
    assert _read(extract, "Chemist chain blames certificate", text) == (True, "Brackenfold Chemists")


def test_off_air_as_a_presenters_break_is_no_outage(extract):
    text = ("The presenter said she would be off air for two weeks while she recovers from surgery, and thanked "
            "listeners for their messages.")
    assert _read(extract, "Presenter takes a break", text)[0] is False


def test_a_names_own_outage_in_the_possessive_ties_it(extract):
    text = ("Quorrelcom's outage has landed on customers across three counties. On Facebook, an electrician "
            "wrote that he had missed three days of calls.")
    assert _read(extract, "A week of dead air", text) == (True, "Quorrelcom")


def test_service_that_came_and_went_is_an_outage(extract):
    text = ("Calls and texts on Dunmarrow Mobile's network have come and gone since Wednesday. On Facebook, an "
            "electrician wrote that he had missed three days of calls.")
    assert _read(extract, "A week of dead air", text) == (True, "Dunmarrow Mobile")


def test_a_name_whose_systems_were_down_after_its_kind(extract):
    text = ("A food charity has launched an emergency appeal after its six paid staff went without wages. The charity "
            "uses Tamblewick Payroll, the Newport firm whose systems were down for most of Friday.")
    assert _read(extract, "Charity appeals after payroll firm's failure", text) == (True, "Tamblewick Payroll")


def test_trips_stopped_in_the_passive_name_their_airport_even_after_a_power_cut(extract):
    text = "Flights at Tarnmouth Airport were grounded for four hours after a power cut."
    assert _read(extract, "Outage", text) == (True, "Tarnmouth Airport")


def test_a_power_cut_to_homes_alone_is_still_no_service_outage(extract):
    assert _read(extract, "Outage", "A power cut left 20,000 homes in Tarnmouth dark on Sunday.")[0] is False


def test_a_name_before_its_outlets_or_product(extract):
    assert _read(extract, "Outage", "Drivers could not charge at Voltmere stations for six hours on Monday.") == (True, "Voltmere")
    text = "Parents were unable to book school meals through the Lanthorn app for three days."
    assert _read(extract, "Outage", text) == (True, "Lanthorn")


def test_what_a_body_sends_and_a_market_whose_trading_stopped(extract):
    text = "Deliveries from Parcelwing were delayed for two days after a cyberattack on its depots."
    assert _read(extract, "Outage", text) == (True, "Parcelwing")
    text = "Trading on the Harwell Stock Exchange was halted for three hours on Tuesday after a software fault."
    assert _read(extract, "Outage", text) == (True, "Harwell Stock Exchange")


def test_outlets_named_without_trouble_are_no_outage(extract):
    text = "Shoppers at Pennyfield supermarkets found new bakery counters on Saturday, and the chain said more would follow."
    assert _read(extract, "Pennyfield opens bakery counters", text)[0] is False


def test_orders_suspended_at_a_described_body(extract):
    text = "Online orders at Thistlecombe, the Scottish grocer, were suspended for most of Sunday."
    assert _read(extract, "Outage", text) == (True, "Thistlecombe")


def test_nobody_able_to_buy_on_a_named_website(extract):
    text = "Nobody could buy a ticket on the Wrenmouth Ferries website for five hours on Saturday."
    assert _read(extract, "Outage", text) == (True, "Wrenmouth Ferries")


def test_a_name_knocked_offline_and_a_runner_of_what_failed(extract):
    assert _read(extract, "Outage", "Hackers knocked the Pellmore Times offline for two days.") == (True, "Pellmore Times")
    text = "Ambulance crews in Fenshire went back to paper on Monday after the dispatch system run by Medirelay failed."
    assert _read(extract, "Outage", text) == (True, "Medirelay")


def test_a_closing_tags_speaker_is_not_taken_for_the_provider(extract):
    text = "Broadband customers across Cornwall lost service for six hours on Tuesday, Ofcom said."
    assert _read(extract, "Outage", text)[1] is None


def test_a_title_that_calls_the_outage_by_a_name_the_text_repeats(extract):
    text = ("At half past seven on Monday the first pharmacist to open up at the Sleaford branch found the till and the dispensary terminal offline. "
            "By eight the same had happened across Lincolnshire, and prescriptions could not be sent for nine hours. "
            "Pharmacists said Quillnet had promised them a fix by "
            "lunchtime. Nobody we asked at Quillnet would say more.")
    res = extract(text, title="Two stories about one Monday: inside the Quillnet outage", source_kind="press",
                  published="2025-07-25T09:00:00Z")
    assert res["incidents"][0]["provider"] == "Quillnet"
