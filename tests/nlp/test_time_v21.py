"""time.v21: a time right before the outlet's own telling ("Tonight we can reveal how the problem began") dates the
telling, not the outage; a vendor's "we" telling its own act keeps its date (sentences written for these tests)."""

from tests.nlp.conftest import time_values_after_lead


def _starts(extract, sentence, kind="press"):
    return time_values_after_lead(extract, sentence, "start", kind)


def test_the_time_of_the_outlets_telling_is_no_start(extract):
    assert _starts(extract, "Tonight we can reveal how the problem began.") == []


def test_a_vendors_own_act_keeps_its_date(extract):
    assert _starts(extract, "On Wednesday, August 20, we learned of a cyber incident affecting our systems.",
                   kind="vendor") == ["2025-08-20"]
