"""causes.v12 (and negation.v4): classes found on dev9's misses and checked for recurrence in other authors' sets.

Sentences are written for these tests (probe sentences and paraphrases of development-set failures in other words);
never copied from the data sets."""

import pytest

LEAD = "The ticketing site of Northwind Rail went down for most of Monday, stranding thousands of travellers. "


def later(extract, text, source_kind="press"):
    res = extract(LEAD + text, title="Northwind Rail ticketing outage", source_kind=source_kind)
    primary = next(inc for inc in res["incidents"] if inc["primary"])
    got = {(c["normalized"], c["polarity"]) for inc in res["incidents"] for c in inc["claims"]
           if c["start"] >= len(LEAD) and c["attribute"] == "cause"}
    return primary, got


# negation.v4: a negative subject ("nothing", "nobody") reaches its verb of evidence across a long subject
@pytest.mark.parametrize("text", [
    "Nothing in the operator's account of the failure, published on Thursday, points to an attack.",
    "Nothing that investigators have seen so far suggests a cyberattack.",
    "Nobody at the company or among the outside experts brought in on Tuesday has pointed to hackers.",
    "Nothing in the regulator's preliminary findings, released late on Friday evening, indicates a breach.",
    "Nothing we have found in the logs from that night suggests the site was attacked.",
])
def test_long_negative_subject_denies(extract, text):
    primary, got = later(extract, text)
    assert ("cyberattack", "denies") in got
    assert ("cyberattack", "asserts") not in got
    assert primary["cause_category"] != "cyberattack"


@pytest.mark.parametrize("text", [
    # traps: the negation belongs to another clause
    "Nothing was lost, but the logs suggest an attack took the site down.",
    "Nobody was hurt, though investigators now say a ransomware attack took the booking systems offline.",
])
def test_negative_subject_of_another_clause(extract, text):
    primary, got = later(extract, text)
    assert ("cyberattack", "asserts") in got


# causes.v12: a supplier told by its role or by the provider resting on it (recurs: dev9 x3 documents, sample, dev6)
@pytest.mark.parametrize("text,kind", [
    ("Northwind blamed a patch from Finnish signalling maker Kestrel for the outage.", "press"),
    ("The fault was a defect in new firmware from our storage supplier.", "vendor"),
    ("The cause was a bug in a recent update from Kestrel, one of our ticketing software vendors, which stopped payments.", "vendor"),
    ("Northwind has pinned the failure on a software release from Kestrel, whose systems run much of its network.", "press"),
    ("Stratus Cloud, whose platform we run on, had a problem with its load balancers, and that cut our site off.", "vendor"),
    ("The problem, the company said on Monday, lay with one of its suppliers.", "press"),
    ("The issue, it wrote on X, was with a third-party provider.", "press"),
])
def test_supplier_named_as_the_cause(extract, text, kind):
    primary, got = later(extract, text, kind)
    assert ("third_party", "asserts") in got
    assert primary["cause_category"] == "third_party"


@pytest.mark.parametrize("text,kind", [
    # traps: the company's own change, a supplier in the repair, a relative clause about users
    ("We rolled out an update from our own engineers on Monday morning, and it failed.", "vendor"),
    ("A faulty software update we pushed on Monday broke the ticketing site.", "vendor"),
    ("The app, whose users we value, was slow all day.", "vendor"),
])
def test_no_supplier(extract, text, kind):
    primary, got = later(extract, text, kind)
    assert ("third_party", "asserts") not in got


def denials_after(extract, text, source_kind="press"):
    primary, got = later(extract, text, source_kind)
    return got, primary


# causes.v12: a cybersecurity incident/event/issue is an attack, as a security incident is (recurs: dev9 x3, and a
# grid operator's "rule out a cybersecurity incident" in another set)
@pytest.mark.parametrize("text,kind,pol", [
    ("This was not a cybersecurity event.", "vendor", "denies"),
    ("The railway said the outage was not related to a cybersecurity incident.", "press", "denies"),
    ("Northwind Rail is experiencing a cyber security issue.", "vendor", "asserts"),
    ("Our analysis so far lets us rule out a cyber-security incident.", "vendor", "denies"),
])
def test_cybersecurity_incident(extract, text, kind, pol):
    got, _primary = denials_after(extract, text, kind)
    assert ("cyberattack", pol) in got


def test_cybersecurity_firm_is_no_attack(extract):
    got, _primary = denials_after(extract, "The railway has hired a cybersecurity company to review its ticket machines.")
    assert not any(cat == "cyberattack" for cat, _p in got)


# causes.v12: an elliptical denial answers the sentence just before ("Customers blamed hackers. The railway said it was not.")
@pytest.mark.parametrize("text", [
    "On social media, plenty of customers were sure it was hackers. The railway said it was not.",
    "Some customers blamed a cyberattack. But the company says it wasn't.",
    "Regulars online insisted a ransomware gang was behind it. Northwind insists it was not.",
])
def test_elliptical_denial(extract, text):
    got, _primary = denials_after(extract, text)
    assert ("cyberattack", "denies") in got


@pytest.mark.parametrize("text", [
    # traps: a negated predicate that is not elided; nothing asserted just before
    "Some customers blamed a cyberattack. The company said it was not able to take card payments.",
    "Nobody knows yet why it happened. The railway said it was not.",
])
def test_no_elliptical_denial(extract, text):
    got, _primary = denials_after(extract, text)
    assert ("cyberattack", "denies") not in got
    assert not any(p == "denies" for _c, p in got)


# causes.v12: the outage denied any link to a thing named after it (recurs: heldout, dev4)
@pytest.mark.parametrize("text,cat", [
    ("A spokesperson said the outage had nothing to do with the fire at the depot next door.", "environmental"),
    ("It also had nothing to do with the fare promotion we were running that week.", "unknown"),
    ("The company said Friday's disruption was unrelated to the strike at its depot.", "unknown"),
])
def test_link_denied(extract, text, cat):
    got, primary = denials_after(extract, text)
    assert (cat, "denies") in got
    assert primary["ai_involved"] is False  # C8: a denial of a cause speaks of the cause


@pytest.mark.parametrize("text", [
    # traps: something else had nothing to do with something else
    "The agent found a token in a file that had nothing to do with its task.",
    "Its founder has nothing to do with the day-to-day running of the trains.",
])
def test_no_link_denied(extract, text):
    got, _primary = denials_after(extract, text)
    assert not any(p == "denies" for _c, p in got)


# causes.v12: a supplier who made the change is the cause for the company hit (as a faulty CrowdStrike update is)
@pytest.mark.parametrize("text,kind", [
    ("The trouble began when a third-party provider made a configuration change, and it has now been resolved.", "vendor"),
    ("The railway said the change was made by a third-party vendor it has not named.", "press"),
    ("An outside supplier pushed a settings update overnight that locked the ticket machines.", "press"),
])
def test_supplier_made_the_change(extract, text, kind):
    primary, got = later(extract, text, kind)
    assert ("third_party", "asserts") in got
    assert primary["cause_category"] == "third_party"


@pytest.mark.parametrize("text", [
    # traps: its own engineers made the change; the supplier only helps with the repair
    "Our engineers made a configuration change to the ticketing database that went wrong.",
    "We are working with a third-party provider to restore the ticket machines after a bad configuration change.",
])
def test_own_change_or_supplier_in_repair(extract, text):
    primary, got = later(extract, text, "vendor")
    assert ("third_party", "asserts") not in got


# causes.v12: a crowd arriving together is load told without the word (recurs: sample, dev9 x3 documents)
@pytest.mark.parametrize("text", [
    "The problem was the ordinary first-day one: too many people wanting in at once.",
    '"It\'s the first Monday of the year and everyone\'s logging in at once," said an analyst.',
    "What we saw is a site that was not built for this many passengers at once, an engineer said.",
    "After a short blip, a lot of servers asked at once, and the answers had grown too long to send in time.",
    "So many travellers tried to book at the same time that the queue stretched for hours.",
])
def test_crowd_at_once_is_capacity(extract, text):
    primary, got = later(extract, text)
    assert ("capacity", "asserts") in got


@pytest.mark.parametrize("text,kind", [
    # traps: the harm reaching many at once, a repair limiting the crowd, many things failing together
    ("The railway is changing its systems so that a fault of this kind cannot take down so many machines at once.", "press"),
    ("We broke the loop by limiting how many clients could start up at the same time.", "vendor"),
    ("So many services failed at once that the status page went down too.", "press"),
    ("Everyone's tickets stopped working at the same time.", "press"),
])
def test_no_crowd_at_once(extract, text, kind):
    primary, got = later(extract, text, kind)
    assert ("capacity", "asserts") not in got


# causes.v12: systems that get "flooded" only by requests (recurs as a figure of speech: dev8, dev9)
@pytest.mark.parametrize("text", [
    "The first-day story was that the railway's DNS got flooded.",
    "By noon the booking queue was flooded and the resolvers with it.",
])
def test_flooded_system_is_no_weather(extract, text):
    primary, got = later(extract, text)
    assert ("environmental", "asserts") not in got


def test_a_flooded_basement_is_weather(extract):
    primary, got = later(extract, "The data centre's basement flooded after the storm, cutting power to the ticketing servers.")
    assert ("environmental", "asserts") in got
