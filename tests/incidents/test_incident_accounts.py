import json

from nlp.incidents import rebuild_incidents
from tests.incidents.accounts_world import kiro_world
from tests.incidents.builders import add_document, claim, disagreements, incident, incident_of, mention, new_db


def test_vendor_and_press_accounts_keep_values_claims_and_speakers(tmp_path):
    db = new_db(tmp_path)
    press, statement = kiro_world(db)
    rebuild_incidents(db)
    row = incident(db, incident_of(db, press))
    accounts = json.loads(row["accounts"])
    assert accounts["cause"]["vendor"]["current"][0]["normalized"] == "human_error"
    assert accounts["cause"]["press"][0]["normalized"] == "ai_agent"
    assert sorted(e["speaker_kind"] for e in accounts["scope"]["press"]) == ["other", "press"]  # `other` stays visible
    claim_ids = {r[0] for r in db.execute("SELECT id FROM claims WHERE attribute = 'cause'")}
    assert {accounts["cause"]["vendor"]["current"][0]["claim_id"], accounts["cause"]["press"][0]["claim_id"]} == claim_ids


def test_incident_fields_carry_consensus_ai_status_and_acknowledgement_delay(tmp_path):
    db = new_db(tmp_path)
    press, _ = kiro_world(db)
    rebuild_incidents(db)
    row = incident(db, incident_of(db, press))
    assert (row["vendor_cause"], row["press_cause"]) == ("human_error", "ai_agent")
    assert (row["cause_category"], row["cause_basis"]) == ("human_error", "vendor_statement")
    assert row["ai_status"] == "denied"
    assert (row["duration_hours"], row["duration_basis"]) == (13.0, "press")
    assert row["started_at"] == "2025-12"
    assert row["first_press_at"] == "2026-02-20T09:30:00Z" and row["first_vendor_at"] == "2026-02-21T16:00:00Z"
    assert row["ack_delay_hours"] == 30.5
    assert (row["n_documents"], row["n_vendor_documents"], row["n_press_documents"]) == (2, 1, 1)
    # Claims follow their mention into the incident.
    assert {r[0] for r in db.execute("SELECT DISTINCT incident_id FROM claims")} == {row["id"]}


def test_status_page_is_the_basis_of_start_and_duration(tmp_path):
    db = new_db(tmp_path)
    status = add_document(
        db, "gh-status", kind="vendor", provider="GitHub", title="Incident with Git Operations", published="2024-08-14T23:11:00Z",
        updates=[("investigating", "2024-08-14T23:11:00Z", "We are investigating degraded Git Operations."),
                 ("resolved", "2024-08-15T01:05:00Z", "This incident has been resolved.")],
        mentions=[mention("GitHub", start="2024-08-14T23:11:00Z", end="2024-08-15T01:05:00Z", services=["Git Operations"])],
    )
    press = add_document(db, "gh-press", published="2024-08-15T08:00:00Z", title="GitHub down for hours",
                         mentions=[mention("GitHub", start="2024-08-14", duration=3.0, services=["Git Operations"])])
    rebuild_incidents(db)
    row = incident(db, incident_of(db, status))
    assert incident_of(db, press) == row["id"]
    assert (row["started_at"], row["start_basis"]) == ("2024-08-14T23:11:00Z", "status_page")
    assert (row["duration_hours"], row["duration_basis"]) == (1.9, "status_page")
    assert row["ack_delay_hours"] < 0  # the vendor posted before the press reported
    assert row["ai_status"] == "none"


def test_ai_status_is_alleged_when_only_the_press_says_ai_and_acknowledged_when_the_vendor_does(tmp_path):
    db = new_db(tmp_path)
    press = add_document(db, "replit-press", published="2025-07-20T09:00:00Z", title="Replit agent wipes a database",
                         mentions=[mention("Replit", start="2025-07-18", ai=True, ai_role="agent_action", cause="ai_agent", claims=[
                             claim("ai", "the coding agent deleted the production database", True, "other", speaker="a founder")])])
    rebuild_incidents(db)
    assert incident(db, incident_of(db, press))["ai_status"] == "alleged"
    vendor = add_document(db, "replit-ceo", kind="vendor", provider="Replit", published="2025-07-21T09:00:00Z", title="Our agent made a mistake",
                          mentions=[mention("Replit", start="2025-07-18", ai=True, ai_role="agent_action", cause="ai_agent", claims=[
                              claim("ai", "our agent ran a destructive command", True, "vendor", speaker="Replit CEO")])])
    rebuild_incidents(db, {vendor})
    row = incident(db, incident_of(db, press))
    assert incident_of(db, vendor) == row["id"]
    assert (row["ai_status"], row["ai_role"]) == ("acknowledged", "agent_action")
    assert disagreements(db, row["id"]) == {}


def test_vendor_latest_statement_is_its_position_and_earlier_ones_stay_in_history(tmp_path):
    db = new_db(tmp_path)
    status = add_document(
        db, "slack-status", kind="vendor", provider="Slack", title="Degraded messaging", published="2025-02-26T15:00:00Z",
        updates=[("identified", "2025-02-26T15:00:00Z", "The issue stems from a surge in traffic."),
                 ("resolved", "2025-02-27T01:00:00Z", "The root cause was a permissions change to a database cluster.")],
        mentions=[mention("Slack", start="2025-02-26T14:50:00Z", cause="config_change", claims=[
            claim("cause", "a surge in traffic", "capacity", "vendor"),
            claim("cause", "a permissions change to a database cluster", "config_change", "vendor")])],
    )
    rebuild_incidents(db)
    row = incident(db, incident_of(db, status))
    cause = json.loads(row["accounts"])["cause"]["vendor"]
    assert [e["normalized"] for e in cause["current"]] == ["config_change"]
    assert [[e["normalized"] for e in st] for st in cause["history"]] == [["capacity"]]
    assert cause["current"][0]["at"] == "2025-02-27T01:00:00Z"
    assert row["vendor_cause"] == "config_change"


def test_an_incident_known_only_from_recollections_is_not_titled_with_another_storys_headline(tmp_path):
    db = new_db(tmp_path)
    report = add_document(db, "fastly-recap", published="2021-07-23T09:00:00Z", title="Akamai's edge DNS fails for an hour",
                          mentions=[mention("Akamai", start="2021-07-22", services=["Edge DNS"]),
                                    mention("Fastly", start="2021-06-08", primary=False, services=["CDN"])])
    rebuild_incidents(db)
    recalled = incident(db, incident_of(db, report, 1))
    assert recalled["title"] == "Fastly: CDN — earlier incident (2021-06-08), recalled in 1 report"
    assert incident(db, incident_of(db, report, 0))["title"] == "Akamai's edge DNS fails for an hour"
    # Once a report about it arrives, its headline names the incident.
    own = add_document(db, "fastly-own", published="2021-06-08T12:00:00Z", title="Fastly outage takes big sites offline",
                       mentions=[mention("Fastly", start="2021-06-08", services=["CDN"])])
    rebuild_incidents(db, {own})
    assert incident_of(db, own) == incident_of(db, report, 1)
    assert incident(db, incident_of(db, own))["title"] == "Fastly outage takes big sites offline"
