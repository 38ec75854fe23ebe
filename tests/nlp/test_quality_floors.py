"""The floors on the labelled sample world (docs/quality.md). Skipped until the sample labels exist."""

from pathlib import Path

import pytest

from nlp.evaluate import evaluate

LABELS = Path(__file__).resolve().parents[2] / "data" / "sample" / "labels.jsonl"
FLOORS = {"provider": 0.95, "cause": 0.85, "ai_involved": 0.90, "duration": 0.85}
CLAIM_F1_FLOOR = 0.80


@pytest.fixture(scope="module")
def report(extractor):
    if not LABELS.is_file() or not LABELS.with_name("documents.jsonl").is_file():
        pytest.skip("sample labels not built")
    return evaluate(LABELS, extractor=extractor)


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_accuracy_meets_its_floor_on_the_sample_labels(report, field):
    assert report.overall.accuracy(field) >= FLOORS[field], "\n".join(m for m in report.misses if f": {field} " in m)


def test_claim_f1_meets_its_floor_on_the_sample_labels(report):
    assert report.overall.f1 >= CLAIM_F1_FLOOR
