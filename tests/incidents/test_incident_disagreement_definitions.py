"""Disagreements follow the written definitions (docs/labelling-guide.md, "Gold disagreements"):
sides, and each kind's conditions. Worlds written for these tests, none taken from the sample."""

import pytest

from nlp.incidents import rebuild_incidents
from tests.incidents.builders import add_document, claim, disagreements, incident_of, mention, new_db


def _vendor(db, key, published, provider="Fastly", cause=None, duration=None, claims=()):
    return add_document(db, key, kind="vendor", provider=provider, published=published, title=f"{provider} update {key}",
                        mentions=[mention(provider, start="2025-03-03", cause=cause, duration=duration, claims=claims)])


def _press(db, key, published, provider="Fastly", cause=None, duration=None, ai=None, claims=()):
    return add_document(db, key, published=published, title=f"{provider} outage {key}",
                        mentions=[mention(provider, start="2025-03-03", cause=cause, duration=duration, ai=ai, claims=claims)])


# ---------------------------------------------------------------- sides


def test_outside_speakers_alone_make_no_omission(tmp_path):
    db = new_db(tmp_path)
    press = _press(db, "wire", "2025-03-04T09:00:00Z", ai=True, cause="ai_agent", claims=[
        claim("ai", "an analyst thinks a coding assistant wrote the change", True, "other", speaker="an analyst"),
        claim("cause", "users blame an AI agent", "ai_agent", "other", speaker="users")])
    rebuild_incidents(db)
    assert not disagreements(db, incident_of(db, press))


def test_a_document_field_without_press_claims_is_no_contradiction(tmp_path):
    db = new_db(tmp_path)
    press = _press(db, "wire", "2025-03-04T09:00:00Z", cause="capacity", claims=[
        claim("duration", "about two hours", 2.0, "press")])
    _vendor(db, "statement", "2025-03-05T09:00:00Z", cause="config_change", claims=[
        claim("cause", "a setting pushed to the cache fleet", "config_change", "vendor")])
    rebuild_incidents(db)
    assert ("cause", "contradiction") not in disagreements(db, incident_of(db, press))


def test_press_claims_inside_a_vendor_document_are_the_vendors(tmp_path):
    db = new_db(tmp_path)
    vendor = _vendor(db, "statement", "2025-03-05T09:00:00Z", cause="config_change", claims=[
        claim("cause", "a setting pushed to the cache fleet", "config_change", "vendor"),
        claim("cause", "a storage bug, some thought", "software_bug", "press")])  # a misread speaker
    rebuild_incidents(db)
    assert not disagreements(db, incident_of(db, vendor))


# ---------------------------------------------------------------- contradiction / denial / omission


def test_contradiction_compares_root_causes_not_every_layer_the_vendor_names(tmp_path):
    # The vendor's latest account names the routing mechanism but roots it in a config change;
    # the press says routing failure was the root: a contradiction.
    db = new_db(tmp_path)
    press = _press(db, "wire", "2025-03-05T09:00:00Z", provider="Microsoft 365", cause="network_bgp", claims=[
        claim("cause", "at bottom the outage was a routing collapse", "network_bgp", "press")])
    add_document(db, "review", kind="vendor", provider="Microsoft 365", published="2025-03-06T09:00:00Z", title="Review",
                 mentions=[mention("Microsoft 365", start="2025-03-03", cause="config_change", claims=[
                     claim("cause", "an unvetted router command was issued", "config_change", "vendor"),
                     claim("cause", "routers could not forward packets while routes recomputed", "network_bgp", "vendor")])])
    rebuild_incidents(db)
    found = disagreements(db, incident_of(db, press))
    assert set(found) == {("cause", "contradiction")}
    assert "routing collapse" in found[("cause", "contradiction")]["press_value"]


def test_a_cause_the_press_reports_as_history_is_not_its_assertion(tmp_path):
    # The article's own account is the vendor's cause; that engineers first suspected an attack is history.
    db = new_db(tmp_path)
    press = _press(db, "wire", "2025-03-05T09:00:00Z", cause="config_change", claims=[
        claim("cause", "engineers at first thought they were under attack", "cyberattack", "press"),
        claim("cause", "a permissions change broke the file", "config_change", "press")])
    _vendor(db, "postmortem", "2025-03-04T20:00:00Z", cause="config_change", claims=[
        claim("cause", "a permissions change doubled the file", "config_change", "vendor"),
        claim("cause", "this was not an attack", "cyberattack", "vendor", polarity="denies")])
    rebuild_incidents(db)
    assert not disagreements(db, incident_of(db, press))


def test_cause_omission_needs_a_vendor_that_never_addresses_the_cause(tmp_path):
    db = new_db(tmp_path)
    press = _press(db, "wire", "2025-03-05T09:00:00Z", cause="hardware", claims=[
        claim("cause", "a failed switch took the site down", "hardware", "press")])
    _vendor(db, "note", "2025-03-04T20:00:00Z", claims=[claim("duration", "about two hours", 2.0, "vendor")])
    rebuild_incidents(db)
    assert set(disagreements(db, incident_of(db, press))) == {("cause", "omission")}

    addressed = new_db(tmp_path, "addressed.db")
    press = _press(addressed, "wire", "2025-03-05T09:00:00Z", cause="hardware", claims=[
        claim("cause", "a failed switch took the site down", "hardware", "press")])
    _vendor(addressed, "note", "2025-03-04T20:00:00Z", claims=[
        claim("cause", "this was not an attack", "cyberattack", "vendor", polarity="denies")])
    rebuild_incidents(addressed)
    assert ("cause", "omission") not in disagreements(addressed, incident_of(addressed, press))


def test_no_omission_for_an_outage_the_press_only_recalls(tmp_path):
    # A 2025 article recalls a 2016 outage and names its cause; the store holds nothing from 2016, so
    # the vendor's silence here says nothing about what it said back then.
    db = new_db(tmp_path)
    article = add_document(db, "explainer", published="2025-03-05T09:00:00Z", title="Why the game network fell over",
                           mentions=[mention("Fastly", start="2025-03-03", claims=[
                                         claim("duration", "down for most of a day", 20.0, "press")]),
                                     mention("Fastly", start="2016-06-01", primary=False, claims=[
                                         claim("cause", "in 2016, when a flood of junk traffic knocked it out", "cyberattack", "press"),
                                         claim("ai", "a scheduling bot was blamed then too", True, "press")])])
    rebuild_incidents(db)
    recalled = incident_of(db, article, 1)
    assert recalled and recalled != incident_of(db, article, 0)
    assert not disagreements(db, recalled)
    # a report written at the time that alleges the same is an omission when the vendor never answers it
    report = add_document(db, "wire-2016", published="2016-06-02T09:00:00Z", title="Fastly outage", mentions=[mention(
        "Fastly", start="2016-06-01", claims=[claim("cause", "junk traffic flooded the edge, the paper learned", "cyberattack", "press")])])
    rebuild_incidents(db)
    assert ("cause", "omission") in disagreements(db, incident_of(db, report))


def test_a_cause_or_ai_told_only_in_a_recall_contradicts_and_denies_nothing(tmp_path):
    # The vendor's own review blames a configuration change and says no AI tool was involved; months later
    # a story on another company's outage recalls this one with another cause and an AI agent.
    db = new_db(tmp_path)
    review = _vendor(db, "review", "2025-03-06T10:00:00Z", claims=[
        claim("cause", "a configuration change pushed to every edge node", "config_change", "vendor"),
        claim("ai", "no automated assistant had any part in the change", False, "vendor", polarity="denies")])
    add_document(db, "feature", published="2025-09-10T09:00:00Z", title="Akamai's bad week",
                 mentions=[mention("Akamai", start="2025-09-08"),
                           mention("Fastly", start="2025-03-03", primary=False, cause="cyberattack", ai=True, claims=[
                               claim("cause", "much as in March, when attackers flooded Fastly's edge", "cyberattack", "press"),
                               claim("ai", "a coding agent, it was said then, had shipped the change", True, "press")])])
    rebuild_incidents(db)
    assert not disagreements(db, incident_of(db, review))
    # A report on the outage itself saying the same is a contradiction and an AI denial.
    _press(db, "wire", "2025-03-04T09:00:00Z", cause="cyberattack", ai=True, claims=[
        claim("cause", "attackers flooded the edge, the paper learned", "cyberattack", "press"),
        claim("ai", "a coding agent had shipped the change", True, "press")])
    rebuild_incidents(db)
    found = disagreements(db, incident_of(db, review))
    assert ("cause", "contradiction") in found and ("ai", "denial") in found


def test_talk_the_press_reports_is_no_allegation_of_its_own(tmp_path):
    # The outlet tells of speculation and rumours; it does not assert the attack or the agent itself.
    db = new_db(tmp_path)
    review = _vendor(db, "review", "2025-03-06T10:00:00Z", cause="hardware", claims=[
        claim("cause", "a router failed and took the dispatch systems with it", "hardware", "vendor"),
        claim("cause", "we have no indication of outside interference", "cyberattack", "vendor", polarity="denies")])
    _press(db, "wire", "2025-03-04T09:00:00Z", cause="cyberattack", ai=True, claims=[
        claim("cause", "a stock exchange halted trading the same morning, which fuelled online speculation about a hacking campaign",
              "cyberattack", "press"),
        claim("ai", "rumours that an AI agent had pushed the faulty change spread on forums", True, "press")])
    rebuild_incidents(db)
    assert not disagreements(db, incident_of(db, review))
    # Set against the talk, the outlet's own finding stands.
    found = new_db(tmp_path, "found.db")
    review = _vendor(found, "review", "2025-03-06T10:00:00Z", cause="config_change", claims=[
        claim("cause", "a routine settings change to the dispatch network", "config_change", "vendor")])
    _press(found, "wire", "2025-03-04T09:00:00Z", cause="hardware", claims=[
        claim("cause", "despite speculation about hackers, the paper found that a worn-out router had failed", "hardware", "press")])
    rebuild_incidents(found)
    assert ("cause", "contradiction") in disagreements(found, incident_of(found, review))


def test_ai_omission_only_when_the_vendor_says_nothing_about_ai(tmp_path):
    db = new_db(tmp_path)
    press = _press(db, "wire", "2025-03-05T09:00:00Z", ai=True, claims=[
        claim("ai", "an AI assistant wrote the faulty migration", True, "press")])
    _vendor(db, "note", "2025-03-04T20:00:00Z", claims=[
        claim("cause", "a bad migration", "software_bug", "vendor")])
    rebuild_incidents(db)
    assert ("ai", "omission") in disagreements(db, incident_of(db, press))

    denied = new_db(tmp_path, "denied.db")
    press = _press(denied, "wire", "2025-03-05T09:00:00Z", ai=True, claims=[
        claim("ai", "an AI assistant wrote the faulty migration", True, "press")])
    _vendor(denied, "note", "2025-03-04T20:00:00Z", claims=[
        claim("cause", "no AI tool was involved", "ai_agent", "vendor", polarity="denies")])
    rebuild_incidents(denied)
    assert set(disagreements(denied, incident_of(denied, press))) == {("ai", "denial")}


# ---------------------------------------------------------------- drift of the cause


def test_cause_drift_between_categories_of_one_mechanism(tmp_path):
    # "A bad deployment" first, "a regular expression that backtracked" later: the categories share nothing.
    db = new_db(tmp_path)
    first = _vendor(db, "status", "2025-03-03T14:00:00Z", cause="deployment", claims=[
        claim("cause", "a bad software deployment, now rolled back", "deployment", "vendor")])
    _vendor(db, "postmortem", "2025-03-10T14:00:00Z", cause="software_bug", claims=[
        claim("cause", "one rule's pattern backtracked and exhausted the CPUs", "software_bug", "vendor")])
    rebuild_incidents(db)
    assert set(disagreements(db, incident_of(db, first))) == {("cause", "drift")}


def test_an_attack_owned_up_to_after_a_first_account_without_a_cause_is_drift(tmp_path):
    # First "an outage in one of our hosting facilities", days later "criminals encrypted the servers".
    db = new_db(tmp_path)
    first = _vendor(db, "notice", "2025-03-03T18:00:00Z", claims=[
        claim("cause", "an outage in one of our hosting facilities has disrupted some booking tools", "unknown", "vendor")])
    _vendor(db, "update", "2025-03-07T12:00:00Z", cause="cyberattack", claims=[
        claim("cause", "our investigation confirmed that an extortion gang had encrypted the servers", "cyberattack", "vendor")])
    rebuild_incidents(db)
    drift = disagreements(db, incident_of(db, first)).get(("cause", "drift"))
    assert drift is not None and "hosting facilities" in drift["summary"] and "extortion gang" in drift["summary"]
    # A first account that ruled an attack out, then owned up to one, changed too.
    denied = new_db(tmp_path, "denied.db")
    first = _vendor(denied, "notice", "2025-03-03T18:00:00Z", claims=[
        claim("cause", "we see nothing to suggest any malicious activity", "cyberattack", "vendor", polarity="denies")])
    _vendor(denied, "update", "2025-03-07T12:00:00Z", cause="cyberattack", claims=[
        claim("cause", "intruders had broken into the payment network", "cyberattack", "vendor")])
    rebuild_incidents(denied)
    assert ("cause", "drift") in disagreements(denied, incident_of(denied, first))


def test_status_updates_that_find_an_attack_while_investigating_are_no_drift(tmp_path):
    # One status page: "investigating an issue with our network", an hour later "mitigating a DDoS attack".
    db = new_db(tmp_path)
    status = add_document(db, "status", kind="vendor", provider="Fastly", title="Elevated errors", updates=[
        ("Investigating", "2025-03-03T10:00:00Z", "We are investigating an issue with our network."),
        ("Identified", "2025-03-03T11:00:00Z", "We are mitigating a large DDoS attack on our edge.")],
        mentions=[mention("Fastly", start="2025-03-03", cause="cyberattack", claims=[
            claim("cause", "We are investigating an issue with our network.", "unknown", "vendor"),
            claim("cause", "We are mitigating a large DDoS attack on our edge.", "cyberattack", "vendor")])])
    rebuild_incidents(db)
    assert ("cause", "drift") not in disagreements(db, incident_of(db, status))


def test_a_technical_issue_that_turns_out_a_bug_or_a_broken_part_is_no_drift(tmp_path):
    # "A technical issue" then "a defect in the routing software": the account only became more precise.
    for name, later, category in (("bug", "a defect in the routing software stopped every flight plan", "software_bug"),
                                  ("part", "a failed power supply took the primary site down", "hardware")):
        db = new_db(tmp_path, f"{name}.db")
        first = _vendor(db, "notice", "2025-03-03T18:00:00Z", claims=[
            claim("cause", "we are experiencing a technical issue", "unknown", "vendor")])
        _vendor(db, "report", "2025-03-10T12:00:00Z", cause=category, claims=[claim("cause", later, category, "vendor")])
        rebuild_incidents(db)
        assert ("cause", "drift") not in disagreements(db, incident_of(db, first)), name


def test_no_cause_drift_when_the_first_statement_already_named_the_latest_root_cause(tmp_path):
    db = new_db(tmp_path)
    first = _vendor(db, "status", "2025-03-03T14:00:00Z", cause="config_change", claims=[
        claim("cause", "a change to the API management system", "config_change", "vendor"),
        claim("cause", "the change exposed a bug in the quota check", "software_bug", "vendor")])
    _vendor(db, "report", "2025-03-10T14:00:00Z", cause="software_bug", claims=[
        claim("cause", "a policy change with blank fields was written", "config_change", "vendor"),
        claim("cause", "the binary hit a null pointer", "software_bug", "vendor")])
    rebuild_incidents(db)
    assert ("cause", "drift") not in disagreements(db, incident_of(db, first))


def test_cause_drift_when_the_latest_root_is_new_even_if_the_first_cause_stays_a_symptom(tmp_path):
    # "DNS resolution issues" first; the review keeps DNS as the symptom and roots it in a race condition.
    db = new_db(tmp_path)
    first = _vendor(db, "status", "2025-03-03T14:00:00Z", provider="AWS", cause="dns", claims=[
        claim("cause", "DNS resolution issues for the database endpoint", "dns", "vendor")])
    _vendor(db, "summary", "2025-03-10T14:00:00Z", provider="AWS", cause="software_bug", claims=[
        claim("cause", "the endpoint's DNS record was left empty", "dns", "vendor"),
        claim("cause", "a latent race condition in the DNS automation", "software_bug", "vendor")])
    rebuild_incidents(db)
    assert ("cause", "drift") in disagreements(db, incident_of(db, first))


def test_cause_drift_starts_from_the_vendors_own_first_publication(tmp_path):
    # A press paraphrase ("a DNS issue") precedes the vendor's own first statement ("a DNS configuration
    # change"); the review keeps DNS as the symptom but blames an engineer: the own statements drifted.
    db = new_db(tmp_path)
    press = _press(db, "brief", "2025-03-03T22:00:00Z", provider="Salesforce", claims=[
        claim("cause", "the company pointed to a DNS issue", "dns", "vendor")])
    _vendor(db, "statement", "2025-03-04T03:00:00Z", provider="Salesforce", cause="config_change", claims=[
        claim("cause", "a change to our DNS configuration", "config_change", "vendor")])
    _vendor(db, "rca", "2025-03-10T17:00:00Z", provider="Salesforce", cause="human_error", claims=[
        claim("cause", "names could not be resolved", "dns", "vendor"),
        claim("cause", "the engineer used the emergency process for a routine change", "human_error", "vendor")])
    rebuild_incidents(db)
    assert ("cause", "drift") in disagreements(db, incident_of(db, press))


# ---------------------------------------------------------------- scope


def test_scope_is_the_press_claiming_more_than_the_vendors_widest_claim(tmp_path):
    db = new_db(tmp_path)
    press = _press(db, "wire", "2025-03-05T09:00:00Z", claims=[
        claim("scope", "customers across the region lost service", "regional", "press")])
    _vendor(db, "first", "2025-03-03T10:00:00Z", claims=[claim("scope", "a small number of customers", "limited", "vendor")])
    _vendor(db, "review", "2025-03-06T10:00:00Z", claims=[claim("scope", "customers in one region", "regional", "vendor")])
    rebuild_incidents(db)
    assert ("scope", "scope") not in disagreements(db, incident_of(db, press))

    wider = new_db(tmp_path, "wider.db")
    press = _press(wider, "wire", "2025-03-05T09:00:00Z", claims=[
        claim("scope", "sites around the world went dark", "global", "press"),
        claim("scope", "customers across the region lost service", "regional", "press")])
    _vendor(wider, "first", "2025-03-03T10:00:00Z", claims=[claim("scope", "a small number of customers", "limited", "vendor")])
    _vendor(wider, "review", "2025-03-06T10:00:00Z", claims=[claim("scope", "customers in one region", "regional", "vendor")])
    rebuild_incidents(wider)
    found = disagreements(wider, incident_of(wider, press))
    assert set(found) == {("scope", "scope")}
    assert found[("scope", "scope")]["press_value"] == "sites around the world went dark"
    assert found[("scope", "scope")]["vendor_value"] == "customers in one region"


def test_a_reach_word_changing_between_statements_is_no_scope_drift(tmp_path):
    # "Some people are having trouble" while it runs, "people around the world" afterwards: no count changed.
    db = new_db(tmp_path)
    first = _vendor(db, "tweet", "2025-03-03T10:00:00Z", claims=[claim("scope", "some people are having trouble", "limited", "vendor")])
    _vendor(db, "apology", "2025-03-04T10:00:00Z", claims=[claim("scope", "people around the world", "global", "vendor")])
    rebuild_incidents(db)
    assert ("scope", "drift") not in disagreements(db, incident_of(db, first))


def test_the_vendor_placing_the_outage_differently_later_is_scope_drift(tmp_path):
    # The first update places it in several regions; the review, weeks later, on three continents.
    db = new_db(tmp_path)
    first = _vendor(db, "update", "2025-03-03T10:00:00Z", claims=[
        claim("scope", "users in several regions may be unable to reach their databases", "regional", "vendor")])
    _vendor(db, "review", "2025-03-20T10:00:00Z", claims=[
        claim("scope", "the disruption touched most of our regions across North America, Europe and Asia", "global", "vendor"),
        claim("scope", "a handful of databases took a day longer to return", "limited", "vendor")])
    rebuild_incidents(db)
    drift = disagreements(db, incident_of(db, first)).get(("scope", "drift"))
    assert drift is not None and "several regions" in drift["summary"] and "North America" in drift["summary"]
    # Narrowing counts too: "customers worldwide" first, "one region" in the report.
    narrowed = new_db(tmp_path, "narrowed.db")
    first = _vendor(narrowed, "update", "2025-03-03T10:00:00Z", claims=[
        claim("scope", "customers worldwide cannot sign in", "global", "vendor")])
    _vendor(narrowed, "report", "2025-03-09T10:00:00Z", claims=[
        claim("scope", "sign-in failed for customers in a single region", "regional", "vendor")])
    rebuild_incidents(narrowed)
    assert ("scope", "drift") in disagreements(narrowed, incident_of(narrowed, first))


def test_a_later_account_that_keeps_the_first_reach_or_tells_what_lingers_is_no_scope_drift(tmp_path):
    # The review still names the first reach beside a wider remark: the account grew, it did not change.
    db = new_db(tmp_path)
    first = _vendor(db, "update", "2025-03-03T10:00:00Z", claims=[
        claim("scope", "packet loss for customers in the eastern United States", "regional", "vendor")])
    _vendor(db, "blog", "2025-03-06T10:00:00Z", claims=[
        claim("scope", "users in the eastern United States saw the worst of it", "regional", "vendor"),
        claim("scope", "the effect on users worldwide varied", "global", "vendor")])
    rebuild_incidents(db)
    assert ("scope", "drift") not in disagreements(db, incident_of(db, first))
    # Regions still failing after the rest recovered are what remains, not the reach first stated.
    lingering = new_db(tmp_path, "lingering.db")
    first = _vendor(lingering, "update", "2025-03-03T10:00:00Z", claims=[
        claim("scope", "errors continue in two regions while the rest recovers", "regional", "vendor")])
    _vendor(lingering, "review", "2025-03-09T10:00:00Z", claims=[
        claim("scope", "customers around the globe saw failed requests", "global", "vendor")])
    rebuild_incidents(lingering)
    assert ("scope", "drift") not in disagreements(lingering, incident_of(lingering, first))
    # A share of customers ("many of our subscribers", read as global) says how much, not where: nothing
    # to set against "across the country"; nor is a company after "to" a place.
    share = new_db(tmp_path, "share.db")
    first = _vendor(share, "apology", "2025-03-03T10:00:00Z", claims=[
        claim("scope", "many of our subscribers could not place calls", "global", "vendor"),
        claim("scope", "traffic we hand to Lumen was dropped", "global", "vendor")])
    _vendor(share, "follow-up", "2025-03-04T10:00:00Z", claims=[
        claim("scope", "subscribers across the country could not rely on us", "regional", "vendor")])
    rebuild_incidents(share)
    assert ("scope", "drift") not in disagreements(share, incident_of(share, first))


# ---------------------------------------------------------------- magnitude


def _magnitude(tmp_path, name, vendor_claims, press_claims, press_duration=None):
    db = new_db(tmp_path, f"{name}.db")
    _vendor(db, "review", "2025-03-06T10:00:00Z", claims=vendor_claims)
    press = _press(db, "wire", "2025-03-08T10:00:00Z", duration=press_duration, claims=press_claims)
    rebuild_incidents(db)
    return disagreements(db, incident_of(db, press)).get(("duration", "magnitude"))


def test_press_words_far_from_the_vendors_figure_are_a_magnitude_gap(tmp_path):
    found = _magnitude(tmp_path, "days", [claim("duration", "the update was live for 78 minutes", 1.3, "vendor")],
                       [claim("duration", "the disruption stretched across days", None, "press"),
                        claim("duration", "pulled within about an hour and a half", 1.5, "press")])
    assert found is not None and "stretched across days" in found["press_value"]


@pytest.mark.parametrize("words", ["offline for most of the working day", "down for the whole business day",
                                   "the app was broken all day"])
def test_a_working_day_in_words_against_minutes_is_a_magnitude_gap(tmp_path, words):
    found = _magnitude(tmp_path, "workday", [claim("duration", "unavailable between 08:12 and 08:59 UTC", 0.78, "vendor")],
                       [claim("duration", words, None, "press")])
    assert found is not None and words in found["press_value"]


def test_a_working_day_in_words_against_hours_of_it_is_no_gap(tmp_path):
    assert _magnitude(tmp_path, "workday-ok", [claim("duration", "down for about six hours", 6.0, "vendor")],
                      [claim("duration", "offline for most of the working day", None, "press")]) is None


@pytest.mark.parametrize("words", ["A week after the booking system went down for most of a Friday",
                                   "two days later the booking system was still down for most of a Friday"])
def test_a_time_since_is_no_length_and_most_of_a_day_covers_hours_of_it(tmp_path, words):
    assert _magnitude(tmp_path, "since", [claim("duration", "unavailable from about 8am until 5.30pm", 9.5, "vendor")],
                      [claim("duration", words, None, "press")]) is None


def test_durations_that_can_both_be_true_are_no_magnitude_gap(tmp_path):
    # An upper bound against a figure inside it.
    assert _magnitude(tmp_path, "bound", [claim("duration", "lasting 36 minutes", 0.6, "vendor")],
                      [claim("duration", "the site returned within the hour", 1.0, "press")]) is None
    # Words covering the figure.
    assert _magnitude(tmp_path, "words", [claim("duration", "degraded for several hours in total", None, "vendor")],
                      [claim("duration", "eight hours after the first errors", 8.0, "press")]) is None
    # A press milestone ("most services were back") is not the outage's length when the press gives one.
    assert _magnitude(tmp_path, "milestone", [claim("duration", "failures for a full day", 24.0, "vendor")],
                      [claim("duration", "most services were back within about four hours", 4.0, "press"),
                       claim("duration", "roughly a full day", 24.0, "press")]) is None
    # A figure its own article has corrected.
    assert _magnitude(tmp_path, "corrected", [claim("duration", "five hours and 35 minutes", 5.6, "vendor")],
                      [claim("duration", "an earlier version said it lasted about an hour", 1.0, "press"),
                       claim("duration", "more than five and a half hours", 5.6, "press")], press_duration=5.6) is None


def test_a_vendor_milestone_counts_when_the_vendor_gives_no_other_length(tmp_path):
    found = _magnitude(tmp_path, "core", [claim("duration", "core traffic was restored within a few hours", None, "vendor")],
                       [claim("duration", "a disruption that lasted nearly a day", 24.0, "press")])
    assert found is not None
    whole = _magnitude(tmp_path, "whole", [claim("duration", "a total of 7 hours and 27 minutes", 7.45, "vendor"),
                                           claim("duration", "most regions recovered within two hours and forty minutes", 2.67, "vendor")],
                       [claim("duration", "the outage lasted about three hours", 3.0, "press")])
    assert whole is not None


# ---------------------------------------------------------------- start / end drift


def _times(tmp_path, name, attribute, first, later):
    db = new_db(tmp_path, f"{name}.db")
    one = _vendor(db, "first", "2025-03-03T12:00:00Z", claims=[claim(attribute, first[0], first[1], "vendor")])
    _vendor(db, "review", "2025-03-10T12:00:00Z", claims=[claim(attribute, later[0], later[1], "vendor")])
    rebuild_incidents(db)
    return (attribute, "drift") in disagreements(db, incident_of(db, one))


def test_exact_times_for_one_boundary_moving_by_a_quarter_hour_are_drift(tmp_path):
    assert _times(tmp_path, "start", "start", ("Starting at 09:56 UTC, requests failed", "2025-03-03T09:56:00Z"),
                  ("Between 09:40 UTC and 13:00 UTC", "2025-03-03T09:40:00Z"))
    assert not _times(tmp_path, "close", "start", ("Starting at 09:56 UTC, requests failed", "2025-03-03T09:56:00Z"),
                      ("Between 09:50 UTC and 13:00 UTC", "2025-03-03T09:50:00Z"))


def test_hedged_times_and_different_measures_are_no_drift(tmp_path):
    assert not _times(tmp_path, "hedged", "start", ("errors began at approximately 10:00 UTC", "2025-03-03T10:00:00Z"),
                      ("the first errors came at 09:41 UTC", "2025-03-03T09:41:00Z"))
    assert not _times(tmp_path, "measure", "end", ("all services were normal at 15:01 UTC", "2025-03-03T15:01:00Z"),
                      ("customer impact ended at 14:20 UTC", "2025-03-03T14:20:00Z"))
    assert _times(tmp_path, "same", "end", ("customer impact ended at 15:01 UTC", "2025-03-03T15:01:00Z"),
                  ("customer impact ended at 14:20 UTC", "2025-03-03T14:20:00Z"))


def test_a_status_post_timestamp_and_a_partial_recovery_are_no_end_drift(tmp_path):
    # "This incident has been resolved." read as an end at the moment it was posted is the post's
    # timestamp; "for most customers" is a milestone. Neither can drift against a later exact end.
    for name, quote, value in (("posted", "This incident has been resolved.", "2025-03-03T12:41:00Z"),
                               ("partial", "Errors ended at 10:36 UTC for most customers.", "2025-03-03T10:36:00Z")):
        db = new_db(tmp_path, f"{name}.db")
        status = add_document(db, "status", kind="vendor", provider="Fastly", title="Errors on the edge",
                              published="2025-03-03T12:41:00Z",
                              updates=[("investigating", "2025-03-03T10:00:00Z", "We are investigating errors."),
                                       ("resolved", "2025-03-03T12:41:00Z", quote)],
                              mentions=[mention("Fastly", start="2025-03-03T09:47:00Z", claims=[claim("end", quote, value, "vendor")])])
        closing = "We closed the incident at 12:10 UTC" if name == "posted" else "errors ended at 12:35 UTC"
        _vendor(db, "summary", "2025-03-04T12:00:00Z", claims=[claim("end", closing, value[:11] + closing[-9:-4] + ":00Z", "vendor")])
        rebuild_incidents(db)
        assert ("end", "drift") not in disagreements(db, incident_of(db, status)), name


def test_words_against_a_figure_need_to_be_far_apart(tmp_path):
    # "A few hours" against 8.4 hours is under twice apart: loose words, no gap. "Days" against 78 minutes is far.
    assert _magnitude(tmp_path, "few", [claim("duration", "between 15:41 and 00:05 UTC", 8.4, "vendor")],
                      [claim("duration", "a few hours after the outage", None, "press")]) is None
    assert _magnitude(tmp_path, "far", [claim("duration", "the update was live for 78 minutes", 1.3, "vendor")],
                      [claim("duration", "recovery dragged on for days", None, "press")]) is not None


def test_a_denied_ai_agent_cause_is_the_ai_denial_not_a_cause_denial(tmp_path):
    db = new_db(tmp_path)
    press = _press(db, "wire", "2025-03-04T09:00:00Z", cause="ai_agent", ai=True, claims=[
        claim("cause", "the coding agent deleted the environment", "ai_agent", "press")])
    _vendor(db, "statement", "2025-03-05T09:00:00Z", cause="human_error", claims=[
        claim("cause", "user error, not an AI agent", "ai_agent", "vendor", polarity="denies"),
        claim("cause", "misconfigured access controls", "human_error", "vendor")])
    rebuild_incidents(db)
    found = disagreements(db, incident_of(db, press))
    assert set(found) == {("cause", "contradiction"), ("ai", "denial")}


def test_severity_reflects_the_evidence(tmp_path):
    # Drift between two of the vendor's own publications outweighs drift read from a press paraphrase.
    own = new_db(tmp_path, "own.db")
    first = _vendor(own, "status", "2025-03-03T14:00:00Z", cause="capacity", claims=[
        claim("cause", "a surge in traffic", "capacity", "vendor")])
    _vendor(own, "postmortem", "2025-03-10T14:00:00Z", cause="config_change", claims=[
        claim("cause", "a permissions change to a database", "config_change", "vendor")])
    rebuild_incidents(own)
    quoted = new_db(tmp_path, "quoted.db")
    brief = _press(quoted, "brief", "2025-03-03T14:00:00Z", claims=[
        claim("cause", "a spokesperson blamed a surge in traffic", "capacity", "vendor", speaker="spokesperson")])
    _vendor(quoted, "postmortem", "2025-03-10T14:00:00Z", cause="config_change", claims=[
        claim("cause", "a permissions change to a database", "config_change", "vendor")])
    rebuild_incidents(quoted)
    strong = disagreements(own, incident_of(own, first))[("cause", "drift")]["severity"]
    weak = disagreements(quoted, incident_of(quoted, brief))[("cause", "drift")]["severity"]
    assert strong > weak

    # Scope: the press claiming a wider reach in two reports outweighs one report.
    sev = {}
    for n in (1, 2):
        db = new_db(tmp_path, f"scope{n}.db")
        press = None
        for i in range(n):
            press = _press(db, f"wire{i}", f"2025-03-0{5 + i}T09:00:00Z", claims=[
                claim("scope", f"sites around the world went dark ({i})", "global", "press")])
        _vendor(db, "review", "2025-03-04T10:00:00Z", claims=[claim("scope", "a small number of customers", "limited", "vendor")])
        rebuild_incidents(db)
        sev[n] = disagreements(db, incident_of(db, press))[("scope", "scope")]["severity"]
    assert sev[2] > sev[1]


def test_duration_words_are_read_from_the_claims_phrase_not_its_sentence(tmp_path):
    # "barely a week after a prolonged disruption": the week dates the article, it is not the outage's length.
    assert _magnitude(tmp_path, "phrase", [claim("duration", "from 23:48 to 14:20 the next day", 14.5, "vendor")],
                      [claim("duration", "barely a week after a prolonged disruption", None, "press", value="prolonged")]) is None


def test_a_stray_denial_of_the_vendors_own_cause_is_neither_denial_nor_drift(tmp_path):
    # The vendor blames a fire throughout; one sentence of its first notice reads as denying the fire
    # ("could not bring the fire under control"). The press agrees it was the fire.
    db = new_db(tmp_path)
    first = _vendor(db, "notice", "2025-03-03T09:30:00Z", provider="OVHcloud", cause="environmental", claims=[
        claim("cause", "a major fire broke out in one building", "environmental", "vendor"),
        claim("cause", "firefighters could not bring the fire under control", "environmental", "vendor", polarity="denies"),
        claim("cause", "two buildings were shut down because of the fire", "environmental", "vendor")])
    _vendor(db, "plan", "2025-03-10T18:00:00Z", provider="OVHcloud", cause="environmental", claims=[
        claim("cause", "a week after the fire at our site", "environmental", "vendor")])
    _press(db, "wire", "2025-03-03T11:00:00Z", provider="OVHcloud", cause="environmental", claims=[
        claim("cause", "a fire destroyed the data centre", "environmental", "press")])
    rebuild_incidents(db)
    found = disagreements(db, incident_of(db, first))
    assert ("cause", "denial") not in found and ("cause", "drift") not in found


def test_a_status_update_window_is_a_phase_not_an_end_to_drift(tmp_path):
    db = new_db(tmp_path)
    status = add_document(db, "status", kind="vendor", provider="AWS", title="Increased error rates",
                          published="2025-03-03T22:53:00Z",
                          updates=[("investigating", "2025-03-03T07:10:00Z", "We are investigating increased error rates."),
                                   ("resolved", "2025-03-03T22:53:00Z",
                                    "Between 06:49 and 09:24 UTC, database requests failed in one region.")],
                          mentions=[mention("AWS", start="2025-03-03T06:49:00Z", claims=[
                              claim("end", "Between 06:49 and 09:24 UTC, database requests failed in one region.",
                                    "2025-03-03T09:24:00Z", "vendor")])])
    _vendor(db, "summary", "2025-03-06T17:00:00Z", provider="AWS", claims=[
        claim("end", "customer impact ended at 21:20 UTC", "2025-03-03T21:20:00Z", "vendor")])
    rebuild_incidents(db)
    assert ("end", "drift") not in disagreements(db, incident_of(db, status))


def test_a_changed_cause_is_reported_before_a_suspicion_the_same_post_dismissed(tmp_path):
    db = new_db(tmp_path)
    brief = _press(db, "brief", "2025-03-03T13:35:00Z", provider="Cloudflare", claims=[
        claim("cause", "a spokesperson said they saw a spike in unusual traffic", "capacity", "vendor", speaker="spokesperson")])
    _vendor(db, "postmortem", "2025-03-03T23:30:00Z", provider="Cloudflare", cause="config_change", claims=[
        claim("cause", "a permissions change doubled a feature file", "config_change", "vendor"),
        claim("cause", "the team at first suspected a DDoS attack", "cyberattack", "vendor"),
        claim("cause", "the outage was not caused by a cyberattack", "cyberattack", "vendor", polarity="denies")])
    _press(db, "followup", "2025-03-04T08:00:00Z", provider="Cloudflare", cause="config_change", claims=[
        claim("cause", "the company says no attack was involved", "cyberattack", "vendor", polarity="denies")])
    rebuild_incidents(db)
    drift = disagreements(db, incident_of(db, brief))[("cause", "drift")]
    assert "spike in unusual traffic" in drift["summary"] and "permissions change" in drift["summary"]


def test_a_vendor_cause_field_no_claim_states_is_not_its_root(tmp_path):
    db = new_db(tmp_path)
    press = _press(db, "wire", "2025-03-05T09:00:00Z", cause="config_change", claims=[
        claim("cause", "a bad configuration push", "config_change", "press")])
    _vendor(db, "review", "2025-03-04T09:00:00Z", cause="network_bgp", claims=[  # a misread field
        claim("cause", "a configuration change to the edge routers", "config_change", "vendor")])
    rebuild_incidents(db)
    assert ("cause", "contradiction") not in disagreements(db, incident_of(db, press))


def test_a_projected_length_is_no_duration_to_drift_from(tmp_path):
    # C3: "we expect to restart within about a week" is a projection, not the outage's length.
    db = new_db(tmp_path)
    first = _vendor(db, "notice", "2025-03-03T09:30:00Z", provider="OVHcloud", claims=[
        claim("duration", "we expect to restart the other buildings within about a week", 168.0, "vendor")])
    _vendor(db, "plan", "2025-03-12T18:00:00Z", provider="OVHcloud", claims=[
        claim("duration", "the restart took three weeks", 504.0, "vendor")])
    rebuild_incidents(db)
    assert ("duration", "drift") not in disagreements(db, incident_of(db, first))


def test_a_status_update_window_is_a_phase_even_when_the_claim_holds_only_its_end(tmp_path):
    db = new_db(tmp_path)
    text = "Between 06:49 and 09:24 UTC, database requests failed in one region."
    status = add_document(db, "status", kind="vendor", provider="AWS", title="Increased error rates",
                          published="2025-03-03T22:53:00Z",
                          updates=[("investigating", "2025-03-03T07:10:00Z", "We are investigating increased error rates."),
                                   ("resolved", "2025-03-03T22:53:00Z", text)],
                          mentions=[mention("AWS", start="2025-03-03T06:49:00Z", claims=[
                              claim("end", text, "2025-03-03T09:24:00Z", "vendor", value="until 09:24 UTC")])])
    _vendor(db, "summary", "2025-03-06T17:00:00Z", provider="AWS", claims=[
        claim("end", "customer impact ended at 21:20 UTC", "2025-03-03T21:20:00Z", "vendor")])
    rebuild_incidents(db)
    assert ("end", "drift") not in disagreements(db, incident_of(db, status))


def test_all_services_normal_and_one_service_recovered_fully_are_different_ends(tmp_path):
    assert not _times(tmp_path, "one", "end", ("By 22:01 UTC, all services had returned to normal", "2025-03-03T22:01:00Z"),
                      ("the database recovered fully by 09:40 UTC", "2025-03-03T09:40:00Z"))
    assert _times(tmp_path, "all", "end", ("By 22:01 UTC, all services had returned to normal", "2025-03-03T22:01:00Z"),
                  ("all services were fully recovered by 21:20 UTC", "2025-03-03T21:20:00Z"))


def test_a_lower_bound_stands_for_its_figure(tmp_path):
    # Paraphrase of a development miss: the vendor's "more than N hours" against the press's count of days.
    found = _magnitude(tmp_path, "over", [claim("duration", "the booking system stayed dark for over 40 hours", 40.0, "vendor")],
                       [claim("duration", "for the three days that followed, clinics kept their diaries on paper", 72.0, "press")])
    assert found is not None
    assert _magnitude(tmp_path, "least", [claim("duration", "card payments failed for at least six hours", 6.0, "vendor")],
                      [claim("duration", "tills were dead for a little under twelve hours", 12.0, "press")]) is not None
    # A figure near the bound can be what the speaker rounded down.
    assert _magnitude(tmp_path, "near", [claim("duration", "unreachable for more than four hours", 4.0, "vendor")],
                      [claim("duration", "the outage lasted about five hours", 5.0, "press")]) is None
