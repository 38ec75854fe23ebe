"""attribution.v25: a role whose "of" takes an indefinite body is someone else's ("the head of a primary school"), however
the provider is named later in the aside; an aside that says the speaker posts or writes for the company makes them its
voice ("a moderator on its forums, posting for the company, wrote") (sentences written for these tests)."""

from .conftest import claims_of


def _ai_speakers(extract, text, title):
    res = extract(text, title=title, source_kind="press", outlet="The Ledger", published="2025-09-20T12:00:00Z")
    return {(c["polarity"], c["speaker_kind"]) for c in claims_of(res, "ai")}


def test_the_head_of_a_school_that_uses_the_provider_is_not_the_provider(extract):
    text = ("Pendlecote's school registers went down for eight hours on Monday.\n\n"
            "The head of a secondary school in Derby, who has used Pendlecote for years, put it plainly: \"The AI "
            "played no part in this.\"")
    assert _ai_speakers(extract, text, "Pendlecote registers down") == {("denies", "other")}


def _cause_speakers(extract, text):
    res = extract(text, title="Quarrington Mail down", source_kind="press", outlet="The Ledger",
                  published="2025-09-20T12:00:00Z")
    return {(c["normalized"], c["speaker_kind"]) for c in claims_of(res, "cause")}


def test_a_moderator_posting_for_the_company_speaks_for_it(extract):
    text = ("Quarrington Mail's email service went offline for most of Tuesday.\n\n"
            "A moderator on Quarrington Mail's user forum, posting for the company, wrote: \"A power failure at our data "
            "centre took the service down.\"")
    assert _cause_speakers(extract, text) == {("power", "vendor")}


def test_a_moderator_without_such_an_aside_is_another_party(extract):
    text = ("Quarrington Mail's email service went offline for most of Tuesday.\n\n"
            "A moderator on Quarrington Mail's user forum wrote: \"A power failure at the data centre took the service "
            "down.\"")
    assert _cause_speakers(extract, text) == {("power", "other")}
