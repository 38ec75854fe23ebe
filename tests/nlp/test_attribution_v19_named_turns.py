"""attribution.v19: a transcript whose turns open with a person's name ("Ilse Brandt (Halvercombe Bank): …",
"Senator Okafor (chair): …") gives each paragraph to that person, and later turns by the same name ("Ilse Brandt: …")
keep the speaker: someone speaking for the provider is the vendor, anyone else another party. A status update's
"Update (14:20 UTC):" and a dateline's "Sydney (AAP):" are no one's turn (documents written for these tests)."""

from .conftest import claims_of

_TITLE = "Bank chief questioned over card payment outage"


def _claims(extract, text, source_kind="press"):
    fields = {"provider": "Halvercombe Bank"} if source_kind == "vendor" else {"outlet": "The Ledger"}
    res = extract(text, title=_TITLE, source_kind=source_kind, published="2025-10-20T20:00:00Z", **fields)
    return {(c["attribute"], c["speaker_kind"], c["polarity"]) for c in claims_of(res, "ai") + claims_of(res, "cause")}


def test_a_hearing_transcript_gives_each_turn_to_its_named_speaker(extract):
    text = ("Halvercombe Bank's card payments failed for most of Thursday. The following is an extract from the "
            "committee's hearing.\n\n"
            "Senator Okafor (chair): Ms Brandt, did an AI tool switch off the payment servers?\n\n"
            "Ilse Brandt (Halvercombe Bank): No. No AI tool made that change. An engineer applied the wrong setting.\n\n"
            "Senator Okafor: Your staff say the opposite.\n\n"
            "Ilse Brandt: I have seen the change record, and it shows an engineer's login.")
    claims = _claims(extract, text)
    assert ("ai", "vendor", "denies") in claims and ("cause", "vendor", "asserts") in claims
    assert not {c for c in claims if c[1] == "press"}


def test_a_later_turn_by_a_committee_member_is_not_the_vendors(extract):
    text = ("Halvercombe Bank's card payments failed for most of Thursday. The following is an extract from the "
            "committee's hearing.\n\n"
            "Ilse Brandt (Halvercombe Bank): A network switch failed in our Leeds data centre.\n\n"
            "Senator Okafor (chair): Our own advisers think an AI agent deleted the payment tables.")
    claims = _claims(extract, text)
    assert ("cause", "vendor", "asserts") in claims
    assert ("ai", "other", "asserts") in claims and ("ai", "vendor", "asserts") not in claims


def test_a_status_update_with_a_time_in_brackets_is_no_turn(extract):
    text = ("Update (14:20 UTC): Card payments are failing for some customers. We are investigating.\n\n"
            "Update (15:05 UTC): The cause was a failed network switch in our Leeds data centre.")
    assert _claims(extract, text, source_kind="vendor") == {("cause", "vendor", "asserts")}


def test_a_dateline_is_no_turn(extract):
    text = ("Sydney (AAP): Halvercombe Bank's card payments failed for most of Thursday after a network switch failed "
            "in its Leeds data centre, the bank said.")
    assert _claims(extract, text) == {("cause", "vendor", "asserts")}
