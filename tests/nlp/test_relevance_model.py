"""The learned second opinion on relevance (nlp.relevance_model, nlp.train_relevance).

The rules decide first; the model is asked only where they weighed the evidence and found no outage,
and an explicit rule (planned work announced, a status-page timeline) is never overruled."""

import json

import pytest

from nlp import train_relevance
from nlp.extract import Extractor
from nlp.gazetteer import DATA_DIR
from nlp.relevance_model import FEATURE_CHARS, MODEL_FILE, RelevanceModel, document_features, load_relevance_model

# Told in words the rules do not weigh as an outage (no "outage", "down" or "unavailable"; no known name)
BANK_REPORT = {"id": "brindle", "title": "Payday glitch leaves Brindle Bank customers short", "source_kind": "press",
               "published": "2025-10-22T12:00:00Z",
               "text": "Thousands of Brindle Bank customers woke on payday to find their wages missing after a processing "
                       "fault overnight. Customers said the app showed balances from the day before, and some could not "
                       "pay rent. The bank said the money would arrive by the afternoon and that no one would be out of "
                       "pocket. It has not said how many accounts were hit or what caused the fault."}
PLANNED = {"id": "planned", "title": "Planned maintenance", "source_kind": "vendor", "published": "2025-10-22T12:00:00Z",
           "text": "Online banking will be unavailable from 1am to 5am on Sunday while we upgrade our systems. "
                   "Card payments will work as usual."}
EARNINGS = {"id": "earnings", "title": "Brindle Bank results", "source_kind": "press", "published": "2025-10-22T12:00:00Z",
            "text": "Brindle Bank reported higher quarterly profit on Thursday, helped by rising interest income. The lender "
                    "said it would invest in its mobile app and cut costs in its branch network."}


def _constant(z: float) -> RelevanceModel:
    """A model that gives every document the same probability (bias only)."""
    return RelevanceModel({}, z, 0.7, ())


@pytest.fixture(scope="module")
def rules_only() -> Extractor:
    return Extractor(rules_only=True)


def test_the_committed_model_recognises_a_report_the_rules_pass_over(rules_only, extractor):
    assert rules_only.extract(BANK_REPORT)["is_outage"] is False
    result = extractor.extract(BANK_REPORT)
    assert result["is_outage"] is True
    # the document is then read like any other: its claims and who made them
    claims = [c for inc in result["incidents"] for c in inc["claims"]]
    assert claims, "a recovered report is extracted, not just marked"


def test_the_committed_model_leaves_an_earnings_story_alone(extractor):
    assert extractor.extract(EARNINGS)["is_outage"] is False


def test_an_explicit_rule_is_never_overruled():
    # a model sure that everything is an outage cannot turn planned work announced into one
    assert Extractor(relevance_model=_constant(30.0)).extract(PLANNED)["is_outage"] is False


def test_the_model_cannot_take_away_what_the_rules_found():
    doc = {"id": "x", "title": "Slack outage", "source_kind": "press", "published": "2025-10-22T12:00:00Z",
           "text": "Slack was down for four hours on Monday. The company blamed a configuration change."}
    assert Extractor(relevance_model=_constant(-30.0)).extract(doc)["is_outage"] is True


def test_the_threshold_decides(rules_only):
    below, above = RelevanceModel({}, -0.1, 0.5, ()), RelevanceModel({}, 0.1, 0.5, ())  # p = 0.475 and 0.525
    assert Extractor(relevance_model=below).extract(BANK_REPORT)["is_outage"] is False
    assert Extractor(relevance_model=above).extract(BANK_REPORT)["is_outage"] is True


def test_features_are_words_pairs_and_title_words_without_function_words_alone():
    f = document_features("Site DOWN", "Some of the sites went down at 9:45 in 2023.")
    assert {"sites", "went", "went down", "some of", "title:site", "#"} <= f
    assert not {"some", "down", "the", "title:down"} & f  # function words count only inside pairs
    assert "2023" not in f and "9" not in f  # numbers say nothing about whether an outage is told
    assert "it's back" in document_features("", "It’s back")  # curly apostrophes read as straight ones


def test_only_the_start_of_a_long_document_is_read():
    text = "word " * (FEATURE_CHARS // 5) + "zebra"
    assert "zebra" not in document_features("", text)


def test_the_committed_model_is_what_training_on_the_development_sets_gives():
    committed = load_relevance_model()
    assert set(committed.trained_on) == set(train_relevance.TRAINING_SETS)
    trained = train_relevance.train(train_relevance.load_examples(train_relevance.TRAINING_SETS))
    assert committed.weights.keys() == trained.weights.keys()
    assert max(abs(committed.weights[k] - trained.weights[k]) for k in trained.weights) < 1e-3
    assert committed.threshold == train_relevance.THRESHOLD


def test_sealed_sets_are_never_trained_on():
    assert not set(train_relevance.SEALED_SETS) & set(train_relevance.TRAINING_SETS)
    with pytest.raises(ValueError, match="sealed"):
        train_relevance.load_examples(("heldout2",))


def test_a_missing_or_damaged_model_file_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="train_relevance"):
        load_relevance_model(tmp_path / MODEL_FILE)
    bad = tmp_path / MODEL_FILE
    bad.write_text(json.dumps({"weights": {}}), encoding="utf-8")
    with pytest.raises(ValueError, match="damaged"):
        load_relevance_model(bad)


def test_the_model_round_trips_through_its_file(tmp_path):
    model = RelevanceModel({"went down": 1.25, "title:outage": 0.5}, -0.75, 0.7, ("sample",))
    path = tmp_path / MODEL_FILE
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    assert load_relevance_model(path) == model
    assert (DATA_DIR / MODEL_FILE).is_file()


def test_training_writes_a_model_the_extractor_uses(tmp_path):
    out = tmp_path / "m.json"
    assert train_relevance.main(["--leave-out", "dev11", "--out", str(out)]) == 0
    model = load_relevance_model(out)
    assert "dev11" not in model.trained_on and "sample" in model.trained_on
    assert Extractor(relevance_model=model).extract(EARNINGS)["is_outage"] is False
    assert train_relevance.main(["--leave-out", "heldout2"]) == 2  # not a training set: an error, nothing written
