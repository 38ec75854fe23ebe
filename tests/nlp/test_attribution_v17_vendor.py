"""attribution.v17 in a vendor's own post: newspapers and what the reader "may have read" are the press's account; the
vendor's card processor speaks as another party (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_LEAD = "On Thursday our card payments failed for most of the day. We are sorry.\n\n"


def _kinds(extract, text):
    res = extract(_LEAD + text, title="What happened on Thursday", source_kind="vendor", provider="Halvercombe Bank",
                  published="2025-10-20T20:00:00Z")
    return {(c["attribute"], c["speaker_kind"], c["polarity"]) for c in claims_of(res, "ai") + claims_of(res, "cause")
            if c["start"] >= len(_LEAD)}


@pytest.mark.parametrize("text, want", [
    ("Some newspapers have reported that an AI agent deleted our payment tables.",
     {("ai", "press", "asserts"), ("cause", "press", "asserts")}),
    ("You may have read that an AI agent deleted our payment tables.",
     {("ai", "press", "asserts"), ("cause", "press", "asserts")}),
    ("Our card processor, Paymark, told us a software update on its side had failed.", {("cause", "other", "asserts")}),
    ("The cause was a failed storage array in our Leeds data centre.", {("cause", "vendor", "asserts")}),
])
def test_who_speaks_in_a_vendors_post(extract, text, want):
    assert _kinds(extract, text) == want
