"""gazetteer.v7: a national government is named as "Kenya's government" or "the Kenya government" as often as by
its formal name; a portal a government runs is its service (sentences written for these tests)."""

from tests.nlp.conftest import primary


def test_a_countrys_government_in_the_possessive_is_the_provider(extract):
    text = ("Vanuatu's government said its email and websites had been down since Tuesday after a ransomware attack, "
            "and officials were working from personal accounts.")
    res = extract(text, title="Government systems down", source_kind="press", published="2025-11-14T09:00:00Z")
    assert primary(res)["provider"] == "Government of Vanuatu"


def test_a_portal_named_alone_belongs_to_the_government_that_runs_it(extract):
    text = "The eCitizen portal was unreachable for most of Monday, leaving applicants unable to pay for passports."
    res = extract(text, title="eCitizen portal down", source_kind="press", published="2025-11-14T09:00:00Z")
    assert primary(res)["provider"] == "Government of Kenya"
