"""Which dates are start claims and which figures are duration claims (C2, C3). Sentences are written
for these tests: paraphrases of development-set constructions, with other nouns and verbs, and a few
more a reporter might write."""
from tests.nlp.conftest import claims_of, primary

PUBLISHED = "2025-10-24T12:00:00Z"  # a Friday
CUE = "The trouble began at 9:10 a.m. ET, DigitalOcean said. "  # a sentence saying when it began (Thursday 23rd, by the article)


def start_values(res) -> list[str]:
    return [c["normalized"] for c in claims_of(res, "start")]


def durations(res) -> list[float | None]:
    return [c["normalized"] for c in claims_of(res, "duration")]


# --- start: dates that name the outage (C2) --------------------------------------------------------


def test_a_date_naming_the_outage_is_a_start_claim_beside_when_it_began(extract):
    text = ("DigitalOcean's write-up of Wednesday's DigitalOcean storage outage runs to nine pages. "
            "The trouble began at 9:10 a.m. ET on Wednesday, DigitalOcean said.")
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert "2025-10-22" in start_values(res)
    assert primary(res)["start"] == "2025-10-22T13:10:00Z"


def test_a_month_and_day_before_a_named_failure_names_it(extract):
    text = "Investors shrugged off the October 21 European networking failure at DigitalOcean, which took its portal offline."
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert start_values(res) == ["2025-10-21"]


def test_a_clause_between_date_and_outage_word_is_no_name(extract):
    # "on Thursday as the outage spread": the date belongs to the shares, not to the outage's name
    text = CUE + "DigitalOcean's shares slipped 4 percent on Thursday as the outage spread."
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert start_values(res) == ["2025-10-23T13:10:00Z"]


# --- start: a date that is an adverbial of the failure itself ---------------------------------------


def test_a_date_after_the_failure_predicate_is_a_start_claim(extract):
    text = ("Thousands of online shops went blank on Thursday morning, after a fault at DigitalOcean. " + CUE)
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert start_values(res) == ["2025-10-23", "2025-10-23T13:10:00Z"]
    assert primary(res)["start"] == "2025-10-23T13:10:00Z"


def test_users_shut_out_for_hours_on_a_day_dates_the_failure(extract):
    text = CUE + "Hospital staff were locked out of the records system for about three hours on Thursday."
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert "2025-10-23" in start_values(res)


def test_a_fronted_date_dates_the_failure_its_clause_tells(extract):
    text = CUE + "Late on Thursday, a faulty certificate rotation caused the login servers to fail."
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert "2025-10-23" in start_values(res)


def test_the_date_of_an_act_told_beside_the_outage_is_no_start(extract):
    text = CUE + "DigitalOcean acknowledged the problem on Thursday evening and promised a full report. "
    text += "Readers told the paper on Friday that their connections were still down."
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert start_values(res) == ["2025-10-23T13:10:00Z"]


# --- durations that are not the outage's length (C3) ----------------------------------------------


def test_projections_are_no_duration_claims(extract):
    text = ("DigitalOcean's storage service went down on Thursday and many customers are still offline. "
            "We anticipate the remaining repairs will take another three days, the company said. "
            "The rest of the accounts should come back over the next few hours.")
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert durations(res) == []
    assert primary(res)["duration_hours"] is None


def test_a_past_inability_is_no_projection(extract):
    text = "DigitalOcean customers could not log in for three hours on Thursday after a faulty update."
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert durations(res) == [3.0]


def test_a_customers_own_downtime_is_no_duration_claim(extract):
    text = ("DigitalOcean's payment gateway failed on Thursday for about forty minutes, the company said. "
            "\"We could not take a single order for most of the morning,\" said the owner of a bakery chain. "
            "A hotel manager told the paper his booking system had been dark for six hours.")
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert durations(res) == [round(40 / 60, 3)]
    assert primary(res)["duration_hours"] == round(40 / 60, 3)


def test_a_generic_statement_is_no_duration_claim(extract):
    text = ("DigitalOcean's cloud went down for two hours on Thursday. "
            "Most service contracts only pay out after four hours of downtime, so few customers will be compensated.")
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert durations(res) == [2.0]


def test_the_length_of_a_good_state_is_no_duration_claim(extract):
    text = ("DigitalOcean's cloud failed on Thursday for 90 minutes. "
            "Its status page kept showing every region healthy for about forty minutes after the errors began.")
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert durations(res) == [1.5]


def test_an_elapsed_time_after_a_projection_in_another_clause_stays(extract):
    text = ("DigitalOcean has told customers still locked out that it may need up to ten more days to restore them, "
            "a week after the outage began on October 17.")
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert 168.0 in durations(res)


# --- windows and elapsed times ---------------------------------------------------------------------


def test_a_dashed_window_of_two_clock_times_is_a_range():
    from datetime import date

    from nlp.temporal import find_ranges, resolve_points
    text = "Affected period 14:02-15:47 UTC."
    pts = resolve_points(text, 0, date(2025, 10, 23), None, None)
    assert [p.iso for p in pts] == ["2025-10-23T14:02:00Z", "2025-10-23T15:47:00Z"]
    assert [r.hours for r in find_ranges(text, 0, pts)] == [1.75]


def test_the_first_end_of_a_window_is_a_start_beside_a_start_cue(extract):
    text = ("DigitalOcean's block storage failed on Thursday. Errors started after a routine change, the company said. "
            "Customer impact lasted from 14:02 to 15:47 UTC.")
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert "2025-10-23T14:02:00Z" in start_values(res)
    assert primary(res)["duration_hours"] == 1.75


def test_a_failure_predicate_with_a_date_is_outage_context(extract):
    # no outage trigger word: "went dark" and "stopped responding" still tell the failure
    text = ("Half of DigitalOcean's droplets in Frankfurt stopped responding on Thursday evening, European time. "
            "The company blamed a faulty router upgrade.")
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert start_values(res) == ["2025-10-23"]


def test_a_date_in_a_customers_own_words_about_their_trouble_is_no_start(extract):
    text = (CUE + "\"Our storefront is effectively unreachable for us right now,\" said the owner of a shoe shop "
            "that runs on DigitalOcean.")
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED)
    assert start_values(res) == ["2025-10-23T13:10:00Z"]


def test_elapsed_time_after_a_return_to_health_is_a_length():
    from nlp.temporal import find_durations
    text = "Only on Friday night was every database declared healthy again, some 40 hours later."
    assert [d.hours for d in find_durations(text, 0)] == [40.0]


def test_the_name_a_reported_clause_gives_the_outage_is_the_speakers(extract):
    # C14 (labelling guide): a date naming the outage inside a reported clause is the speaker's
    text = "DigitalOcean says a mistyped firewall rule was to blame for Thursday's storage outage."
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED, source_kind="press", outlet="Daily Wire")
    assert [(c["normalized"], c["speaker_kind"]) for c in claims_of(res, "start")] == [("2025-10-23", "vendor")]
    # but a speaker saying when the named outage began dates it in their own words
    text = "DigitalOcean said Thursday's storage outage began when a router crashed."
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED, source_kind="press", outlet="Daily Wire")
    assert [c["speaker_kind"] for c in claims_of(res, "start")] == ["vendor"]


def test_right_now_is_the_time_of_writing_not_a_start(extract):
    text = "Some customers cannot reach their DigitalOcean droplets right now. We are investigating."
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED, source_kind="vendor")
    assert start_values(res) == []
    assert primary(res)["start"] is None


def test_a_restoration_word_further_back_makes_a_time_an_end(extract):
    text = ("Resolved (2025-10-23 23:00 UTC): Service has been restored for every affected user of DigitalOcean "
            "Spaces in all regions as of Thursday, 2025-10-23 15:40 US/Pacific.")
    res = extract(text, title="DigitalOcean Spaces incident", published=PUBLISHED, source_kind="vendor")
    assert start_values(res) == []
    assert primary(res)["end"] == "2025-10-23T22:40:00Z"


def test_a_text_about_the_outage_being_short_is_no_length():
    from nlp.temporal import find_durations
    assert find_durations("Linode's write-up of Tuesday's failure is short, but it is candid.", 0) == []
    assert [d.text for d in find_durations("The failure itself was short.", 0)] == ["was short"]


def test_a_vague_time_before_or_after_another_event_is_no_length():
    from nlp.temporal import find_durations
    assert find_durations("The storage fault began several hours before the patch was released.", 0) == []
    assert find_durations("Shares rose a few hours after a bad change had taken the site down.", 0) == []


def test_an_act_and_a_recovery_in_one_sentence_give_no_length(extract):
    text = ("DigitalOcean's load balancers failed on Thursday, the company said. "
            "At 14:07 UTC engineers used a kill switch to disable the new rules, and traffic was back to normal by 14:09.")
    res = extract(text, title="DigitalOcean outage", published=PUBLISHED, source_kind="press", outlet="Daily Wire")
    assert durations(res) == []


def test_an_outage_still_going_as_the_article_is_written_has_no_length(extract):
    # C3: the elapsed time is a duration claim, the incident's length stays null
    text = ("Linode's Atlanta data centre went dark on Thursday morning. "
            "Eleven hours after the first alarms, many customers still cannot reach their servers.")
    res = extract(text, title="Linode outage", published=PUBLISHED)
    assert durations(res) == [11.0]
    assert primary(res)["duration_hours"] is None
    text = "Linode's object storage has been unreachable for more than a day now, the company said."
    res = extract(text, title="Linode outage", published=PUBLISHED)
    assert primary(res)["duration_hours"] is None


def test_a_finished_outage_keeps_its_length_despite_lingering_words(extract):
    text = ("Linode's Atlanta data centre went dark for six hours on Thursday. "
            "By 4 p.m. ET every server was back to normal, the company said.")
    res = extract(text, title="Linode outage", published=PUBLISHED)
    assert primary(res)["duration_hours"] == 6.0


def test_clock_times_told_in_words():
    from datetime import date

    from nlp.temporal import resolve_points

    def pts(text):
        return [p.iso for p in resolve_points(text, 0, date(2025, 10, 24), None, None)]
    assert pts("Logins failed from about half past two in the afternoon, UK time, on October 21.") == ["2025-10-21T13:30:00Z"]
    assert pts("The first alarm sounded at a quarter to nine a.m. ET on Monday.") == ["2025-10-20T12:45:00Z"]
    assert pts("Engineers were paged at ten past 11 pm PT.") == ["2025-10-25T06:10:00Z"]
    assert pts("It was half past two.") == []  # no part of day: not a clock time we can place


def test_a_finer_date_inside_a_coarser_one_gives_the_start(extract):
    text = ("Linode's storage outage in 2025 is one its engineers had not foreseen. "
            "Its storage cluster went dark on October 20, the company said.")
    res = extract(text, title="Linode outage", published=PUBLISHED)
    assert primary(res)["start"] == "2025-10-20"


def test_a_fortnight_is_two_weeks():
    from nlp.temporal import find_durations
    assert [d.hours for d in find_durations("For nearly a fortnight in March, members could not see their pensions.", 0)] == [336.0]
    assert [d.hours for d in find_durations("The registry was offline for two fortnights.", 0)] == [672.0]


def test_a_date_right_after_the_outage_noun_names_it(extract):
    text = "Linode's outage on Thursday was self-inflicted, its chief executive wrote in a long post."
    res = extract(text, title="Linode outage", published=PUBLISHED, source_kind="press", outlet="Daily Wire")
    # (C14: the closing tag makes the clause, and the date naming the outage in it, the vendor's)
    assert [(c["normalized"], c["speaker_kind"]) for c in claims_of(res, "start")] == [("2025-10-23", "vendor")]


def test_the_response_starting_is_no_start_of_the_outage(extract):
    text = ("Linode's block storage failed on Thursday afternoon, the company said. "
            "Engineers spotted the faulty release at 21:14 UTC and began reverting it.")
    res = extract(text, title="Linode outage", published=PUBLISHED, source_kind="press", outlet="Daily Wire")
    assert start_values(res) == ["2025-10-23"]


def test_a_timeline_line_where_the_vendor_notices_the_trouble_is_no_start(extract):
    text = ("Timeline (UTC)\n"
            "14:02 A configuration push begins failing health checks.\n"
            "14:09 Our monitoring identifies the disruption.\n"
            "15:47 All regions recovered.")
    res = extract(text, title="Linode storage incident", published=PUBLISHED, source_kind="vendor")
    assert start_values(res) == ["2025-10-23T14:02:00Z"]  # undated times are not after publication
