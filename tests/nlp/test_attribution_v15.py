"""attribution.v15: one capitalised word no English word makes up, as the subject of a verb of saying right after it
("Brindlenet said afterwards …", "Ericsson has confirmed …"), is another party speaking — a company or a person the
text names — not the outlet; an English word there stays the outlet's ("Engineers said …") (sentences written for
these tests)."""

import pytest

from .conftest import claims_of

_OUTAGE = "Fastly suffered an outage on Tuesday that took thousands of customer websites offline.\n\n"


def _claims(extract, text, attribute="cause"):
    res = extract(_OUTAGE + text, title="Fastly outage", source_kind="press", outlet="The Desk",
                  published="2025-03-12T20:00:00Z")
    return [(c["speaker_kind"], c["speaker"]) for c in claims_of(res, attribute)]


@pytest.mark.parametrize("text, name", [
    ("Brindlenet said afterwards that it had made a configuration error while upgrading its network.", "Brindlenet"),
    ("On Wednesday, Ostrava later said that a configuration error on its side was to blame.", "Ostrava"),
])
def test_a_lone_name_before_a_verb_of_saying_is_another_party(extract, text, name):
    assert _claims(extract, text) == [("other", name)]


@pytest.mark.parametrize("text", [
    "Engineers said afterwards that a configuration error was to blame.",
    "A Swedish network operator closed its offices after a configuration error, the outlet found.",
])
def test_an_english_word_or_a_name_far_from_the_verb_is_no_speaker(extract, text):
    assert all(kind != "other" for kind, _name in _claims(extract, text))


_UNKNOWN = ("Tarnwick's European build fleet was down for more than two hours on Tuesday morning, leaving teams unable "
            "to ship.\n\n")


def _unknown_claims(extract, text, attribute):
    res = extract(_UNKNOWN + text, title="Tarnwick builds down", source_kind="press", outlet="The Desk",
                  published="2025-08-13T20:00:00Z")
    return [(c["speaker_kind"], c["normalized"]) for c in claims_of(res, attribute)]


def test_a_spokesperson_named_by_a_provider_the_gazetteer_lacks_is_the_vendors(extract):
    text = "In an e-mail, a Tarnwick spokesperson said the change had been a human error in a routine change."
    assert _unknown_claims(extract, text, "cause") == [("vendor", "human_error")]


def test_a_spokesperson_who_replied_speaks_for_the_vendor(extract):
    text = ("A Tarnwick spokesperson said the change had been a human error. Asked whether an AI coding tool had been "
            "used to prepare it, the spokesperson replied: \"No AI tooling was involved.\"")
    assert _unknown_claims(extract, text, "ai") == [("vendor", False)]


def test_an_attack_linked_to_its_doer_is_the_linkers_claim(extract):
    text = "Security researchers have linked the attack to Grimhold, a ransomware group that rents out its tools."
    res = extract("Quillmoor's systems went down on Monday after a ransomware attack.\n\n" + text,
                  title="Quillmoor attack", source_kind="press", outlet="The Desk", published="2025-03-12T20:00:00Z")
    assert [(c["speaker_kind"], c["normalized"]) for c in claims_of(res, "cause") if "linked" in c["quote"]] == [
        ("other", "cyberattack")]


def test_a_kind_before_the_providers_name_and_a_participle_of_saying(extract):
    # what the operator did is the outlet's telling; what it blamed is the operator's
    text = "Dutch rail operator NS halted all trains across the Netherlands on Sunday afternoon, blaming a failure in an IT system."
    res = extract(text, title="Dutch trains halted", source_kind="press", outlet="The Desk",
                  published="2022-04-03T19:00:00Z")
    kinds = {c["attribute"]: c["speaker_kind"] for c in claims_of(res, "cause") + claims_of(res, "start")}
    assert kinds == {"cause": "vendor", "start": "press"}


def test_a_member_of_a_building_society_speaks_as_a_customer(extract):
    text = "\"The app said my card was blocked for fraud,\" one member wrote on the society's forum."
    res = extract("Harrowgate Mutual's card payments were down for five hours on Saturday.\n\n" + text,
                  title="Harrowgate Mutual card outage", source_kind="press", outlet="The Desk",
                  published="2025-02-24T09:00:00Z")
    assert {c["speaker_kind"] for c in res["incidents"][0]["claims"] if "one member wrote" in c["quote"]} <= {"other"}
    assert any("one member wrote" in c["quote"] for c in res["incidents"][0]["claims"])


def test_a_place_after_a_preposition_is_no_lone_speaker(extract):
    text = "A web designer in Maidenhead told us that three client sites were unreachable for most of the afternoon."
    assert all(speaker != "Maidenhead" for _kind, speaker in _claims(extract, text, "scope") + _claims(extract, text, "duration"))
