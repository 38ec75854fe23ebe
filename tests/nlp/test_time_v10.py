"""Time claims, tenth round: classes found in fresh text and checked for recurrence across authors — a month of
"last year", the start of the month of writing, a recovery that holds "since" a time, a date in a relative clause
on the trouble, holding flights or trains, a fronted length whose date holds its own preposition, getting nothing
back, "broken" with its object. Every sentence is written for these tests."""
import pytest

from tests.nlp.conftest import claims_of

LEAD = "Customers of the service could not log in. "


def values(res, attribute: str) -> list:
    return [c["normalized"] for c in claims_of(res, attribute)]


def _press(extract, text, published="2025-10-22T12:00:00Z"):
    return extract(LEAD + text, title="Cloudflare outage", published=published, source_kind="press")


def _vendor(extract, text, published="2025-10-22T12:00:00Z"):
    return extract(text, title="Incident report", published=published, source_kind="vendor",
                   url="https://www.cloudflarestatus.com/incidents/t")


def _primary_start(res):
    return next(i for i in res["incidents"] if i["primary"])["start"]


# --- a month of "last year" is in the year before the year of writing ---------------------------------------------


@pytest.mark.parametrize("text,month", [
    ("In March last year the same gateway went offline for a day.", "2024-03"),
    ("The exchange suffered a similar outage in June of last year.", "2024-06"),
    ("Back in November last year, the same bug took the portal down.", "2024-11"),
])
def test_a_month_of_last_year(extract, text, month):
    # (published in October 2025: "March last year" is March 2024, not the March just gone)
    assert month in values(_press(extract, text), "start")


def test_last_year_alone_is_still_the_year(extract):
    assert "2024" in values(_press(extract, "Last year the same gateway went offline for a day."), "start")


def test_a_month_without_last_year_is_the_latest_one(extract):
    assert "2025-03" in values(_press(extract, "In March the same gateway went offline for a day."), "start")


# --- the start of the month of writing ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Early this month, some users found that a bad update had broken their laptops.",
    "Earlier this month the payments gateway went offline for most of a day.",
])
def test_early_this_month_is_the_month_of_writing(extract, text):
    assert "2025-10" in values(_press(extract, text), "start")


# --- a recovery that holds since a time ------------------------------------------------------------------------------


@pytest.mark.parametrize("text,end", [
    ("Card payments have been back to normal for every customer since 9:40 UTC.", "2025-10-22T09:40:00Z"),
    ("Our online banking has been fully restored since Tuesday evening.", "2025-10-21"),
])
def test_a_full_recovery_since_a_time_ends_it(extract, text, end):
    res = _vendor(extract, "We had an outage affecting card payments. " + text)
    assert end in values(res, "end") and end not in values(res, "start")


@pytest.mark.parametrize("text", [
    "Voice calls have been restored for most customers since early this morning, and we continue to work on data.",
    "Service has been restored for the majority of users since about 6 a.m., and the rest will follow.",
])
def test_a_partial_recovery_since_a_time_is_no_start(extract, text):
    res = _vendor(extract, "Our network was hit by a cyberattack last night. " + text)
    assert "2025-10-22" not in values(res, "start")
    assert _primary_start(res) == "2025-10-21"


def test_down_since_a_time_is_still_a_start(extract):
    # trap: the outage still going since a day, a recovery denied after it
    res = _vendor(extract, "The portal has been down since Monday and has not been restored.")
    assert "2025-10-20" in values(res, "start")


# --- a date in a relative clause on the trouble ----------------------------------------------------------------------


@pytest.mark.parametrize("text,day", [
    ("Online play has been restored following a network issue that affected players last night.", "2025-10-21"),
    ("Services are back after the fault which knocked out card payments on Monday evening.", "2025-10-20"),
    ("We have fixed the problem that hit checkout pages on Monday.", "2025-10-20"),
])
def test_a_date_in_a_relative_clause_on_the_trouble_is_its_start(extract, text, day):
    res = _vendor(extract, text)
    assert day in values(res, "start") and day not in values(res, "end")


def test_an_end_word_inside_the_relative_clause_keeps_the_end(extract):
    # trap: the recovery is the relative clause's own verb phrase's neighbour ("was fixed on Monday")
    res = _vendor(extract, "We had an outage affecting card payments. The fault that hit card payments was fixed on Monday evening.")
    assert "2025-10-20" in values(res, "end")


# --- holding what runs to a timetable -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Earlier this evening, a technology issue led us to hold mainline flights at their departure airports.",
    "Flights were held at the gate on Wednesday evening because of a problem with the airline's systems.",
    "The rail operator held all trains at their platforms on Wednesday after a signalling problem.",
])
def test_holding_flights_or_trains_speaks_of_the_outage(extract, text):
    res = extract(LEAD + text, title="United Airlines outage", published="2025-10-23T01:30:00Z", source_kind="press")
    assert "2025-10-22" in values(res, "start")


def test_holding_a_meeting_is_no_disruption(extract):
    res = _press(extract, "The board held a meeting on Monday morning to discuss its budget.")
    assert "2025-10-20" not in values(res, "start")


# --- a fronted length whose date holds its own preposition ---------------------------------------------------------

PASSING = "Police were called to cash machines on Sunday night after word spread online. "


@pytest.mark.parametrize("text", [
    "For several hours on Monday evening, a fault in the lender's systems let clients overdraw.",
    "For part of Monday afternoon, callers to the emergency number heard nothing at all.",
    "For a couple of hours on Monday, a glitch made the chatbot answer simple questions with nonsense.",
    "For most of Monday, shoppers could not pay by card.",
])
def test_a_fronted_length_dates_the_failure(extract, text):
    # (a date merely mentioned before gives way to one that dates the failure, so the claim is kept)
    assert "2025-10-20" in values(_press(extract, PASSING + text), "start")


def test_a_fronted_length_before_other_work_dates_nothing(extract):
    res = _press(extract, PASSING + "For several hours on Monday, engineers met to plan the migration.")
    assert "2025-10-20" not in values(res, "start")


# --- getting nothing back, broken with its object -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "On Wednesday night, callers to the helpline heard only silence.",
    "On Wednesday night the shop's pages returned nothing at all.",
    "On Wednesday night a bad update had broken their laptops.",
])
def test_getting_nothing_back_or_broken_things_date_the_failure(extract, text):
    res = _press(extract, text, published="2025-10-23T12:00:00Z")
    assert "2025-10-22" in values(res, "start")


@pytest.mark.parametrize("text", [
    "On Wednesday night the committee heard evidence from three engineers.",
    "On Wednesday night the shop's pages got a new design.",
])
def test_hearing_or_returning_something_is_no_failure(extract, text):
    res = _press(extract, text, published="2025-10-23T12:00:00Z")
    assert "2025-10-22" not in values(res, "start")


# --- an elapsed time from the failure to a time it still went on ---------------------------------------------------


@pytest.mark.parametrize("text,hours", [
    ("Three days after the tax agency pulled its portal offline, filers across the country were still unable to log in.", 72.0),
    ("Two days after a ransomware attack knocked out its check-in system, the airport went on boarding passengers with "
     "paper lists.", 48.0),
    ("A week after the bank switched its app off, customers are still locked out.", 168.0),
])
def test_an_elapsed_time_from_the_failure_while_it_goes_on_is_a_length(extract, text, hours):
    assert hours in values(_press(extract, text), "duration")


@pytest.mark.parametrize("text", [
    "Two days after the launch, users were still excited.",
    "Three days after the agency pulled its portal offline, it published a statement.",
])
def test_an_elapsed_time_after_something_else_or_without_it_going_on_is_no_length(extract, text):
    assert not [v for v in values(_press(extract, text), "duration") if v]


@pytest.mark.parametrize("text,hours", [
    ("The provider brought the zone back into service last week, three weeks after a burst pipe and a fire in a "
     "Frankfurt data hall took it down.", 504.0),
    ("The exchange reopened two days after a power failure at its main data centre in the city knocked out trading.", 48.0),
    ("The archive has put its catalogue back online, almost eleven weeks after a ransomware crew crippled its systems.", 1848.0),
])
def test_an_elapsed_time_from_a_failure_told_at_length_to_a_recovery_is_a_length(extract, text, hours):
    assert hours in values(_press(extract, text), "duration")


@pytest.mark.parametrize("text", [
    "Two weeks after the firm took out a large loan to expand, its shares came back.",
    "The app was restored two hours after engineers disabled the faulty feature.",
])
def test_an_elapsed_time_from_another_act_is_no_length(extract, text):
    assert not [v for v in values(_press(extract, text), "duration") if v]


# --- a date near the failure told in other words, far from the outage word --------------------------------------------

_LONG_TAIL = (": the company paused sign-ups, and people who already had access said that making a single short clip "
              "could take many minutes at a time, that the queue page sometimes showed a wait of an hour or more, or "
              "that the request would simply fail outright.")


@pytest.mark.parametrize("text", [
    "The new video tool went live on Monday for paying subscribers, and within a few hours nobody new could get in" + _LONG_TAIL,
    "The photo app opened to everyone on Monday, and by lunchtime new users were unable to register" + _LONG_TAIL,
])
def test_a_date_near_the_failure_in_other_words_is_read(extract, text):
    assert "2025-10-20" in values(_press(extract, text), "start")


def test_a_date_far_from_any_failure_is_still_passed_over(extract):
    text = ("The new video tool went live on Monday for paying subscribers, and within a few hours thousands had joined, "
            "praising how quickly it turned their short written prompts into moving pictures, sharing the results with "
            "friends and family and asking when a free tier would open, though a few later said a request would fail outright.")
    assert "2025-10-20" not in values(_press(extract, text), "start")


# --- a clock time takes the date after the part of the day it falls in ----------------------------------------------


@pytest.mark.parametrize("text", [
    "Since 7:30 of the morning of 3 October, customers have been unable to pay by card.",
    "The portal has been down since 9:15 on the morning of October 3.",
    "Card payments failed at 2:40 p.m. on the afternoon of October 3.",
])
def test_a_clock_time_on_the_part_of_a_named_day_takes_that_day(extract, text):
    starts = values(_press(extract, text), "start")
    assert any(str(v).startswith("2025-10-03") for v in starts) and not any(str(v).startswith("2025-10-22") for v in starts)


# --- "into" a day: a window's second end, never a start ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The failures that hobbled the apps from Wednesday afternoon into Thursday were blamed on a configuration change.",
    "The booking site was down from Wednesday evening into Thursday.",
])
def test_a_window_from_a_day_into_the_next_ends_on_it(extract, text):
    res = _press(extract, text, published="2025-10-24T12:00:00Z")
    assert "2025-10-23" in values(res, "end") and "2025-10-22" in values(res, "start")


def test_into_a_later_day_is_no_start(extract):
    res = _press(extract, "Customers saw errors on Monday. Some customers saw errors into the following day.",
                 published="2025-10-24T12:00:00Z")
    assert "2025-10-21" not in values(res, "start")


def test_a_bare_weekday_after_into_without_a_window_is_still_no_date(extract):
    res = _press(extract, "The backlog of payments should carry over into Saturday, the bank said.", published="2025-10-24T12:00:00Z")
    assert not [v for v in values(res, "start") + values(res, "end") if str(v).startswith("2025-10-18")]


# --- a projection is a verb: not the month May, not a noun after a determiner ----------------------------------------


@pytest.mark.parametrize("text,hours", [
    ("The administrators switched off new account sign-ups and new project creation for about ten hours on Thursday.", 10.0),
    ("In May last year the registry went down for about a day.", 24.0),
    ("Despite the plans the site was offline for about six hours.", 6.0),
])
def test_a_noun_or_the_month_is_no_projection(extract, text, hours):
    assert hours in values(_press(extract, text, published="2024-03-29T07:00:00Z"), "duration")


@pytest.mark.parametrize("text", [
    "The company plans to keep the site offline for two more days.",
    "It may take up to a week to restore every account.",
    "The operator estimates the repairs will last about a day.",
])
def test_a_projection_verb_still_gives_no_length(extract, text):
    assert not [v for v in values(_press(extract, text, published="2024-03-29T07:00:00Z"), "duration") if v]
