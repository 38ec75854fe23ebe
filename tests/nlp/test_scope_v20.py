"""scope.v20: a known place named by its part ("across Middle Tennessee", "in West Texas") is a region reached (sentences
written for these tests)."""

import pytest

from .conftest import claims_of

_LEAD = "Farrowdale Bank's app failed on Tuesday, leaving customers unable to pay.\n\n"


@pytest.mark.parametrize("sentence", [
    "Customers across Middle Tennessee had no service.",
    "Customers in West Texas could not pay by card.",
])
def test_a_place_named_by_its_part_is_a_region(extract, sentence):
    res = extract(_LEAD + sentence, title="Farrowdale outage", source_kind="press", outlet="The Ledger",
                  published="2025-10-09T20:00:00Z")
    assert [c["normalized"] for c in claims_of(res, "scope") if c["start"] >= len(_LEAD)] == ["regional"]
