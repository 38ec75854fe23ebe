"""ai.v28: "no such bot", "any such agent" points back at the AI the document spoke of, so "No such bot was involved"
denies it (sentences written for these tests)."""

from tests.nlp.conftest import claims_of

_LEAD = "Owners of Pellmoor headsets could not start them for most of Wednesday."


def _ai(extract, text):
    res = extract(f"{_LEAD}\n\n{text}", title="Headsets fail to start", source_kind="press", provider="Pellmoor",
                  published="2025-03-08T10:00:00Z")
    return [(c["speaker_kind"], c["polarity"]) for c in claims_of(res, "ai")]


def test_no_such_bot_denies_the_ai_spoken_of(extract):
    text = ("A forum post claimed an AI agent had shipped the file with a short-lived certificate. "
            "No such agent was involved: the certificate simply reached its end date.")
    assert ("press", "denies") in _ai(extract, text)


def test_no_such_thing_without_ai_spoken_of_is_no_denial(extract):
    text = "A forum post claimed a contractor had shipped the file. No such agent was involved, the company said."
    assert _ai(extract, text) == []
