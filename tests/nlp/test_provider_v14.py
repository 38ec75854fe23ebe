"""provider.v14: names that are no provider of the outage — a one-word service name that opens a sentence as an
English word ("Workers at the mill …"), an interview's "Q:", a currency code before an amount ("NOK 40 million"),
an English word ending like a coined name ("Internet users") — and a name tied to the outage as an owner
("Fellmoor Steel's offices") is the provider (sentences written for these tests)."""

import pytest

from .conftest import primary_provider


def test_a_service_word_opening_a_sentence_is_no_service(extract):
    title = "Fellmoor Steel runs its mills by hand after ransomware attack"
    text = ("Fellmoor Steel's offices in Sheffield worked from paper on Tuesday after a ransomware attack shut down "
            "its computers. Workers at the rolling mill said their shift had been sent home.")
    assert primary_provider(extract, title, text) == "Fellmoor Steel"


def test_the_same_word_after_the_brand_stays_a_service(extract):
    # "Teams was down": a verb in the singular after the plural-looking name makes it the service's name
    res = extract("Teams was down for three hours on Monday morning, Microsoft said.", title="Teams outage",
                  source_kind="press")
    services = [s for i in res["incidents"] for s in i.get("services", [])]
    assert "Microsoft Teams" in services


def test_an_interview_marker_is_no_provider(extract):
    title = "Ostrava Freight's engineering chief on the day its parcel tracking went down"
    # (the first answer names the company, so the rules alone find the outage: the test is about the markers, not
    # about the learned model's margin on a document that names the company only in its title and last line)
    text = ("Q: What broke?\n\nA: A database migration locked the tracking tables and Ostrava Freight's tracking site "
            "went down for customers.\n\nQ: For how long?\n\nA: About four hours, and we should have said so sooner.\n\n"
            "Q: Was it an attack?\n\nA: No.\n\nQ: Will it happen again?\n\nA: Not this way. Ostrava Freight has "
            "changed how migrations run.")
    assert primary_provider(extract, title, text) == "Ostrava Freight"


def test_a_currency_code_before_an_amount_is_no_provider(extract):
    title = "Brannholm puts ransomware bill at up to DKK 90m"
    text = ("The ransomware attack that took Brannholm Metals' production systems offline on 4 May cost between DKK 80 "
            "million and DKK 90 million in its first week, according to an estimate published on Tuesday. Most plants "
            "are back to normal output, though some lines are still running below capacity, and DKK 20 million of the "
            "bill is for outside help.")
    assert primary_provider(extract, title, text) == "Brannholm Metals"


def test_an_english_word_ending_in_net_is_no_coined_name(extract):
    title = "Cable cuts knock West Africa offline"
    text = ("Internet users from Accra to Lagos were knocked offline on Thursday after two undersea cables were cut off "
            "the coast.\n\nSeveral banks warned customers that transfers could fail, and mobile operators said the "
            "outage would last days.")
    assert primary_provider(extract, title, text) != "Internet"


def test_a_known_provider_the_text_clears_gives_way_to_the_one_that_failed(extract):
    title = "Airline grounds flights after check-in systems fail"
    text = ("Lindqvist Air grounded all flights from Oslo and Stockholm on Sunday after its check-in and boarding systems "
            "failed. The airline blamed a network outage at its data centre. SAS flights were not affected.")
    assert primary_provider(extract, title, text) == "Lindqvist Air"


@pytest.mark.parametrize("title, text, name", [
    ("Greystone Bank app restored after Microsoft Azure problem",
     "Greystone Bank's app is working again after an outage on Tuesday that the bank blamed on a problem with Microsoft "
     "Azure, where the app is hosted. Microsoft did not report any wider Azure issue. The bank said it would review its "
     "arrangements.", "Greystone Bank"),
    ("Ferry bookings down after ransomware",
     "Quayside Ferries has been unable to take online bookings since Thursday after a ransomware attack. The operator said "
     "sailings were running as normal. Police Scotland is investigating.", "Quayside Ferries"),
])
def test_the_body_whose_service_failed_over_a_cause_or_nobody(extract, title, text, name):
    assert primary_provider(extract, title, text) == name
