"""time.v26: "have not been able to" tells the failure as "could not" does, so the time before it dates the start
("Since 08:10 on Tuesday some customers have not been able to log in"); not being able to say something is no failure
(sentences written for these tests)."""

from tests.nlp.conftest import time_values_after_lead


def test_since_a_time_customers_have_not_been_able_to_log_in_dates_the_start(extract):
    sentence = "Since 08:10 on Tuesday some customers have not been able to log in."
    assert time_values_after_lead(extract, sentence, "start", kind="vendor") == ["2025-08-19"]  # (no zone given: the day)


def test_not_having_been_able_to_confirm_is_no_start(extract):
    sentence = "Since 08:10 on Tuesday we have not been able to confirm the cause."
    assert time_values_after_lead(extract, sentence, "start", kind="vendor") == []
