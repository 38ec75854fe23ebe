"""causes.v33: "since" or "again" between an auxiliary and its participle keeps the perfect an event ("has since
claimed the attack") (sentences written for these tests)."""
from tests.nlp.conftest import readings_after

_LEAD = "Orrinford Tyres' plants stopped production on Sunday and stayed idle for two days.\n\n"


def _causes(extract, sentence, kind="press"):
    return readings_after(extract, _LEAD, sentence, kind=kind, title="Tyre plants halted")


def test_since_between_auxiliary_and_participle_keeps_the_perfect_an_event(extract):
    assert _causes(extract, "A criminal group has since claimed the attack on its website.") == [("cyberattack", "asserts")]


def test_a_timeless_present_remark_is_still_no_event(extract):
    assert _causes(extract, "Ransomware gangs usually claim attacks on their websites.") == []
