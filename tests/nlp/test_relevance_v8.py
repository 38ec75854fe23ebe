"""relevance.v8: a name introduced by an apposition whose head is a kind of service or body ("Quillnet, a
marketplace where collectors trade cards, went offline"), a name as the object of a verb that takes a service
out of use ("took Brindle offline"), a name that has a spokesperson, a feature switched off for every user, and
service paused or slowed for now (sentences written for these tests)."""

import pytest

from nlp.relevance import _extra_disruption, apposition_names_body

from .conftest import primary


@pytest.mark.parametrize("apposition, is_body", [
    (", a marketplace where collectors trade cards,", True),
    (", one of the country's biggest building societies and lenders,", True),
    (", the messaging app,", True),
    (", a forum on which chatbots talk to each other,", True),
    (", among the oldest registrars in Europe,", True),
    (", the firm's head of engineering,", False),
    (", a former nurse,", False),
    (", the founder,", False),
])
def test_the_head_of_an_apposition_says_whether_it_calls_the_name_a_body(apposition, is_body):
    assert apposition_names_body(apposition) is is_body


def test_a_name_described_by_its_kind_between_commas_anchors_the_outage(extract):
    text = ("Quillnet, a marketplace where collectors trade cards, went offline on Sunday evening and stayed dark "
            "for most of Monday. Sellers said listings vanished and buyers could not check out. The company said a "
            "storage upgrade had gone wrong.")
    res = extract(text, title="Card traders stranded", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Quillnet"


def test_a_person_described_between_commas_is_no_provider(extract):
    # the apposition's head is a person ("the firm's head of engineering"): nothing ties a name to the failure
    text = ("Oda Brenner, the firm's head of engineering, went over the figures again. Nothing had gone down, she "
            "said, and no customer had been affected by the drill.")
    res = extract(text, title="A quiet quarter", source_kind="press")
    assert res["is_outage"] is False


def test_a_name_taken_offline_by_its_owner_anchors_the_outage(extract):
    text = ("Its founder took Brindle offline on Friday to close a hole in the login system, and made every user "
            "pick a new password. The site went dark for two days. Researchers had shown that anyone could read "
            "other Brindle members' messages.")
    res = extract(text, title="The chat site that locked its own doors", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Brindle"


def test_a_name_with_a_spokesperson_owns_the_failure_told(extract):
    text = ("For nine days, clinics across the region could not order blood tests online. \"The outage was caused by "
            "a storage array that failed,\" a Pellworth spokesperson said on Tuesday, adding that no data had been lost. "
            "Engineers have been bringing the ordering system back online one clinic at a time.")
    res = extract(text, title="Nine days without online test orders", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Pellworth"


def test_officials_of_a_body_named_in_english_words_are_no_name():
    from nlp.extract import Extractor
    from nlp.relevance import names_in_outage_constructions
    from nlp.sentences import sentence_views

    for text, name, found in (("White House officials said the outage had been resolved by noon.", "White House", False),
                              ("Pellworth officials said the outage had been resolved by noon.", "Pellworth", True)):
        sent = sentence_views(Extractor().nlp(text), text)[0]
        assert (name in names_in_outage_constructions(sent, document=text)) is found


def test_a_feature_switched_off_for_every_user_is_a_plain_outage(extract):
    text = ("Since Monday the calendar sync at Velto has been switched off for every user, after a leaked token "
            "let strangers read private calendars. Velto's status page says only that the feature is disabled "
            "until further notice.")
    res = extract(text, title="Velto users sync by hand", source_kind="press")
    assert res["is_outage"] is True


@pytest.mark.parametrize("low", [
    "we have temporarily paused new sign-ups while we add servers",
    "exports are disabled until further notice",
    "reports may take much longer than usual to generate",
    "pages loaded noticeably slower than normal all afternoon",
])
def test_paused_for_now_and_slower_than_usual_are_disruption_words(low):
    assert _extra_disruption(low, [])


@pytest.mark.parametrize("low", [
    "the offer runs until the end of the month",
    "the new model takes longer to train than the old one",
    "the race ran slower than expected because of the wind",
])
def test_ordinary_delays_and_deadlines_are_no_disruption(low):
    assert not _extra_disruption(low, [])


def test_a_vendor_note_on_paused_sign_ups_under_heavy_demand_is_an_outage(extract):
    text = ("Far more people are trying Lumo today than we planned for. To keep it working for existing members, "
            "we have temporarily paused new sign-ups. Some renders may also take longer than usual to finish.")
    res = extract(text, title="Lumo: new accounts paused", source_kind="vendor")
    assert res["is_outage"] is True


def _names(text: str) -> list[str]:
    from nlp.extract import Extractor
    from nlp.relevance import names_in_outage_constructions
    from nlp.sentences import sentence_views

    sent = sentence_views(Extractor().nlp(text), text)[0]
    return names_in_outage_constructions(sent, document=text)


@pytest.mark.parametrize("sentence, name", [
    ("Shops using Yarrowpay card terminals were unable to take payments for three hours.", "Yarrowpay"),
    ("Thousands of Zapnet broadband subscribers lost their connection overnight.", "Zapnet"),
    ("The worst failure belonged to Corvid Cloud, whose object storage service returned errors for five hours.",
     "Corvid Cloud"),
    ("Telecom operator Brightcell said a software fault cut mobile data for six hours.", "Brightcell"),
    ("Card payments failed at Dunleary Stores on Saturday.", "Dunleary Stores"),
    ("Analysts called the four-hour outage at Palisade Exchange a blow to its reputation.", "Palisade Exchange"),
])
def test_names_tied_by_a_compound_a_kind_written_before_them_or_a_failure_placed_at_them(sentence, name):
    assert name in _names(sentence)


@pytest.mark.parametrize("sentence, name", [
    ("The outage at Easter left some shoppers without deliveries.", "Easter"),  # an English word, no organisation
    ("Passengers in Leeds city centre were stranded after a power outage.", "Leeds"),
])
def test_a_failure_placed_at_an_english_word_ties_no_name(sentence, name):
    assert name not in _names(sentence)


def test_a_brief_that_mostly_tells_an_outage_tied_to_a_name_is_about_it(extract):
    text = ("Staff at Greyfriars Infirmary went back to paper records on Monday after its patient system crashed. "
            "The hospital said no data had been lost.")
    res = extract(text, title="Hospital back on paper", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Greyfriars Infirmary"


@pytest.mark.parametrize("title, text", [
    # planned work announced in a brief
    ("Bank schedules app work", "Harwick Savings said its app will be unavailable from 1am to 4am on Sunday while it "
                                "moves to a new platform. Cards will keep working."),
    # a press summary's "investigating" is an inquiry, not an incident's status
    ("Carrier looks into battery drain", "Brightcell is investigating why a recent update makes its phones use more "
                                         "power than normal."),
])
def test_a_brief_on_planned_work_or_an_inquiry_is_no_outage(extract, title, text):
    assert extract(text, title=title, source_kind="press")["is_outage"] is False


@pytest.mark.parametrize("low", [
    "the note-taking app stopped syncing on sunday morning",
    "the resolver ceased answering queries for forty minutes",
    "a software fault cut mobile data for about a million customers",
    "the storm cut power to the data centre",
])
def test_a_service_that_stopped_its_work_or_a_supply_cut_is_a_disruption(low):
    assert _extra_disruption(low, [])


@pytest.mark.parametrize("low", [
    "notes were not syncing between devices on tuesday",
    "pages weren't loading for anyone in the office",
])
def test_a_service_not_doing_work_that_takes_no_object_is_a_disruption(low):
    assert _extra_disruption(low, [])


@pytest.mark.parametrize("low", [
    "the government cut data roaming charges last year",
    "the bank cut service centres in the north",
    "we are not charging a fee for this",
    "the shop is not accepting returns this week",
])
def test_cut_prices_and_branches_are_no_disruption(low):
    assert not _extra_disruption(low, [])


@pytest.mark.parametrize("low", [
    "customers of small banks could not see their balances after a fault at the processor",
    "members were unable to view their statements",
    "the issue was fixed by evening",
    "jobs sat in queues for up to two hours",
    "payroll runs stalled on friday",
])
def test_what_users_could_not_see_a_fault_placed_and_fixed_and_stalled_work_are_disruption(low):
    assert _extra_disruption(low, [])


def test_a_processor_fault_that_hid_bank_balances_is_an_outage(extract):
    text = ("Customers of dozens of small credit unions could not see their balances on Friday after a fault at "
            "Corelink, the processor that runs their core systems. Corelink said the issue was fixed by evening.")
    res = extract(text, title="Credit unions hit as Corelink glitch spreads", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Corelink"


def test_a_vendor_notice_that_its_service_was_not_available_is_an_outage(extract):
    text = ("Dear customers, on 14 March between 09:00 and 11:30 our internet banking was not available because "
            "of a technical problem. We apologise for the inconvenience. Kestrelbank")
    assert extract(text, title="Notice to customers", source_kind="vendor")["is_outage"] is True


def test_a_vendor_update_opening_with_an_incident_status_is_an_outage(extract):
    text = ("Resolved - The issue affecting webhook delivery has been resolved. Webhooks delayed between 14:02 and "
            "14:47 UTC have now been delivered.")
    assert extract(text, title="Update", source_kind="vendor")["is_outage"] is True


def test_a_vendor_note_on_a_product_being_not_available_in_a_country_is_no_outage(extract):
    text = "Our new savings account is not available in Northern Ireland yet. We hope to offer it there next year."
    assert extract(text, title="Savings account update", source_kind="vendor")["is_outage"] is False


def test_a_portal_run_by_a_body_its_kind_written_first_ties_the_body(extract):
    text = ("Thousands of students could not get their results on Thursday after the portal run by the exam board "
            "Qualset crashed under heavy traffic. Qualset apologised and said results would also be sent by email.")
    res = extract(text, title="Exam board portal crash", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Qualset"


def test_a_logistics_firm_named_once_is_shaped_as_an_organisation(extract):
    text = ("Parcel deliveries across Germany were delayed for a week after a ransomware attack encrypted the "
            "servers of Brandt Logistik. The company said it had restored most systems from backups.")
    res = extract(text, title="Ransomware hits logistics firm", source_kind="press")
    assert primary(res)["provider"] == "Brandt Logistik"


def test_a_vendor_notice_of_planned_work_is_no_outage_and_one_that_overran_is(extract):
    planned = ("Scheduled maintenance: Harwick Savings online banking will be unavailable from 1am to 4am on Sunday "
               "while we upgrade our systems.")
    overran = ("Scheduled maintenance on Sunday overran, and online banking was unavailable until 9am. We apologise "
               "to everyone who could not log in.")
    assert extract(planned, title="Planned maintenance", source_kind="vendor")["is_outage"] is False
    assert extract(overran, title="Maintenance update", source_kind="vendor")["is_outage"] is True


def test_a_name_inside_a_longer_name_is_not_taken_alone():
    # "Savings" ends "Harwick Savings": the word before a compound's name must be a lower-case word
    assert "Savings" not in _names("Customers of Harwick Savings online banking could not log in on Sunday.")


@pytest.mark.parametrize("low", [
    "after hackers stole customer records, the retailer took its online shop down for two days",
    "the breach forced the company to shut its app for 36 hours",
])
def test_a_service_its_owner_took_down_or_shut_for_a_while_is_a_disruption(low):
    assert _extra_disruption(low, [])


def test_a_name_forced_to_stop_its_service_is_tied():
    assert "Quillnet" in _names("The breach forced Quillnet to shut its app for 36 hours while it reset passwords.")
