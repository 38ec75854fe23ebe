"""time.v15: "X is short" is a length only where X names a stretch of trouble ("The outage was mercifully short"),
not a checklist or a queue; a question answered yes or no asks a length and tells none ("Can you bill by hand for a
week?"), while a wh-question takes it as given. Every sentence is written for these tests."""
import pytest

from tests.nlp.conftest import claims_of

_LEAD = "Orrin Telecom's customers lost internet access on Wednesday afternoon.\n\n"


def _durations(extract, text):
    res = extract(_LEAD + text, title="Orrin Telecom outage", source_kind="press", outlet="The Desk",
                  published="2024-01-05T12:00:00Z")
    return [c["normalized"] for c in claims_of(res, "duration")]


@pytest.mark.parametrize("text", [
    "For other operators, the checklist is short and a little embarrassing.",
    "The queue of fixes is short, the engineers said.",
    "Could your shop run on paper for a week?",
    "Did the outage really last nine hours?",
])
def test_no_length_is_told(extract, text):
    assert _durations(extract, text) == []


@pytest.mark.parametrize("text, hours", [
    ("The disruption, which hit mobile users first, was mercifully short.", None),
    ("Why did the outage last nine hours?", 9.0),
])
def test_a_length_is_told(extract, text, hours):
    assert _durations(extract, text) == [hours]
