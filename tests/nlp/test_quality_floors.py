"""Extraction quality on the labelled sample world must not fall (docs/quality.md).

MEASURED holds the figures extraction reaches at this commit, rounded down to two decimals; a rule
change that makes any of them worse fails here, with the documents it now gets wrong. Raise them
when quality improves. Issue 5's floors (nlp.evaluate.TARGETS) are printed by
`python -m nlp.evaluate` with whether each is met; the ones not met yet are listed in
docs/quality.md rather than hidden behind a loosened test.
"""

from pathlib import Path

import pytest

from nlp.evaluate import evaluate, figure

LABELS = Path(__file__).resolve().parents[2] / "data" / "sample" / "labels.jsonl"
# 2026-12-05: labels re-based on conventions C1-C14 (docs/labelling-changes-2026-12-05.md), then the rule
# round of the evening (causes.v3, scope.v3, attribution constructions, time claims) raised them.
MEASURED = {"provider": 0.98, "cause": 0.93, "ai_involved": 0.98, "duration": 0.98, "claim_f1": 0.84}


@pytest.fixture(scope="module")
def report(extractor):
    if not LABELS.is_file() or not LABELS.with_name("documents.jsonl").is_file():
        pytest.skip("sample labels not built")
    return evaluate(LABELS, extractor=extractor)


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_extraction_does_not_fall_below_the_figure_it_reached(report, name):
    value = figure(report.overall, name)
    misses = "\n".join(m for m in report.misses if f": {name} " in m)
    assert value >= MEASURED[name], f"{name} fell to {value:.3f} (recorded {MEASURED[name]:.2f})\n{misses}"

