"""relevance.v17: a grid's own failure told as an event ("a power failure occurred", "caused Monday's regional
blackout", "the lights went out") is the grid operator's outage, tied to the grid as a name ties one; power cuts
announced ahead and blackouts of other kinds stay what they were (sentences written for these tests)."""

import pytest

from nlp.extract import Extractor


def _is_outage(extract, title, text, source_kind="press", provider=None):
    return extract(text, title=title, source_kind=source_kind, provider=provider,
                   published="2025-03-14T18:00:00Z")["is_outage"]


def test_a_grid_operators_notice_of_its_own_failure(extract):
    text = ("A power failure across the whole county occurred shortly after 2 p.m. today. "
            "Crews are bringing supply back area by area, hospitals first, and we will post again within the hour.")
    assert _is_outage(extract, "Network-wide supply interruption", text, "vendor", "Northvale Power") is True


def test_a_press_brief_on_a_national_blackout_without_the_operators_name(extract):
    text = ("A fox that climbed into a substation near the capital caused Thursday's nationwide blackout, the "
            "country's energy ministry said. Crews were still restoring power in the north by evening.")
    assert _is_outage(extract, "Fox blamed for blackout", text) is True


def test_a_power_cut_announced_ahead_is_no_outage(extract):
    text = ("We will switch off the supply to 180 homes in Lower Brackley on Sunday between 9 a.m. and 1 p.m. so that "
            "a transformer at the substation can be replaced. Power will be restored as soon as the work is done.")
    assert _is_outage(extract, "Planned work: Lower Brackley substation", text, "vendor", "Northvale Power") is False


def test_a_blackout_on_a_pitch_is_no_grid_failure(extract):
    text = ("A floodlight fault caused a second-half blackout at Mill Lane, and the referee took the players off for "
            "twenty minutes. The visitors held on for a draw once play resumed.")
    assert _is_outage(extract, "Floodlights fail as Rovers hold on", text) is False


@pytest.fixture(scope="module")
def rules_alone():
    """(the rules alone: the learned second opinion once carried these reports and must not have to)"""
    extractor = Extractor(rules_only=True)

    def is_outage(title, text):
        doc = {"id": "t", "title": title, "text": text, "source_kind": "press", "published": "2025-03-14T18:00:00Z"}
        return extractor.extract(doc)["is_outage"]
    return is_outage


def test_a_body_whose_work_was_disabled_reports_an_outage_by_the_rules_alone(rules_alone):
    text = ("Dallas's city government was paralysed on Wednesday by a ransomware attack, and its municipal courts "
            "adjourned every hearing. The mayor said the city would not pay.")
    assert rules_alone("Court adjourns hearings", text) is True


def test_an_attack_that_goes_on_disrupting_systems_reports_an_outage_by_the_rules_alone(rules_alone):
    text = ("Customers of Tesco stores in the north found bare shelves on Friday as a ransomware attack on a "
            "logistics supplier continued to disrupt the grocer's warehouse and ordering systems.")
    assert rules_alone("Bare shelves in the north", text) is True
