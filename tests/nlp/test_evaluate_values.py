"""nlp.evaluate's stricter claim score: a claim matched with its value too (the category and polarity, the length
within 10 %, the date or time at the gold's precision)."""

import json

import pytest

from nlp.evaluate import evaluate, same_value


def _claim(attribute, normalized, polarity="asserts"):
    return {"attribute": attribute, "normalized": normalized, "polarity": polarity}


@pytest.mark.parametrize("pred, gold, same", [
    (_claim("cause", "config_change"), _claim("cause", "config_change"), True),
    (_claim("cause", "cyberattack", "denies"), _claim("cause", "cyberattack"), False),
    (_claim("cause", "software_bug"), _claim("cause", "config_change"), False),
    (_claim("ai", False, "denies"), _claim("ai", False, "denies"), True),
    (_claim("scope", "global"), _claim("scope", "regional"), False),
    (_claim("scope", "regional"), _claim("scope", "regional"), True),
    (_claim("duration", 4.3), _claim("duration", 4.0), True),
    (_claim("duration", 5.0), _claim("duration", 4.0), False),
    (_claim("duration", None), _claim("duration", None), True),
    (_claim("duration", 3.0), _claim("duration", None), False),
    (_claim("start", "2024-01-08T15:00:00Z"), _claim("start", "2024-01-08"), True),
    (_claim("start", "2024-01-08"), _claim("start", "2024-01-08T15:00:00Z"), False),
    (_claim("end", "2024-01-09"), _claim("end", "2024-01-08"), False),
])
def test_same_value(pred, gold, same):
    assert same_value(pred, gold) is same


def test_a_claim_with_the_wrong_value_counts_only_in_the_looser_score(tmp_path, extractor):
    text = "Slack was down for four hours on Monday across Europe. Slack said a bad configuration change caused it."
    doc = {"id": "d1", "title": "Slack down", "text": text, "source_kind": "press", "published": "2024-01-10T12:00:00Z"}
    quote = "Slack was down for four hours on Monday across Europe"
    label = {"id": "d1", "is_outage": True, "incidents": [{"primary": True, "provider": "Slack", "cause_category": "config_change",
             "ai_involved": False, "start": "2024-01-08", "duration_hours": 4.0, "claims": [
                 # the reach read right, the length read wrong on purpose: 2 hours in the gold
                 {"attribute": "scope", "normalized": "regional", "polarity": "asserts", "speaker_kind": "press",
                  "start": 0, "end": len(quote)},
                 {"attribute": "duration", "normalized": 2.0, "polarity": "asserts", "speaker_kind": "press",
                  "start": 0, "end": len(quote)}]}]}
    (tmp_path / "documents.jsonl").write_text(json.dumps(doc) + "\n")
    (tmp_path / "labels.jsonl").write_text(json.dumps(label) + "\n")
    t = evaluate(tmp_path / "labels.jsonl", extractor=extractor).overall
    assert t.tp == 2  # both found, with the right speaker and an overlapping quote
    assert t.tp_value == 1  # only the reach says what the gold says
    p, r, f1 = t.value_scores()
    assert r == pytest.approx(0.5)
