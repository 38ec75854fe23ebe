"""A sentence between two reports of the same speaker carries on their report only inside one paragraph, and only
when the later one is a report: what a speaker has not said carries nothing on (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_OUTAGE = "Zapnet's chat service stopped answering for four hours on Wednesday.\n\n"


def _speakers(extract, text, attribute):
    res = extract(_OUTAGE + text, title="Chat service down", source_kind="press", outlet="The Desk",
                  published="2025-07-17T09:00:00Z")
    return [c["speaker_kind"] for c in claims_of(res, attribute)]


@pytest.mark.parametrize("text", [
    # the outlet's own finding in a new paragraph, after the vendor's words in the one before
    "Zapnet has told customers that its own engineers write much of their code with an AI assistant.\n\n"
    "There is no evidence that an AI agent had anything to do with the outage. Zapnet has said nothing about it.",
    # ... and in one paragraph, before what the vendor has NOT said
    "Zapnet has told customers that its engineers write much of their code with an AI assistant. There is no "
    "evidence that an AI agent had anything to do with the outage. Zapnet has not said what went wrong.",
    "Zapnet has told customers that its engineers write much of their code with an AI assistant. There is no "
    "evidence that an AI agent had anything to do with the outage. Zapnet never said what went wrong.",
])
def test_the_outlets_finding_is_not_carried_into_the_vendors_report(extract, text):
    assert _speakers(extract, text, "ai") == ["press"]


def test_a_sentence_between_two_reports_in_one_paragraph_carries_on_the_report(extract):
    text = ("Zapnet wrote that a configuration push had reached every server at once. A bug in the rollout tool let "
            "the push reach every server at once. Engineers rolled it back within the hour, Zapnet wrote.")
    assert _speakers(extract, text, "cause") == ["vendor", "vendor"]
