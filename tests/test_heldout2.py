"""The second held-out evaluation set (data/heldout2/): labels agree with the texts, every document
is labelled, the committed JSONL files are current, and nothing in it overlaps the sample world or
the first held-out set, both of which rules have been written or tuned against."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from data.heldout.render import HELDOUT_DIR, WORLD_DIR as HELDOUT_WORLD_DIR
from data.heldout2.render import HELDOUT2_BASE_URL, HELDOUT2_DIR, WORLD_DIR, render
from data.sample_world import SAMPLE_DIR, WORLD_DIR as SAMPLE_WORLD_DIR, load_world


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _sentences(text: str) -> set[str]:
    return {s.strip().lower() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 8}


@pytest.fixture(scope="module")
def world():
    return load_world(WORLD_DIR)


@pytest.fixture(scope="module")
def documents():
    return {record["id"]: record for record in _jsonl(HELDOUT2_DIR / "documents.jsonl")}


@pytest.fixture(scope="module")
def labels():
    return {record["id"]: record for record in _jsonl(HELDOUT2_DIR / "labels.jsonl")}


@pytest.fixture(scope="module", params=["sample", "heldout"])
def earlier(request):
    """The sets this one must be independent of: (world, documents.jsonl records)."""
    if request.param == "sample":
        return load_world(SAMPLE_WORLD_DIR), _jsonl(SAMPLE_DIR / "documents.jsonl")
    return load_world(HELDOUT_WORLD_DIR), _jsonl(HELDOUT_DIR / "documents.jsonl")


def test_heldout2_world_files_pass_the_check(world):
    assert [str(p) for p in world.problems] == []


def test_every_heldout2_quote_is_verbatim_at_its_offsets(labels, documents):
    n_claims = 0
    for doc_id, label in labels.items():
        text = documents[doc_id]["text"]
        for entry in label["incidents"]:
            for claim in entry["claims"]:
                assert text[claim["start"]:claim["end"]] == claim["quote"], (doc_id, claim["quote"])
                n_claims += 1
    assert n_claims >= 150


def test_every_heldout2_document_has_exactly_one_label(labels, documents):
    assert set(labels) == set(documents)
    assert len(_jsonl(HELDOUT2_DIR / "labels.jsonl")) == len(labels)
    assert len(_jsonl(HELDOUT2_DIR / "documents.jsonl")) == len(documents)


def test_every_heldout2_outage_document_carries_claims_and_noise_carries_none(labels):
    for doc_id, label in labels.items():
        if label["is_outage"]:
            assert label["incidents"], doc_id
            primary = [e for e in label["incidents"] if e["primary"]]
            assert len(primary) == 1 and primary[0]["claims"], doc_id
        else:
            assert label["incidents"] == [], doc_id


def test_committed_heldout2_files_match_a_fresh_render(world):
    for name, body in render(world).items():
        assert (HELDOUT2_DIR / name).read_text(encoding="utf-8") == body, name


def test_heldout2_documents_live_on_their_own_host(documents):
    for record in documents.values():
        assert record["url"].startswith(HELDOUT2_BASE_URL + "/"), record["id"]
        assert record["source_id"].startswith("heldout2-"), record["id"]
        if record["doc_key"].startswith("url:"):
            assert record["doc_key"] == "url:" + record["url"], record["id"]
        else:
            assert record["doc_key"].startswith("heldout2-"), record["id"]


def test_heldout2_set_is_big_enough_to_measure(labels, world):
    outage = [label for label in labels.values() if label["is_outage"]]
    with_documents = {e["gold_incident"] for label in outage for e in label["incidents"] if e["primary"]}
    assert len(outage) >= 30
    assert len(labels) - len(outage) >= 10
    assert len(with_documents) >= 15
    assert sum(1 for incident in world.incidents.values() if incident.disagreements) >= 4
    kinds = {c["speaker_kind"] for label in outage for e in label["incidents"] for c in e["claims"]}
    assert kinds == {"vendor", "press", "other"}
    polarities = {c["polarity"] for label in outage for e in label["incidents"] for c in e["claims"]}
    assert polarities == {"asserts", "denies"}


def test_heldout2_shares_no_incident_outlet_or_document_with_earlier_sets(world, documents, earlier):
    other_world, other_records = earlier
    assert not set(world.incidents) & set(other_world.incidents)
    assert not {d.id for d in world.documents} & {d.id for d in other_world.documents}
    assert not set(world.outlets) & set(other_world.outlets)
    assert not {o.name for o in world.outlets.values()} & {o.name for o in other_world.outlets.values()}
    assert not {r["url"] for r in documents.values()} & {r["url"] for r in other_records}


def test_heldout2_reuses_no_sentence_of_earlier_sets(documents, earlier):
    # Written independently: a shared sentence would mean rules tuned on one were seen on the other.
    _, other_records = earlier
    other_sentences: set[str] = set()
    for record in other_records:
        other_sentences |= _sentences(record["text"])
    shared = {s for record in documents.values() for s in _sentences(record["text"])} & other_sentences
    assert shared == set()
