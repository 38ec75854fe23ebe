"""Time claims, eleventh round: classes found in fresh text and checked for recurrence across authors. Every sentence
is written for these tests (none is copied from a labelled set)."""
import pytest

from tests.nlp.conftest import claims_of, primary


def values(res, attribute: str) -> list:
    return [c["normalized"] for c in claims_of(res, attribute)]


def _press(extract, text, published="2025-10-22T12:00:00Z"):
    return extract(text, title="Payments outage", published=published, source_kind="press")


def _vendor(extract, text, published="2025-10-22T12:00:00Z"):
    return extract(text, title="Service notice", published=published, source_kind="vendor",
                   url="https://status.example-payments.com/incidents/t")


# --- an outage still going as the text is written has no length yet (C3) --------------------------------------------
# A stated figure stays a duration claim; the document's duration_hours is null when the text says the trouble goes
# on: a length up to "now", a state of trouble in the present or future, the harm still being felt, a return to come.

_LENGTH = ("The Stripe payments dashboard went down on Monday after a ransomware attack, and for three days merchants could "
           "not take card payments. ")


@pytest.mark.parametrize("text", [
    # a length up to now, told with "now"
    "Acme Pay's portal failed on Sunday. For three days now, corner shops have been taking card payments on paper slips.",
    "Acme Pay's portal failed on Sunday. Small merchants have now gone three days without card payments.",
    # a state of trouble in the present or the future (wire, vendor notice, blog)
    _LENGTH + "The portal remains closed while investigators work through the logs.",
    _LENGTH + "Merchant accounts stay locked out, the company said.",
    _LENGTH + "We have taken the portal offline and it will remain offline while we rebuild it.",
    # the harm still being felt
    _LENGTH + "The effects were still being felt on the high street this morning.",
    # a return still to come (vendor notice, press, Q&A)
    _LENGTH + "We will restore our payment systems as soon as it is safe to do so.",
    _LENGTH + "Acme says it expects to bring the merchant portal back next week.",
    _LENGTH + "The company has not said when the portal will return.",
    _LENGTH + "Q: When is it coming back? A: Acme gave no date for its return.",
])
def test_an_outage_told_as_still_going_has_no_length(extract, text):
    res = _press(extract, text)
    assert primary(res)["duration_hours"] is None
    assert 72.0 in values(res, "duration")  # the stated figure stays a claim


@pytest.mark.parametrize("text", [
    # the same figures, with sentences that do not say the trouble goes on
    _LENGTH + "It has been a week now since the fix went in.",
    _LENGTH + "We will restore credits to affected merchant accounts.",
    _LENGTH + "We will return the fees charged while the portal was down.",
    _LENGTH + "We will be back with a full review next week.",
    _LENGTH + "The cause is still being investigated.",
    _LENGTH + "The portal remained closed until Thursday morning, when it reopened.",
    _LENGTH + "We have now restored the portal for every merchant.",
])
def test_other_present_or_future_sentences_keep_the_length(extract, text):
    assert primary(_press(extract, text))["duration_hours"] == 72.0


# --- a weekday counted from the day the text speaks of; a cleft on the recovery's day --------------------------------

_FRIDAY = "Delta's booking systems failed on Friday, July 19, 2024 after a faulty update. "


def _late(extract, text):
    return _press(extract, _FRIDAY + text, published="2024-08-09T07:00:00Z")


@pytest.mark.parametrize("text,end", [
    ("It would not be until the following Wednesday that the airline's schedule looked normal again.", "2024-07-24"),
    ("It was the following Thursday before the airline said every flight was back.", "2024-07-25"),
    ("The schedule was back to normal the next Monday.", "2024-07-22"),
    ("Crews were not reassigned until the following Tuesday, when flights returned to normal.", "2024-07-23"),
])
def test_the_following_weekday_counts_from_the_day_in_force(extract, text, end):
    assert primary(_late(extract, text))["end"] == end


def test_the_previous_weekday_counts_back_from_the_day_in_force(extract):
    res = _late(extract, "The trouble had started the previous Wednesday, when a patch went out.")
    assert "2024-07-17" in values(res, "start")


def test_the_following_weekday_with_no_day_known_is_no_date(extract):
    res = _press(extract, "Delta's booking system failed after a faulty update. It was the following Thursday before every "
                          "flight was back.", published="2024-08-09T07:00:00Z")
    assert values(res, "end") == []


@pytest.mark.parametrize("text", [
    "It was the following Monday before anyone noticed that the backups had failed.",  # no recovery after the cleft
    "It was the following Monday before some flights were back, and others waited longer.",  # a partial one
])
def test_a_cleft_without_a_full_recovery_is_no_end(extract, text):
    assert values(_late(extract, text), "end") == []


@pytest.mark.parametrize("text", [
    "It was July 24 before every flight was back on schedule.",
    "It was only on July 24 that the carrier's timetable ran normally again.",
])
def test_a_cleft_on_the_recovery_day_ends_the_outage(extract, text):
    res = _late(extract, text)
    assert "2024-07-24" in values(res, "end") and "2024-07-24" not in values(res, "start")


# --- a length told by how late it went on, no figure (C3: a qualitative duration claim) ------------------------------

_HOLD = "United Airlines' check-in systems went down on Tuesday after a software fault, and flights were held on the ground. "


@pytest.mark.parametrize("text", [
    "The hold lasted into the evening, and crews ended up out of position.",
    "The ground stop stayed in place until late in the evening.",
    "Check-in kiosks remained patchy until around lunchtime on the East Coast.",
    "The errors dragged on until late at night for travellers in Chicago.",
    "The trouble went on well into Saturday night.",
])
def test_a_length_told_by_how_late_it_went_on(extract, text):
    res = _press(extract, _HOLD + text)
    quoted = [c for c in claims_of(res, "duration") if c["start"] >= len(_HOLD)]
    assert quoted and all(c["normalized"] is None for c in quoted)


@pytest.mark.parametrize("text", [
    "The airline's offices stayed open until late in the evening.",  # a good state
    "Engineers stayed on site until late in the evening.",  # people staying, no state of trouble
    "Crews worked into the evening to reposition aircraft.",  # no verb of lasting
])
def test_staying_open_or_working_late_is_no_length(extract, text):
    res = _press(extract, _HOLD + text)
    assert [c for c in claims_of(res, "duration") if c["start"] >= len(_HOLD)] == []


# --- clock hours in words; a bare hour whose half of the day a part of the day tells --------------------------------


@pytest.mark.parametrize("text,start", [
    ("The Google Cloud network began failing shortly after seven in the evening, Pacific time.", "2025-10-22T02:00:00Z"),
    ("Google Cloud's load balancers started returning errors at ten in the morning, UK time.", "2025-10-22T09:00:00Z"),
    ("The Google Cloud outage started shortly after 7 in the evening, Pacific time.", "2025-10-22T02:00:00Z"),
])
def test_an_hour_in_words_with_its_part_of_the_day(extract, text, start):
    assert start in values(_press(extract, text, published="2025-10-22T12:00:00Z"), "start")


def test_a_bare_hour_after_a_part_of_the_day_takes_its_half(extract):
    text = ("Vodafone Portugal's network went down across the country. Customers in Lisbon lost service on Monday night, "
            "shortly after nine.")
    # (Lisbon keeps UK time: 21:00 local on Monday 20 October is 20:00 UTC in summer time)
    assert "2025-10-20T20:00:00Z" in values(_press(extract, text), "start")


def test_one_in_the_morning_paper_is_no_time(extract):
    res = _press(extract, "The Google Cloud outage was the third one in the morning paper on Tuesday.")
    assert not any("T" in str(v) for v in values(res, "start"))


@pytest.mark.parametrize("text", [
    "The Front Door outage hit Europe hard; most customers were back a little after two in the afternoon UTC.",
    "During the outage most customers were back a little after two in the afternoon UTC.",
])
def test_a_time_after_being_back_is_no_start(extract, text):
    res = _press(extract, "Microsoft Azure's Front Door service failed on Tuesday, July 30, 2024. " + text,
                 published="2024-08-09T07:00:00Z")
    assert "2024-07-30T14:00:00Z" not in values(res, "start")


# --- a window joined to its label by a verb of being or "at" --------------------------------------------------------

_DNS = "Microsoft Azure's DNS service failed on April 1, 2021. "


@pytest.mark.parametrize("text,hours", [
    ("The window Microsoft gives is 21:21 to 22:00 UTC.", 0.65),
    ("The company puts the impact window at 15:41 UTC to 17:05 UTC.", 1.4),
    ("The impact window was 14:20 to 16:05 UTC.", 1.75),
])
def test_a_labelled_window_gives_a_length(extract, text, hours):
    res = _press(extract, _DNS + text, published="2021-04-03T12:00:00Z")
    assert hours in values(res, "duration")


def test_a_maintenance_window_is_no_length(extract):
    res = _press(extract, _DNS + "The maintenance window is 01:00 to 03:00 UTC.", published="2021-04-03T12:00:00Z")
    assert values(res, "duration") == []
