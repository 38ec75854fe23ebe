"""attribution.v11: a later word of a known name is no speaker cue ("UnitedHealth Group said" is the company, not a
group), a role possessed by the first word of the provider's or its company's name is the vendor's ("Blizzard's
president"), and "blamed A for B" gives A to the one who blamed; "on" before a day is no "blamed … on" (sentences
written for these tests)."""

import pytest

from .conftest import claims_of


def _speakers(extract, text, attribute="cause", title="Network down"):
    res = extract(text, title=title, source_kind="press", published="2024-10-02T09:00:00Z")
    return [(c["speaker_kind"], c.get("speaker")) for c in claims_of(res, attribute)]


@pytest.mark.parametrize("text, name", [
    # a parent company named in full, its name ending in a word that is also a speaker cue
    ("UnitedHealth Group said on Thursday that a hacker had broken into its Change Healthcare unit, forcing it to "
     "disconnect systems that pharmacies rely on.", "UnitedHealth Group"),
    ("Telstra Group said a software fault had cut mobile data for millions of its customers on Monday.", "Telstra Group"),
])
def test_a_name_ending_in_a_cue_word_speaks_as_the_company(extract, text, name):
    assert _speakers(extract, text) == [("vendor", name)]


def test_a_group_that_is_no_known_name_stays_other(extract):
    text = ("Telstra's mobile network went down on Monday. A hacker group said on a forum that it had caused the "
            "outage with a flood of traffic.")
    kinds = [k for k, _ in _speakers(extract, text)]
    assert kinds and set(kinds) == {"other"}


@pytest.mark.parametrize("text", [
    "Blizzard's president blamed a flood of attack traffic for the Overwatch 2 outage on Tuesday.",
    "Overwatch 2 was down for hours. Blizzard's chief executive said a denial-of-service attack had caused it.",
])
def test_a_role_of_the_first_word_of_the_company_name_is_the_vendors(extract, text):
    assert [k for k, _ in _speakers(extract, text, title="Overwatch 2 down")] == ["vendor"]


def test_a_role_of_an_unknown_company_stays_other(extract):
    text = ("Flights at Alaska Airlines were held for two hours on Tuesday. Acme's chief executive blamed a failed "
            "network router at the airline.")
    assert [k for k, _ in _speakers(extract, text, title="Airline grounded")] == ["other"]


@pytest.mark.parametrize("text", [
    "Slack blamed a faulty configuration change for the outage on Tuesday.",
    "Slack blamed a faulty configuration change for Tuesday's outage.",
    "Slack on Wednesday blamed Tuesday's outage on a faulty configuration change.",
])
def test_what_the_provider_blames_is_its_own_claim(extract, text):
    assert [k for k, _ in _speakers(extract, text, title="Slack outage")] == ["vendor"]


@pytest.mark.parametrize("text", [
    "Optus's network went down on Wednesday. Optus's parent company, Singtel, said a software upgrade was to blame.",
    "Optus's network went down on Wednesday. Its parent company said on Thursday that a software upgrade was to blame.",
])
def test_the_providers_parent_company_speaks_for_it(extract, text):
    assert [k for k, _ in _speakers(extract, text, title="Optus outage")] == ["vendor"]


def test_the_providers_bank_or_supplier_is_someone_else(extract):
    text = ("Optus's network went down on Wednesday. Optus's equipment supplier said a software upgrade it had "
            "shipped was to blame.")
    kinds = [k for k, _ in _speakers(extract, text, title="Optus outage")]
    assert kinds and "vendor" not in kinds
