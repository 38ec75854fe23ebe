"""Time claims on unfamiliar wording (seventh round): word classes of failing and disabling that date the
outage, bare and indefinite weekdays, "last <weekday>", ages that are no lengths, holidays in lower case.
Sentences are written for these tests: paraphrases of development-set constructions with other nouns
and verbs, and a few more a reporter might write."""
from datetime import date

from nlp.temporal import find_dates, find_durations, may_hold_point
from tests.nlp.conftest import claims_of, primary

PUBLISHED = "2025-10-24T12:00:00Z"  # a Friday


def start_values(res) -> list[str]:
    return [c["normalized"] for c in claims_of(res, "start")]


def durations(res) -> list[float | None]:
    return [c["normalized"] for c in claims_of(res, "duration")]


# --- holidays in lower case (the gate was case-sensitive, the pattern is not) --------------------------


def test_a_holiday_in_lower_case_is_a_date():
    for text, iso in (("the booking site went down on christmas day", "2024-12-25"),
                      ("payments failed on boxing day and again on new year's eve", "2024-12-26"),
                      ("the app crashed on thanksgiving", "2024-11-28")):
        lower = text.lower()
        assert may_hold_point(text, lower, False)
        assert find_dates(text, 0, date(2025, 1, 5), lower)[0].iso == iso


# --- ages are no lengths ---------------------------------------------------------------------------------


def test_the_age_of_a_copy_is_no_length():
    for text in ("The site came back on a copy about four months old.",
                 "Staff restored the ledger from a six-week-old snapshot.",
                 "It is running on a two-day-old backup."):
        assert find_durations(text, 0) == []
    assert [d.hours for d in find_durations("The portal was down for four months.", 0)] == [4 * 720.0]


def test_an_age_beside_the_recovery_is_no_duration_claim(extract):
    text = ("Heroku's dashboard failed on Wednesday. "
            "Heroku's dashboard came back late on Thursday, running on an archive about two months old.")
    res = extract(text, title="Heroku outage", published=PUBLISHED)
    assert 1440.0 not in durations(res)


# --- weekdays ---------------------------------------------------------------------------------------------


def test_last_weekday_written_the_day_after_is_a_week_back():
    # on a Friday "last Thursday" is not yesterday (a writer would say "yesterday"), but "last Tuesday" is this week's
    ref = date(2025, 10, 24)
    assert find_dates("the outage last Thursday", 0, ref)[0].iso == "2025-10-16"
    assert find_dates("the outage last Tuesday", 0, ref)[0].iso == "2025-10-21"


def test_a_bare_weekday_after_a_verb_or_noun_is_a_date():
    ref = date(2025, 10, 24)
    for text in ("If you spent Monday trying to book a table, you saw the error page.",
                 "The bank's app went down Wednesday and stayed down.",
                 "Two workers were taken to hospital Tuesday after the fire."):
        assert [p.iso for p in find_dates(text, 0, ref)] != [], text


def test_an_indefinite_or_determined_weekday_is_no_date():
    ref = date(2025, 10, 24)
    for text in ("A fault closed the airspace on a Friday afternoon before the holidays.",
                 "If your Tuesday started with a blank screen, you were not alone.",
                 "It was the first Monday of the year and everyone logged in at once.",
                 "Delays could carry over into Saturday as crews were out of place.",
                 "Patch Tuesday brought eleven fixes."):
        assert find_dates(text, 0, ref) == [], text


def test_a_bare_weekday_dates_a_failure_as_its_start(extract):
    text = "If you spent Wednesday trying to reach Slack, you already know: its servers were under attack. The outage frustrated teams everywhere."
    res = extract(text, title="Slack outage", published=PUBLISHED)
    assert "2025-10-22" in start_values(res)


# --- verbs of disabling, halting, destroying: a date of the failure itself ----------------------------------


def test_a_halt_dated_in_its_clause_is_a_start(extract):
    # "asked the regulator to pause its departures nationwide on Tuesday morning" (other noun, other verb of halting)
    for sentence in ("Heroku asked its customers to halt their deployments on Tuesday morning, citing a technical issue.",
                     "Heroku suspended every build in Europe on Tuesday morning, blaming a storage fault.",
                     "Heroku was knocked out on Tuesday morning by a flood of junk traffic aimed at its routers."):
        res = extract(sentence + " The outage frustrated developers everywhere.", title="Heroku outage", published=PUBLISHED)
        assert primary(res)["start"] == "2025-10-21", sentence


def test_a_fronted_day_before_system_issues_is_a_start(extract):
    text = ("Earlier today we experienced system problems caused by a cooling failure in one of our buildings. "
            "Customers could not reach GitHub for part of the day, and we apologise for the outage.")
    res = extract(text, title="GitHub statement on today's outage", published="2025-10-22T20:00:00Z", source_kind="vendor")
    assert primary(res)["start"] == "2025-10-22"


def test_a_fronted_stretch_of_a_day_before_the_failure_is_a_start(extract):
    text = "For most of last Wednesday, developers across the country could not push code to GitHub. The outage frustrated developers everywhere."
    res = extract(text, title="GitHub outage", published=PUBLISHED)
    assert primary(res)["start"] == "2025-10-22"  # (written on a Friday: this week's Wednesday)


def test_a_month_dating_the_failure_is_a_start(extract):
    # "almost N weeks after a ransomware gang crippled its systems at the end of October" (other verb, other month)
    text = ("Heroku's dashboard is still offline, nine weeks after an extortion crew wiped its servers "
            "at the end of August. The outage has cost its customers dearly.")
    res = extract(text, title="Heroku cyberattack", published=PUBLISHED)
    assert "2025-08" in start_values(res)


def test_a_month_beside_no_failure_stays_no_start(extract):
    text = "Heroku, which Salesforce bought in March, now runs the card terminals. Heroku went down on Tuesday."
    res = extract(text, title="Heroku outage", published=PUBLISHED)
    assert "2025-03" not in start_values(res)


# --- what reads as a length or an end but is not; windows named by the place in the day ---------------------


def test_the_time_working_again_is_no_length(extract):
    text = ("Slack went down on Wednesday morning. Slack's desktop app has been sending messages again for a few hours. "
            "The service has been back online for two hours now.")
    res = extract(text, title="Slack outage", published=PUBLISHED)
    assert durations(res) == []


def test_a_recovery_for_nearly_all_is_no_end(extract):
    text = ("GitHub's code search failed on Monday after a bad deploy. "
            "Search has been restored for nearly all repositories. Almost all mirrors have recovered.")
    res = extract(text, title="GitHub outage", published=PUBLISHED, source_kind="vendor")
    assert claims_of(res, "end") == []


def test_finding_and_ending_the_trouble_within_a_time_is_a_length(extract):
    # "had traced and contained the problem within a couple of hours" (other verbs of perceiving and of ending)
    text = ("Heroku said the attack began on Tuesday morning and that engineers had spotted and blocked the traffic "
            "within three hours. The outage frustrated developers everywhere.")
    res = extract(text, title="Heroku outage", published=PUBLISHED)
    assert 3.0 in durations(res)
    text = "Heroku engineers noticed the errors within three minutes. The outage lasted all morning."
    res = extract(text, title="Heroku outage", published=PUBLISHED)
    assert 0.05 not in durations(res)


def test_a_window_between_places_in_the_day_is_start_end_and_length_of_none(extract):
    # "was unavailable from the start of the day until the middle of the afternoon"
    text = ("The Fastly configuration portal was unavailable on Tuesday from the beginning of the working day "
            "until the end of the afternoon, Fastly said.")
    res = extract(text, title="Fastly outage", published=PUBLISHED)
    assert start_values(res) == ["2025-10-21"]
    assert [c["normalized"] for c in claims_of(res, "end")] == ["2025-10-21"]
    assert durations(res) == [None]


# --- clock times with no zone anywhere still give a length ---------------------------------------------------


def test_zone_less_clock_times_give_a_length():
    from nlp.temporal import find_ranges, resolve_points
    text = "Card payments failed between 9.15am and 11am on Tuesday."
    points = resolve_points(text, 0, date(2025, 10, 24), None, None)
    assert [r.hours for r in find_ranges(text, 0, points)] == [1.75]
    text = "Trains stood still from 10:40 p.m. until 1:10 a.m."
    points = resolve_points(text, 0, date(2025, 10, 24), None, None)
    assert [r.hours for r in find_ranges(text, 0, points)] == [2.5]


def test_a_zone_less_start_and_end_in_one_sentence_give_a_length(extract):
    # "The fault began around a quarter to five in the afternoon and was not fully cleared until around midnight"
    text = ("Heroku's routers went down on Wednesday. The trouble started at about half past three in the afternoon "
            "and was not fully fixed until around 9 p.m., Heroku said on Thursday.")
    res = extract(text, title="Heroku outage", published=PUBLISHED)
    assert 5.5 in durations(res)


# --- which date of a sentence is its start --------------------------------------------------------------------


def test_the_date_the_trouble_began_beats_a_date_of_its_consequences(extract):
    # "spent a third day on Sunday unable to trust their app, after a fault that began on payday Friday"
    text = ("GitHub users spent a second day on Thursday unable to merge code, after a fault that began on Wednesday "
            "left pull requests stuck.")
    res = extract(text, title="GitHub outage", published=PUBLISHED)
    assert primary(res)["start"] == "2025-10-22"
    # "scrubbed hundreds more flights on Monday, … since a defective update froze computers on Friday"
    text = ("Heroku refunded hundreds more customers on Thursday, the third day of refunds since a broken release "
            "crashed its routers on Tuesday.")
    res = extract(text, title="Heroku outage", published=PUBLISHED)
    assert primary(res)["start"] == "2025-10-21"


def test_a_relative_clause_after_a_recovery_does_not_make_it_partial(extract):
    # "have fully restored service following today's network disruption, which affected some customers"
    text = ("Update: Slack engineers have fully restored messaging after this morning's outage, which hit some "
            "workspaces in Europe.")
    res = extract(text, title="Slack outage", published=PUBLISHED, source_kind="vendor")
    assert [c["normalized"] for c in claims_of(res, "end")] == ["2025-10-24"]
    text = "Slack says the outage has been fully mitigated, though some workspaces are still catching up on messages."
    res = extract(text, title="Slack outage", published=PUBLISHED, source_kind="vendor")
    assert claims_of(res, "end") == []


# --- a clock time with no zone keeps the clock of the one country the text speaks of ------------------------------


def test_the_home_zone_of_a_text():
    from nlp.temporal import home_zone
    assert home_zone("Korean Air said its Seoul systems failed at 9 a.m.") == "kst"
    assert home_zone("Deutsche Bahn's ticket machines across Germany went blank, Berlin commuters said.") == "central european"
    assert home_zone("The outage hit Japan and the United States.") is None  # several zones
    assert home_zone("Customers across America could not log in at 9 a.m.") is None  # one country, several zones
    assert home_zone("The app failed at 9 a.m.") is None


def test_a_zone_less_time_in_a_text_about_one_country_is_in_its_clock(extract):
    # "From 7:24 a.m. today, some of our systems have not been working" in a Japanese airline's notice
    text = ("Since 6:50 a.m. today, some Osaka ticket machines run by Heroku in Japan have not been working because "
            "of a network fault.")
    res = extract(text, title="Heroku outage", published="2025-10-24T03:00:00Z", source_kind="vendor")
    assert primary(res)["start"] == "2025-10-23T21:50:00Z"


def test_an_end_told_after_a_later_start_on_the_same_day_is_the_next_day(extract):
    text = ("Fastly's edge in London failed on Tuesday. The fault began at about 10 p.m. and was not fully cleared "
            "until around 1:30 a.m., Fastly said.")
    res = extract(text, title="Fastly outage", published=PUBLISHED)
    assert primary(res)["end"] == "2025-10-22T00:30:00Z"
    assert 3.5 in durations(res)
    # but a time told before with "since" is earlier that day, not the next ("1:35 p.m. ET — down since 1 p.m.")
    text = "Fastly's edge in London failed on Tuesday. By 2:35 p.m. the sites had been down since shortly after 1 p.m."
    res = extract(text, title="Fastly outage", published=PUBLISHED)
    assert primary(res)["start"] == "2025-10-21T12:00:00Z"


# --- the outage told as an event, named by other nouns, dated by a fronted length ----------------------------------


def test_an_event_told_by_a_pronoun_is_dated(extract):
    # "That happened at 8.32am on the August bank holiday", "What happened on May 17 was unusual in two ways"
    for sentence, start in (("Fastly's edge network in London failed. It happened at 9.10am on Tuesday, BST.", "2025-10-21T08:10:00Z"),
                            ("Slack's messaging outage is worth a second look. What happened on Tuesday was rare.", "2025-10-21")):
        res = extract(sentence, title="Outage", published=PUBLISHED)
        assert primary(res)["start"] == start, sentence
    # a heading ("What happened on Tuesday", no stop) is the title of the account, not a statement
    from nlp.time_claims import _tells_the_event
    assert not _tells_the_event("What happened on Tuesday", "what happened on tuesday")


def test_the_failure_at_a_time_then_the_recovery_give_a_length(extract):
    # "Starlink stopped working at about 3:15 p.m. and did not come back until shortly before six."
    text = "Heroku's dashboard stopped loading at about 1:40 p.m. and did not come back until shortly after four."
    res = extract(text, title="Heroku outage", published=PUBLISHED)
    assert 2.33 in durations(res)


def test_a_month_after_a_lower_case_time_word_is_the_month(extract):
    ref = date(2025, 10, 24)
    assert [p.iso for p in find_dates("the service was deleted in early May", 0, ref)] == ["2025-05"]
    assert [p.iso for p in find_dates("backups taken in late May", 0, ref)] == ["2025-05"]
    assert find_dates("This May Be the Worst Outage Yet", 0, ref) == []


def test_a_fronted_length_before_the_month_dates_the_failure(extract):
    # "For about a fortnight in May, the members of the fund could not log in"
    text = ("Heroku's deployment outage was one of the longest of the year. For about ten days in August, Heroku "
            "customers could not deploy any code.")
    res = extract(text, title="Heroku outage", published=PUBLISHED)
    assert "2025-08" in start_values(res)


def test_other_nouns_of_failure_name_the_outage():
    from nlp.time_claims import _names_outage
    # (the words from two characters before the date's end: "the 8 November blackout", "Friday's attack")
    for after in ("er blackout at the airport", "er shutdown of the network", "er glitch", "ay's attack on the bank"):
        assert _names_outage(after), after
    assert not _names_outage("er meeting of the board")


def test_the_event_behind_the_outage_named_by_its_date(extract):
    # "within a week of last Wednesday's fire", "The fire at OVHcloud's Strasbourg campus on Wednesday"
    from nlp.time_claims import _OUTAGE_NOUN_BEFORE, _names_outage
    assert _names_outage("ay's flood in the basement")
    assert _OUTAGE_NOUN_BEFORE.search("The explosion at Heroku's Dublin data hall on ")
    assert not _OUTAGE_NOUN_BEFORE.search("The board met at the head office on ")


def test_a_unit_and_a_half_hyphenated_is_one_and_a_half_units():
    # "a day-and-a-half outage"
    assert [d.hours for d in find_durations("It was a week-and-a-half stoppage for the port.", 0)] == [252.0]
    assert [d.hours for d in find_durations("a day-and-a-half outage", 0)] == [36.0]


# --- dates and times written in other orders -------------------------------------------------------------------


def test_numeric_dates_whose_order_leaves_no_doubt():
    ref = date(2025, 10, 24)
    assert [p.iso for p in find_dates("the failure on 21/10/2025.", 0, ref)] == ["2025-10-21"]
    assert [p.iso for p in find_dates("the failure on 10/21/2025, US time", 0, ref)] == ["2025-10-21"]
    assert [p.iso for p in find_dates("since 14.09.2025 the app has failed", 0, ref)] == ["2025-09-14"]
    assert find_dates("on 03/04/2025", 0, ref) == []  # either order
    assert find_dates("release 1.2.2024 shipped", 0, ref) == []


def test_a_continental_clock_time_and_a_compact_length():
    from nlp.temporal import find_times
    assert [t[2:4] for t in find_times("from 14h30 on Tuesday", 0)] == [(14, 30)]
    assert find_times("the app was down for 2h30", 0) == []


def test_a_window_of_continental_clock_times_gives_start_end_and_length(extract):
    text = "Slack suffered a major outage. Slack was down between 14h00 and 16h30 UTC on Tuesday."
    res = extract(text, title="Slack outage", published=PUBLISHED)
    assert primary(res)["start"] == "2025-10-21T14:00:00Z"
    assert 2.5 in durations(res)


# --- the class of verbs of ending ----------------------------------------------------------------------------------


def test_more_verbs_of_recovery_end_the_outage(extract):
    for sentence, end in (("Service was reinstated at 3:40 p.m. ET on Tuesday.", "2025-10-21T19:40:00Z"),
                          ("The trouble cleared up at about 1:40 p.m. ET on Tuesday.", "2025-10-21T17:40:00Z"),
                          ("Error rates subsided around 2:10 p.m. ET on Tuesday.", "2025-10-21T18:10:00Z"),
                          ("Slack declared the incident over at 18:20 UTC on Tuesday.", "2025-10-21T18:20:00Z")):
        res = extract("Slack suffered a major outage. " + sentence, title="Slack outage", published=PUBLISHED)
        assert primary(res)["end"] == end, sentence
        assert end not in start_values(res), sentence


def test_over_within_a_time_is_a_length(extract):
    res = extract("Slack suffered a major outage. Slack's disruption was over within 50 minutes.", title="Slack outage",
                  published=PUBLISHED)
    assert durations(res) == [0.833]


def test_flagging_or_confirming_the_trouble_is_handling_not_its_start(extract):
    for sentence in ("Slack's status page flagged the incident at 9:25 a.m. ET on Tuesday.",
                     "Slack confirmed the problem at 9:40 a.m. ET on Tuesday."):
        res = extract("Slack suffered a major outage. " + sentence, title="Slack outage", published=PUBLISHED)
        assert start_values(res) == [], sentence


# --- a recurring time is no time of the outage ------------------------------------------------------------------


def test_a_recurring_window_is_no_start_end_or_length(extract):
    for sentence in ("Slack's maintenance window runs from 1 a.m. to 3 a.m. ET every Sunday.",
                     "Backups run nightly between 2 a.m. and 4 a.m. ET."):
        res = extract("Slack suffered a major outage on Tuesday. " + sentence, title="Slack outage", published=PUBLISHED)
        assert durations(res) == [] and claims_of(res, "end") == [], sentence
        assert primary(res)["start"] == "2025-10-21", sentence
    # a past event told beside a habit keeps its times ("the nightly job failed at 2 a.m. ET on Tuesday"), and so does
    # another clause of the sentence
    res = extract("Slack suffered a major outage. The nightly job failed at 2 a.m. ET on Tuesday.", title="Slack outage",
                  published=PUBLISHED)
    assert primary(res)["start"] == "2025-10-21T06:00:00Z"
    res = extract("Slack suffered a major outage. Millions use Slack each day, and for three hours on Tuesday none of them could.",
                  title="Slack outage", published=PUBLISHED)
    assert 3.0 in durations(res)


def test_extended_or_prolonged_as_a_verb_is_no_length():
    # "the Bank has extended the settlement day to 20:00", "which prolonged the outage far beyond the original fault"
    for text in ("The exchange has extended its trading day to 6 p.m.", "a backlog which prolonged the disruption by hours",
                 "Regulators extended the filing deadline."):
        assert [d.hours for d in find_durations(text, 0) if d.text.lower() in ("extended", "prolonged")] == [], text
    for text in ("an extended outage", "the disruption was prolonged", "a prolonged blackout"):
        assert [d.hours for d in find_durations(text, 0)] == [None], text
