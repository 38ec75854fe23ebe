"""gazetteer.v3: a brand that is also an English word ("Target", "Blizzard") names the company before a retailer's or a
game maker's own things ("Target stores", "Blizzard players"), as it does before "app" or "outage" (sentences written
for these tests)."""

import pytest

from .conftest import primary_provider


@pytest.mark.parametrize("title, text, provider", [
    ("Registers fail nationwide", "Long queues formed at Target stores across the country on Sunday as registers stopped "
     "working. The retailer said checkout was back by late afternoon.", "Target Corporation"),
    ("Login servers down", "Blizzard players could not log in for most of Tuesday after the login servers crashed, the "
     "company said.", "Battle.net"),
])
def test_an_english_word_brand_before_its_own_things(extract, title, text, provider):
    assert primary_provider(extract, title, text) == provider


def test_the_english_word_alone_names_no_brand(extract):
    text = "Our sales target was missed on Sunday after the warehouse system crashed, the wholesaler Pellingham said."
    assert primary_provider(extract, "Warehouse system crash", text) != "Target Corporation"


def test_an_unknown_name_written_possessive_is_the_name_itself(extract):
    # provider.v11: the possessive is no part of the name where the text also writes the name bare
    text = ("Four points for clients following Quillmoor's outage of 16 September. Quillmoor's postmortem is the plainest "
            "admission we have seen from a small software vendor that a change drafted by an AI assistant took its "
            "service down.")
    assert primary_provider(extract, "Note: AI-drafted changes, after Quillmoor", text) == "Quillmoor"
