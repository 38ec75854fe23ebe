"""causes.v19: a definite reference back to the attack after a verb or a preposition ("We are working to contain the
attack", "the group behind the ransomware") takes the attack as told and makes no new cause claim; the attack or the
attackers as a subject ("the attackers got into …") still tell it.

Sentences are written for these tests; never copied from the data sets."""

import pytest

LEAD = "Orrin Ledger's accounting app went offline on Monday after a ransomware attack on its servers.\n\n"


def later_causes(extract, text, source_kind="press"):
    res = extract(LEAD + text, title="Orrin Ledger outage", source_kind=source_kind)
    return [c["normalized"] for inc in res["incidents"] for c in inc["claims"]
            if c["attribute"] == "cause" and c["start"] >= len(LEAD)]


@pytest.mark.parametrize("text", [
    "We are working to contain the attack and to bring the ledger back first.",
    "Police named the group behind the ransomware on Thursday.",
])
def test_a_reference_back_to_the_attack_is_no_new_claim(extract, text):
    assert later_causes(extract, text) == []


@pytest.mark.parametrize("text", [
    "The attackers got into the ledger servers through a contractor's stolen password.",
    "Investigators found that the attackers had first got into a test server in March.",
])
def test_what_the_attackers_did_is_told(extract, text):
    assert later_causes(extract, text) == ["cyberattack"]


def cause_of(extract, text):
    lead = "Orrin Ledger's app would not load for hours on its launch day.\n\n"
    res = extract(lead + text, title="Orrin Ledger outage", source_kind="press")
    return [c["normalized"] for inc in res["incidents"] for c in inc["claims"]
            if c["attribute"] == "cause" and c["start"] >= len(lead)]


@pytest.mark.parametrize("text", [
    "Demand on launch day went well beyond even the company's own forecasts, a spokesperson said.",
    "Interest in the new app had beaten every expectation, the company said.",
    "It simply had more people trying to pay than its servers could handle.",
])
def test_load_past_what_was_expected_is_capacity(extract, text):
    assert cause_of(extract, text) == ["capacity"]


def test_a_cost_past_expectations_is_no_load(extract):
    assert cause_of(extract, "The bill for the repair has gone beyond every estimate.") == []


@pytest.mark.parametrize("text, cause", [
    ("An ageing storage array gave way, taking the ledger offline.", "hardware"),
    ("The ledger's database ran out of capacity as accountants rushed to file, and the app went down.", "capacity"),
    ("A problem at one of the company's hosting suppliers took the ledger offline.", "third_party"),
    ("A fault with its payments vendor knocked the app offline.", "third_party"),
])
def test_more_ways_of_telling_a_cause(extract, text, cause):
    assert cause_of(extract, text) == [cause]


@pytest.mark.parametrize("text, cause", [
    ("An engineer ran a clean-up command against the production cluster instead of the test cluster.", "human_error"),
    ("Our card processor suffered an outage of its own, which stopped every card payment.", "third_party"),
])
def test_a_slip_aimed_at_the_live_system_and_a_suppliers_own_outage(extract, text, cause):
    lead = "On Thursday our card payments failed for most of the day. We are sorry.\n\n"
    res = extract(lead + text, title="What happened on Thursday", source_kind="vendor", provider="Halvercombe Bank")
    assert [c["normalized"] for inc in res["incidents"] for c in inc["claims"]
            if c["attribute"] == "cause" and c["start"] >= len(lead)] == [cause]
