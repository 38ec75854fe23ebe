"""causes.v21: an attack or incident a named body found, in the past tense ("DP World Australia detected a cybersecurity
incident affecting its network", "MGM Resorts recently identified a cybersecurity issue"), is found, not guarded
against: the cause is an attack; a tool that "would have detected" one names none (sentences written for these tests)."""

import pytest

from .conftest import claims_of


def _causes(extract, text):
    res = extract(text, title="Cyber incident update", source_kind="vendor", provider="Quenby Logistics",
                  published="2025-10-20T20:00:00Z")
    return {(c["normalized"], c["polarity"]) for c in claims_of(res, "cause")}


@pytest.mark.parametrize("sentence", [
    "On Friday 10 November, Quenby Logistics detected a cybersecurity incident affecting its network.",
    "Quenby Logistics recently identified a cybersecurity issue affecting some of its systems.",
])
def test_an_incident_a_named_body_found(extract, sentence):
    assert _causes(extract, sentence + " Our depots are closed while we investigate.") == {("cyberattack", "asserts")}


def test_what_a_tool_would_have_detected_names_no_attack(extract):
    text = ("Our tracking site was unavailable for two hours on Monday after a database upgrade failed. A newer monitoring "
            "tool would have detected malicious traffic sooner, staff said.")
    assert ("cyberattack", "asserts") not in _causes(extract, text)


@pytest.mark.parametrize("sentence", [
    "For five days, residents have not been able to pay a water bill or a parking ticket online, and the court has been "
    "unable to process payments.",
    "Online payments for water bills and parking tickets stopped.",
    "Retailers with Christmas stock on the water asked which terminal held their containers.",
])
def test_water_as_a_service_or_the_sea_is_no_cause(extract, sentence):
    res = extract("The city's computer systems went down on Thursday after a ransomware attack. " + sentence,
                  title="City systems down",
                  source_kind="press", published="2025-10-20T20:00:00Z")
    assert not [c for c in claims_of(res, "cause") if c["normalized"] == "environmental"]


@pytest.mark.parametrize("sentence", [
    "The game simply had more players than servers to hold them, and the new servers filled as fast as they opened.",
    "Sign-ups outstripped the servers we had ready on Friday.",
    "Demand for the launch was far bigger than anyone expected.",
])
def test_more_people_than_room_is_capacity(extract, sentence):
    res = extract("Players of Halvercombe Games' new title could not log in on Friday.\n\n" + sentence,
                  title="Launch queues", source_kind="press", published="2025-10-20T20:00:00Z")
    assert ("capacity", "asserts") in {(c["normalized"], c["polarity"]) for c in claims_of(res, "cause")}


@pytest.mark.parametrize("sentence, asserted", [
    # causes.v22: once the attack is told, naming it as a time or as what someone learned of is no new account
    ("An audit completed in January, before the attack, had warned of weak passwords.", False),
    ("The city's chief operating officer said officials learned of the attack at about 5:40 a.m.", False),
    # ... but the attackers' own acts still are one
    ("Investigators said the attackers got in through a contractor's stolen password.", True),
])
def test_an_attack_named_as_a_time_is_no_new_account(extract, sentence, asserted):
    lead = "The city's computer systems went down on Thursday after a ransomware attack.\n\n"
    assert ("cyberattack" in _causes_after(extract, lead, sentence)) == asserted


def _causes_after(extract, lead: str, sentence: str) -> set:
    """The cause categories claimed in the sentence after a lead that tells the outage."""
    res = extract(lead + sentence, title="Outage", source_kind="press", published="2025-10-20T20:00:00Z")
    return {c["normalized"] for c in claims_of(res, "cause") if c["start"] >= len(lead)}


@pytest.mark.parametrize("sentence, power", [
    # causes.v22: those served who lost power suffered a harm; a data centre that lost power names the cause
    ("Customers could not top up their electricity meters, so many homes lost power overnight.", False),
    ("The data centre lost power at 09:12 and the service went down.", True),
    ("Customers lost access after the data centre lost power.", True),
])
def test_who_lost_power(extract, sentence, power):
    lead = "Halvercombe Bank's card payments failed for most of Tuesday.\n\n"
    assert ("power" in _causes_after(extract, lead, sentence)) == power
