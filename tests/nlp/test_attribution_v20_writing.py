"""attribution.v20: writing joined to another act ("wrote and ran a clean-up") makes a thing, it says nothing to anyone:
the sentence stays with the document's own speaker (sentences written for these tests)."""

from .conftest import claims_of

_LEAD = ("Tallowmere's booking system lost every appointment for 210 clinics on Tuesday morning, and it was back only on "
         "Wednesday evening.\n\n")


def _ai_speakers(extract, sentence: str, kind: str = "vendor") -> set[str]:
    res = extract(_LEAD + sentence, title="What happened to your appointments", source_kind=kind,
                  outlet="Tallowmere" if kind == "vendor" else "The Ledger", published="2025-10-20T20:00:00Z")
    return {c["speaker_kind"] for c in claims_of(res, "ai") if c["start"] >= len(_LEAD)}


def test_an_ai_assistant_that_wrote_and_ran_a_script_is_no_speaker(extract):
    sentence = ("Quern, the AI assistant we use for routine operations work, wrote and ran a clean-up script that "
                "deleted every appointment it took for a duplicate.")
    assert _ai_speakers(extract, sentence) == {"vendor"}


def test_writing_and_posting_a_statement_is_still_speech(extract):
    sentence = ("A clinic manager in Leeds wrote and posted a statement saying the AI assistant had deleted the "
                "appointments.")
    assert _ai_speakers(extract, sentence, kind="press") == {"other"}



def test_putting_things_back_says_nothing(extract):
    sentence = ("Its AI assistant had deleted every appointment it took for a duplicate, and it took the company more than "
                "a day to put them back.")
    assert _ai_speakers(extract, sentence, kind="press") == {"press"}


def test_putting_the_outage_down_to_a_cause_is_still_an_account(extract):
    res = extract(_LEAD + "The company put the outage down to a faulty update.", title="What happened to your appointments",
                  source_kind="press", outlet="The Ledger", published="2025-10-20T20:00:00Z")
    assert {c["speaker_kind"] for c in claims_of(res, "cause") if c["quote"].startswith("The company")} == {"vendor"}
