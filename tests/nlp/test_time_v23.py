"""time.v23: a length planned for the work is not the outage's ("the upgrade was supposed to take six days", "was
scheduled to last two hours"); the outage's own length beside it stays (sentences written for these tests)."""

from tests.nlp.conftest import time_values_after_lead


def _durations(extract, sentence, kind="press"):
    return time_values_after_lead(extract, sentence, "duration", kind)


def test_a_length_the_upgrade_was_supposed_to_take_is_no_outage_length(extract):
    assert _durations(extract, "The network upgrade was supposed to take six days.") == []


def test_a_length_the_work_was_scheduled_to_last_is_no_outage_length(extract):
    assert _durations(extract, "The maintenance was scheduled to last two hours.", kind="vendor") == []


def test_the_outage_length_after_a_planned_one_stays(extract):
    assert _durations(extract, "The work was meant to last two hours, but calls failed for nine hours.") == [9.0]
