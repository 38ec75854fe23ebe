"""causes.v15: a leak is water only where the document speaks of water, cooling or fire; a leak of connections,
memory or handles is a program that does not give back what it takes (software_bug).

Sentences are written for these tests; never copied from the data sets."""

import pytest

LEAD = "Players of Ashgrove Games' new title could not log in on Friday as the game's servers failed again and again. "


def cause_claims(extract, text):
    res = extract(LEAD + text, title="Ashgrove Games login outage", source_kind="press")
    return [(c["normalized"], c["quote"]) for inc in res["incidents"] for c in inc["claims"] if c["attribute"] == "cause"]


@pytest.mark.parametrize("text", [
    "Ashgrove blames a connection leak in its matchmaking service.",
    "The studio said a memory leak in the login servers was to blame.",
    "A handle leak in the session service caused the failures, the studio said.",
])
def test_a_leak_of_what_programs_hold_is_a_software_bug(extract, text):
    claims = cause_claims(extract, text)
    assert any(n == "software_bug" and q in text for n, q in claims)
    assert not any(n == "environmental" for n, _ in claims)


def test_a_leak_told_without_water_is_no_weather_or_flood(extract):
    claims = cause_claims(extract, "Ashgrove said a bug held connections open. Finding the leak took about four hours.")
    assert not any(n == "environmental" for n, _ in claims)


def test_a_water_leak_stays_environmental(extract):
    claims = cause_claims(extract, "A leak from a cooling pipe flooded one of the halls that hold the game's servers. "
                                   "Ashgrove said the leak was found at noon.")
    assert claims and all(n == "environmental" for n, _ in claims)


# causes.v15 constructions: words between the parts, and causes that need no causal word
@pytest.mark.parametrize("text, category", [
    ("The TLS certificate on the studio's login gateway expired at 06:02 UTC and was not renewed automatically.",
     "config_change"),
    ("The failure appears to have begun in a faulty piece of networking equipment at one of the studio's sites.",
     "hardware"),
    ("Ashgrove said the outage was caused by a sudden, massive surge of traffic.", "capacity"),
    ("The servers simply could not cope with the number of people trying to play.", "capacity"),
])
def test_causes_told_with_words_between_their_parts(extract, text, category):
    assert (category, text.rstrip(".")) in [(n, q.rstrip(".")) for n, q in cause_claims(extract, text)]


def test_what_a_system_can_handle_is_no_cause(extract):
    assert cause_claims(extract, "The new servers can handle three times the load, the studio said.") == []


@pytest.mark.parametrize("text", [
    "A technician disconnected cables that carried the links the login servers depend on.",
    # a parenthesis set off by commas between the person and the act
    "A technician, following a work order that listed what to remove, disconnected cables that carried the links the "
    "login servers depend on.",
])
def test_a_person_who_disconnected_what_the_service_needs_is_human_error(extract, text):
    assert "human_error" in [n for n, _ in cause_claims(extract, text)]


def test_a_person_who_disconnected_a_failed_part_in_the_repair_is_no_cause_of_theirs(extract):
    claims = cause_claims(extract, "An engineer disconnected the faulty router and the game came back.")
    assert "human_error" not in [n for n, _ in claims]


@pytest.mark.parametrize("text", [
    "Too much load on one primary database, arriving in spikes, meant queries piled up until the login service gave up.",
    "What the studio does know is that the cluster is carrying more load than it comfortably can.",
    "The studio said demand had outrun its projections.",
])
def test_more_load_than_a_system_can_carry_is_capacity(extract, text):
    assert "capacity" in [n for n, _ in cause_claims(extract, text)]


@pytest.mark.parametrize("text", [
    "The login servers crashed again and again this week under a flood of sign-ups from new players.",
    "The studio's founders said in a blog post that record load had strained its systems.",
])
def test_a_load_named_by_who_brought_it_or_by_what_it_strained_is_capacity(extract, text):
    assert "capacity" in [n for n, _ in cause_claims(extract, text)]


def test_a_flood_of_complaints_is_no_load(extract):
    assert "capacity" not in [n for n, _ in cause_claims(extract, "A flood of complaints followed on social media.")]
