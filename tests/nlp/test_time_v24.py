"""time.v24: a time told after a copy of data ("restored from a backup taken at seven that morning", "the snapshot made
at 06:00") is when the copy was made, not when the outage began (sentences written for these tests)."""

from tests.nlp.conftest import time_values_after_lead


def test_the_time_a_backup_was_taken_is_no_start(extract):
    sentence = "Service came back after engineers restored the databases from a backup taken at 07:00 that morning."
    assert time_values_after_lead(extract, sentence, "start", kind="vendor") == []


def test_the_outage_start_beside_a_backup_stays(extract):
    sentence = "The outage began at 07:40, twenty minutes after the nightly backup finished."
    assert time_values_after_lead(extract, sentence, "start", kind="vendor") != []
