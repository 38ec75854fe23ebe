"""attribution.v18, from a probe of long press-shaped speaker sentences: a closing "read(s)" tag names the text that
speaks ('"…," reads the complaint', '"…," read one review': another party; "its notice": the vendor); someone who no
longer works for the provider ("a former head of infrastructure at the bank") speaks for themselves; "This newspaper has
established that …" is the outlet's finding (sentences written for these tests)."""

import pytest

from .conftest import asserted_causes_after_bank_lead as _causes


@pytest.mark.parametrize("text, want", [
    ('"An AI tool deleted the payment tables," reads the complaint, which was filed in the High Court on Monday.',
     {("ai_agent", "other")}),
    ('"The chatbot broke the whole thing," read one review on the app store.', {("ai_agent", "other")}),
    ('"A failed network switch stopped card payments," reads the bank\'s notice to customers.', {("hardware", "vendor")}),
    ("Writing on LinkedIn, a former head of infrastructure at the bank said the real cause was years of underinvestment "
     "in ageing hardware.", {("hardware", "other")}),
    ("This newspaper has established that the outage was caused by a failed storage array, not by the network switch "
     "the bank first blamed.", {("hardware", "press")}),
])
def test_who_speaks(extract, text, want):
    assert _causes(extract, text) == want


def test_a_serving_head_of_infrastructure_speaks_for_the_bank(extract):
    text = "The bank's head of infrastructure said a failed storage array had caused the outage."
    assert _causes(extract, text) == {("hardware", "vendor")}
