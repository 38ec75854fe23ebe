"""attribution.v19: a spokesperson for, or a statement from, a body that oversees, judges or represents others speaks for
that body, not the provider ("a spokeswoman for the regulator", "a statement from the union"); one for the company is
still the vendor, as are the provider's name with a corporate or national form ("Halvercombe Group said") and officials
named by its class ("bank officials said" of a bank) (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_LEAD = "Halvercombe Bank's card payments failed for most of Tuesday.\n\n"


@pytest.mark.parametrize("sentence, kind", [
    ("The failure, a spokeswoman for the regulator said on Tuesday, was caused by a faulty software update.", "other"),
    ("A statement from the union said a faulty software update had caused the failure.", "other"),
    ("The failure, a spokeswoman for the company said on Tuesday, was caused by a faulty software update.", "vendor"),
    ("A statement from the bank said a faulty software update had caused the failure.", "vendor"),
    # the staff a union represents are the object of its participle, not the subject
    ("A statement from the union representing the bank's IT staff blamed a botched software update for the failure.",
     "other"),
    # the provider's name with a corporate or national form, and officials named by its class, are the provider's
    ("Halvercombe Group said a storage controller had failed.", "vendor"),
    ("Halvercombe UK said a storage controller had failed.", "vendor"),
    ("Bank officials said a storage controller had failed.", "vendor"),
    ("Government officials said a storage controller had failed.", "other"),
    # its parent company speaks for its own; another company named so does not
    ("Its parent company, Orvex Holdings, said a storage controller had failed.", "vendor"),
    ("Internet services company Netwatch said a storage controller had failed.", "other"),
])
def test_whose_body_speaks(extract, sentence, kind):
    res = extract(_LEAD + sentence, title="Bank outage", source_kind="press", outlet="The Ledger",
                  published="2025-10-20T20:00:00Z")
    assert {c["speaker_kind"] for c in claims_of(res, "cause") if c["start"] >= len(_LEAD)} == {kind}
