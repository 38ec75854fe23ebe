"""attribution.v18: speech verbs used for something else. "a gang called Conti" names the gang ("called" after an
indefinite noun phrase, before a name); a network that "announced a route" or announced addresses "from" somewhere
sends routing messages, not words; "repeated on Wednesday that …" is speech like "repeated that …".

Sentences are written for these tests; never copied from the data sets."""

import pytest

from .conftest import claims_of

LEAD = "Halvercombe Bank's card payments failed for most of Thursday, leaving shoppers unable to pay.\n\n"


def _kinds(extract, text):
    res = extract(LEAD + text, title="Halvercombe Bank cards down", source_kind="press", outlet="The Ledger")
    return {(c["attribute"], c["speaker_kind"], c["normalized"]) for c in claims_of(res, "ai") + claims_of(res, "cause")
            if c["start"] >= len(LEAD)}


@pytest.mark.parametrize("text, want", [
    # naming: the outlet tells what the gang or the program did
    ("In mid-April, a ransomware gang called Conti got into the bank's network and encrypted its servers.",
     {("cause", "press", "cyberattack")}),
    ("A botnet called Mirai had flooded the bank's DNS servers with junk requests.", {("cause", "press", "cyberattack")}),
    # routing announcements
    ("Attackers hijacked a block of the bank's addresses by announcing them from a small internet provider in Ohio.",
     {("cause", "press", "cyberattack")}),
    ("A small network in Pakistan announced a more specific route for the bank's addresses, and traffic followed it.",
     {("cause", "press", "network_bgp")}),
    # still speech
    ("A hacker group announced on Telegram that it had destroyed the bank's servers.", {("cause", "other", "cyberattack")}),
    ("The bank repeated on Wednesday that a member of staff had loaded the wrong file.",
     {("cause", "vendor", "human_error")}),
    ("The ministry said in a statement that a group called Conti had attacked its systems.",
     {("cause", "other", "cyberattack")}),
])
def test_speech_verbs_used_otherwise(extract, text, want):
    assert _kinds(extract, text) == want


def test_a_protocol_that_lets_networks_announce_routes_tells_no_cause(extract):
    text = "The protocol that lets networks announce and learn routes is decades old."
    assert _kinds(extract, text) == set()
