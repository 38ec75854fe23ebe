"""attribution.v28: people who work (or worked) somewhere, unnamed, are the outlet's anonymous sources, as "employees"
and "people familiar" are ("Two people who work at the Leeds depot said …" is the press's account); a speaker cue inside
a title's complement is no speaker ("head of customer operations wrote": the head speaks); a report that says something
speaks for whoever published it ("the company published a post-mortem that said …"); a circular is its issuer's voice
as a handout is; a sentence opening on a day ("By Monday morning X was telling …") names no speaker there; a class word
of the provider's own name speaks for it, and the organisers of the event the provider is ("Race organisers said" of a
marathon); "she wrote" after a sentence whose subject is a role no cue names ("the drivers' union safety officer emailed
members") is that person, another party (sentences written for these tests)."""

from .conftest import ai_speakers_after_freight_lead as _ai_speakers
from .conftest import claims_of


def test_people_who_work_at_a_site_stay_the_outlets_sources_when_referred_back_to(extract):
    assert _ai_speakers(extract, "Two people who work at the Leeds depot said the power cut was only the start. When the power "
                                 "came back, they said, the company's AI scheduling agent cancelled every pickup.") == {"press"}


def test_a_person_who_worked_there_is_the_outlets_source(extract):
    assert _ai_speakers(extract, "A person who worked on the tracking team said an AI agent had deleted the routing "
                                 "tables.") == {"press"}


def test_the_head_of_customer_operations_speaks_for_the_provider(extract):
    assert _ai_speakers(extract, "In a letter to one shipper, Harrowmoor's head of customer operations wrote: \"The "
                                 "deletion was carried out by our AI operations agent.\"") == {"vendor"}


def test_the_head_of_the_customers_group_is_no_provider_voice(extract):
    assert _ai_speakers(extract, "The head of a group of customers said an AI agent had deleted the tracking data.") == {
        "other"}


def test_a_report_the_company_published_speaks_for_the_company(extract):
    assert _ai_speakers(extract, "Three days later the company published a post-mortem that said the deletion had been "
                                 "carried out by its own AI operations agent.") == {"vendor"}


def test_a_circular_nobody_owns_is_another_party(extract):
    assert _ai_speakers(extract, '"We have seen nothing to suggest that AI had anything to do with this," the circular '
                                 'says.') == {"other"}


def _speakers(extract, title, text, attribute="cause"):
    res = extract(text, title=title, source_kind="press", outlet="The Ledger", published="2025-06-05T12:00:00Z")
    return {c["speaker_kind"] for c in claims_of(res, attribute)}


def test_a_day_opening_the_sentence_is_no_speaker(extract):
    text = ("Vodafone's network went down on Friday and stayed down for three days.\n\n"
            "By Monday morning Vodafone was telling the stock market it had been hit by a cyber incident.")
    assert _speakers(extract, "Vodafone outage", text) == {"vendor"}


def test_the_organisers_of_the_event_that_is_the_provider_speak_for_it(extract):
    text = ("The Harrowgate Marathon's results website went down on Sunday morning and stayed down for four hours.\n\n"
            "Race organisers said the outage was caused by a power cut.")
    assert _speakers(extract, "Marathon results site down", text) == {"vendor"}


def test_she_after_a_role_no_cue_names_is_that_person(extract):
    assert _ai_speakers(extract, "At one depot in Leeds, the drivers' union safety officer emailed members on Monday. \"This "
                                 "had nothing to do with the company's AI planner,\" she wrote.") == {"other"}
