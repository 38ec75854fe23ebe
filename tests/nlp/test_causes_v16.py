"""causes.v16: a cause named as the object of an active verb of finding ("we have identified a database change as the
cause", "we have found a problem with our auto-scaling settings"); "normally" after a verb of working tells how a
thing ran, not a habit ("prevented the instance from starting normally"); a count of users after "for"/"affecting" is
who was hit, not a load; a change undone in the passive ("the change has been reversed") is a repair.

Sentences are written for these tests; never copied from the data sets."""

import pytest

LEAD = "Customers of Orrin Ledger, an accounting app, could not open their books on Monday morning. "


def cause_claims(extract, text, source_kind="press"):
    res = extract(LEAD + text, title="Orrin Ledger outage", source_kind=source_kind)
    return [(c["normalized"], c["polarity"], c["quote"]) for inc in res["incidents"] for c in inc["claims"]
            if c["attribute"] == "cause"]


@pytest.mark.parametrize("text, category", [
    ("Orrin Ledger said it had identified a database change made on Sunday night as the cause.", "config_change"),
    ("The firm's engineers singled out a faulty power supply in one rack as the culprit, it said.", "hardware"),
    ("Orrin Ledger said it had found a problem with its auto-scaling settings and was working on a fix.",
     "config_change"),
])
def test_a_cause_named_as_what_was_found(extract, text, category):
    claims = cause_claims(extract, text)
    assert (category, "asserts") in [(n, p) for n, p, _q in claims]


def test_finding_a_person_as_the_source_names_no_cause(extract):
    assert cause_claims(extract, "Reporters named a former employee as the source of the leaked figures.") == []


def test_normally_after_a_verb_of_working_is_no_habit(extract):
    text = ("A power failure in the firm's Leeds data centre forced a move to its second site, and a database fault "
            "there kept the service from starting normally.")
    assert "power" in [n for n, _p, _q in cause_claims(extract, text)]


def test_normally_as_a_habit_still_tells_how_things_work(extract):
    text = "The backup generator normally takes over within seconds when a power failure hits."
    assert cause_claims(extract, text) == []


@pytest.mark.parametrize("text", [
    "Orrin Ledger appears to be down for a large number of users.",
    "The fault is affecting a huge number of users in the north.",
])
def test_a_count_of_users_hit_is_no_load(extract, text):
    assert "capacity" not in [n for n, _p, _q in cause_claims(extract, text)]


def test_a_count_of_users_that_overwhelmed_it_is_still_load(extract):
    text = "The servers were overwhelmed by a huge number of users logging in at nine."
    assert "capacity" in [n for n, _p, _q in cause_claims(extract, text)]


@pytest.mark.parametrize("text", [
    "Update: the change has been reversed and the books are opening again.",
    "Update: the release was rolled back at 10:40 and the books are opening again.",
])
def test_a_change_undone_in_the_passive_is_a_repair(extract, text):
    assert cause_claims(extract, text, source_kind="vendor") == []


def test_capacity_short_after_a_word_of_harm_is_still_capacity(extract):
    # (the count rule reads a count of people only: a shortage told after "affected" is no count)
    text = "Update: exports are badly affected while capacity is constrained in the reporting cluster."
    assert "capacity" in [n for n, _p, _q in cause_claims(extract, text, source_kind="vendor")]


@pytest.mark.parametrize("text", [
    "Orrin Ledger blamed an out-of-date list fed to a clean-up script.",
    "An engineer supplied the archiving job with an outdated list of closed accounts, and that list held live ones.",
    "The books were deleted by a script that a developer ran with a stale export of customer records.",
])
def test_a_kept_list_out_of_date_given_to_a_program_is_a_persons_slip(extract, text):
    assert ("human_error", "asserts") in [(n, p) for n, p, _q in cause_claims(extract, text)]


def test_an_old_list_kept_is_no_cause(extract):
    assert cause_claims(extract, "Orrin Ledger keeps an old list of its customers on paper as well.") == []


@pytest.mark.parametrize("text", [
    "Orrin Ledger blamed an operational error.",
    "The outage was caused by a procedural error during maintenance, the company said.",
])
def test_an_operational_or_procedural_error_is_a_persons_slip(extract, text):
    assert ("human_error", "asserts") in [(n, p) for n, p, _q in cause_claims(extract, text)]


def test_an_operational_issue_names_no_kind(extract):
    claims = cause_claims(extract, "Orrin Ledger blamed an operational issue.")
    assert claims and all(n == "unknown" for n, _p, _q in claims)


def test_a_brand_that_is_a_weather_word_opening_a_sentence_is_the_company(extract):
    res = extract("Blizzard's login servers were down all weekend, and players could not get into their games.\n\n"
                  "Blizzard said a sudden surge of traffic overwhelmed the game's database.", title="Blizzard login outage",
                  source_kind="press")
    causes = [c["normalized"] for inc in res["incidents"] for c in inc["claims"] if c["attribute"] == "cause"]
    assert causes == ["capacity"]


def test_a_count_of_requests_is_load_and_no_reach(extract):
    res = extract("The online shop of Harrowgate Models went down on Saturday after a crawler sent tens of thousands of "
                  "requests.", title="Crawler knocks shop offline", source_kind="press")
    claims = [(c["attribute"], c["normalized"]) for inc in res["incidents"] for c in inc["claims"]]
    assert ("cause", "capacity") in claims
    assert not [a for a, _n in claims if a == "scope"]


@pytest.mark.parametrize("text, category", [
    # a recovery told first, then a second predicate that names the cause
    ("Orrin Ledger says the books are being restored and puts the problem down to network upgrade work.", "deployment"),
    # a wh-cleft on what went wrong, with an aside after its copula
    ("What went wrong on that Monday was, at bottom, a capacity problem.", "capacity"),
    ("What went wrong was a faulty router.", "hardware"),
    # whose account, between the cause noun and its colon
    ("Root cause per the company: an API release incompatible with the data of the previous version.", "deployment"),
    # "started it" is a verb of causing; a contrast set off by commas stands between the subject and the verb
    ("A rushed server patch started it.", "deployment"),
    ("A rushed server patch, not the crowds, caused it.", "deployment"),
])
def test_causes_told_in_these_shapes(extract, text, category):
    assert (category, "asserts") in [(n, p) for n, p, _q in cause_claims(extract, text)]


def test_starting_an_investigation_names_no_cause(extract):
    assert cause_claims(extract, "Engineers started the investigation at noon.") == []


@pytest.mark.parametrize("text, category", [
    ("According to the company, the power loss was confined to a single data centre.", "power"),
    ("Orrin Ledger blamed a change it had made to the way its database was replicated.", "config_change"),
    ("The app had struggled since Friday, after millions of people signed up in the space of a week.", "capacity"),
    ("The service buckled after thousands of new users joined.", "capacity"),
])
def test_more_causes_told_by_meaning(extract, text, category):
    assert (category, "asserts") in [(n, p) for n, p, _q in cause_claims(extract, text)]


@pytest.mark.parametrize("text", [
    "The power of the platform is its reach, the company said.",
    "Millions of people use Orrin Ledger every day.",
])
def test_no_cause_in_these(extract, text):
    assert cause_claims(extract, text) == []
