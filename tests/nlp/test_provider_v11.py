"""gazetteer.v3: a brand that is also an English word ("Target", "Blizzard") names the company before a retailer's or a
game maker's own things ("Target stores", "Blizzard players"), as it does before "app" or "outage" (sentences written
for these tests)."""

import pytest


def _provider(extract, title, text):
    res = extract(text, title=title, source_kind="press")
    return next((i.get("provider") for i in res["incidents"] if i.get("primary")), None)


@pytest.mark.parametrize("title, text, provider", [
    ("Registers fail nationwide", "Long queues formed at Target stores across the country on Sunday as registers stopped "
     "working. The retailer said checkout was back by late afternoon.", "Target Corporation"),
    ("Login servers down", "Blizzard players could not log in for most of Tuesday after the login servers crashed, the "
     "company said.", "Battle.net"),
])
def test_an_english_word_brand_before_its_own_things(extract, title, text, provider):
    assert _provider(extract, title, text) == provider


def test_the_english_word_alone_names_no_brand(extract):
    text = "Our sales target was missed on Sunday after the warehouse system crashed, the wholesaler Pellingham said."
    assert _provider(extract, "Warehouse system crash", text) != "Target Corporation"
