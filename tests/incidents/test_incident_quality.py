"""Issue 6's targets for incident grouping and disagreement detection on the sample world.

Gold mode (gold claims in: grouping and detection measured on their own) must meet the targets:
clustering >= 0.95 precision and recall, disagreements precision >= 0.80 and recall >= 0.90.
Extracted mode (the whole pipeline) is a ratchet: the figures reached when it was set, rounded down
to two decimals and lowered by a further 0.05, because extraction rules change in parallel.
Raise the ratchet when the pipeline improves; never lower it to make a change pass.
"""

import pytest

from nlp.incidents.evaluate import run

GOLD_TARGETS = {"cluster_precision": 0.95, "cluster_recall": 0.95,
                "disagreement_precision": 0.80, "disagreement_recall": 0.90}
# Reached 2026-12-05 (evening): clustering 0.981 / 0.924, disagreements 0.833 / 0.789. Clustering floors
# are the figures rounded down; disagreements, which move with extraction, a further 0.05 lower.
EXTRACTED_RATCHET = {"cluster_precision": 0.98, "cluster_recall": 0.92,
                     "disagreement_precision": 0.78, "disagreement_recall": 0.73}


def _check(scores, floors):
    low = {name: round(getattr(scores, name), 3) for name, floor in floors.items() if getattr(scores, name) < floor}
    return low, (f"{scores.mode} mode below its floor: {low} (floors {floors})\n"
                 f"  missed: {scores.missed}\n  false alarms: {scores.false_alarms}\n"
                 f"  gold incidents split: {scores.split_gold}\n  incidents mixing gold: {scores.mixed_incidents}")


@pytest.fixture(scope="module")
def gold():
    return run("gold")


def test_gold_mode_meets_issue_6_targets(gold):
    low, message = _check(gold, GOLD_TARGETS)
    assert not low, message


def test_extracted_mode_holds_its_ratchet():
    low, message = _check(run("extracted"), EXTRACTED_RATCHET)
    assert not low, message
