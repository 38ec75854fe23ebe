"""time.v25: a recovery "N days after it disappeared" or "after it had stopped" counts from the failure, as "after it
went down" does: the outage's length; the weather stopping is no failure ("an hour after the rain had stopped")
(sentences written for these tests)."""

from tests.nlp.conftest import time_values_after_lead


def test_back_days_after_it_disappeared_is_the_length(extract):
    sentence = "The network's customer portal came back on Sunday, four days after it disappeared."
    assert time_values_after_lead(extract, sentence, "duration") == [96.0]


def test_back_hours_after_it_had_stopped_is_the_length(extract):
    sentence = "Mobile data returned about nine hours after it had stopped."
    assert time_values_after_lead(extract, sentence, "duration") == [9.0]


def test_an_hour_after_the_rain_had_stopped_is_no_length(extract):
    sentence = "Engineers reached the flooded mast an hour after the rain had stopped."
    assert time_values_after_lead(extract, sentence, "duration") == []
