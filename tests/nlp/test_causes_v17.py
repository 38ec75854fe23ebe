"""causes.v17: a cause placed at the company's own supplier, one its words name by its owner ("a power failure at its
inference provider", "our hosting partner is dealing with a power problem"), is a third party's for the company hit,
whatever the supplier's own cause was; a sentence listing several causes keeps its deepest, and a supplier that "has
since fixed the defect" went through nothing.

Sentences are written for these tests; never copied from the data sets."""

import pytest

LEAD = "Customers of Orrin Ledger, an accounting app, could not open their books on Monday morning. "


def cause_claims(extract, text, source_kind="press"):
    res = extract(LEAD + text, title="Orrin Ledger outage", source_kind=source_kind)
    return [(c["normalized"], c["polarity"]) for inc in res["incidents"] for c in inc["claims"] if c["attribute"] == "cause"]


@pytest.mark.parametrize("text", [
    "Orrin Ledger said a power failure at its inference provider, not its own software, knocked the app out.",
    "The company said its cloud provider was dealing with a power problem at one of its data centres.",
    "Orrin Ledger said a cooling fault inside one of its hosting partners had taken the app down.",
])
def test_a_cause_at_the_companys_supplier_is_a_third_party(extract, text):
    assert cause_claims(extract, text) == [("third_party", "asserts")]


def test_the_vendors_own_words_about_its_supplier(extract):
    text = "Identified: Our hosting partner is dealing with a power problem at one of its facilities. We are moving traffic."
    assert ("third_party", "asserts") in cause_claims(extract, text, source_kind="vendor")


def test_several_causes_keep_the_deepest(extract):
    text = ("The app failed under a burst of traffic that two things combined to create: a network problem inside our "
            "CDN provider and a lock contention bug in our own code.")
    assert ("third_party", "asserts") not in cause_claims(extract, text, source_kind="vendor")


def test_a_supplier_that_fixed_a_defect_went_through_nothing(extract):
    assert cause_claims(extract, "Our provider has since fixed the defect.", source_kind="vendor") == []


def test_a_pronoun_that_crashed_something_restates_the_cause_before(extract):
    text = ("Researchers said the traffic came from a botnet that hunted for exposed management ports. On most models the "
            "probe got nowhere. It crashed the routers instead.")
    res = extract(LEAD + text, title="Orrin Ledger outage", source_kind="press")
    crash = [c for inc in res["incidents"] for c in inc["claims"] if c["attribute"] == "cause" and "It crashed" in c["quote"]]
    assert [(c["normalized"], c["polarity"]) for c in crash] == [("cyberattack", "asserts")]


def test_a_named_subject_that_crashed_something_is_its_own_cause(extract):
    claims = cause_claims(extract, "A faulty update crashed the routers overnight, the company said.")
    assert ("software_bug", "asserts") in claims


@pytest.mark.parametrize("text", [
    "The app was suspended for new sign-ups because its servers cannot hold the users it already has.",
    "The servers simply could not cope with the crowds that turned up, the company said.",
])
def test_servers_that_cannot_hold_the_people_name_a_capacity_cause(extract, text):
    assert ("capacity", "asserts") in cause_claims(extract, text)


def test_an_event_the_trouble_still_goes_on_from_is_its_cause(extract):
    text = "The app was still down on Friday, four days after a ransomware attack on the company's servers."
    assert cause_claims(extract, text) == [("cyberattack", "asserts")]


def test_an_event_an_interval_before_is_another_one(extract):
    text = "The outage came a week after a ransomware attack on a rival accounting firm."
    assert ("cyberattack", "asserts") not in cause_claims(extract, text)


def test_a_routine_after_a_colon_is_no_advice(extract):
    text = ("Orrin Ledger said a hardware failure in its storage network had disrupted the app, and for the rest of the "
            "week accountants got used to a new routine: try the app, get an error, try again after lunch.")
    assert cause_claims(extract, text) == [("hardware", "asserts")]


def test_advice_after_a_short_lead_in_asserts_nothing(extract):
    assert cause_claims(extract, "Our advice to every team: never let a hardware failure in one rack take the app down.") == []


@pytest.mark.parametrize("text", [
    "The company said the test, at its main data centre, had damaged equipment.",
    "Reports said the noise had wrecked dozens of hard drives, knocking the app offline.",
])
def test_damaged_equipment_is_a_hardware_cause(extract, text):
    assert ("hardware", "asserts") in cause_claims(extract, text)


@pytest.mark.parametrize("text", [
    "Review who can log in to your admin tools, and what an attacker could push through them in ten minutes.",
    "Upgrade when convenient; the release fixes the deployment bug.",
])
def test_advice_with_a_question_word_or_a_time_asserts_nothing(extract, text):
    assert cause_claims(extract, text) == []


def test_the_measure_of_a_bar_names_no_cause(extract):
    text = "The whole point of the design is that nothing short of a building fire should take the app down."
    assert cause_claims(extract, text) == []


def test_a_technical_glitch_is_named_not_said(extract):
    text = "The company said 600,000 payments failed to arrive, blaming a technical glitch in overnight processing."
    assert cause_claims(extract, text) == [("unknown", "asserts")]


def test_a_software_glitch_is_a_bug(extract):
    assert cause_claims(extract, "Payments failed to arrive after a software glitch in overnight processing.") == [
        ("software_bug", "asserts")]


def _game_causes(extract, text):
    res = extract("Pokémon GO players could not log in during the festival on Saturday. " + text, title="Pokémon GO festival outage",
                  source_kind="press")
    return [(c["normalized"], c["polarity"]) for inc in res["incidents"] for c in inc["claims"] if c["attribute"] == "cause"]


@pytest.mark.parametrize("text", [
    "Niantic said the crowd had overloaded cell networks near the park.",
    "The main problem was the mobile networks around the park, which were overwhelmed by players, the company said.",
])
def test_carriers_networks_overwhelmed_are_a_third_party_for_a_game(extract, text):
    assert ("third_party", "asserts") in _game_causes(extract, text)


def test_a_carriers_own_network_stays_its_own_cause(extract):
    res = extract("Vodafone customers could not make calls on Saturday. Vodafone said its mobile network was overwhelmed by "
                  "a surge of traffic.", title="Vodafone outage", source_kind="press")
    assert "third_party" not in [c["normalized"] for inc in res["incidents"] for c in inc["claims"] if c["attribute"] == "cause"]


@pytest.mark.parametrize("text", [
    "The buffer behind the pipeline, which does have flood protection, did not have that protection switched on.",
    "Its DDoS mitigation had been turned off for the migration.",
])
def test_a_safeguard_named_after_what_it_stops_is_no_cause(extract, text):
    assert ("environmental", "asserts") not in cause_claims(extract, text) and ("cyberattack", "asserts") not in cause_claims(extract, text)


@pytest.mark.parametrize("text", [
    "On Monday, criminals got into the company's computer systems and encrypted its servers.",
    "What went wrong? Criminals took usernames and passwords leaked from other websites and tried them on its log-in page.",
])
def test_criminals_acting_on_systems_are_an_attack(extract, text):
    assert ("cyberattack", "asserts") in cause_claims(extract, text)


def test_a_perfect_with_an_adverb_tells_an_event(extract):
    text = "The app has temporarily stopped accepting new users after a surge of malicious sign-ups, the company said."
    assert ("cyberattack", "asserts") in cause_claims(extract, text)


def test_a_perfect_placed_among_earlier_events_asserts_nothing(extract):
    text = "Researchers who track the group say it has previously claimed large floods against other services."
    assert ("environmental", "asserts") not in cause_claims(extract, text)


def test_a_negative_subject_that_has_not_said_asserts_nothing(extract):
    text = "Neither company has said how widely the update had been deployed before it failed."
    assert cause_claims(extract, text) == []
