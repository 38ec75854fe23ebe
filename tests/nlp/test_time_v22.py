"""time.v22: a unit of time with a possessive measures an amount, not the outage's length ("a month's fees back", "a
week's sail away"), unless what it measures is the trouble ("two hours' disruption"); a day's name with a possessive
is no such unit (sentences written for these tests)."""

from tests.nlp.conftest import time_values_after_lead


def _durations(extract, sentence, kind="press"):
    return time_values_after_lead(extract, sentence, "duration", kind)


def test_a_months_credit_is_no_length(extract):
    assert _durations(extract, "We have credited every affected customer with a month's line rental.", kind="vendor") == []


def test_hours_of_disruption_are_a_length(extract):
    assert _durations(extract, "Customers lost calls after eleven hours' disruption.") == [11.0]


def test_a_named_days_possessive_keeps_the_length(extract):
    assert _durations(extract, "Calls failed for most of Tuesday's evening rush.") == [None]
