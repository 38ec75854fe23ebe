"""Start, end and duration claims on unfamiliar wording (time v4). Sentences written for these tests:
paraphrases of development-set constructions with other nouns and verbs, and a few more a reporter
might write."""
from tests.nlp.conftest import claims_of, primary

PUBLISHED = "2025-10-24T12:00:00Z"  # a Friday


def starts(res) -> list[tuple[str, str]]:
    return [(c["normalized"], c["speaker_kind"]) for c in claims_of(res, "start")]


# --- C14: a date naming the outage is the speaker's of the clause it sits in -------------------------


def test_a_naming_date_inside_a_reported_clause_is_the_reporters(extract):
    text = "Heroku said a faulty firmware push brought on Wednesday's dyno outage."
    res = extract(text, title="Heroku outage", published=PUBLISHED, source_kind="press", outlet="Harbour News")
    assert starts(res) == [("2025-10-22", "vendor")]


def test_a_naming_date_before_a_closing_tag_is_the_speakers(extract):
    text = "Thursday's Fastly failure came from an expired certificate, the company's chief executive wrote."
    res = extract(text, title="Fastly outage", published=PUBLISHED, source_kind="press", outlet="Harbour News")
    assert [k for _, k in starts(res)] == ["vendor"]


def test_a_naming_date_fronted_before_the_frame_is_the_outlets(extract):
    text = "After Wednesday's Stripe outage, the company told merchants that fees would be refunded."
    res = extract(text, title="Stripe outage", published=PUBLISHED, source_kind="press", outlet="Harbour News")
    assert [k for _, k in starts(res)] == ["press"]


def ends(res) -> list[str]:
    return [c["normalized"] for c in claims_of(res, "end")]


# --- ends: a stop lifted or a service resuming; "until" inside the date ---------------------------------


def test_a_lifted_stop_or_resumed_service_is_an_end(extract):
    text = ("United's systems failed at 6:10 a.m. Eastern on Thursday, grounding departures. "
            "The ground stop was lifted shortly after 8 a.m. Eastern.")
    res = extract(text, title="United Airlines outage", published=PUBLISHED, source_kind="press")
    assert "2025-10-23T12:00:00Z" in ends(res)
    text = ("Heroku's dashboard failed at 14:02 UTC on Thursday. Deploys resumed at 15:30 UTC.")
    res = extract(text, title="Heroku outage", published=PUBLISHED, source_kind="press")
    assert ends(res) == ["2025-10-23T15:30:00Z"]


def test_a_date_carrying_its_own_until_is_an_end(extract):
    text = ("Fastly's network failed on Tuesday. "
            "The site stayed dark to nearly all customers until Wednesday evening.")
    res = extract(text, title="Fastly outage", published=PUBLISHED, source_kind="press")
    assert ends(res) == ["2025-10-22"]
    assert [v for v, _ in starts(res)] == ["2025-10-21"]


def test_a_closure_projected_or_deferred_until_a_time_is_no_end(extract):
    text = ("Heathrow said a substation fire had cut its power. "
            "The terminal is expected to remain shut until 18:00 on Saturday.")
    res = extract(text, title="Heathrow outage", published=PUBLISHED, source_kind="press")
    assert ends(res) == []
    text = ("Stripe said card payments failed on Thursday. To let queued charges clear, the nightly payout run "
            "was postponed until well after midnight.")
    res = extract(text, title="Stripe outage", published=PUBLISHED, source_kind="press")
    assert ends(res) == []


# --- a live page's entry stamps are when the entry was posted (C2) --------------------------------------


def test_a_liveblog_stamp_is_no_start_or_end(extract):
    text = ("3:15 p.m. ET — Readers are telling us that Venmo payments are failing.\n\n"
            "4:02 p.m. ET — Venmo says it has fixed the problem.\n\n"
            "4:30 p.m. ET — The trouble appears to have begun at about 2:50 p.m. ET, according to our tests.")
    res = extract(text, title="Live: Venmo is down", published="2025-10-23T21:00:00Z", source_kind="press")
    assert [v for v, _ in starts(res)] == ["2025-10-23T18:50:00Z"]
    assert "2025-10-23T20:02:00Z" not in ends(res)


# --- dates of statements --------------------------------------------------------------------------------


def test_the_day_an_apology_or_notice_was_given_is_no_start(extract):
    text = ("Verizon's network failed on Tuesday. The carrier blamed a software fault and apologised on Thursday, "
            "offering a credit.")
    res = extract(text, title="Verizon outage", published=PUBLISHED, source_kind="press")
    assert "2025-10-23" not in [v for v, _ in starts(res)]
    text = ("Slack's messaging failed on Tuesday. Its chief executive wrote on the company blog on Thursday that "
            "a cache change caused the outage.")
    res = extract(text, title="Slack outage", published=PUBLISHED, source_kind="press")
    assert "2025-10-23" not in [v for v, _ in starts(res)]


def test_a_weekday_before_a_calendar_date_takes_that_date():
    from datetime import date

    from nlp.temporal import resolve_points
    pts = resolve_points("The router failed on Monday 20 October, and again later.", 0, date(2025, 10, 29), None, None)
    assert [p.iso for p in pts] == ["2025-10-20"]
    pts = resolve_points("Power went out late on Thursday, March 20.", 0, date(2025, 3, 30), None, None)
    assert [p.iso for p in pts] == ["2025-03-20"]


# --- C9: windows with an end in words ---------------------------------------------------------------------


def _window_claims(res) -> dict:
    return {a: [c["normalized"] for c in claims_of(res, a)] for a in ("start", "end", "duration")}


def test_a_window_of_parts_of_the_day_is_a_start_an_end_and_a_length_of_none(extract):
    text = ("Comcast's network failed on Wednesday. From shortly after breakfast until late in the afternoon, "
            "subscribers across the Midwest could not stream or browse.")
    res = extract(text, title="Comcast outage", published=PUBLISHED, source_kind="press")
    got = _window_claims(res)
    assert got["start"][-1:] == ["2025-10-22"] and got["end"] == ["2025-10-22"] and got["duration"] == [None]


def test_a_window_from_a_clock_time_to_a_part_of_a_later_day(extract):
    text = ("From 2:10 a.m. UTC on October 14 until the evening of October 16, SMS delivery on our platform "
            "was unavailable or delayed.")
    res = extract(text, title="Twilio incident report", published=PUBLISHED, source_kind="vendor")
    got = _window_claims(res)
    assert got == {"start": ["2025-10-14T02:10:00Z"], "end": ["2025-10-16"], "duration": [None]}


def test_a_window_between_two_months_or_two_days(extract):
    text = ("Between late June and early July, a caching bug in our sync service intermittently broke file previews "
            "for some Dropbox users.")
    res = extract(text, title="Dropbox incident", published=PUBLISHED, source_kind="vendor")
    got = _window_claims(res)
    assert got == {"start": ["2025-06"], "end": ["2025-07"], "duration": [None]}
    text = "Zoom meetings failed from late on October 20 to early on October 21, the company said."
    res = extract(text, title="Zoom outage", published=PUBLISHED, source_kind="press")
    got = _window_claims(res)
    assert got["start"] == ["2025-10-20"] and got["end"] == ["2025-10-21"]


def test_a_clock_time_window_keeps_its_length():
    from datetime import date

    from nlp.temporal import find_word_windows, resolve_points
    text = "Logins failed from 9:05 UTC to 11:35 UTC."
    assert find_word_windows(text, 0, resolve_points(text, 0, date(2025, 10, 24), None, None), None) == []


# --- a part of a day on its own: "until late that night", "by mid-afternoon", "began early in the morning" ---


def test_a_part_of_a_day_after_until_or_by_ends_the_outage(extract):
    text = ("Shopify checkouts failed on Wednesday morning. Some stores did not fully come back until late that night.")
    res = extract(text, title="Shopify outage", published=PUBLISHED, source_kind="press")
    assert ends(res) == ["2025-10-22"]
    text = ("Shopify checkouts failed on Wednesday. The company said it had restored service by mid-afternoon but that "
            "order backlogs would take longer.")
    res = extract(text, title="Shopify outage", published=PUBLISHED, source_kind="press")
    assert ends(res) == ["2025-10-22"]


def test_a_part_of_a_day_after_a_verb_of_beginning_starts_it(extract):
    text = ("Shopify checkouts failed on Wednesday. The trouble appears to have begun late in the morning Eastern time.")
    res = extract(text, title="Shopify outage", published=PUBLISHED, source_kind="press")
    assert [v for v, _ in starts(res)][-1:] == ["2025-10-22"]


def test_a_part_of_a_day_dating_a_statement_or_no_recovery_is_no_end(extract):
    text = ("Shopify checkouts failed on Wednesday. By early evening the company said most stores were coming back.")
    res = extract(text, title="Shopify outage", published=PUBLISHED, source_kind="press")
    assert ends(res) == []
    text = ("Shopify checkouts failed on Wednesday. First reports blamed a database; by the evening the company "
            "was pointing at a bad deploy.")
    res = extract(text, title="Shopify outage", published=PUBLISHED, source_kind="press")
    assert ends(res) == []


# --- predicates of failure: stopping an activity, falling over, inability ----------------------------------


def test_verbs_of_stopping_falling_over_and_inability_date_the_failure(extract):
    text = ("Stripe's payments outage is over. Late on the afternoon of October 21, Stripe stopped processing "
            "card payments.")
    res = extract(text, title="Stripe outage", published=PUBLISHED, source_kind="press")
    assert [v for v, _ in starts(res)] == ["2025-10-21"]
    text = "Once Vodafone's mobile network fell over on the afternoon of October 20, engineers scrambled."
    res = extract(text, title="Vodafone outage", published=PUBLISHED, source_kind="press")
    assert [v for v, _ in starts(res)] == ["2025-10-20"]
    text = "Yesterday thousands of our broadband customers could not get online or stream video."
    res = extract(text, title="BT outage update", published=PUBLISHED, source_kind="vendor", provider="BT")
    assert primary(res)["start"] == "2025-10-23"


def test_a_fronted_day_without_a_comma_dates_only_a_failure(extract):
    text = "Heroku's dynos failed on Tuesday. On Monday we deployed a change to the router fleet."
    res = extract(text, title="Heroku outage", published=PUBLISHED, source_kind="vendor")
    assert primary(res)["start"] == "2025-10-21"


# --- lengths told in words; amounts of something else --------------------------------------------------


def test_lengths_in_words_and_fractions_of_an_hour():
    from nlp.temporal import find_durations

    def found(text):
        return [(d.text, d.hours) for d in find_durations(text, 0)]
    assert found("We apologise to everyone locked out during that hour and a quarter.") == [("that hour and a quarter", 1.25)]
    assert found("Card readers were dead for three quarters of an hour.") == [("three quarters of an hour", 0.75)]
    assert found("The storm closed the port for most of Sunday and delayed ferries.") == [("most of Sunday", None)]
    assert found("Both banks lost their apps for the rest of the morning and the evening.")[0][1] is None
    assert found("Riders could not book trips for a large part of the working day.") == [("a large part of the working day", None)]
    # an elapsed time from the failure to a recovery told in the same sentence
    assert found("The forum was restored roughly two days after it went down.") == [("two days", 48.0)]
    assert found("Two weeks after the registry failed, the agency has published its review.") == []


def test_an_amount_of_something_else_is_no_length():
    from nlp.temporal import find_durations
    assert find_durations("For many merchants the outage cost a day of takings.", 0) == []
    assert find_durations("Developers lost three hours of work.", 0) == []
    assert [d.hours for d in find_durations("Customers endured six hours of downtime.", 0)] == [6.0]


def test_a_stated_total_is_outage_context(extract):
    text = ("Stripe card payments failed on Thursday afternoon and were not restored until late evening. "
            "Just under seven hours in all.")
    res = extract(text, title="Stripe outage", published=PUBLISHED, source_kind="press")
    assert 7.0 in [c["normalized"] for c in claims_of(res, "duration")]


# --- named days, "the Wednesday before last", "all through August", corrections -------------------------


def test_named_days_of_the_year():
    from datetime import date

    from nlp.temporal import resolve_points

    def isos(text, ref):
        return [p.iso for p in resolve_points(text, 0, ref, None, None)]
    assert isos("Checkouts failed on Boxing Day.", date(2025, 1, 5)) == ["2024-12-26"]
    assert isos("Signals failed over the May bank holiday.", date(2025, 5, 20)) == ["2025-05-05"]
    assert isos("Orders stalled on Black Friday.", date(2025, 12, 3)) == ["2025-11-28"]
    assert isos("It failed at 9.15am on the August bank holiday.", date(2023, 9, 10)) == ["2023-08-28"]


def test_a_weekday_before_last_and_a_month_all_through():
    from datetime import date

    from nlp.temporal import resolve_points
    pts = resolve_points("The review covers the Thursday before last, when logins failed.", 0, date(2025, 10, 24), None, None)
    assert [p.iso for p in pts] == ["2025-10-16"]
    pts = resolve_points("Throughout March, users said the assistant had grown sloppy.", 0, date(2025, 5, 2), None, None)
    assert [p.iso for p in pts] == ["2025-03"]


def test_a_correction_note_retracts_its_dates(extract):
    text = ("Steam's store went down on Christmas Day. "
            "Correction: An earlier version of this article said the store was down for most of Boxing Day.")
    res = extract(text, title="Steam outage", published="2026-01-04T12:00:00Z", source_kind="press")
    assert [v for v, _ in starts(res)] == ["2025-12-25"]


# --- more ends and days: "returned at", working again, partial recoveries, "that Thursday", "overnight work" --


def test_returned_at_a_time_is_an_end(extract):
    text = "Heroku's API failed at 17:57 UTC. Full service returned at 19:12 UTC."
    res = extract(text, title="Heroku incident", published=PUBLISHED, source_kind="vendor")
    assert ends(res) == ["2025-10-23T19:12:00Z"]  # (no later than the publication: the day before)


def test_working_again_on_a_day_is_an_end(extract):
    text = ("A substation fire closed Gatwick on Friday. The airport said it had flights operating normally again "
            "on Saturday.")
    res = extract(text, title="Gatwick outage", published="2025-10-26T12:00:00Z", source_kind="press")
    assert ends(res) == ["2025-10-25"]


def test_a_partial_recovery_by_a_time_is_no_end(extract):
    text = "Stripe's API failed at 10:02 UTC. Extra capacity restored about 90% of requests by 10:40 UTC."
    res = extract(text, title="Stripe incident", published=PUBLISHED, source_kind="vendor")
    assert ends(res) == []


def test_that_weekday_is_the_day_the_text_speaks_of():
    from datetime import date

    from nlp.temporal import resolve_points
    pts = resolve_points("Checkout was unusable for hours that Monday afternoon.", 0, date(2025, 10, 24), date(2025, 10, 13), None)
    assert [p.iso for p in pts] == ["2025-10-13"]


def test_overnight_before_a_noun_is_no_time():
    from datetime import date

    from nlp.temporal import resolve_points
    assert resolve_points("The trouble began during overnight maintenance on a core router.", 0, date(2025, 10, 24), None, None) == []


def test_for_a_third_day_is_a_length_without_a_figure():
    from nlp.temporal import find_durations
    assert [(d.text, d.hours) for d in find_durations("For a third straight day, riders could not buy tickets.", 0)] == \
        [("For a third straight day", None)]


def test_more_ways_of_writing_a_length():
    from nlp.temporal import find_durations

    def found(text):
        return [(d.text, d.hours) for d in find_durations(text, 0)]
    assert found("It was a four-and-a-half-hour outage.") == [("four-and-a-half-hour", 4.5)]
    assert found("Payments failed for 2 1/2 hours.") == [("2 1/2 hours", 2.5)]
    assert found("The app was dark for nine straight hours.") == [("nine straight hours", 9.0)]
    assert found("Trains ran late for a couple of days.") == [("a couple of days", None)]
    assert found("The portal stayed offline for much of the weekend.") == [("much of the weekend", None)]


# --- a reporter's other ways of telling start and end ---------------------------------------------------


def _times(text, published=PUBLISHED):
    from nlp.extract import Extractor
    res = Extractor().extract({"id": "t", "text": "Zoom suffered a major outage this week. " + text, "title": "Zoom outage",
                               "published": published, "source_kind": "press"})
    return {a: [c["normalized"] for c in claims_of(res, a)] for a in ("start", "end", "duration")}


def test_trouble_that_surfaced_at_a_time_starts_it():
    assert _times("Glitches first surfaced at about 07:40 GMT on Thursday.")["start"] == ["2025-10-23T07:40:00Z"]


def test_users_able_to_act_again_by_a_time_ends_it():
    assert _times("By 6pm ET on Thursday, most people could join meetings again.")["end"] == ["2025-10-23T22:00:00Z"]


def test_it_took_until_a_time_for_the_recovery():
    assert _times("It took until 5pm Eastern on Thursday for meetings to be fully restored.")["end"] == ["2025-10-23T21:00:00Z"]


def test_a_later_guessed_time_moves_back_with_the_earlier_one():
    # published 08:00 ET on Friday: both times were on Thursday
    got = _times("Calls dropped at 10:05 ET and resumed at 12:40 ET.")
    assert got["start"] == ["2025-10-23T14:05:00Z"] and got["end"] == ["2025-10-23T16:40:00Z"]


def test_a_window_between_parts_of_two_named_days():
    got = _times("The outage stretched from Tuesday evening to Wednesday afternoon.")
    assert got == {"start": ["2025-10-21"], "end": ["2025-10-22"], "duration": [None]}


def test_as_of_a_time_is_the_state_then(extract):
    def ends_of(text):
        res = extract("Incident report: Linode API errors. " + text, title="Linode incident report", published=PUBLISHED,
                      source_kind="vendor")
        return [(c["attribute"], c["normalized"]) for c in claims_of(res, "start") + claims_of(res, "end")]
    assert ends_of("As of 15:10 UTC, every region is operating normally.") == [("end", "2025-10-23T15:10:00Z")]
    assert ends_of("As of 11:00 UTC, customers still cannot create volumes.") == []


def test_a_time_of_handling_the_incident_is_no_start():
    got = _times("Zoom first acknowledged the trouble at 11:07 a.m. ET on Thursday on its status page.")
    assert got["start"] == []
    got = _times("Zoom declared the incident resolved at 4:30 p.m. ET on Thursday.")
    assert got["end"] == ["2025-10-23T20:30:00Z"]


def test_habits_and_other_outages_compared_are_no_lengths():
    assert _times("Failures like this one usually last a couple of hours.")["duration"] == []
    assert _times("It ran longer than Slack's nine-hour outage in January.")["duration"] == []
    assert _times("It ran for longer than nine hours.")["duration"] == [9.0]


def test_a_wire_dateline_or_an_update_stamp_is_no_start(extract):
    for lead in ("BERLIN, Oct 23 (Reuters) - ", "NEW YORK, Oct. 23 — ", "Last updated: 23 October 2025 at 18:00 BST. "):
        res = extract(lead + "Zoom's video service suffered an outage on Wednesday.", title="Zoom outage",
                      published=PUBLISHED, source_kind="press")
        assert [v for v, _ in starts(res)] == ["2025-10-22"], lead


def test_a_window_with_an_approximate_second_end():
    got = _times("The outage lasted from about 2 p.m. until nearly 5 p.m. ET on Thursday.")
    assert got["start"] == ["2025-10-23T18:00:00Z"] and got["end"] == ["2025-10-23T21:00:00Z"] and got["duration"] == [3.0]


def test_an_hours_long_outage_has_no_figure():
    from nlp.temporal import find_durations
    assert [(d.text, d.hours) for d in find_durations("Zoom suffered an hours-long outage.", 0)] == [("hours-long", None)]


def test_a_resolved_tag_before_a_window_leaves_its_first_end_a_start(extract):
    text = "[RESOLVED] Between 6:10 AM and 7:45 AM PDT on October 23, Fastly API requests failed in one region."
    res = extract(text, title="Fastly API errors", published=PUBLISHED, source_kind="vendor")
    assert [v for v, _ in starts(res)] == ["2025-10-23T13:10:00Z"] and ends(res)[:1] == ["2025-10-23T14:45:00Z"]


def test_an_update_stamp_is_no_start_but_the_time_it_reports_is(extract):
    text = "Update 14:05 UTC: We are investigating Fastly API errors that started at 13:50 UTC."
    res = extract(text, title="Fastly API errors", published=PUBLISHED, source_kind="vendor")
    assert [v for v, _ in starts(res)] == ["2025-10-23T13:50:00Z"]


def test_a_bare_hour_after_until_or_by_takes_the_half_of_day_of_an_earlier_time():
    from nlp.temporal import find_times
    assert [(h, m) for _, _, h, m, _ in find_times("Starlink died at about 3:15 p.m. and was not back until shortly before six.", 0)] == \
        [(15, 15), (18, 0)]
    assert [(h, m) for _, _, h, m, _ in find_times("Trains stopped at 7:40 a.m. and were moving by 9.", 0)] == [(7, 40), (9, 0)]
    assert find_times("The contract runs until 2030.", 0) == []


def test_a_date_of_trouble_still_going_is_no_start():
    got = _times("Some callers were still reporting dropped meetings late on Thursday, according to Downdetector.")
    assert got["start"] == []
    got = _times("Analysts are still tallying what Thursday's outage cost.")
    assert got["start"] == ["2025-10-23"]


def test_hours_of_disruption_is_a_length_without_a_figure():
    from nlp.temporal import find_durations
    assert [(d.text, d.hours) for d in find_durations("A bad push was behind hours of disruption to Teams.", 0)] == \
        [("hours of disruption", None)]


def test_phrasal_verbs_of_failure_date_it(extract):
    text = ("Equinix suffered an outage. One engineer describes the hours after the power went out late on "
            "Thursday, March 20.")
    res = extract(text, title="Equinix outage", published="2025-03-30T12:00:00Z", source_kind="press")
    assert [v for v, _ in starts(res)] == ["2025-03-20"]


def test_a_good_state_since_a_time_is_an_end(extract):
    for body, when in (("The API has been stable since 09:30 UTC on Thursday.", "2025-10-23T09:30:00Z"),
                       ("We have seen no further errors since 10:20 UTC on Thursday.", "2025-10-23T10:20:00Z")):
        res = extract("Linode API errors. " + body, title="Linode incident", published=PUBLISHED, source_kind="vendor")
        assert ends(res) == [when] and starts(res) == []
