"""attribution.v10: a monitoring site described after its name by what it does ("Signalboard, which tracks user
reports, showed …"), a provider's status page placing the trouble, a provider that has "spoken only of" a cause
(sentences written for these tests)."""

import pytest

from .conftest import claims_of


def _claims(extract, text, attribute):
    res = extract(text, title="Network down", source_kind="press", published="2024-10-02T09:00:00Z")
    return [(c["speaker_kind"], c["quote"]) for c in claims_of(res, attribute)]


@pytest.mark.parametrize("text", [
    "PlayStation Network went down on Tuesday night. Signalboard, which tracks user reports, showed complaints piling up "
    "from North America, Europe and Japan within the first hour.",
    "PlayStation Network went down on Tuesday night. Signalboard, a site that collects outage reports, showed complaints "
    "from North America, Europe and Japan within the first hour.",
])
def test_a_site_described_by_what_it_does_with_reports_is_the_source_of_its_figures(extract, text):
    scope = [k for k, q in _claims(extract, text, "scope") if "North America" in q]
    assert scope == ["other"]


def test_a_provider_described_by_what_it_makes_still_speaks_as_the_vendor(extract):
    text = ("PlayStation Network went down on Tuesday night. Sony, which makes the console, said the outage hit players "
            "across Europe.")
    assert [k for k, q in _claims(extract, text, "scope") if "Europe" in q] == ["vendor"]


def test_a_providers_status_page_placing_the_trouble_is_the_vendor(extract):
    text = ("AWS customers in Tokyo lost servers on Friday. Amazon's status page placed the trouble in a single "
            "Availability Zone of its Tokyo region.")
    assert [k for k, q in _claims(extract, text, "scope") if "status page" in q] == ["vendor"]


def test_a_provider_that_has_spoken_only_of_a_cause_is_the_vendor(extract):
    text = "Tarnway's booking site has been down since Monday. Tarnway has spoken only of a cyber incident."
    assert [k for k, q in _claims(extract, text, "cause") if "spoken" in q] == ["vendor"]


@pytest.mark.parametrize("text", [
    "Alaska Airlines grounded its flights on Sunday. An Alaska spokesperson blames an IT outage at its data centre.",
    "United Airlines flights were held on Wednesday. A United spokesman said a technology issue was to blame.",
])
def test_a_spokesperson_named_by_the_first_word_of_the_providers_name_is_the_vendor(extract, text):
    assert [k for k, q in _claims(extract, text, "cause") if "spokes" in q] == ["vendor"]
