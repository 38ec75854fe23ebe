"""attribution.v19: a frame that names whose words follow — "In the words of one customer, …", "The verdict of several
callers to the helpline: …" — gives them to that speaker, not the outlet (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_LEAD = "Halvercombe Bank's card payments failed for most of Tuesday.\n\n"


@pytest.mark.parametrize("sentence, kind", [
    ("In the words of one customer, the AI chatbot \"broke everything when it rewrote the settings\".", "other"),
    ("The verdict of several callers to the helpline: an AI agent had deleted the payment tables.", "other"),
    ("The verdict of the bank: an AI agent had deleted the payment tables.", "vendor"),
    # a community moderator speaks for no one but the community; the bank only owns the forum named after "of"
    ("A moderator of the bank's subreddit put it bluntly in a pinned post: the outage was caused by the AI tool the bank "
     "rolled out last week.", "other"),
])
def test_whose_words_the_frame_names(extract, sentence, kind):
    res = extract(_LEAD + sentence, title="Bank outage", source_kind="press", outlet="The Ledger",
                  published="2025-10-20T20:00:00Z")
    assert {c["speaker_kind"] for c in claims_of(res, "ai")} == {kind}


@pytest.mark.parametrize("sentence, kind", [
    ("A survey of 300 customers found that two thirds believed AI had caused the outage.", "other"),
    ("Our survey of 300 readers found that two thirds believed AI had caused the outage.", "press"),
])
def test_a_surveys_finding_is_the_surveys(extract, sentence, kind):
    res = extract(_LEAD + sentence, title="Bank outage", source_kind="press", outlet="The Ledger",
                  published="2025-10-20T20:00:00Z")
    assert {c["speaker_kind"] for c in claims_of(res, "ai")} == {kind}
    # (those asked are a sample, not a count of who was hit)
    assert not [c for c in claims_of(res, "scope") if c["start"] >= len(_LEAD)]
