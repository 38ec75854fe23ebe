"""causes.v20: the fault that "lay with" a supplier is a third party's ("the fault lay with Paymark, the card processor
it uses"); any person who ran something against the live system "instead of a test copy" slipped ("a colleague had
run a clean-up script …") (sentences written for these tests)."""

import pytest

from .conftest import asserted_causes_after_bank_lead as _causes


@pytest.mark.parametrize("text, want", [
    ("The bank said the fault lay with Paymark, the card processor it uses for contactless payments, and not with its "
     "own systems.", {("third_party", "vendor")}),
    ("Two engineers familiar with the system told the paper that a colleague had run a clean-up script against the live "
     "database instead of a test copy.", {("human_error", "press")}),
])
def test_the_cause_is_read(extract, text, want):
    assert _causes(extract, text) == want


def test_a_fault_that_lay_with_the_bank_itself_is_no_third_party(extract):
    text = "The bank said the fault lay with its own payment gateway, which had run out of memory."
    assert ("third_party", "vendor") not in _causes(extract, text)
