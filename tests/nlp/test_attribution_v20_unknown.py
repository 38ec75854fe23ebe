"""attribution.v20: a provider the gazetteer lacks speaks as the gazetteer's do — by its possessive ("Quillstock's head of
technology, writing on LinkedIn, said"), by "it" after its name, as "the startup"; a network written on is where the words
were posted, not the provider (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_LEAD = ("Quillstock, the invoicing app used by thousands of small firms, was down for most of Tuesday, and customers "
         "could not send invoices.\n\n")


def _extract(extract, text: str) -> dict:
    return extract(_LEAD + text, title="Quillstock down for most of Tuesday", source_kind="press", outlet="The Ledger",
                   published="2025-10-22T20:00:00Z")


@pytest.mark.parametrize("sentence", [
    "Quillstock's head of technology, writing on LinkedIn, said a faulty update was responsible.",
    "It blamed a faulty update.",
    "The startup blamed a faulty software update.",
])
def test_the_provider_speaks(extract, sentence):
    res = _extract(extract, sentence)
    assert [c["speaker_kind"] for c in claims_of(res, "cause") if c["start"] >= len(_LEAD)] == ["vendor"]


def test_the_network_written_on_is_not_the_provider(extract):
    res = _extract(extract, "Quillstock's head of technology, writing on LinkedIn, said a faulty update was responsible.")
    assert [i["provider"] for i in res["incidents"]] == ["Quillstock"]


def test_an_email_sent_to_customers_is_the_providers(extract):
    res = _extract(extract, "An email sent to customers on Wednesday blamed a faulty update.")
    assert [c["speaker_kind"] for c in claims_of(res, "cause") if c["start"] >= len(_LEAD)] == ["vendor"]
