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
