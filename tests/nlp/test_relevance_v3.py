"""relevance.v3: outages of organisations outside the gazetteer (sentences written for these tests)."""

import pytest

from nlp.relevance import _extra_disruption, failure_at_organisation, names_in_outage_constructions


@pytest.mark.parametrize("sentence, name", [
    ("Zapnet stopped processing card payments on Tuesday morning.", "Zapnet"),  # name opens the sentence
    ("On Friday Quillbank halted transfers in its app for four hours.", "Quillbank"),
    ("Harrowfield said it had repaired the fault in its booking system.", "Harrowfield"),
    ("By noon Trenmoor confirmed it had restored mobile service.", "Trenmoor"),
])
def test_a_name_as_subject_of_a_verb_of_stopping_or_restoring_is_whose_outage_it_is(first_sentence, sentence, name):
    assert name in names_in_outage_constructions(first_sentence(sentence))


@pytest.mark.parametrize("sentence", [
    "Engineers restored service to the app by noon.",  # an English word opening the sentence is no name
    "Staff stopped taking card payments at the tills.",
])
def test_a_common_noun_opening_the_sentence_is_no_name(first_sentence, sentence):
    assert names_in_outage_constructions(first_sentence(sentence)) == []


@pytest.mark.parametrize("low, placed", [
    ("a fault at the regional lender left savers unable to pay", True),
    ("the outage at portugal's second-largest mobile operator began at dawn", True),
    ("problems with the city's tram operator lasted all day", True),
    ("the outage hit thousands of homes", False),
])
def test_a_failure_at_a_described_organisation_is_anchored(low, placed):
    assert failure_at_organisation(low) is placed


@pytest.mark.parametrize("low, event", [
    ("the charity spent nearly two days without its donation website", True),
    ("shoppers were left for hours without their payments", True),
    ("when the transformer failed the screens went dead across the terminal", True),
    ("the port remained shut until the morning tide", True),
    ("the station was closed to passengers for six hours", True),
    ("by late evening normal service had resumed on most lines", True),
    ("the tool can be used without the app", False),
    ("the shop is closed on sundays", False),
])
def test_words_of_a_failure_outside_the_trigger_families(low, event):
    assert _extra_disruption(low, []) is event


def test_an_unknown_company_named_once_is_referred_back_to(extract):
    # the name is tied once ("Kelderpay froze"), then only "the firm's" and "its" speak of it
    text = ("Kelderpay froze payments for merchants across Belgium on Monday. Shops reported that card "
            "terminals failed for most of the afternoon. The firm's engineers traced the glitch to a faulty "
            "certificate.")
    assert extract(text, title="A quiet Monday for shoppers")["is_outage"] is True


def test_a_facility_closure_with_a_supply_failure_is_an_outage(extract):
    text = ("The lights went out at Grantley's main rail station a little after six, after a fault at the "
            "regional rail operator's signalling centre. The station stayed shut to all trains until the evening. "
            "Normal timetables resumed the next day.")
    assert extract(text, title="A day without trains")["is_outage"] is True


def test_a_story_about_closing_shops_is_no_outage(extract):
    text = ("The chain will close forty branches next year, the company said. The shops remain open until "
            "March. Staff will be offered jobs at nearby stores.")
    assert extract(text, title="Retailer to close forty branches")["is_outage"] is False


@pytest.mark.parametrize("sentence, name", [
    # paraphrase of a brief: the name opens the sentence, an apposition calls it a site, then the failure
    ("Brightquill, the recipe-sharing site used by home cooks, was unreachable for most of Sunday.", "Brightquill"),
    ("Ferrowan, a regional payments provider, was down for six hours after a fault in its core network.", "Ferrowan"),
    ("Tallistone, the city's ticketing platform, crashed as sales for the final opened.", "Tallistone"),
])
def test_a_name_introduced_by_an_apposition_is_whose_outage_it_is(first_sentence, sentence, name):
    assert name in names_in_outage_constructions(first_sentence(sentence))


@pytest.mark.parametrize("sentence", [
    "Harbourline, the shipping group, was down 3% in early trading after a weak forecast.",  # no service, no internet word
    "Crestmoor, a mid-sized town in the hills, stopped the parade at noon.",
])
def test_an_apposition_that_names_no_service_ties_nothing(first_sentence, sentence):
    assert names_in_outage_constructions(first_sentence(sentence)) == []


def test_an_unknown_site_introduced_by_an_apposition_makes_an_outage_report(extract):
    text = ("Brightquill, the recipe-sharing site used by home cooks, was unreachable for most of Sunday. "
            "The company said a faulty database upgrade had left its servers unable to answer requests.")
    assert extract(text, title="Brightquill offline for most of Sunday")["is_outage"] is True


def test_a_title_telling_that_data_was_erased_reports_the_loss(extract):
    # paraphrase of a brief: an AI agent's command removed a user's files; the title uses a verb of erasing
    text = ("A developer says Cursor's agent wiped every file in his project folder while clearing a build cache. "
            "His backups were gone as well, he wrote on a forum; Anysphere had not replied by Thursday.")
    assert extract(text, title="Coding agent erases a developer's project")["is_outage"] is True


def test_a_title_offering_to_erase_data_is_no_outage(extract):
    text = ("The photo app's update adds a button that removes old albums from the phone. "
            "The company says the feature frees up storage and can be turned off in settings.")
    assert extract(text, title="Photo app now erases old albums for you")["is_outage"] is False
