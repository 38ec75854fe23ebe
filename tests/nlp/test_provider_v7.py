"""provider v7: a brand word's possessive marks it as a name wherever it stands, a known provider's national company,
a cloud's region name as evidence of the cloud, and a shared supplier whose system failed for its customers
(sentences written for these tests)."""

import pytest

from .conftest import claims_of, primary


def _provider(extract, title, text):
    res = extract(text, title=title, source_kind="press", published="2025-06-01T12:00:00Z")
    assert res["is_outage"] is True
    return primary(res)["provider"]


def test_a_brand_words_possessive_after_a_sentences_first_word_names_the_brand(extract):
    text = ("At Denver International Airport, gate screens froze and boarding stopped. United blamed a technology issue "
            "and asked the FAA to hold its flights. At United's request, departures at its hubs waited for two hours.")
    assert _provider(extract, "United's afternoon of delays", text) == "United Airlines"


def test_a_known_providers_national_company_is_the_provider_and_speaks_as_the_vendor(extract):
    text = ("Customers of Vodafone Portugal lost mobile data and television service on Monday night. Vodafone Portugal "
            "said the outage had been caused by a deliberate cyberattack on its network.")
    res = extract(text, title="Operator down nationwide", source_kind="press", published="2022-02-08T09:00:00Z")
    assert primary(res)["provider"] == "Vodafone Portugal"
    assert {c["speaker_kind"] for c in claims_of(res, "cause")} == {"vendor"}


def test_two_national_companies_name_no_one_of_them(extract):
    text = ("Customers of Vodafone Spain and Vodafone Portugal lost data on Monday after a fault in a shared core "
            "network. Vodafone said the fault was fixed by the evening.")
    assert _provider(extract, "Outage across Iberia", text) == "Vodafone"


def test_a_national_name_the_gazetteer_keeps_as_an_alias_stays_the_provider(extract):
    text = "Vodafone UK customers could not make calls for three hours on Friday. Vodafone UK said a software fault was to blame."
    assert _provider(extract, "Calls fail", text) == "Vodafone"


def test_a_clouds_region_name_sends_the_company_to_its_cloud(extract):
    text = ("The root of the Australia East outage was staffing. Microsoft's own review says three people were on duty "
            "to restart chillers that needed more. Microsoft says it will raise night-time staffing at the site.")
    assert _provider(extract, "Night shift arithmetic", text) == "Microsoft Azure"


@pytest.mark.parametrize("title, text, supplier", [
    ("Airport delays", "Heathrow warned of delays on Saturday, blaming a technical issue at a third-party supplier of "
     "check-in systems. Collins Aerospace, whose software runs the shared desks, said the disruption was limited to "
     "electronic check-in.", "Collins Aerospace"),
    ("Check-in supplier hit", "Check-in desks at several European airports fell back to paper after ransomware hit "
     "Brightgate Systems, which supplies the shared check-in software. Its parent company, Orvex, said in a filing that "
     "the attack would not hurt its finances. Brightgate said systems were being rebuilt.", "Brightgate Systems"),
    ("Dealers write by hand", "Hundreds of car dealers went back to pen and paper this week after a cyberattack on "
     "Dealerline. Their sales software, provided by the firm Dealerline, has been down since Wednesday.", "Dealerline"),
])
def test_a_shared_supplier_whose_system_failed_for_its_customers_is_the_provider(extract, title, text, supplier):
    assert _provider(extract, title, text) == supplier


def test_a_supplier_named_with_no_failure_placed_at_it_leaves_the_provider(extract):
    # the supplier is named, but the failure is the bank's own
    text = ("Tarn Bank's app was down for most of Monday after the bank's own database upgrade went wrong. Its card "
            "system, supplied by Cardex, kept working, the bank said.")
    assert _provider(extract, "Tarn Bank app down", text) == "Tarn Bank"


def test_a_clouds_region_name_counts_as_a_mention_of_that_cloud_when_its_company_is_named(extract):
    # the lede tells the Azure outage by its region; the AWS one is recalled later
    text = ("The root of the West Europe outage on Tuesday was staffing, not the grid. Microsoft's own review says too few "
            "people were on duty to restart the chillers. The closest parallel is an AWS availability zone in Tokyo that "
            "overheated in 2019 after a cooling bug.")
    assert _provider(extract, "Note: the night shift", text) == "Microsoft Azure"


def test_a_region_name_alone_names_no_cloud(extract):
    # no cloud company named: "East Anglia" is a place, not Azure's
    text = ("Customers of Zapnet in West Europe lost broadband service on Tuesday after a fibre cut. Zapnet said engineers "
            "restored most lines by the evening.")
    assert _provider(extract, "Broadband down in East Anglia", text) == "Zapnet"
