"""attribution.v19: unnamed sources are the press's, whoever's they are — "The Daily Ledger's sources said", "sources at
the bank said", "sources close to the bank said" — and a capitalised word inside a name ("The Quarterly Call") is no
speech verb (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_LEAD = "Halvercombe Bank's card payments failed for most of Thursday after a script emptied a table.\n\n"


@pytest.mark.parametrize("sentence", [
    "The Daily Ledger's sources said in April that the script was generated with an AI coding assistant.",
    "The Quarterly Call's sources said in April that the script was generated with an AI coding assistant.",
    "Sources at the bank said an AI coding assistant had written the script.",
    "Sources close to the bank said an AI coding assistant had written the script.",
])
def test_unnamed_sources_are_the_press(extract, sentence):
    res = extract(_LEAD + sentence, title="Bank outage", source_kind="press", outlet="The Ledger",
                  published="2025-10-20T20:00:00Z")
    assert {c["speaker_kind"] for c in claims_of(res, "ai")} == {"press"}


def test_a_spokesperson_at_the_bank_is_still_the_vendor(extract):
    res = extract(_LEAD + "A spokesperson at the bank said a database upgrade had failed.", title="Bank outage",
                  source_kind="press", outlet="The Ledger", published="2025-10-20T20:00:00Z")
    assert {c["speaker_kind"] for c in claims_of(res, "cause") if c["quote"].startswith("A spokesperson")} == {"vendor"}
