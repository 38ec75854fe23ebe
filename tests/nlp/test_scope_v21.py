"""scope.v21: an island's worth of an outage ("an island-wide power failure", "islandwide") is regional, as
"nationwide" is (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_LEAD = "Farrowdale Bank's app failed on Tuesday, leaving customers unable to pay.\n\n"


@pytest.mark.parametrize("sentence", [
    "The failure was island-wide, and card machines went dark from the harbour to the hills.",
    "Customers islandwide could not pay by card for three hours.",
])
def test_an_islands_worth_of_outage_is_regional(extract, sentence):
    res = extract(_LEAD + sentence, title="Farrowdale outage", source_kind="press", outlet="The Ledger",
                  published="2025-10-09T20:00:00Z")
    assert "regional" in [c["normalized"] for c in claims_of(res, "scope") if c["start"] >= len(_LEAD)]
