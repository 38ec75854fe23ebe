"""causes.v12 (and negation.v4): classes found on dev9's misses and checked for recurrence in other authors' sets.

Sentences are written for these tests (probe sentences and paraphrases of development-set failures in other words);
never copied from the data sets."""

import pytest

LEAD = "The ticketing site of Northwind Rail went down for most of Monday, stranding thousands of travellers. "


def later(extract, text, source_kind="press"):
    res = extract(LEAD + text, title="Northwind Rail ticketing outage", source_kind=source_kind)
    primary = next(inc for inc in res["incidents"] if inc["primary"])
    got = {(c["normalized"], c["polarity"]) for inc in res["incidents"] for c in inc["claims"]
           if c["start"] >= len(LEAD) and c["attribute"] == "cause"}
    return primary, got


# negation.v4: a negative subject ("nothing", "nobody") reaches its verb of evidence across a long subject
@pytest.mark.parametrize("text", [
    "Nothing in the operator's account of the failure, published on Thursday, points to an attack.",
    "Nothing that investigators have seen so far suggests a cyberattack.",
    "Nobody at the company or among the outside experts brought in on Tuesday has pointed to hackers.",
    "Nothing in the regulator's preliminary findings, released late on Friday evening, indicates a breach.",
    "Nothing we have found in the logs from that night suggests the site was attacked.",
])
def test_long_negative_subject_denies(extract, text):
    primary, got = later(extract, text)
    assert ("cyberattack", "denies") in got
    assert ("cyberattack", "asserts") not in got
    assert primary["cause_category"] != "cyberattack"


@pytest.mark.parametrize("text", [
    # traps: the negation belongs to another clause
    "Nothing was lost, but the logs suggest an attack took the site down.",
    "Nobody was hurt, though investigators now say a ransomware attack took the booking systems offline.",
])
def test_negative_subject_of_another_clause(extract, text):
    primary, got = later(extract, text)
    assert ("cyberattack", "asserts") in got
