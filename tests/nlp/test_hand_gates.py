"""Hand-written gates in front of slow patterns (the thirteenth speed pass) must never turn away a text the pattern
matches: every sentence of the labelled sets where the bare pattern matches passes the gated test too, and so do
short pieces of our own made to match each pattern."""

import json
import re
from pathlib import Path

import pytest

from nlp import causes, findings, scope

DATA = Path(__file__).resolve().parents[2] / "data"
SETS = ("sample", "heldout", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9")


def _sentences():
    out = []
    for name in SETS:
        path = DATA / name / "documents.jsonl"
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out += re.split(r"(?<=[.!?])\s+", json.loads(line).get("text") or "")
    return out


@pytest.fixture(scope="module")
def sentences():
    found = _sentences()
    if not found:
        pytest.skip("labelled sets not built")
    return found


GATED = [
    ("causes._may_remediate", lambda t: causes._may_remediate(t, t.lower()), causes._REMEDIATION),
    ("findings._rejects_report", lambda t: findings._rejects_report(t, t.lower()), findings._REPORT_REJECTED),
    ("scope._is_unharmed", lambda t: scope._is_unharmed(t, t.lower()), scope._UNHARMED),
]


@pytest.mark.parametrize("name, gated, pattern", GATED, ids=[g[0] for g in GATED])
def test_a_gate_never_turns_away_a_sentence_the_pattern_matches(sentences, name, gated, pattern):
    matched = [s for s in sentences if pattern.search(s)]
    turned_away = [s for s in matched if not gated(s)]
    assert turned_away == [], f"{name}: {len(turned_away)} of {len(matched)} matching sentences turned away"


# Pieces of our own, made to match each pattern (the labelled sets hold no match of the report rejection)
OWN = {
    "causes._may_remediate": ["We will add staged rollouts so that one bad change cannot reach every region.",
                              "To contain the damage, we switched off the scheduler.",
                              "Going forward, the company will check every change twice."],
    "findings._rejects_report": ["The company said reports that an AI agent deleted the database were false.",
                                 "Claims that hackers caused the outage are simply untrue, the bank said.",
                                 "The story that a squirrel chewed the cable is not accurate."],
    "scope._is_unharmed": ["Card payments were not affected.", "Customers in Asia were unaffected by the fault.",
                           "Most shops rode it out on cash."],
}


@pytest.mark.parametrize("name, gated, pattern", GATED, ids=[g[0] for g in GATED])
def test_a_gate_lets_through_pieces_made_to_match(name, gated, pattern):
    pieces = OWN[name]
    assert all(pattern.search(p) for p in pieces), "a piece no longer matches the pattern: rewrite it"
    assert all(gated(p) for p in pieces)
