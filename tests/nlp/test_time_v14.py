"""time.v14: a figure of time so far into trouble still going ("for more than a day now", "four days after the attack,
… were still disrupted", "for almost three weeks, since …") stays a duration claim but gives the outage no length while
no end is told; a term a court hands down or a contract sets ("a suspended sentence of one year and eight months") is
no duration at all. Every sentence is written for these tests."""
import pytest

from tests.nlp.conftest import claims_of, primary


def _doc(extract, text):
    return extract(text, title="Pathology outage", source_kind="press", outlet="The Desk",
                   published="2024-06-07T12:00:00Z")


@pytest.mark.parametrize("text", [
    "Blood tests at three hospitals in Kent were still disrupted on Friday, four days after a ransomware attack on "
    "the pathology firm Orrin Labs.",
    "For more than a day now, Orrin Labs customers have been unable to get test results, after a ransomware attack "
    "on the company's systems.",
    "Quillmoor's results portal went offline in a ransomware attack. For almost two weeks, since the attack, "
    "hospitals have had to send their samples elsewhere.",
])
def test_time_so_far_into_an_outage_still_going_is_no_length(extract, text):
    res = _doc(extract, text)
    assert claims_of(res, "duration")  # the figure is a claim ...
    assert primary(res).get("duration_hours") is None  # ... but the outage is not over


def test_a_length_told_of_an_outage_that_ended_stays(extract):
    res = _doc(extract, "Orrin Labs' results portal was down for four hours on Tuesday after a ransomware attack, "
                        "and was back by 3pm.")
    assert primary(res).get("duration_hours") == 4.0


def test_a_court_sentence_is_no_duration(extract):
    text = ("A court in Leeds has handed a suspended sentence of one year and eight months to the man who built the "
            "botnet that knocked Orrin Labs offline last November.")
    assert claims_of(_doc(extract, text), "duration") == []


@pytest.mark.parametrize("text", [
    "An overnight software update went wrong in the early hours of Saturday, taking Quillmoor's online shop offline.",
    "An overnight config change took Quillmoor's checkout offline early on Saturday.",
])
def test_overnight_before_a_described_change_is_an_adjective(extract, text):
    res = extract(text, title="Quillmoor deliveries cancelled", source_kind="press", outlet="The Desk",
                  published="2024-03-18T07:30:00Z")
    assert [c["normalized"] for c in claims_of(res, "start")] == ["2024-03-16"]


@pytest.mark.parametrize("text", ["a month-end batch of updates", "a week-old backup"])
def test_a_point_in_the_month_or_an_age_is_no_duration(text):
    from nlp.temporal import find_durations
    assert find_durations(text, 0) == []


@pytest.mark.parametrize("text", [
    "Quillmoor's results portal went down on Friday after a ransomware attack. At the time of publication the outage had "
    "lasted five days.",
    "Quillmoor's results portal went down overnight after a ransomware attack, and the outage had lasted more than six "
    "hours by mid-morning.",
])
def test_a_length_as_of_a_moment_is_no_length_yet(extract, text):
    res = _doc(extract, text)
    assert claims_of(res, "duration") and primary(res).get("duration_hours") is None


@pytest.mark.parametrize("text, iso", [
    ("the card terminals stopped working on the last Friday of November.", "2024-11-29"),
    ("It failed on the second Tuesday in March 2024.", "2024-03-12"),
    ("The outage began on the first Monday of February.", "2025-02-03"),
])
def test_a_weekday_counted_in_its_month_is_a_day(text, iso):
    from datetime import date

    from nlp.temporal import resolve_points
    assert [p.iso for p in resolve_points(text, 0, date(2025, 3, 12), None, None)] == [iso]


def test_overnight_processing_is_a_kind_of_processing_not_a_night(extract):
    res = extract("Customers found on Wednesday that their wages had not arrived. The bank said about 600,000 payments had "
                  "been affected and blamed a technical issue in its overnight processing.", title="Bank payments missing",
                  source_kind="press", published="2015-06-19T08:00:00Z")
    assert "2015-06-19" not in [c["normalized"] for c in claims_of(res, "start")]
