"""causes.v25: "down for a week after a ransomware attack" gives the outage's length, then what set it off;
"a week after a cyberattack on a rival" still only dates another event (sentences written for these tests)."""

from tests.nlp.conftest import primary


def _cause(extract, title, text):
    res = extract(text, title=title, source_kind="press", published="2025-06-06T15:00:00Z")
    return primary(res)["cause_category"] if res["incidents"] else None


def test_an_outage_length_then_the_attack_that_set_it_off(extract):
    text = "Brackenmoor Council's website was down for a week after a ransomware attack, and payments were taken by phone."
    assert _cause(extract, "Council website down for a week", text) == "cyberattack"


def test_an_interval_after_another_event_is_still_no_cause(extract):
    text = ("Brackenmoor Council's website went down on Monday, a week after a ransomware attack on a neighbouring "
            "council. The council said a server had failed.")
    assert _cause(extract, "Council website down", text) == "hardware"
