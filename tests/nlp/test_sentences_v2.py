"""Sentence ends: a full stop glued between two letters is inside a name (sentences written for these tests)."""

import pytest


@pytest.fixture(scope="module")
def sentences(extractor):
    def split(text: str) -> list[str]:
        return [s.text for s in extractor.nlp(text).sents]
    return split


@pytest.mark.parametrize("text", [
    "Readers of Learn.Academy lost access to their courses on Monday.",
    "The outage at Stream.Live lasted two hours.",
    "We moved our files to Shop.Direct last year.",
])
def test_a_dot_between_letters_without_spaces_ends_no_sentence(sentences, text):
    assert sentences(text) == [text]


def test_a_full_stop_before_a_space_still_ends_a_sentence(sentences):
    assert sentences("The app went down. Users complained.") == ["The app went down.", "Users complained."]
    assert sentences("Amazon.com fell. Booking.Com was down.") == ["Amazon.com fell.", "Booking.Com was down."]
