"""causes.v7: advice in the imperative asserts no cause; the whole class of power failure nouns; "prompts" (a
noun in AI stories: "approval prompts") is no causal word, "prompted" is.

Sentences are written for these tests (paraphrases of development-set failures in other words, and further
sentences a reporter might write); never copied from the data sets."""

import pytest

from nlp.causes import _advice
from tests.nlp.conftest import claims_of

LEAD = "Shoppers could not pay at Northwind Bank for three hours on Tuesday. "


def causes(extract, text, kind="press"):
    res = extract(LEAD + text, title="Northwind Bank outage", source_kind=kind)
    return [(c["normalized"], c["polarity"]) for c in claims_of(res, "cause") if c["start"] >= len(LEAD)]


@pytest.mark.parametrize("text", [
    "Scope the token rather than the instructions, and keep every deletion reversible.",  # paraphrase
    "The lesson is plain: do not blame the network until you have read the last configuration change.",
    "First, never assume a slow site is under attack.",
    "Give the bot a key that cannot delete anything.",
])
def test_advice_in_the_imperative_is_advice(first_sentence, text):
    assert _advice(first_sentence(text))


@pytest.mark.parametrize("text", [
    "Never before had a configuration change taken the whole exchange offline.",
    "Test results showed a faulty configuration push.",
    "Use of the old router caused the outage.",
    "Set up in 2019, the payment gateway failed after a certificate expired.",
    "Consider the 2021 outage, which a bad configuration change caused.",
])
def test_statements_that_open_like_a_verb_are_not_advice(first_sentence, text):
    assert not _advice(first_sentence(text))


def test_advice_asserts_no_cause(extract):
    assert not causes(extract, "Never trust a single power feed; test the generators every month.")


@pytest.mark.parametrize("text", [
    "A power interruption at the main campus took the card systems offline.",  # paraphrase
    "An electrical glitch in the data hall knocked the payment cluster out.",
    "Engineers traced the trouble to a power dip at the primary site.",
])
def test_power_failure_nouns_name_a_power_cause(extract, text):
    assert ("power", "asserts") in causes(extract, text, kind="vendor")


def test_prompts_as_a_noun_is_no_causal_word(first_sentence):
    assert "CAUSAL" not in first_sentence("The tool shows approval prompts before risky commands.").hits
    assert "CAUSAL" in first_sentence("A failed check prompted the rollback.").hits


@pytest.mark.parametrize("text", [
    "Engineers have reverted a recent configuration change that is believed to have set off the errors.",  # paraphrase
    "We rolled back the configuration change which we think may have triggered the failures.",
])
def test_a_repair_whose_object_is_said_to_have_caused_it_names_the_cause(extract, text):
    assert any(p == "asserts" for _c, p in causes(extract, text, kind="vendor"))


def test_a_repair_alone_names_no_cause(extract):
    assert not causes(extract, "We rolled back the change that we had made earlier in the day.", kind="vendor")


@pytest.mark.parametrize("text", [
    "Whether the broken disk array had anything to do with the old code, the bank has not said.",  # paraphrase
    "Whether a cyberattack played a part, the company would not say.",
])
def test_a_fronted_whether_clause_before_silence_asserts_nothing(extract, text):
    assert not any(p == "asserts" for _c, p in causes(extract, text))


@pytest.mark.parametrize("text", [
    "The link between them was Northwind's supplier, whose filtering service sits in front of big sites to soak "
    "up malicious traffic.",  # paraphrase
    "The firm sells a service meant to deflect junk traffic from botnets.",
])
def test_what_a_defence_is_for_is_no_attack(extract, text):
    assert ("cyberattack", "asserts") not in causes(extract, text)


def test_the_flood_that_refers_back_to_requests_is_no_weather(extract):
    text = "A few lenders kept sending status queries in huge numbers, and the flood slowed the switch to a crawl."
    assert ("environmental", "asserts") not in causes(extract, text, kind="vendor")  # paraphrase


@pytest.mark.parametrize("text", [
    "At the evening peak the ledger handled more writes than ever before, and it began to fall behind.",  # paraphrase
    "The chat service dropped connections under the strain, which is why payments stalled.",  # paraphrase
    "The explanation is the plainest one: too many shoppers, not enough servers.",  # paraphrase
    "The login cluster buckled under the sheer load of the sale.",
])
def test_work_beyond_what_a_system_could_carry_is_capacity(extract, text):
    assert ("capacity", "asserts") in causes(extract, text, kind="vendor")


@pytest.mark.parametrize("text", [
    "The slowdown was traced to an unusually heavy volume of balance-check requests from a few partner banks.",  # paraphrase
    "A surge in password-reset logins overwhelmed the site.",
    "Engineers blamed a record number of end-of-month card transactions.",
])
def test_excess_load_with_modifiers_between_is_capacity(extract, text):
    assert ("capacity", "asserts") in causes(extract, text, kind="vendor")


def test_a_flood_of_hostile_traffic_is_no_capacity(extract):
    text = "Users guessed the bank had been knocked over by a flood of malicious traffic."
    assert ("capacity", "asserts") not in causes(extract, text)


@pytest.mark.parametrize("text", [
    "This morning we had a network connectivity problem that kept our tellers from reaching accounts.",  # paraphrase
    "Payments are flowing again after a network glitch kept the card readers offline for most of the day.",  # paraphrase
])
def test_network_trouble_alone_is_a_network_cause(extract, text):
    assert ("network_bgp", "asserts") in causes(extract, text, kind="vendor")


def test_network_trouble_beside_a_deeper_cause_gives_way(extract):
    text = "The sign-up service, itself slowed by the network problems, buckled under the sheer load of new accounts."
    assert ("network_bgp", "asserts") not in causes(extract, text, kind="vendor")


@pytest.mark.parametrize("text", [
    "Our review so far shows that a switch malfunctioned and cut connectivity for several of our branch systems.",  # paraphrase
    "The storage controller overheated and took the ledger offline.",
    "Two of the array's disks failed within an hour, and the database went down.",
])
def test_a_device_that_failed_is_hardware(extract, text):
    assert ("hardware", "asserts") in causes(extract, text, kind="vendor")


def test_payment_cards_that_failed_are_no_hardware(extract):
    assert ("hardware", "asserts") not in causes(extract, "Shops reported long queues as shoppers' cards failed.")


@pytest.mark.parametrize("text", [
    "A session table value used by the card service was inadvertently exceeded.",  # paraphrase
    "The connection cap on the gateway had been hit after a setting was left at its default.",
])
def test_a_set_value_outgrown_is_a_configuration_cause(extract, text):
    assert ("config_change", "asserts") in causes(extract, text, kind="vendor")


def test_a_limit_hit_by_load_is_capacity(extract):
    found = causes(extract, "The connection limit was hit as traffic tripled during the sale.", kind="vendor")
    assert ("capacity", "asserts") in found and ("config_change", "asserts") not in found


def test_an_attack_that_spared_data_asserts_no_cause(extract):
    text = "The intrusion did not touch customer records, by the bank's account."  # paraphrase
    assert ("cyberattack", "asserts") not in causes(extract, text)


def test_network_trouble_that_customers_see_is_a_symptom(extract):
    text = "Customers in two regions may notice slow pages and a network issue while we investigate."
    assert ("network_bgp", "asserts") not in causes(extract, text, kind="vendor")


@pytest.mark.parametrize("text", [
    "By the bank's account, the culprit was a single switch. It malfunctioned before dawn and cut off the tills.",  # paraphrase
    "Engineers traced the fault to two storage controllers. They died within minutes of each other.",
])
def test_a_device_told_again_by_a_pronoun_that_failed_is_hardware(extract, text):
    second = text.split(". ", 1)[1]
    res = extract(LEAD + text, title="Northwind Bank outage", source_kind="vendor")
    assert res["is_outage"]
    assert any(c["normalized"] == "hardware" and c["quote"].startswith(second[:12]) for c in claims_of(res, "cause"))


def test_a_pronoun_after_no_device_names_no_hardware(extract):
    text = "The bank said its app was slow. It failed repeatedly for hours."
    res = extract(LEAD + text, title="Northwind Bank outage", source_kind="vendor")
    assert not any(c["normalized"] == "hardware" for c in claims_of(res, "cause"))


def test_how_changes_normally_travel_is_no_cause(extract):
    text = ("Each update is first deployed to a test ring that serves no customers, then in stages to the branches, "
            "with checks at every stage that can stop the rollout.")  # paraphrase
    assert not any(p == "asserts" for _c, p in causes(extract, text, kind="vendor"))


def test_a_passive_past_after_a_sequence_adverb_is_still_past(extract):
    text = "A test-only update was then deployed straight to production, and card payments failed."
    assert ("deployment", "asserts") in causes(extract, text, kind="vendor")


@pytest.mark.parametrize("text", [
    "We are working with the supplier on a firmware fix and testing it on every affected terminal.",  # paraphrase
    "We remain in close contact with our upstream provider while service is restored.",
])
def test_a_supplier_as_a_partner_in_the_repair_is_no_cause(extract, text):
    assert ("third_party", "asserts") not in causes(extract, text, kind="vendor")


def test_a_supplier_that_failed_is_still_a_cause(extract):
    text = "The outage was caused by a failure at our upstream provider."
    assert ("third_party", "asserts") in causes(extract, text, kind="vendor")


@pytest.mark.parametrize("text", [
    "We have fixed the caching defect and added guards so that maintenance work of this kind cannot begin while the "
    "cache is unhealthy.",  # paraphrase
    "The team added a check so that an expired certificate can never again reach the card terminals.",
])
def test_what_a_safeguard_prevents_is_no_cause(extract, text):
    found = causes(extract, text, kind="vendor")
    assert ("config_change", "asserts") not in found


@pytest.mark.parametrize("text", [
    "Nothing about the outage was caused by anyone outside the bank.",  # paraphrase
    "The failure was not triggered by an intruder from outside the company, the bank said.",
])
def test_no_one_outside_did_it_denies_an_attack(extract, text):
    assert ("cyberattack", "denies") in causes(extract, text, kind="vendor")


def test_outsiders_brought_in_to_help_deny_nothing(extract):
    assert not causes(extract, "Engineers from outside the company were brought in by Tuesday.", kind="vendor")
