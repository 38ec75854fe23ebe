"""ai.v23: a denial that refers back to the AI question or claim before it — after a bare "No." ("Was AI involved? No.
There is no sign of it"), or as what nothing published "supports" or "suggests" — is a denial of AI involvement; the AI
named as what "it was" ('"It was the AI," was the verdict of many posts') is an assertion, but not a word that may name
anything ("it was the tool used"). attribution.v19: a closing tag naming whose verdict a quotation was speaks for it
(documents written for these tests)."""

from .conftest import claims_of

_TITLE = "Halvercombe Bank outage: what we know"
_LEAD = "Card payments at Halvercombe Bank failed for most of Thursday, leaving shoppers unable to pay.\n\n"


def _ai(extract, text):
    res = extract(_LEAD + text, title=_TITLE, source_kind="press", outlet="The Ledger", published="2025-10-20T20:00:00Z")
    return {(c["quote"], c["speaker_kind"], c["polarity"]) for c in claims_of(res, "ai")}


def test_a_denial_after_a_bare_no(extract):
    ai = _ai(extract, "Was AI involved?\n\nNo. There is no sign of it, and it would not fit what is known about the fault.")
    assert ("There is no sign of it, and it would not fit what is known about the fault", "press", "denies") in ai


def test_nothing_published_supports_or_suggests_it(extract):
    ai = _ai(extract, "Some readers asked whether an AI tool had made the change. Nothing the bank has published supports "
                      "that, and there is no reason to think it.")
    assert {p for _, _, p in ai} == {"denies"}
    ai = _ai(extract, "Could an AI voice clone have fooled the help desk? Nothing published suggests so.")
    assert ("Nothing published suggests so", "press", "denies") in ai


def test_what_it_was_in_a_verdict_tag_and_the_answer(extract):
    ai = _ai(extract, "\"It was the AI,\" was the verdict of many posts on social media. It was not. A network switch "
                      "failed in Leeds.")
    assert ("\"It was the AI,\" was the verdict of many posts on social media.", "other", "asserts") in ai
    assert ("It was not.", "press", "denies") in ai


def test_it_was_the_tool_names_no_ai(extract):
    ai = _ai(extract, "Researchers found a wiper program built for the bank's terminals. They stopped short of saying it "
                      "was the tool used, but said the fit was close.")
    assert not ai


def test_a_verdict_of_the_bank_is_the_vendors(extract):
    res = extract(_LEAD + "\"A network switch failed,\" was the message from the bank.", title=_TITLE, source_kind="press",
                  outlet="The Ledger", published="2025-10-20T20:00:00Z")
    assert {(c["speaker_kind"], c["normalized"]) for c in claims_of(res, "cause")} == {("vendor", "hardware")}


def test_what_readers_may_have_read_in_a_vendors_letter_is_the_press(extract):
    # ("wrote that script": the thing written may be pointed at by "that" or "this", as by "the")
    text = ("On Saturday 5 April, for nine hours, customers could not open our app or place an order.\n\n"
            "You may have read that an AI coding assistant wrote that script. I want to be plain: no AI system wrote, "
            "chose or ran it.")
    res = extract(text, title="Letter to shareholders", source_kind="vendor", provider="Halvercombe Bank",
                  published="2025-06-20T20:00:00Z")
    ai = {(c["speaker_kind"], c["polarity"]) for c in claims_of(res, "ai")}
    assert ai == {("press", "asserts"), ("vendor", "denies")}
