import json

import pytest

from data.db import transaction
from data.store import store_extraction
from nlp.incidents import OverrideError, add_override, rebuild_incidents
from tests.incidents.accounts_world import kiro_world
from tests.incidents.builders import add_document, disagreements, incident, incident_of, mention, new_db


def two_slack_outages(db):
    first = add_document(db, "slack-a", published="2025-02-26T18:00:00Z", title="Slack messages fail",
                         mentions=[mention("Slack", start="2025-02-26", services=["Messaging"])])
    second = add_document(db, "slack-b", published="2025-02-26T19:00:00Z", title="Slack huddles broken",
                          mentions=[mention("Slack", start="2025-02-26T12:00:00Z", services=["Huddles"], regions=["Europe"])])
    third = add_document(db, "slack-c", published="2025-03-10T19:00:00Z", title="Slack down again",
                         mentions=[mention("Slack", start="2025-03-10", services=["Messaging"])])
    rebuild_incidents(db)
    return first, second, third


def reprocess(db, document_id):
    """Extraction run again over a stored document, as `outagewatch reprocess` does."""
    extraction = json.loads(db.execute("SELECT extraction FROM documents WHERE id = ?", [document_id]).fetchone()[0])
    with transaction(db):
        store_extraction(db, document_id, extraction)


def test_merge_folds_an_incident_into_another_and_survives_a_rebuild(tmp_path):
    db = new_db(tmp_path)
    first, _, third = two_slack_outages(db)
    target, source = incident_of(db, first), incident_of(db, third)
    assert target != source
    oid = add_override(db, "merge", {"incident_ids": [source]}, "ana", "same outage, press misdated it", incident_id=target)
    assert incident_of(db, third) == target
    assert incident(db, source)["status"] == "merged" and incident(db, source)["merged_into"] == target
    reprocess(db, third)
    rebuild_incidents(db)
    assert incident_of(db, third) == target
    assert incident(db, target)["n_documents"] >= 2
    row = next(db.query("SELECT * FROM overrides WHERE id = ?", [oid]))
    assert row["author"] == "ana" and row["applied_at"] and row["problem"] is None


def test_split_moves_documents_to_a_new_incident_that_stays_apart(tmp_path):
    db = new_db(tmp_path)
    first, second, _ = two_slack_outages(db)
    incident_id = incident_of(db, first)
    assert incident_of(db, second) == incident_id  # grouped by provider and day
    add_override(db, "split", {"document_ids": [second]}, "ben", "huddles outage was separate", incident_id=incident_id)
    split_id = incident_of(db, second)
    assert split_id not in (None, incident_id)
    reprocess(db, second)
    rebuild_incidents(db)
    assert incident_of(db, second) == split_id and incident_of(db, first) == incident_id


def test_field_correction_shows_on_the_incident_with_its_audit_and_survives_reprocess(tmp_path):
    db = new_db(tmp_path)
    press, _ = kiro_world(db)
    rebuild_incidents(db)
    incident_id = incident_of(db, press)
    add_override(db, "set_field", {"field": "title", "value": "AWS Cost Explorer outage"}, "ana", "clearer", incident_id=incident_id)
    add_override(db, "set_field", {"field": "title", "value": "AWS Cost Explorer outage in mainland China"}, "ben", "region",
                 incident_id=incident_id)
    reprocess(db, press)
    rebuild_incidents(db)
    row = incident(db, incident_id)
    assert row["title"] == "AWS Cost Explorer outage in mainland China"
    audit = json.loads(row["accounts"])["overrides"]
    assert [(a["field"], a["author"]) for a in audit] == [("title", "ben")]
    assert db.execute("SELECT COUNT(*) FROM overrides WHERE active = 0").fetchone()[0] == 1


def test_dismissed_disagreement_stays_dismissed_and_leaves_the_count(tmp_path):
    db = new_db(tmp_path)
    press, _ = kiro_world(db)
    rebuild_incidents(db)
    incident_id = incident_of(db, press)
    scope = disagreements(db, incident_id)[("scope", "scope")]
    before = incident(db, incident_id)["n_disagreements"]
    add_override(db, "dismiss_disagreement", {"disagreement_id": scope["id"]}, "ana", "a single customer's view")
    rebuild_incidents(db)
    assert disagreements(db, incident_id)[("scope", "scope")]["dismissed"] == 1
    assert incident(db, incident_id)["n_disagreements"] == before - 1


def test_contradictory_or_unknown_corrections_are_refused_with_a_clear_error(tmp_path):
    db = new_db(tmp_path)
    first, _, third = two_slack_outages(db)
    a, b = incident_of(db, first), incident_of(db, third)
    with pytest.raises(OverrideError, match="unknown incident"):
        add_override(db, "set_field", {"field": "title", "value": "x"}, "ana", "why", incident_id="inc_nope")
    with pytest.raises(OverrideError, match="itself"):
        add_override(db, "merge", {"incident_ids": [a]}, "ana", "why", incident_id=a)
    with pytest.raises(OverrideError, match="not valid for ai_status"):
        add_override(db, "set_field", {"field": "ai_status", "value": "maybe"}, "ana", "why", incident_id=a)
    with pytest.raises(OverrideError, match="reason is required"):
        add_override(db, "set_field", {"field": "title", "value": "x"}, "ana", " ", incident_id=a)
    add_override(db, "assign_document", {"document_id": first}, "ana", "belongs with the March one", incident_id=b)
    with pytest.raises(OverrideError, match="contradicts override"):
        add_override(db, "assign_document", {"document_id": first}, "ben", "no, February", incident_id=a)
    assert db.execute("SELECT COUNT(*) FROM overrides").fetchone()[0] == 1


def test_document_assigned_to_a_deleted_incident_keeps_a_place_and_the_override_records_why(tmp_path):
    db = new_db(tmp_path)
    first, _, third = two_slack_outages(db)
    target = incident_of(db, third)
    oid = add_override(db, "assign_document", {"document_id": first}, "ana", "same outage", incident_id=target)
    assert incident_of(db, first) == target
    for doc in (first, third):  # both documents re-extracted as "not an outage": the incident empties
        with transaction(db):
            store_extraction(db, doc, {"id": doc, "is_outage": False, "incidents": []})
    rebuild_incidents(db)
    assert incident(db, target)["status"] == "deleted"
    reprocess_doc = {"id": first, "is_outage": True, "incidents": [mention("Slack", start="2025-02-26", services=["Messaging"])]}
    with transaction(db):
        store_extraction(db, first, reprocess_doc)
    report = rebuild_incidents(db)
    assert incident_of(db, first) not in (None, target)
    problem = db.execute("SELECT problem FROM overrides WHERE id = ?", [oid]).fetchone()[0]
    assert "deleted" in problem
    assert any("deleted" in p for p in report.override_problems)
