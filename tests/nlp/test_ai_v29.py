"""ai.v29: a verb of asking or telling in the passive has no object, so the AI after it was not asked anything ("Nothing
we have been told suggests AI tools played any part"); a quote is read apart from the narrator's words that follow it, so
a later "will" is not the quote's future; words quoted as words stay part of the sentence (sentences written for these
tests)."""

from .conftest import readings_after

_LEAD = "Vodafone's mobile network went down for six hours on Friday.\n\n"


def test_a_passive_verb_of_telling_asks_the_ai_nothing(extract):
    text = "Nothing we have been told suggests AI tools played any part in the outage."
    assert readings_after(extract, _LEAD, text, "ai") == [(False, "denies")]


def test_a_quote_denial_followed_by_the_narrators_future_is_kept(extract):
    text = ('"Nothing suggests an AI agent played any part in the outage," the regulator\'s letter says, "and the review '
            'will take a month."')
    assert readings_after(extract, _LEAD, text, "ai") == [(False, "denies")]


def test_the_future_inside_the_quote_still_makes_it_what_comes_next(extract):
    text = '"From Monday, changes written with our AI assistant will be checked by an engineer," the company said.'
    assert readings_after(extract, _LEAD, text, "ai") == []


def test_words_quoted_as_words_keep_the_sentences_future(extract):
    text = 'Any fault with the words "machine learning" in its description will be read as a story about AI.'
    assert readings_after(extract, _LEAD, text, "ai") == []
