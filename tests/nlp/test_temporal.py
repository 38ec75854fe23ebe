from datetime import date

from nlp.temporal import find_durations, find_ranges, parse_published, resolve_points

REF = date(2025, 10, 22)  # a Wednesday


def points(text, ref=REF):
    return [p.iso for p in resolve_points(text, 0, ref, None, None)]


def test_time_with_pacific_daylight_zone_is_converted_to_utc():
    assert points("Errors began at 11:48 PM PDT on October 19.") == ["2025-10-20T06:48:00Z"]


def test_time_with_generic_eastern_zone_uses_daylight_time_in_summer():
    assert points("The trouble started at 3 a.m. ET on July 19, 2024.") == ["2024-07-19T07:00:00Z"]


def test_day_month_year_order_and_iso_dates_are_read():
    assert points("On 5 April 2022 sites vanished; by 2022-04-18 all were back.") == ["2022-04-05", "2022-04-18"]


def test_month_without_year_takes_the_latest_one_before_publication():
    assert points("The outage in December hit one region.", ref=date(2026, 2, 20)) == ["2025-12"]


def test_weekday_is_resolved_against_the_publication_date():
    assert points("Services went down on Monday.") == ["2025-10-20"]


def test_yesterday_is_the_day_before_publication():
    assert points("Users could not log in yesterday.") == ["2025-10-21"]


def test_time_without_any_zone_keeps_only_the_day():
    assert points("It failed at 9:15 on October 3.") == ["2025-10-03"]


def test_range_end_inherits_zone_and_rolls_over_midnight():
    text = "The disruption ran from 11:48 PM PDT on October 19 to 2:20 PM."
    pts = resolve_points(text, 0, REF, None, None)
    (r,) = find_ranges(text, 0, pts)
    assert (r.begin.iso, r.finish.iso, r.hours) == ("2025-10-20T06:48:00Z", "2025-10-20T21:20:00Z", 14.53)


def test_between_range_borrows_zone_and_date_from_its_second_time():
    text = "Between 06:48 and 09:12 UTC on Oct. 3 requests failed."
    pts = resolve_points(text, 0, REF, None, None)
    (r,) = find_ranges(text, 0, pts)
    assert (r.begin.iso, r.hours) == ("2025-10-03T06:48:00Z", 2.4)


def hours(text):
    return [d.hours for d in find_durations(text, 0)]


def test_durations_in_digits_and_words():
    assert hours("It lasted 13 hours.") == [13.0]
    assert hours("It lasted thirteen hours.") == [13.0]
    assert hours("a 15-hour outage") == [15.0]


def test_compound_and_fractional_durations():
    assert hours("down for two hours and 40 minutes") == [2.667]
    assert hours("offline for an hour and a half") == [1.5]
    assert hours("about half an hour") == [0.5]
    assert hours("close to two weeks") == [336.0]


def test_qualitative_durations_are_kept_without_hours():
    assert hours("The event was brief.") == [None]
    assert hours("Customers waited several hours.") == [None]


def test_spans_that_are_not_an_outage_length_are_ignored():
    assert hours("Engineers are on call 24 hours a day.") == []
    assert hours("Status checks run every 5 minutes.") == []
    assert hours("Two days later the company apologised.") == []


def test_published_value_parses_dates_and_datetimes():
    assert parse_published("2025-10-22T12:00:00Z")[0] == REF
    assert parse_published("2025-10-22")[0] == REF
    assert parse_published(None)[0] == date(1970, 1, 1)


def test_two_digit_hours_are_not_cut_to_their_last_digit():
    assert points("Between 21:40 UTC on 18 July and 22:00 UTC on 19 July 2024 requests failed.", ref=date(2024, 8, 2)) == [
        "2024-07-18T21:40:00Z", "2024-07-19T22:00:00Z"]


def test_a_span_before_after_is_not_a_length():
    # "a week after" is a gap between events; "prolonged" stays as a qualitative length
    assert hours("The outage comes a week after a prolonged AWS disruption.") == [None]


def test_later_is_a_length_only_when_the_sentence_speaks_of_recovery():
    assert hours("Six hours later, some services were still not fully working.") == [6.0]
    assert hours("Two days later the company apologised.") == []


def test_full_days_and_vague_spans():
    assert hours("It lasted roughly a full day.") == [24.0]
    assert hours("The second outage stretched across days.") == [None]
    assert hours("We lost our checkout page for most of the afternoon.") == [None]


def test_day_named_relative_to_the_day_in_force():
    # clock times followed by "the previous evening" / "the next day" move one day from the day in force
    text = "Service came back at 4:10 PM PDT on October 20, about sixteen hours after errors began at 11:55 PM the previous evening."
    assert points(text) == ["2025-10-20T23:10:00Z", "2025-10-20T06:55:00Z"]
    text = "The window ran from 15:30 UTC on October 12 to 01:10 UTC the next day."
    pts = resolve_points(text, 0, REF, None, None)
    (r,) = find_ranges(text, 0, pts)
    assert (r.begin.iso, r.finish.iso) == ("2025-10-12T15:30:00Z", "2025-10-13T01:10:00Z")


def test_a_weekday_in_the_possessive_names_the_day():
    assert points("Tuesday's cloud storage failure hit banks.") == ["2025-10-21"]


def test_month_durations_and_idioms():
    assert hours("Some customers stayed offline for close to a month.") == [720.0]
    assert hours("The site was back within the hour.") == [1.0]


def test_counts_over_a_period_and_habits_are_not_lengths():
    assert hours("It is the third outage in less than three months.") == []
    assert hours("Our builds normally finish in twenty minutes.") == []


def test_after_counts_only_from_the_onset():
    assert hours("Everything worked again nine hours after the first alarms went off.") == [9.0]
    assert hours("Three weeks after the sites failed, the firm published its review.") == []


def test_elapsed_time_with_on_needs_the_outage_still_going():
    assert hours("Three days on, some shops were still unable to take card payments.") == [72.0]
    assert hours("Users were offline for forty minutes on Friday.") == [0.667]


def test_last_week_is_the_month_it_fell_in():
    assert points("Last week, the agent wiped a customer's records.", ref=date(2025, 8, 4)) == ["2025-07"]


def test_a_threshold_for_outages_in_general_is_not_a_length():
    assert hours("Few policies pay out for outages shorter than a day.") == []


def test_short_things_that_are_not_spans_of_time():
    assert hours("Google's response was a brief statement saying it was investigating.") == []
    assert hours("Moderators removed the thread a few hours later.") == []


def test_times_with_offsets_dots_and_iso_timestamps():
    assert points("Errors began at 2.30pm BST on 4 June.") == ["2025-06-04T13:30:00Z"]
    assert points("The outage started at 14:05 UTC+2 on June 4.") == ["2025-06-04T12:05:00Z"]
    assert points("First alert 2025-06-04T12:05:00Z, cleared 2025-06-04T13:10+02:00.") == [
        "2025-06-04T12:05:00Z", "2025-06-04T11:10:00Z"]
    assert points("The fee rose to 3.50 on June 4.") == ["2025-06-04"]


def test_compact_durations():
    assert hours("It was a 2h outage.") == [2.0]
    assert hours("Sites were down for 3h 20m.") == [3.333]


def test_clock_times_named_after_a_place():
    assert points("Errors began at 9 a.m. Tokyo time on June 4.") == ["2025-06-04T00:00:00Z"]
    assert points("Shops closed at 11am Paris time on 4 June.") == ["2025-06-04T09:00:00Z"]
    assert points("It failed at 3pm Sydney time on January 10.") == ["2025-01-10T04:00:00Z"]


def test_a_fronted_elapsed_time_counts_back_from_the_time_of_writing():
    assert points("Two weeks after a flood shut down the region, one of its zones has still not come back.",
                  ref=date(2023, 5, 9)) == ["2023-04-25"]
    # narrative past: not anchored at the time of writing
    assert points("Two hours after the outage began, engineers found the fault.") == []


def test_the_weekday_with_an_article_is_not_counted_from_publication():
    assert points("Traffic surged on the Monday morning.") == []
    assert points("Users could not connect right now.", ref=date(2019, 3, 13)) == ["2019-03-13"]


def test_ago_counts_back_from_publication():
    assert points("Three years ago, a similar outage lasted a full day.", ref=date(2025, 1, 30)) == ["2022"]
    assert points("Two weeks ago the same region failed.") == ["2025-10-08"]


def test_extra_time_of_something_else_is_not_a_length():
    assert hours("Sony offered subscribers five extra days of PlayStation Plus.") == []


def test_more_qualitative_lengths():
    assert hours("The outage was short.") == [None]
    assert hours("The shop was down for an afternoon.") == [None]
    assert hours("Sites were back within minutes.") == [None]
    assert hours("Administrators warned the fix could take days.") == [None]


def test_more_date_and_time_forms():
    ref = date(2025, 6, 6)  # a Friday
    assert points("The problem started around 9:30 AM ET Thursday.", ref) == ["2025-06-05T13:30:00Z"]
    assert points("The outage started Monday.", ref) == ["2025-06-02"]
    assert points("Recovery went well into Friday, operators said.", ref) == []
    assert points("Sites went dark at 3 in the afternoon Eastern time on June 4.", ref) == ["2025-06-04T19:00:00Z"]
    assert points("The outage started on 2025/06/03.", ref) == ["2025-06-03"]


def test_a_length_followed_by_what_set_it_off():
    assert hours("The network was congested for roughly four hours after a configuration change.") == [4.0]
    assert hours("The chatbot went down again and again over two days after a flood of traffic.") == [48.0]
