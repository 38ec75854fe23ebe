"""causes.v14: what a denial removes from the document's cause choice.

A denial that points back at a cause already told ("this was not the case", "it withdrew that explanation", "The
firm said it was not") withdraws that cause from the account; the speaker's later word stands. A denial that names
its own thing ("there was no fire") withdraws nothing.

Sentences are written for these tests (paraphrases in other words); never copied from the data sets."""

import pytest

from nlp.causes import takes_back_earlier_cause

LEAD = "The booking system of Larchmont Ferries failed on Tuesday morning, leaving passengers stranded at the docks. "


def primary_of(extract, text, source_kind="press"):
    res = extract(LEAD + text, title="Larchmont Ferries booking outage", source_kind=source_kind)
    return next(inc for inc in res["incidents"] if inc["primary"])


@pytest.mark.parametrize("text,kind", [
    # vendor notice: the earlier guess, then the retraction, then the real cause
    ("We said this morning that a DDoS attack was the likely cause of the outage. Our further checks found that this "
     "was not the case. The outage was caused by a failed storage array in our main data centre.", "vendor"),
    # wire story
    ("Larchmont Ferries first blamed a cyberattack for the failure. It later withdrew that explanation. Engineers traced "
     "the fault to a failed storage array.", "press"),
    # blog
    ("The company's first update pointed at a DDoS attack. By the afternoon that claim was wrong, it admitted, and a "
     "broken storage controller was to blame.", "press"),
])
def test_a_cause_taken_back_leaves_the_account(extract, text, kind):
    assert primary_of(extract, text, kind)["cause_category"] == "hardware"


def test_a_cause_taken_back_and_nothing_else_leaves_it_unknown(extract):
    text = ("Larchmont Ferries said on Tuesday that a cyberattack had hit its systems. On Wednesday it said further "
            "checks showed this was not the case.")
    assert primary_of(extract, text)["cause_category"] == "unknown"


# traps: a denial that names its own thing withdraws nothing; an assertion made again after the retraction stands
@pytest.mark.parametrize("text,kind,expected", [
    ("The shutdown was triggered by smoke found in the engine room after maintenance; there was no fire.", "vendor",
     "environmental"),
    ("Smoke was found in the plant room and power was cut as a precaution, the firm said. It stressed there had been no "
     "fire.", "press", "environmental"),
    ("The operator first blamed a DDoS attack. Later it said this was not the case. On Friday the operator confirmed "
     "that a DDoS attack had in fact knocked the system offline.", "press", "cyberattack"),
])
def test_a_denial_of_its_own_thing_withdraws_nothing(extract, text, kind, expected):
    assert primary_of(extract, text, kind)["cause_category"] == expected


@pytest.mark.parametrize("text,points_back", [
    ("Further checks found that this was not the case.", True),
    ("The operator later withdrew that explanation.", True),
    ("That initial diagnosis turned out to be wrong.", True),
    ("The ferry company said it was not.", True),
    ("There was no fire.", False),
    ("This was not a cyberattack.", False),
    ("The case was not closed until Friday.", False),
])
def test_takes_back_earlier_cause(text, points_back):
    assert takes_back_earlier_cause(text) is points_back
