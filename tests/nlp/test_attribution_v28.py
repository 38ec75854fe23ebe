"""attribution.v28: people who work (or worked) at the provider, unnamed, are the outlet's anonymous sources, as
"employees" and "people familiar" are: "Two people who work at the Leeds depot said …" is the press's account (sentences
written for these tests)."""

from .conftest import ai_speakers_after_freight_lead as _ai_speakers


def test_people_who_work_at_a_site_stay_the_outlets_sources_when_referred_back_to(extract):
    assert _ai_speakers(extract, "Two people who work at the Leeds depot said the power cut was only the start. When the power "
                                 "came back, they said, the company's AI scheduling agent cancelled every pickup.") == {"press"}


def test_a_person_who_worked_there_is_the_outlets_source(extract):
    assert _ai_speakers(extract, "A person who worked on the tracking team said an AI agent had deleted the routing "
                                 "tables.") == {"press"}
