"""Disagreements read from numbers and retractions: counts that grow, causes withdrawn, durations
reported while the outage still ran."""

import json

from nlp.incidents import rebuild_incidents
from tests.incidents.builders import add_document, claim, disagreements, incident, incident_of, mention, new_db


def test_vendor_count_of_affected_customers_growing_is_scope_drift(tmp_path):
    db = new_db(tmp_path)
    first = add_document(db, "cto-note", kind="vendor", provider="Atlassian", published="2022-04-12T09:00:00Z",
                         title="An update on the site outage", mentions=[mention("Atlassian", start="2022-04-05", claims=[
                             claim("scope", "Roughly 400 customers are affected", "limited", "vendor")])])
    add_document(db, "review", kind="vendor", provider="Atlassian", published="2022-04-29T09:00:00Z",
                 title="Post-incident review of the April outage", mentions=[mention("Atlassian", start="2022-04-05", claims=[
                     claim("scope", "775 affected customers lost their sites", "limited", "vendor")])])
    rebuild_incidents(db)
    drift = disagreements(db, incident_of(db, first))[("scope", "drift")]
    assert "400" in drift["vendor_value"] and "775" in drift["vendor_value"]
    assert len(json.loads(drift["vendor_claim_ids"])) == 2


def test_vendor_counts_of_one_size_are_no_drift(tmp_path):
    db = new_db(tmp_path)
    first = add_document(db, "cto-note", kind="vendor", provider="Atlassian", published="2022-04-12T09:00:00Z",
                         title="An update", mentions=[mention("Atlassian", start="2022-04-05", claims=[
                             claim("scope", "about 400 customers are affected", "limited", "vendor")])])
    add_document(db, "review", kind="vendor", provider="Atlassian", published="2022-04-29T09:00:00Z",
                 title="Review", mentions=[mention("Atlassian", start="2022-04-05", claims=[
                     claim("scope", "in all 420 customers, with 883 sites", "limited", "vendor")])])
    rebuild_incidents(db)
    assert ("scope", "drift") not in disagreements(db, incident_of(db, first))


def test_a_cause_the_vendor_side_gave_and_then_denied_is_drift(tmp_path):
    db = new_db(tmp_path)
    # The first answer came from the vendor's support channel (two outlets report it); the founder
    # then said there is no such policy.
    early = add_document(db, "support-reply", published="2025-04-14T09:00:00Z", title="Users logged out",
                         mentions=[mention("Cursor", start="2025-04-14", claims=[
                             claim("cause", "the reply said a one-device policy logs users out", "config_change", "vendor",
                                   speaker="Cursor support")])])
    add_document(db, "support-reply-2", published="2025-04-14T11:00:00Z", title="Cursor users told of device limit",
                 mentions=[mention("Cursor", start="2025-04-14", claims=[
                     claim("cause", "support said the one-device policy is deliberate", "config_change", "vendor",
                           speaker="Cursor support")])])
    add_document(db, "founder", kind="vendor", provider="Cursor", published="2025-04-15T09:00:00Z",
                 title="About the logouts", mentions=[mention("Cursor", start="2025-04-14", cause="software_bug", claims=[
                     claim("cause", "There is no such policy", "config_change", "vendor", polarity="denies"),
                     claim("cause", "a session-security change had a bug", "software_bug", "vendor")])])
    rebuild_incidents(db)
    drift = disagreements(db, incident_of(db, early))[("cause", "drift")]
    assert "no such policy" in drift["vendor_value"] and "one-device policy" in drift["vendor_value"]


def test_durations_reported_while_the_outage_ran_do_not_make_a_magnitude_gap(tmp_path):
    db = new_db(tmp_path)
    vendor = add_document(db, "review", kind="vendor", provider="Microsoft Azure", published="2023-02-01T18:00:00Z",
                          title="Review", mentions=[mention("Microsoft Azure", start="2023-01-25T07:08:00Z",
                                                            end="2023-01-25T12:43:00Z", claims=[
                              claim("duration", "between 07:08 and 12:43 UTC", 5.6, "vendor"),
                              claim("end", "most of the network was back by 09:00 UTC", "2023-01-25T09:00:00Z", "vendor"),
                              claim("end", "closed at 12:43 UTC", "2023-01-25T12:43:00Z", "vendor")])])
    for key, at in (("live-1", "2023-01-25T09:30:00Z"), ("live-2", "2023-01-25T10:25:00Z")):
        add_document(db, key, published=at, title="Azure down", mentions=[mention("Microsoft Azure", start="2023-01-25T07:00:00Z",
                     duration=2.0, claims=[claim("duration", "down for two hours so far", 2.0, "press")])])
    add_document(db, "after", published="2023-01-26T16:00:00Z", title="What broke", mentions=[mention(
        "Microsoft Azure", start="2023-01-25T07:00:00Z", duration=5.0, claims=[claim("duration", "a little over five hours", 5.0, "press")])])
    rebuild_incidents(db)
    row = incident(db, incident_of(db, vendor))
    assert row["ended_at"] == "2023-01-25T12:43:00Z"  # the last recovery, not a milestone on the way
    assert ("duration", "magnitude") not in disagreements(db, incident_of(db, vendor))


def test_a_running_count_published_before_the_day_the_outage_ended_is_no_magnitude_gap(tmp_path):
    # The vendor's review gives only the days ("from the 3rd to the 6th of May, 70 hours"); a liveblog
    # written on the 5th counted "down for two days now": the time so far, not the length.
    db = new_db(tmp_path)
    review = add_document(db, "review", kind="vendor", provider="Roblox",
                          published="2022-06-01T17:00:00Z", title="Review", mentions=[mention(
                              "Roblox", start="2022-05-03", end="2022-05-06", duration=70.0, claims=[
                                  claim("duration", "unavailable for 70 hours", 70.0, "vendor")])])
    add_document(db, "live", published="2022-05-05T15:00:00Z", title="Still down", mentions=[mention(
        "Roblox", start="2022-05-03", claims=[claim("duration", "down for two days now", 44.0, "press")])])
    rebuild_incidents(db)
    assert ("duration", "magnitude") not in disagreements(db, incident_of(db, review))
    # the same figure published once the outage was over is the press's account of its length
    add_document(db, "after", published="2022-05-09T09:00:00Z", title="Back", mentions=[mention(
        "Roblox", start="2022-05-03", duration=20.0, claims=[claim("duration", "the better part of a day", 20.0, "press")])])
    rebuild_incidents(db)
    assert ("duration", "magnitude") in disagreements(db, incident_of(db, review))


def test_a_total_duration_reported_after_the_end_still_makes_a_magnitude_gap(tmp_path):
    db = new_db(tmp_path)
    vendor = add_document(db, "review", kind="vendor", provider="Microsoft Azure", published="2023-02-01T18:00:00Z",
                          title="Review", mentions=[mention("Microsoft Azure", start="2023-01-25T07:08:00Z",
                                                            end="2023-01-25T12:43:00Z", claims=[
                              claim("duration", "between 07:08 and 12:43 UTC", 5.6, "vendor")])])
    add_document(db, "after", published="2023-01-27T16:00:00Z", title="What broke", mentions=[mention(
        "Microsoft Azure", start="2023-01-25T07:00:00Z", duration=20.0, claims=[claim("duration", "most of a day", 20.0, "press")])])
    rebuild_incidents(db)
    assert ("duration", "magnitude") in disagreements(db, incident_of(db, vendor))


def test_a_rumour_quoted_next_to_the_vendors_rebuttal_is_not_a_retraction(tmp_path):
    db = new_db(tmp_path)
    # One article: a post blames an attack (misread as the vendor's words), the chief executive says it was not.
    article = add_document(db, "rumour", published="2019-07-02T15:05:00Z", title="Cloudflare outage", mentions=[mention(
        "Cloudflare", start="2019-07-02", claims=[
            claim("cause", "this is a massive DDoS, one post read", "cyberattack", "vendor"),
            claim("cause", "the outage wasn't an attack", "cyberattack", "vendor", polarity="denies")])])
    add_document(db, "postmortem", kind="vendor", provider="Cloudflare", published="2019-07-12T16:00:00Z",
                 title="Details of the outage", mentions=[mention("Cloudflare", start="2019-07-02", cause="software_bug", claims=[
                     claim("cause", "a regular expression backtracked", "software_bug", "vendor"),
                     claim("cause", "This was not an attack", "cyberattack", "vendor", polarity="denies")])])
    rebuild_incidents(db)
    assert ("cause", "drift") not in disagreements(db, incident_of(db, article))


def test_a_denial_the_vendors_first_statement_already_made_is_no_retraction(tmp_path):
    db = new_db(tmp_path)
    # The bank's own note gives a flood alarm as the cause and says at once that no water reached the
    # servers; a later report repeats both. The account narrowed the cause from the start: no drift.
    note = add_document(db, "bank-note", kind="vendor", provider="Harbour Bank", published="2021-03-02T22:00:00Z",
                        title="Update on today's service issues", mentions=[mention("Harbour Bank", start="2021-03-02",
                            cause="environmental", claims=[
                                claim("cause", "a flood alarm after pipe work shut the hall down", "environmental", "vendor"),
                                claim("cause", "no water reached the servers", "environmental", "vendor", polarity="denies")])])
    add_document(db, "weekly", published="2021-03-06T09:00:00Z", title="A day without the bank's app", mentions=[mention(
        "Harbour Bank", start="2021-03-02", claims=[
            claim("cause", "a flood alarm went off after pipe work, the bank said", "environmental", "vendor"),
            claim("cause", "It insisted that no water had reached the servers", "environmental", "vendor", polarity="denies")])])
    rebuild_incidents(db)
    assert ("cause", "drift") not in disagreements(db, incident_of(db, note))
