"""time.v18: a date fronted before a clause that tells what someone did about the outage ("On Wednesday, the bank apologised
for the outage", "In March, the company published its review") is the date of that act, no start (C2); a date that opens
a failure still is (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_LEAD = "Farrowdale Bank's app failed this week, leaving customers unable to pay.\n\n"


def _read(extract, sentence: str, attribute: str) -> list:
    """The values of one attribute's claims read in `sentence`, after a lead that makes the text an outage report."""
    res = extract(_LEAD + sentence, title="Farrowdale outage", source_kind="press", outlet="The Ledger",
                  published="2025-10-09T20:00:00Z")
    return [c["normalized"] for c in claims_of(res, attribute) if c["start"] >= len(_LEAD)]


@pytest.mark.parametrize("sentence", [
    "On Wednesday, the bank apologised for the outage.",
    "In March, the company published its review of the outage.",
    "In January, a team from the regulator travelled to Leeds and spoke to staff at the affected branches.",
])
def test_the_date_of_a_response_is_no_start(extract, sentence):
    assert _read(extract, sentence, "start") == []


def test_a_fronted_date_of_the_failure_is_a_start(extract):
    assert _read(extract, "On Tuesday, the bank's app crashed for six hours.", "start") == ["2025-10-07"]


@pytest.mark.parametrize("sentence", [
    "The app went down again on 3 October, a week after the first outage.",
    "Two weeks after the outage, the bank has still not said what went wrong.",
])
def test_time_since_the_outage_is_no_length(extract, sentence):
    assert _read(extract, sentence, "duration") == []


def test_time_after_what_set_it_off_is_still_a_length(extract):
    assert _read(extract, "Four days after a cyberattack hit its systems, the bank's app is still down.", "duration") == [96.0]
