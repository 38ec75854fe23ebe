"""provider.v22: a kind written as a title before a name at a sentence's start ("Observability provider Quarnfield
says … its EU region") makes the name, not the capitalised first word, the subject that owns what was hit
(sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("kind_title", ["Observability provider", "Fintech firm", "Adtech company"])
def test_the_name_after_a_title_kind_is_the_provider(extract, kind_title):
    text = (f"{kind_title} Quarnfield says ingestion for customers in its EU region has resumed after a three-hour "
            "outage.")
    res = extract(text, title="Quarnfield metrics delayed in Europe", source_kind="press", outlet="The Ledger",
                  published="2025-10-21T12:00:00Z")
    assert [i["provider"] for i in res["incidents"]] == ["Quarnfield"]
