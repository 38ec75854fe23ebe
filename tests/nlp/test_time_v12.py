"""Time claims, twelfth round: classes found in fresh text and checked for recurrence across authors. Every sentence
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


# --- a "Resolved" status update's end quotes its header (C10) ----------------------------------------------------------
# The header is what dates the end: the claim's quote begins at "Resolved (…)", with the update's first line. (When the
# first line tells no recovery and a later line does, the end stays on that line: tests/nlp/test_time_v8.py.)

_STATUS_HEAD = ("Investigating (2025-10-21 14:02 UTC): Card payments are failing for some merchants.\n\n"
                "Identified (2025-10-21 14:40 UTC): A faulty database failover is the cause. We are rolling it back.\n\n")


@pytest.mark.parametrize("resolved", [
    "Resolved (2025-10-21 16:18 UTC): This incident has been resolved.",
    "Resolved (2025-10-21 16:18 UTC): All payment methods are working normally again.",
    "Resolved (2025-10-21 16:18 UTC): Card payments have fully recovered. We will publish a review.",
    "Resolved (2025-10-21 16:18 UTC): Payments are flowing again for every merchant.",
    "Resolved (2025-10-21 16:18 UTC): We have mitigated the issue and service is stable.",
])
def test_a_resolved_update_end_quotes_its_header(extract, resolved):
    text = _STATUS_HEAD + resolved
    res = _vendor(extract, text)
    ends = [c for c in claims_of(res, "end") if c["normalized"] == "2025-10-21T16:18:00Z"]
    assert len(ends) == 1
    assert ends[0]["start"] == text.index("Resolved (")
    assert ends[0]["quote"].startswith("Resolved (2025-10-21 16:18 UTC)")


@pytest.mark.parametrize("update", [
    # traps: other updates' posting times are no end (C2, C10), nor is a header whose status is not final
    "Monitoring (2025-10-21 15:30 UTC): A fix is in place and we are watching error rates.",
    "Update (2025-10-21 15:30 UTC): Payments are recovering slowly for some merchants.",
])
def test_an_update_that_is_not_resolved_gives_no_end_at_its_header(extract, update):
    text = _STATUS_HEAD + update
    res = _vendor(extract, text)
    assert "2025-10-21T15:30:00Z" not in values(res, "end")


# --- difficulty with a service, and its loss, date the failure ---------------------------------------------------------
# A date next to a predicate of difficulty ("became difficult to use", "impossible to reach") or
# of the loss of the service itself ("lost its check-in systems", "lost the ability to call") says when the trouble ran,
# as "went down on Tuesday" does. The predicate takes a verb of using or reaching; other difficulties are no failure.

_LEAD = "Northwind Bank's mobile app outage left thousands of customers unable to pay. "


@pytest.mark.parametrize("sentence, day", [
    ("Shoppers found the checkout pages impossible to load on Tuesday afternoon.", "2025-10-21"),  # wire
    ("From the morning of October 20, our mobile data service became difficult to use in parts of Osaka.", "2025-10-20"),  # notice
    ("Customers found the app hard to use from Monday evening onwards.", "2025-10-20"),  # blog
    ("The airline lost its booking and check-in systems early on Saturday.", "2025-10-18"),  # wire
    ("Many subscribers lost the ability to send texts on Wednesday night.", "2025-10-22"),  # liveblog
    ("Q: When did it start? A: Online banking was hard to reach from Sunday evening.", "2025-10-19"),  # Q&A
])
def test_difficulty_or_loss_of_the_service_dates_the_failure(extract, sentence, day):
    res = _press(extract, _LEAD + sentence, published="2025-10-24T12:00:00Z")
    assert day in values(res, "start")


@pytest.mark.parametrize("sentence", [
    "The team lost its lead engineer on Friday.",
    "It was impossible to know on Tuesday who had been hit.",
    "Analysts found the quarterly figures hard to read on Monday.",
])
def test_other_difficulties_and_losses_date_no_failure(extract, sentence):
    res = _press(extract, _LEAD + sentence, published="2025-10-24T12:00:00Z")
    assert values(res, "start") == []


def test_a_place_hard_to_get_into_dates_no_failure(extract):
    res = _press(extract, _LEAD + "On Sunday night the cage was hard to get into.")
    assert values(res, "start") == []


# --- a period named by its relative clause is no length -----------------------------------------------------------------
# "on a day when …", "from a week in which …": the period is where something happened, not how long the outage lasted
# (as "in a month when" already was); "down for a day when …" keeps its length.

@pytest.mark.parametrize("sentence", [
    "We apologise for the disruption, coming as it did on a day when many of you were paying bills.",  # vendor
    "Greetings from a week in which the outage everyone discussed turned out to be a typo.",  # newsletter
    "The fault struck on a day when most of the engineers were away.",  # blog
])
def test_a_period_named_by_a_relative_clause_is_no_length(sentence):
    from nlp.temporal import find_durations
    assert find_durations(sentence, 0) == []


@pytest.mark.parametrize("sentence, hours", [
    ("The portal had been down for a day when the bank finally spoke.", 24.0),
    ("The site had been offline for six hours when engineers found the cause.", 6.0),
    ("Payments failed for two days, during which shops took cash.", 48.0),
])
def test_a_length_before_a_when_clause_stays_a_length(sentence, hours):
    from nlp.temporal import find_durations
    assert [d.hours for d in find_durations(sentence, 0)] == [hours]


# --- "today" and "yesterday" before any zone is in force: where the whole text is written from -----------------------
# A text posted in the first hours of a UTC day by someone west of UTC was written on the day before: the zone its later
# sentences name ("… at 11:32 a.m. ET"), or places that all lie well west of UTC ("the United States"), say so. A text
# that says nothing of where, or names places east of UTC, keeps the UTC day.

@pytest.mark.parametrize("text, day", [
    # vendor post, US-wide, posted 01:00 UTC
    ("Yesterday, an outage of our network in parts of the United States took several of our services offline.",
     "2025-10-21"),
    # statement naming its zone only later
    ("Earlier today our card payments failed for many customers. Service was restored at 7:40 p.m. ET.", "2025-10-22"),
    # blog, Canada
    ("Earlier today, customers across Canada could not reach our app, and we are sorry.", "2025-10-22"),
])
def test_today_in_a_text_written_west_of_utc_is_the_day_before_utc(extract, text, day):
    res = _vendor(extract, text, published="2025-10-23T01:00:00Z")
    assert day in values(res, "start")


@pytest.mark.parametrize("text, day", [
    # traps: a text that says nothing of where, or is written east of UTC, keeps the UTC day
    ("Earlier today our card payment service went down for many customers, and we are sorry.", "2025-10-23"),
    ("Earlier today, customers across Japan could not reach our app, and we are sorry.", "2025-10-23"),
    ("Earlier today, customers in the United States and Australia could not reach our app.", "2025-10-23"),
])
def test_today_with_no_western_writer_keeps_the_utc_day(extract, text, day):
    res = _vendor(extract, text, published="2025-10-23T01:00:00Z")
    assert values(res, "start") == [day]


# --- a day counted back from an elapsed time gives way to a day the sentence writes ------------------------------------
# "Six weeks after it happened, …" dates the event by counting back from publication: a guess. A day written in the same
# sentence is the one the text gives ("… its side of the September 30 outage", "… still locked out on Tuesday").

@pytest.mark.parametrize("sentence, kept", [
    ("Six weeks after it happened, the bank has told its side of the September 30 outage.", "2021-09-30"),
    ("Three days after the agency pulled its portal offline, filers were still locked out on Tuesday.", "2021-11-09"),
    ("A month after the storm took the region down, on 12 October engineers finally restored the last rack.", "2021-10-12"),
])
def test_a_day_counted_back_gives_way_to_a_written_day(sentence, kept):
    from datetime import date
    from nlp.temporal import resolve_points
    isos = [p.iso for p in resolve_points(sentence, 0, date(2021, 11, 12), None, None)]
    assert isos == [kept]


@pytest.mark.parametrize("sentence, day", [
    # with no other day written, the counted-back day stays (the elapsed lead's own tests hold its other traps)
    ("A week after the fire at our site, we want to give you a view of the restart.", "2021-11-05"),
    ("Ten days after attackers crippled its systems, the council is still taking payments by phone.", "2021-11-02"),
])
def test_a_day_counted_back_stays_when_no_day_is_written(sentence, day):
    from datetime import date
    from nlp.temporal import resolve_points
    assert [p.iso for p in resolve_points(sentence, 0, date(2021, 11, 12), None, None)] == [day]


# --- a date set before the outage's noun names it, also in a sentence of saying ----------------------------------------

@pytest.mark.parametrize("sentence", [
    "Weeks later, Northwind has told its side of the October 3 outage, blaming a supplier.",
    "The bank explained on its blog what went wrong in the October 3 outage.",
])
def test_a_date_naming_the_outage_in_a_sentence_of_saying_is_its_start(extract, sentence):
    res = _press(extract, "Northwind Bank's app went down for hours. " + sentence, published="2025-10-22T12:00:00Z")
    assert "2025-10-03" in values(res, "start")


def test_the_day_a_statement_was_made_is_still_no_start(extract):
    res = _press(extract, "Northwind Bank's app went down for hours. The bank told customers on October 9 that the fault was fixed.",
                 published="2025-10-22T12:00:00Z")
    assert "2025-10-09" not in values(res, "start")


# --- the day something said was handed over is a statement's day (C2) ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The bank's own figures, given to us on Thursday, put the damage at thousands of failed payments.",  # analysis
    "A statement sent to reporters on Friday blamed a supplier.",  # wire
    "Numbers provided to the regulator on Monday show how many cards were declined.",  # report
])
def test_the_day_figures_or_words_were_handed_over_is_no_start(extract, sentence):
    res = _press(extract, "Northwind Bank's app went down for hours. " + sentence, published="2025-10-24T12:00:00Z")
    assert values(res, "start") == []


def test_a_failure_on_a_day_keeps_its_start_beside_a_handing_over(extract):
    res = _press(extract, "Northwind Bank's app went down on Tuesday. Refunds were given to customers on Friday.",
                 published="2025-10-24T12:00:00Z")
    assert values(res, "start") == ["2025-10-21"]
