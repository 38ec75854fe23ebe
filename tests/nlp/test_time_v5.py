"""Round 6 of the time claims: the cheap word test before the date and time finders, and lengths told
in words reporters use. Sentences are written for these tests (paraphrases of development-set
constructions with other nouns and verbs, and a few more a reporter might write)."""
from datetime import date

from nlp.temporal import holds_digit, may_hold_point, resolve_points

REF = date(2025, 10, 24)


def _points(text: str, context_day: date | None = REF) -> list:
    return resolve_points(text, 0, REF, context_day, "UTC", text.lower(), holds_digit(text))


# --- may_hold_point: false only where resolve_points finds nothing ----------------------------------

_WITH_POINTS = (
    "The ferry bookings failed on Christmas Eve.",
    "Card readers froze early on Tuesday.",
    "The clearing house went quiet in March.",
    "Payroll runs stalled yesterday afternoon.",
    "Checkout pages hung until midnight.",
    "Trading halted at half past two in the afternoon, London time.",
    "Logins kept failing until early the next morning.",
    "The exchange had warned of trouble the night before.",
    "Three weeks ago the council's portal went dark.",
    "Two weeks after the fire, one hall is still closed.",
)
_WITHOUT_POINTS = (
    "The carrier blamed a faulty software release for the failure.",
    "Engineers rolled the change back and restarted the gateways.",
    "Customers complained after the app stopped loading.",
    "The operator said it would publish a fuller review.",
)


def test_the_word_test_passes_every_sentence_with_a_date_or_time():
    for text in _WITH_POINTS:
        assert _points(text), text
        assert may_hold_point(text, text.lower(), holds_digit(text)), text


def test_the_word_test_skips_sentences_without_one():
    for text in _WITHOUT_POINTS:
        assert not _points(text), text
        assert not may_hold_point(text, text.lower(), False), text


def test_digits_and_other_scripts_always_pass():
    assert may_hold_point("Errors peaked at 4.", "errors peaked at 4.", True)
    text = "Die Störung dauerte lange."
    assert may_hold_point(text, text.lower(), False)


# --- lengths: what reads as a length but is not -----------------------------------------------------
# (sentences are the tests' own; "Slack" is a provider the gazetteer knows)

PUBLISHED = "2025-10-24T12:00:00Z"  # a Friday


def _run(extract, text: str, kind: str = "press") -> dict:
    return extract(text, title="Slack outage", published=PUBLISHED, source_kind=kind)


def _values(res: dict, attribute: str) -> list:
    return [c["normalized"] for inc in res["incidents"] for c in inc["claims"] if c["attribute"] == attribute]


def test_a_gap_between_outages_is_no_length(extract):
    for text in ("It was the second Slack outage in about six weeks.",
                 "This was the first Slack outage in roughly three years, and the worst in a decade.",
                 "Slack's latest outage in just over a month took messaging down on Tuesday."):
        assert not [v for v in _values(_run(extract, text), "duration") if v], text


def test_a_period_named_by_when_is_no_length(extract):
    res = _run(extract, "The Slack outage came in a week when every chat tool seemed to be failing.")
    assert _values(res, "duration") == []


def test_time_granted_to_act_is_no_length(extract):
    for text in ("After the Slack outage, the regulator is giving firms an additional week to file their reports.",
                 "Slack customers hit by the outage were granted two extra days to claim refunds."):
        assert _values(_run(extract, text), "duration") == [], text


def test_a_wait_in_line_is_no_length(extract):
    res = _run(extract, "Travellers stood in line for up to two hours after the Slack outage froze the check-in screens.")
    assert _values(res, "duration") == []


def test_time_to_notice_or_trace_is_no_length(extract):
    for text in ("Slack engineers noticed the failures within minutes and reverted the change at 09:12 UTC.",
                 "Engineers traced the Slack outage to an expired certificate in under an hour, and service was back by 11:00 UTC."):
        assert 1.0 not in _values(_run(extract, text), "duration") and None not in _values(_run(extract, text), "duration"), text
    # seeing errors for a length is the length
    assert _values(_run(extract, "Slack users saw errors for three hours on Tuesday."), "duration") == [3.0]


def test_short_texts_and_short_cause_events_are_no_length(extract):
    for text in ("Slack's message to customers during the outage was short.",
                 "The Slack outage began with a brief loss of power at one data centre.",
                 "A momentary voltage dip at the data centre set off the Slack outage."):
        assert _values(_run(extract, text), "duration") == [], text


def test_time_to_come_from_now_is_no_length(extract):
    res = _run(extract, "After the outage, Slack is running a reduced service for the next several days.")
    assert _values(res, "duration") == []


def test_an_end_later_than_well_into_is_no_length(extract):
    res = _run(extract, "Slack's outage did not clear until well into the night.")
    assert _values(res, "duration") == []


# --- lengths missed ---------------------------------------------------------------------------------


def test_a_length_before_what_ended_it(extract):
    for text, hours in (("The Slack outage persisted for some nine hours before engineers restored service.", 9.0),
                        ("Slack's outage lingered for roughly four hours before a fix went out.", 4.0)):
        assert _values(_run(extract, text), "duration") == [hours], text


def test_verbs_of_lasting_without_for(extract):
    for text, hours in (("The Slack outage dragged on close to eight hours.", 8.0),
                        ("The Slack disruption stretched on nearly six hours.", 6.0)):
        assert hours in _values(_run(extract, text), "duration"), text


def test_half_a_day(extract):
    assert _values(_run(extract, "Slack was down for more than half a day."), "duration") == [12.0]


def test_from_the_failure_to_the_recovery(extract):
    res = _run(extract, "Slack came back online at 3pm on Thursday, nearly two days after its operators took the whole service down.")
    assert 48.0 in _values(res, "duration")
    res = _run(extract, "Slack was restored on Friday, about a day after the company's engineers had switched it off.")
    assert 24.0 in _values(res, "duration")


def test_shares_of_a_day_and_counted_days_are_lengths_without_a_figure(extract):
    for text in ("Slack was down for much of the morning.",
                 "The outage knocked out some Slack workspaces for part of the night.",
                 "Customers spent a third day without Slack on Thursday as the outage dragged on.",
                 "It was the fourth straight day of Slack outages."):
        assert _values(_run(extract, text), "duration") == [None], text


# --- starts and ends --------------------------------------------------------------------------------


def test_a_service_available_again_ends_it(extract):
    res = _run(extract, "Slack went down at 10:05 UTC, and Slack was reachable again at 12:40 UTC.")
    assert _values(res, "end") == ["2025-10-24T12:40:00Z"]
    assert _values(res, "start") == ["2025-10-24T10:05:00Z"]


def test_a_deadline_is_no_end(extract):
    res = _run(extract, "After the Slack outage on Tuesday, customers now have until Friday to claim credits.")
    assert _values(res, "end") == []


def test_a_recovery_denied_is_no_end(extract):
    res = _run(extract, "More than a day after it began, the Slack outage was still not fixed on Friday afternoon.")
    assert _values(res, "end") == []
    res = _run(extract, "The Slack outage began on Monday and was not fixed until the evening.")
    assert _values(res, "end") == ["2025-10-20"]


def test_a_part_of_a_day_after_a_recovery_ends_it(extract):
    text = "The Slack outage began on Tuesday morning. Service came back in the late afternoon, Slack said."
    assert _values(_run(extract, text), "end") == ["2025-10-21"]


def test_weekdays_after_over_and_during_and_in_pairs(extract):
    res = _run(extract, "Over Saturday and Sunday, Slack suffered several outages.")
    assert _values(res, "start") == ["2025-10-18"]
    res = _run(extract, "During Wednesday, Slack went down twice.")
    assert _values(res, "start") == ["2025-10-22"]


def test_a_clock_time_takes_the_date_after_its_weekday(extract):
    res = _run(extract, "At 07:40 UTC on Monday, October 20, a Slack database cluster went offline.", kind="vendor")
    assert _values(res, "start") == ["2025-10-20T07:40:00Z"]


def test_christmas_with_a_part_of_the_day(extract):
    res = _run(extract, "Slack has been unreachable for many users since Christmas morning.")
    assert _values(res, "start") == ["2024-12-25"]


# --- round 6, second batch --------------------------------------------------------------------------


def test_time_taken_to_do_something_else_is_no_length(extract):
    for text in ("The patch for the Slack outage took five weeks to reach customers.",
                 "After Tuesday's outage Slack needed two months to publish its review.",
                 "Working out what had broken took the Slack team about twenty minutes after the outage began."):
        assert not [v for v in _values(_run(extract, text), "duration") if v], text
    # (the time to bring the service back is its length)
    assert _values(_run(extract, "Slack needed nine hours to restore service after the outage."), "duration") == [9.0]
    assert _values(_run(extract, "Restoring Slack after the outage took four hours."), "duration") == [4.0]


def test_a_phase_of_the_outage_is_no_length(extract):
    res = _run(extract, "Slack's outage on Tuesday drew 9,000 complaints in the first 20 minutes.")
    assert _values(res, "duration") == []


def test_a_good_state_told_after_a_fronted_length(extract):
    res = _run(extract, "For months the setup behaved. Then on Tuesday Slack went down for three hours.")
    assert _values(res, "duration") == [3.0]
    assert _values(_run(extract, "For six hours, Slack was down."), "duration") == [6.0]


def test_a_time_after_the_failure_began_is_no_length_without_a_recovery(extract):
    res = _run(extract, "A storm cut a fibre link on Monday. About six hours later, Slack stopped working for users in Europe.")
    assert 6.0 not in _values(res, "duration")


def test_the_power_behind_it_restored_is_no_end(extract):
    res = _run(extract, "Utility power was restored at 5:39 AM PST, and Slack was back by 6:10 AM PST.", kind="vendor")
    assert _values(res, "end") == ["2025-10-23T14:10:00Z"]


def test_a_day_said_with_a_reported_recovery_ends_it(extract):
    res = _run(extract, "Slack said on Thursday that its systems were fully restored, about a day after the outage began.")
    assert "2025-10-23" in _values(res, "end")


def test_a_possessive_date_after_a_recovery_is_the_start(extract):
    res = _run(extract, "Slack engineers have restored service following Wednesday's outage.")
    assert _values(res, "start") == ["2025-10-22"]


def test_a_date_in_a_clause_about_the_future_is_no_start(extract):
    res = _run(extract, "Slack will take its service offline for maintenance for six hours on Sunday, after Tuesday's outage.")
    assert "2025-10-19" not in _values(res, "start")


def test_two_days_of_one_month_make_a_window(extract):
    res = _run(extract, "Between 3 and 5 October, Slack went down again and again.")
    assert _values(res, "start") == ["2025-10-03"] and _values(res, "end") == ["2025-10-05"]
    assert _values(res, "duration") == [48.0]
    res = _run(extract, "From October 6-8 the Slack outage disrupted work.")
    assert _values(res, "start") == ["2025-10-06"] and _values(res, "end") == ["2025-10-08"]
    res = _run(extract, "Slack was down from late on October 20 to early on October 21.")
    assert _values(res, "duration") == [None]


# --- round 6, third batch: more reporters' wordings -------------------------------------------------

_CONTEXT = "Slack suffered a major outage this week. "


def test_a_recovery_with_its_own_by_ends_it(extract):
    res = _run(extract, _CONTEXT + "Slack's service was fully restored by Wednesday morning.")
    assert _values(res, "end") == ["2025-10-22"]
    res = _run(extract, _CONTEXT + "The outage was caused by Monday's update.")
    assert _values(res, "end") == []


def test_access_regained_ends_it(extract):
    res = _run(extract, _CONTEXT + "Slack users regained access shortly after 2 p.m. ET.")
    assert _values(res, "end") == ["2025-10-23T18:00:00Z"] and _values(res, "start") == []


def test_a_day_of_the_month_alone(extract):
    assert _values(_run(extract, "Slack went down on the 21st."), "start") == ["2025-10-21"]
    assert _values(_run(extract, "Slack has been down since the 30th."), "start") == ["2025-09-30"]
    assert _values(_run(extract, "Slack engineers on the 3rd floor fixed the outage."), "start") == []


def test_counted_days_and_shares_of_a_part_of_the_day(extract):
    for text in ("Slack's outage, now in its third day, has left teams without chat.",
                 "Slack's outage lasted the better part of an afternoon."):
        assert _values(_run(extract, text), "duration") == [None], text


def test_a_compound_length_of_something_else_is_no_length(extract):
    for text in ("After the Slack outage, customers were offered a 30-day free trial of the premium tier.",
                 "Slack must report the outage to the regulator under a 72-hour notification rule.",
                 "Slack's contract promises a two-hour response time during outages."):
        assert _values(_run(extract, text), "duration") == [], text
    for text, hours in (("Slack suffered a 15-hour outage on Tuesday.", 15.0), ("Slack was down for a 12-hour stretch.", 12.0),
                        ("A six-hour Slack outage hit on Tuesday.", 6.0)):
        assert _values(_run(extract, text), "duration") == [hours], text


def test_a_period_after_the_outage_is_no_length(extract):
    res = _run(extract, "Slack's share price slid 4% in the three days after the outage.")
    assert _values(res, "duration") == []


def test_time_spent_on_other_work_is_no_length(extract):
    res = _run(extract, "A Slack spokesperson said the company had spent 18 months redesigning the system that failed.")
    assert _values(res, "duration") == []
    assert _values(_run(extract, "Slack engineers spent nine hours restoring service after the outage."), "duration") == [9.0]
    assert _values(_run(extract, "Slack users spent three hours unable to send messages."), "duration") == [3.0]


# --- the publication day where the clock is ---------------------------------------------------------


def test_today_is_the_publication_day_in_the_sentences_zone(extract):
    # posted at 01:00 UTC on 22 October: 9 p.m. on 21 October in New York
    res = extract("Slack messaging was down from 10:05 a.m. to 1:40 p.m. ET today, the company said.",
                  title="Slack outage", published="2025-10-22T01:00:00Z", source_kind="vendor")
    assert _values(res, "start") == ["2025-10-21T14:05:00Z"]
    assert _values(res, "end") == ["2025-10-21T17:40:00Z"]


def test_a_clock_time_without_zone_or_day_sets_no_day(extract):
    # "around midday" (no zone) assumes the publication day; it must not date the later evening time, which
    # cannot be later than the article (posted at 15:00 UTC: 11 a.m. in New York)
    text = ("A fire broke out at Slack's data centre at around midday. "
            "Roughly eight hours later, from about 8:30 p.m. Eastern time, Slack stopped loading for users everywhere.")
    res = extract(text, title="Slack outage", published="2025-10-22T15:00:00Z", source_kind="press")
    assert "2025-10-22T00:30:00Z" in _values(res, "start")


def test_the_power_back_within_a_time_is_a_claim_but_not_the_length(extract):
    res = _run(extract, "A power cut hit a Slack data centre on Tuesday. Slack said power was restored within about an hour.")
    assert 1.0 in _values(res, "duration")
    assert all(inc["duration_hours"] is None for inc in res["incidents"])
    res = _run(extract, "AWS restored power in just over an hour, but Slack stayed down for six hours.")
    assert [inc["duration_hours"] for inc in res["incidents"] if inc["primary"]] == [6.0]


def test_dates_the_old_word_test_hid(extract):
    # the time-word test before the finders is now what the finders need: "N ago" and "half past two" are read
    assert _values(_run(extract, "Slack went down two days ago."), "start") == ["2025-10-22"]
    res = _run(extract, "The Slack outage began at half past two in the afternoon, UK time.")
    assert _values(res, "start") == ["2025-10-23T13:30:00Z"]
