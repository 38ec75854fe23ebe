"""causes.v19: a definite reference back to the attack after a verb or a preposition ("We are working to contain the
attack", "the group behind the ransomware") takes the attack as told and makes no new cause claim; the attack or the
attackers as a subject ("the attackers got into …") still tell it.

Sentences are written for these tests; never copied from the data sets."""

import pytest

LEAD = "Orrin Ledger's accounting app went offline on Monday after a ransomware attack on its servers.\n\n"


def later_causes(extract, text, source_kind="press"):
    res = extract(LEAD + text, title="Orrin Ledger outage", source_kind=source_kind)
    return [c["normalized"] for inc in res["incidents"] for c in inc["claims"]
            if c["attribute"] == "cause" and c["start"] >= len(LEAD)]


@pytest.mark.parametrize("text", [
    "We are working to contain the attack and to bring the ledger back first.",
    "Police named the group behind the ransomware on Thursday.",
])
def test_a_reference_back_to_the_attack_is_no_new_claim(extract, text):
    assert later_causes(extract, text) == []


@pytest.mark.parametrize("text", [
    "The attackers got into the ledger servers through a contractor's stolen password.",
    "Investigators found that the attackers had first got into a test server in March.",
])
def test_what_the_attackers_did_is_told(extract, text):
    assert later_causes(extract, text) == ["cyberattack"]
