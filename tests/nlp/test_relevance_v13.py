"""relevance.v13: a name's own shop, store or checkout ("Quillmoor's online shop went offline") ties the outage to the
name as its website or app does (sentences written for these tests)."""

import functools

import pytest

from nlp.extract import Extractor


@functools.lru_cache(maxsize=1)
def _rules_extractor() -> Extractor:
    return Extractor(rules_only=True)  # (the rules alone: the learned second opinion would hide a rules miss)


def _rules_only(title, text):
    return _rules_extractor().extract({"id": "t", "title": title, "text": text, "source_kind": "press",
                                       "published": "2025-06-01T12:00:00Z"})


@pytest.mark.parametrize("text", [
    "Quillmoor's online shop went offline on Tuesday and stayed down for most of the afternoon.",
    "Quillmoor's web store was down for four hours on Tuesday.",
    "Quillmoor's checkout stopped working on Tuesday evening.",
])
def test_a_names_own_shop_ties_the_outage_to_it(text):
    res = _rules_only("Shop outage", text)
    assert res["is_outage"] and [i["provider"] for i in res["incidents"]] == ["Quillmoor"]


def test_a_shop_that_did_well_is_no_outage():
    res = _rules_only("Trading update", "Quillmoor's online shop had its best Christmas yet, the retailer said.")
    assert not res["is_outage"]
