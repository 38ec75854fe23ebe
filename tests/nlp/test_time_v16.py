"""time.v16: jobs that "did not start" tell the outage's time like jobs that "failed to start"; a worded clock time
with no part of the day closing a range after a clock time ("at ten past seven in the morning … until twenty-five past
one") is the first reading after it; "six and a quarter hours", "two and three quarters hours" are lengths. Every
sentence is written for these tests."""
import pytest

from tests.nlp.conftest import claims_of


def _claims(extract, text, kind="press", title="Orrin Telecom outage"):
    extra = {"provider": "Orrin Telecom"} if kind == "vendor" else {"outlet": "The Desk"}
    res = extract(text, title=title, source_kind=kind, published="2024-01-05T12:00:00Z", **extra)
    return {(c["attribute"], c["normalized"]) for c in claims_of(res, "start") + claims_of(res, "end") +
            claims_of(res, "duration")}


def test_jobs_that_did_not_start_date_the_outage(extract):
    got = _claims(extract, "On Tuesday 2 January, from 14:06 to 17:48 UTC, build jobs on Orrin's hosted runners did "
                           "not start, in every region. We are sorry for the outage.", kind="vendor",
                  title="Hosted runners: what happened")
    assert ("start", "2024-01-02T14:06:00Z") in got and ("end", "2024-01-02T17:48:00Z") in got
    assert ("duration", 3.7) in got


def test_a_worded_time_closing_a_range_reads_after_the_opening_time(extract):
    got = _claims(extract, "Orrin Telecom's broadband failed on Tuesday. The problems began at ten past seven in the "
                           "morning and were not fixed until twenty-five past one, the company said.")
    assert ("duration", 6.25) in got


@pytest.mark.parametrize("text, hours", [
    ("For six and a quarter hours on Tuesday, Orrin Telecom customers could not get online.", 6.25),
    ("Orrin Telecom's broadband was down for two and three quarters hours on Tuesday.", 2.75),
    ("Orrin Telecom's broadband was down for two and a half hours on Tuesday.", 2.5),
])
def test_fractions_of_hours_in_words(extract, text, hours):
    assert ("duration", hours) in _claims(extract, text)


def test_three_quarters_of_an_hour_with_a_hyphen(extract):
    assert ("duration", 0.75) in _claims(extract, "Orrin Telecom's app was unavailable for three-quarters of an hour.")
