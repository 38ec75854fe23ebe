"""causes.v23: "fire" beside police or rescue is the emergency service; an overloaded phone line or call centre is people
calling about the outage; thanks for patience and an investigation under way ("we are now testing the relay") tell no
cause (sentences written for these tests)."""

import pytest

from .conftest import asserted_causes_after_bank_lead


@pytest.mark.parametrize("sentence", [
    "Emergency services, including 911, police, fire and EMS, are operating normally.",
    "Calls to 999 were answered, police and fire were dispatched, and ambulances went out.",
    "Our telephone lines were overloaded on Thursday afternoon, and many of you could not get through.",
    "The bank's call centre was swamped at the same time, and many customers could not get through.",
    "We thank our customers, vendor partners and staff for their patience.",
    "We are now testing the relay equipment at the data centre and reviewing its settings.",
])
def test_no_cause_is_told(extract, sentence):
    assert asserted_causes_after_bank_lead(extract, sentence) == set()


@pytest.mark.parametrize("sentence, cause", [
    ("A fire in the bank's data centre cut power to the card servers.", "environmental"),
    ("A surge in card payments overloaded the bank's servers.", "capacity"),
])
def test_the_causes_themselves_are_still_told(extract, sentence, cause):
    assert {c for c, _ in asserted_causes_after_bank_lead(extract, sentence)} >= {cause}


@pytest.mark.parametrize("sentence, cause", [
    ("More than a week after a ransomware attack stopped its card systems, the bank is still paying by hand.", "cyberattack"),
    ("The blast on Sunday morning knocked out power to the exchange on Mill Street.", "power"),
    ("The explosion cut commercial power to our building and damaged the backup systems.", "power"),
    ("The same people said the intruders are believed to have come in through the bank's remote-access VPN.", "cyberattack"),
])
def test_causes_told_in_these_constructions(extract, sentence, cause):
    assert {c for c, _ in asserted_causes_after_bank_lead(extract, sentence)} == {cause}


def test_power_knocked_out_to_customers_is_the_harm(extract):
    causes = asserted_causes_after_bank_lead(extract, "The storm knocked out power to 73,000 customers.")
    assert "power" not in {c for c, _ in causes}


@pytest.mark.parametrize("sentence, cause", [
    ("Analysts said a failed update was the likely cause.", "deployment"),  # a botched act of shipping
    ("Analysts blamed a failed patch.", "deployment"),
    ("Analysts said the update was faulty.", "software_bug"),  # a defect in what was shipped
])
def test_a_bad_update_is_named_as_shipping_or_as_a_defect(extract, sentence, cause):
    assert {c for c, _ in asserted_causes_after_bank_lead(extract, sentence)} == {cause}
