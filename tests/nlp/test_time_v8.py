"""Time claims on unfamiliar wording (eighth round): live-page stamps in any punctuation, days still to come,
places that keep one clock, work still under way, outages still going, windows of planned work, retracted
figures, scenes set by a chain of time words, months counted back by years, frames of saying.
Sentences are written for these tests: paraphrases of development-set constructions with other nouns
and verbs, and a few more a reporter might write."""
from datetime import date

from nlp.temporal import find_dates, find_durations, home_zone
from tests.nlp.conftest import claims_of, primary


def values(res, attribute: str) -> list:
    return [c["normalized"] for c in claims_of(res, attribute)]


# --- live pages: a clock time opening a line before a dash, a spaced hyphen or a colon is a posting time ------------


def test_a_live_page_stamp_before_a_colon_or_hyphen_is_no_start(extract):
    text = ("10:20 a.m. ET: Readers in Ohio say Zoom meetings will not open at all.\n\n"
            "9:50 a.m. ET - Zoom's website is failing too. Complaints started coming in around 9:35 a.m.")
    res = extract(text, title="Live: Zoom down", published="2025-10-22T16:00:00Z", source_kind="press")
    assert values(res, "start") == ["2025-10-22T13:35:00Z"]


def test_reports_rising_since_a_time_tell_the_start(extract):
    text = "Shopify stores will not load. Downdetector showed complaints piling up since about 7 a.m. ET."
    res = extract(text, title="Shopify down", published="2025-10-22T16:00:00Z", source_kind="press")
    assert "2025-10-22T11:00:00Z" in values(res, "start")


# --- a day still to come sets no day in force ------------------------------------------------------------------------


def test_a_day_still_to_come_does_not_date_the_evening_before(extract):
    # published 02:30 ET on Friday: the evening's entries are Thursday's, whatever "Friday" the outlook names
    text = ("Update, after midnight: Slack says messages are sending again. Expect a backlog on Friday; the company "
            "has warned of slow search.\n\n"
            "9:40 p.m. ET: Slack will not load for anyone in the newsroom. Problems began around 8:15 p.m.")
    res = extract(text, title="Live: Slack outage", published="2025-10-24T06:30:00Z", source_kind="press")
    assert values(res, "start") == ["2025-10-24T00:15:00Z"]


# --- places that keep one clock ---------------------------------------------------------------------------------------


def test_places_in_zones_of_one_offset_give_their_clock():
    assert home_zone("A Chinese operator's campus in Singapore lost power.") in ("cst_china", "sgt")
    assert home_zone("A Korean lender's branch in Tokyo closed.") in ("jst", "kst")
    assert home_zone("A Japanese firm's office in London closed.") is None


def test_a_time_with_no_zone_takes_the_one_clock_the_places_keep(extract):
    text = "A Korean operator's data centre in Tokyo failed at about 9.40am on Tuesday, knocking Line Pay and Discord offline."
    res = extract(text, title="Discord outage", published="2025-10-22T12:00:00Z", source_kind="press")
    assert "2025-10-21T00:40:00Z" in values(res, "start")


# --- work still under way at a time: no end --------------------------------------------------------------------------


def test_by_a_day_the_work_still_going_is_no_end(extract):
    for text in ("DigitalOcean's storage cluster failed on Monday. By Friday morning DigitalOcean was still rebuilding it.",
                 "Atlassian's ticket system failed on Monday. By Wednesday evening engineers were still working to restore it."):
        res = extract(text, title="Outage", published="2025-10-24T12:00:00Z", source_kind="press")
        assert values(res, "end") == [], text
    res = extract("Atlassian's ticket system failed on Monday. By Wednesday evening it was fully restored.", title="Outage",
                  published="2025-10-24T12:00:00Z", source_kind="press")
    assert values(res, "end") == ["2025-10-22"]


# --- outages still going as the text is written: no length ---------------------------------------------------------


def test_a_length_up_to_now_leaves_the_outage_open(extract):
    for text in ("A flood that has left OVHcloud's billing platform offline for three days is the worst in its history.",
                 "For the past four days Discord's login servers have buckled under the load, and players are furious.",
                 "Backblaze's archive went down on Monday and on Thursday staff were still repairing the disks."):
        res = extract(text, title="Outage", published="2025-10-24T12:00:00Z", source_kind="press")
        assert primary(res)["duration_hours"] is None, text
    # (some of those hit still mending their own machines is lingering harm: the elapsed time stays the length)
    res = extract("Backblaze's archive went down on Monday and came back on Tuesday. Two days on, some studios were still "
                  "rebuilding their projects after the outage.", title="Outage", published="2025-10-24T12:00:00Z",
                  source_kind="press")
    assert primary(res)["end"] is not None


# --- windows of planned or permitted work -----------------------------------------------------------------------------


def test_a_window_the_work_was_scheduled_in_is_no_outage_time(extract):
    for text in ("The upgrade had been scheduled for the quiet hours, between 2 a.m. and 5 a.m., but Fastly engineers ran it at "
                 "lunchtime and the network went down.",
                 "Such router changes are only allowed between 1 a.m. and 4 a.m. at Fastly, yet this one went out mid-morning and "
                 "knocked the network offline."):
        res = extract(text, title="Network outage", published="2025-10-24T12:00:00Z", source_kind="press")
        assert values(res, "duration") == [] and values(res, "end") == [], text
    res = extract("Fastly's network went down between 2 a.m. and 5 a.m. on Tuesday.", title="Network outage",
                  published="2025-10-24T12:00:00Z", source_kind="press")
    assert 3.0 in values(res, "duration")


# --- a figure a correction takes back ---------------------------------------------------------------------------------


def test_a_retracted_figure_is_no_duration_claim(extract):
    text = ("Canva went down on Monday for 75 minutes, the company said.\n\n"
            "Correction: A previous version of this story said the outage lasted 70 minutes.")
    res = extract(text, title="Canva outage", published="2025-10-24T12:00:00Z", source_kind="press")
    assert 1.25 in values(res, "duration")
    assert not any(v is not None and abs(v - 70 / 60) < 0.01 for v in values(res, "duration"))


# --- a scene set by a chain of time words --------------------------------------------------------------------------


def test_a_scene_set_by_time_words_dates_the_failure(extract):
    for text, iso in (("Just after seven on a quiet Sunday evening in June, a nurse was updating records when the "
                       "Epic system on Azure crashed.", "2025-06"),
                      ("At a quarter to nine on a busy Monday morning in March, commuters found that Microsoft Teams had "
                       "frozen.", "2025-03")):
        res = extract(text, title="System outage", published="2025-10-24T12:00:00Z", source_kind="press")
        assert iso in values(res, "start"), text


# --- a month counted back by years ---------------------------------------------------------------------------------


def test_a_month_a_year_earlier_is_last_years():
    ref = date(2025, 10, 24)
    assert find_dates("it reminded traders of June a year earlier, when the exchange failed", 0, ref)[0].iso == "2024-06"
    assert find_dates("the exchange failed in March two years before", 0, ref)[0].iso == "2023-03"
    assert find_dates("the exchange failed in March", 0, ref)[0].iso == "2025-03"


# --- shares of a unit and parts of a day are lengths without a figure -------------------------------------------------


def test_the_best_part_of_a_week_and_a_lunchtime_have_no_figure():
    for text in ("the outage lasted the best part of a week", "the network was down for most of a lunchtime",
                 "trains stood still for much of the rush hour"):
        assert [d.hours for d in find_durations(text, 0)] == [None], text


# --- a frame of saying is no owner of the downtime --------------------------------------------------------------------


def test_a_pronoun_in_a_frame_of_saying_is_no_customer_downtime(extract):
    text = ("Replit's agent took down the website of Maria Lopez's shop on Tuesday. By her account, shoppers saw blank pages "
            "for about forty minutes.")
    res = extract(text, title="Replit agent outage", published="2025-10-24T12:00:00Z", source_kind="press")
    assert any(v is not None and abs(v - 40 / 60) < 0.01 for v in values(res, "duration"))


# --- status updates: one end per update, on the sentence that states the recovery --------------------------------


def test_a_resolved_update_gives_one_end_on_its_header(extract):
    # (the line "This incident has been resolved." restates the header's status and time: the header, which dates
    # the end, is the quote — labelling guide C10; before the eleventh session of 2026-12-06 the end moved to that
    # line, as data/sample's gold for openai-2023-11-08-status still has it, against C10 and the later sets)
    text = ("Investigating (2025-03-02 16:05 UTC): We are seeing failed webhook deliveries.\n\n"
            "Resolved (2025-03-02 18:40 UTC): Engineers applied a fix and deliveries have been steady for an hour. "
            "This incident has been resolved. Thanks for bearing with us.")
    res = extract(text, title="GitHub webhook delays", published="2025-03-02T19:00:00Z", source_kind="vendor")
    ends = claims_of(res, "end")
    assert [c["normalized"] for c in ends] == ["2025-03-02T18:40:00Z"]
    assert ends[0]["quote"].startswith("Resolved (2025-03-02 18:40 UTC)")
    text = ("Resolved (2025-03-02 18:40 UTC): Webhook delivery has been fully restored. This incident has been resolved.")
    res = extract(text, title="GitHub webhook delays", published="2025-03-02T19:00:00Z", source_kind="vendor")
    assert len(claims_of(res, "end")) == 1


def test_closing_the_incident_at_a_time_ends_it(extract):
    text = "Webhook deliveries failed from 16:05 UTC. We closed the incident at 21:10 UTC after the queues drained."
    res = extract(text, title="GitHub webhook outage", published="2025-03-03T12:00:00Z", source_kind="vendor")
    assert "2025-03-02T21:10:00Z" in values(res, "end") or "2025-03-03T21:10:00Z" in values(res, "end")


def test_a_recovery_told_with_a_modal_of_the_future_is_no_end(extract):
    for text in ("Heroku's dashboard failed on Tuesday, and the company said deploys should resume on Friday.",
                 "Heroku's dashboard failed on Tuesday; builds may restart on Thursday evening."):
        res = extract(text, title="Heroku outage", published="2025-10-22T12:00:00Z", source_kind="press")
        assert values(res, "end") == [], text


# --- a recovery beginning is no start; a failure beginning still is -------------------------------------------------


def test_a_recovery_that_began_at_a_time_is_no_start(extract):
    text = ("Discord went down on Saturday afternoon. Messaging began returning late on Saturday night, and most "
            "features worked again by Sunday.")
    res = extract(text, title="Discord outage", published="2025-10-22T12:00:00Z", source_kind="vendor")
    assert len(claims_of(res, "start")) == 1
    res = extract("The Discord API began returning errors shortly before 3 p.m. UTC on Monday.", title="Discord outage",
                  published="2025-10-22T12:00:00Z", source_kind="press")
    assert "2025-10-20T15:00:00Z" in values(res, "start")


def test_a_remedy_available_from_a_time_is_no_start(extract):
    text = ("Fastly's configuration push broke routing at 13:20 UTC. From 14:10 UTC customers could re-run their failed "
            "purges from the console.")
    res = extract(text, title="Fastly outage", published="2025-10-22T18:00:00Z", source_kind="vendor")
    assert "2025-10-22T14:10:00Z" not in values(res, "start")


# --- a partial recovery's figure is no length when the end is days later -------------------------------------------


def test_a_partial_recovery_is_a_phase_of_a_longer_outage(extract):
    text = ("Starting at 09:00 UTC on Monday, October 20, the Heroku control plane went down. Most services were back "
            "within about four hours, and the last was restored early on Wednesday, October 22.")
    res = extract(text, title="Heroku outage", published="2025-10-24T12:00:00Z", source_kind="vendor")
    assert primary(res)["duration_hours"] is None


# --- lengths of something else: the status page, one operation ------------------------------------------------------


def test_the_status_pages_own_trouble_and_one_operation_are_no_lengths(extract):
    text = ("Slack failed for millions on Monday. Its status page itself could not be reached for much of the evening. "
            "The rollback took eleven seconds.")
    res = extract(text, title="Slack outage", published="2025-10-22T12:00:00Z", source_kind="press")
    assert values(res, "duration") == []
    text = "Slack failed on Monday. According to its status page, messaging was down for about two hours."
    res = extract(text, title="Slack outage", published="2025-10-22T12:00:00Z", source_kind="press")
    assert 2.0 in values(res, "duration")


# --- dates of telling, the afternoon, events compared with -----------------------------------------------------------


def test_the_day_something_was_told_to_hearers_is_no_start(extract):
    text = ("Okta's chief executive told a parliamentary committee on Wednesday that its login service had been hit "
            "by an attack during March's tax deadline.")
    res = extract(text, title="Okta outage", published="2025-10-24T12:00:00Z", source_kind="press")
    assert "2025-10-22" not in values(res, "start")


def test_this_afternoon_is_the_day_of_writing(extract):
    text = "Some customers are having trouble opening Dropbox files this afternoon, and we are working to fix it quickly."
    res = extract(text, title="Dropbox outage", published="2025-10-22T20:00:00Z", source_kind="vendor")
    assert values(res, "start") == ["2025-10-22"]


def test_an_event_named_after_than_is_another_event(extract):
    text = ("Shopify checkouts failed on Friday. Even so, merchants took more orders in the first hour than in the first "
            "hour of last year's sale.")
    res = extract(text, title="Shopify outage", published="2025-11-29T12:00:00Z", source_kind="press")
    assert "2024" not in values(res, "start")


def test_nouns_of_the_recovery_take_a_length_and_end_verbs_take_a_part_of_the_day():
    assert [d.hours for d in find_durations("a power cut turned into a three-day recovery", 0)] == [72.0]
    assert [d.hours for d in find_durations("what followed was a two-week clean-up", 0)] == [336.0]
    for text in ("an all-day suspension of trading", "the exchange did not match an order during a full session on Monday",
                 "closed for the whole of today"):
        assert [d.hours for d in find_durations(text, 0)] == [None], text


def test_an_end_verb_before_a_part_of_the_day(extract):
    text = "The ground stop at Denver began at 2:10 p.m. on Tuesday and was lifted late that night."
    res = extract(text, title="United Airlines outage", published="2025-10-24T12:00:00Z", source_kind="press")
    assert "2025-10-21" in values(res, "end")


def test_a_us_city_keeps_its_clock():
    assert home_zone("Travellers at Chicago O'Hare waited for hours.") == "ct"
    assert home_zone("Shoppers in Seattle and Boston could not pay.") is None
    assert home_zone("Shoppers across the United States and in Seattle could not pay.") is None


# --- the evening of writing; a part of a day takes the day in force before its sentence's later dates --------------


def test_tonight_in_a_text_posted_before_noon_utc_is_the_evening_before(extract):
    text = "Zoom meetings were unavailable for many of you earlier tonight. They are working again now."
    res = extract(text, title="Zoom is back", published="2025-10-22T03:00:00Z", source_kind="vendor")
    assert values(res, "start") == ["2025-10-21"]
    res = extract(text, title="Zoom is back", published="2025-10-22T21:00:00Z", source_kind="vendor")
    assert values(res, "start") == ["2025-10-22"]


def test_a_part_of_a_day_before_a_later_date_in_its_sentence_keeps_the_day_in_force(extract):
    text = ("Late on Monday, 20 October, attackers flooded Stripe's payment API with junk traffic. Card payments began "
            "failing in the evening and came and went for hours; there were no failures beyond the early hours of Tuesday.")
    res = extract(text, title="Stripe outage", published="2025-10-24T12:00:00Z", source_kind="press")
    assert "2025-10-21" not in values(res, "start")


# --- what the outage did to a schedule speaks of it -----------------------------------------------------------------


def test_a_length_of_cancellations_is_the_disruptions_length(extract):
    for text in ("A faulty CrowdStrike update crashed the airline's crew systems on Friday. Over four days the carrier "
                 "cancelled about 5,000 flights.",
                 "A faulty CrowdStrike update crashed the railway's signalling systems on Friday. Some 900 trains were "
                 "scrapped over four days."):
        res = extract(text, title="CrowdStrike outage", published="2025-10-24T12:00:00Z", source_kind="press")
        assert 96.0 in values(res, "duration"), text


def test_a_day_in_words_before_a_window_opening_the_sentence_gives_the_start(extract):
    # not a timeline line ("09:10 Alerts fire"): the day comes first, written in words
    res = extract("Yesterday between 09:10 and 11:45 CET some customers in Austria could not place calls. A faulty "
                  "software update on a core switch caused the disruption.", title="Update on yesterday's disruption",
                  source_kind="vendor", provider="Deutsche Telekom", published="2025-10-22T12:00:00Z")
    assert primary(res)["start"] == "2025-10-21T08:10:00Z"
    assert primary(res)["end"] == "2025-10-21T10:45:00Z"
