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
