from nlp.incidents import rebuild_incidents
from tests.incidents.builders import add_document, incident, incident_of, mention, new_db


def _aws_october(db):
    status = add_document(
        db, "aws-dynamodb", kind="vendor", provider="AWS", title="Increased error rates for DynamoDB in us-east-1",
        published="2025-10-20T07:11:00Z",
        updates=[("investigating", "2025-10-20T07:11:00Z", "We are investigating increased error rates in US-EAST-1."),
                 ("resolved", "2025-10-20T22:00:00Z", "Services have recovered.")],
        mentions=[mention("AWS", start="2025-10-20T06:48:00Z", services=["DynamoDB"], regions=["us-east-1"])],
    )
    press = add_document(
        db, "press-aws-oct", published="2025-10-21T09:00:00Z", title="AWS outage takes down apps",
        mentions=[mention("AWS", start="2025-10-20", services=["DynamoDB", "EC2"], regions=["us-east-1"])],
    )
    return status, press


def test_status_page_and_press_reports_of_one_outage_form_one_incident(tmp_path):
    db = new_db(tmp_path)
    status, press = _aws_october(db)
    other = add_document(db, "press-azure", published="2025-10-21T10:00:00Z", title="Azure Front Door fails",
                         mentions=[mention("Microsoft Azure", start="2025-10-20", services=["Azure Front Door"])])
    rebuild_incidents(db)
    assert incident_of(db, status) == incident_of(db, press)
    assert incident_of(db, other) not in (None, incident_of(db, status))
    row = incident(db, incident_of(db, status))
    assert row["provider"] == "AWS" and row["n_documents"] == 2 and row["anchor"] == f"{status}#0"


def test_two_status_incidents_of_one_provider_on_one_day_stay_apart(tmp_path):
    db = new_db(tmp_path)
    actions = add_document(db, "gh-1", kind="vendor", provider="GitHub", title="Incident with Actions",
                           published="2024-08-14T10:00:00Z",
                           updates=[("investigating", "2024-08-14T10:00:00Z", "Actions runs are delayed.")],
                           mentions=[mention("GitHub", services=["GitHub Actions"])])
    git = add_document(db, "gh-2", kind="vendor", provider="GitHub", title="Incident with Git Operations",
                       published="2024-08-14T12:30:00Z",
                       updates=[("investigating", "2024-08-14T12:30:00Z", "Git operations fail for some users.")],
                       mentions=[mention("GitHub", services=["Git Operations"])])
    press = add_document(db, "press-gh", published="2024-08-14T18:00:00Z", title="GitHub Actions stalls for developers",
                         mentions=[mention("GitHub", services=["GitHub Actions"])])
    rebuild_incidents(db)
    assert incident_of(db, actions) != incident_of(db, git)
    assert incident_of(db, press) == incident_of(db, actions)


def test_recalled_earlier_outage_attaches_to_it_and_never_merges_two_outages(tmp_path):
    db = new_db(tmp_path)
    status, _ = _aws_october(db)
    december = add_document(
        db, "press-aws-dec", published="2026-02-20T09:30:00Z", title="Amazon AI agent behind Cost Explorer outage",
        mentions=[mention("AWS", start="2025-12", services=["AWS Cost Explorer"], regions=["mainland China"]),
                  mention("AWS", start="2025-10", primary=False, services=["DynamoDB"])],
    )
    rebuild_incidents(db)
    october_id, december_id = incident_of(db, status), incident_of(db, december, 0)
    assert incident_of(db, december, 1) == october_id
    assert december_id not in (None, october_id)
    assert incident(db, december_id)["n_documents"] == 1


def test_rerunning_and_adding_documents_never_renames_an_incident(tmp_path):
    db = new_db(tmp_path)
    status, press = _aws_october(db)
    first = rebuild_incidents(db)
    ids = {incident_of(db, status), incident_of(db, press)}
    again = rebuild_incidents(db)
    assert first.incidents_created == 1
    assert (again.incidents_created, again.incidents_updated, again.incidents_unchanged) == (0, 0, 1)
    # A stronger anchor arriving later (an earlier-dated status page) joins; the id stays.
    late = add_document(db, "aws-ec2", kind="vendor", provider="AWS", title="EC2 launch failures in us-east-1",
                        published="2025-10-20T06:50:00Z",
                        updates=[("investigating", "2025-10-20T06:50:00Z", "EC2 instance launches fail in US-EAST-1.")],
                        mentions=[mention("AWS", start="2025-10-20T06:48:00Z", services=["EC2"], regions=["us-east-1"])])
    rebuild_incidents(db, {late})
    assert {incident_of(db, status), incident_of(db, press), incident_of(db, late)} == ids


def test_incremental_rebuild_leaves_unrelated_incidents_untouched(tmp_path):
    db = new_db(tmp_path)
    status, _ = _aws_october(db)
    far = add_document(db, "gh-old", kind="vendor", provider="GitHub", title="Incident with Pages",
                       published="2023-01-10T10:00:00Z",
                       updates=[("investigating", "2023-01-10T10:00:00Z", "Pages builds fail.")],
                       mentions=[mention("GitHub", services=["GitHub Pages"])])
    rebuild_incidents(db)
    before = incident(db, incident_of(db, far))["updated_at"]
    new = add_document(db, "press-aws-2", published="2025-10-22T09:00:00Z", title="What broke at AWS",
                       mentions=[mention("AWS", start="2025-10-20", regions=["us-east-1"])])
    report = rebuild_incidents(db, {new})
    assert incident_of(db, new) == incident_of(db, status)
    assert report.incidents_updated == 1 and report.incidents_created == 0
    assert incident(db, incident_of(db, far))["updated_at"] == before


def test_mentions_without_provider_or_date_are_kept_with_a_reason(tmp_path):
    db = new_db(tmp_path)
    nameless = add_document(db, "press-nameless", published="2025-10-21T09:00:00Z", title="Cloud outage hits banks",
                            mentions=[mention(None, start="2025-10-20")])
    undated = add_document(db, "press-undated", title="Slack was down", mentions=[mention("Slack")])
    report = rebuild_incidents(db)
    reasons = dict(db.execute("SELECT document_id, assignment_reason FROM mentions").fetchall())
    assert incident_of(db, nameless) is None and "no provider" in reasons[nameless]
    assert incident_of(db, undated) is None and "no start date" in reasons[undated]
    assert report.mentions_unassigned == 2
    assert db["documents"].count == 2


def test_a_mention_dated_only_by_year_does_not_join_a_dated_outage_of_that_year(tmp_path):
    db = new_db(tmp_path)
    status, _ = _aws_october(db)
    vague = add_document(db, "press-q", published="2026-02-22T08:00:00Z", title="A second AI-linked disruption at Amazon",
                         mentions=[mention("AWS", start="2025", ai=True)])
    rebuild_incidents(db)
    assert incident_of(db, vague) not in (None, incident_of(db, status))


def test_follow_up_analysis_weeks_later_joins_when_regions_agree(tmp_path):
    db = new_db(tmp_path)
    status = add_document(db, "gcp-paris", kind="vendor", provider="Google Cloud", title="Multiple services in europe-west9",
                          published="2023-04-26T03:20:00Z",
                          updates=[("service_disruption", "2023-04-26T03:20:00Z", "Water intrusion in europe-west9.")],
                          mentions=[mention("Google Cloud", start="2023-04-26T02:00:00Z", regions=["europe-west9"])])
    later = add_document(db, "gcp-analysis", published="2023-05-22T09:45:00Z", title="What the Paris zone teaches",
                         mentions=[mention("Google Cloud", regions=["europe-west9-a"])])
    unrelated = add_document(db, "gcp-other", published="2023-05-22T10:00:00Z", title="Google Cloud hiccup in Iowa",
                             mentions=[mention("Google Cloud", regions=["us-central1"])])
    rebuild_incidents(db)
    assert incident_of(db, later) == incident_of(db, status)
    assert incident_of(db, unrelated) != incident_of(db, status)


def _telco_outage(db):
    return add_document(db, "telco-statement", kind="vendor", provider="Northline", title="Update on our network event",
                        published="2024-03-03T12:00:00Z",
                        mentions=[mention("Northline", start="2024-03-02", end="2024-03-03",
                                          services=["Northline fibre network", "emergency calls"])])


def test_an_undated_regulators_report_months_later_joins_on_strong_evidence(tmp_path):
    # Paraphrase of a development split: the regulator's findings, nine months on, date nothing of the outage.
    db = new_db(tmp_path)
    vendor = _telco_outage(db)
    review = add_document(db, "regulator-findings", published="2024-12-05T10:00:00Z",
                          title="Regulator: Northline's two-day fibre blackout was avoidable",
                          mentions=[mention("Northline", services=["Northline fibre network", "emergency calls"])])
    rebuild_incidents(db)
    assert incident_of(db, review) == incident_of(db, vendor)


def test_a_dated_report_or_a_bare_provider_match_months_later_stays_apart(tmp_path):
    db = new_db(tmp_path)
    vendor = _telco_outage(db)
    dated = add_document(db, "new-outage", published="2024-12-05T10:00:00Z", title="Northline fibre network down again",
                         mentions=[mention("Northline", start="2024-12-04", services=["Northline fibre network", "emergency calls"])])
    bare = add_document(db, "feature", published="2024-12-06T10:00:00Z", title="Inside the company's year",
                        mentions=[mention("Northline")])
    rebuild_incidents(db)
    assert incident_of(db, dated) != incident_of(db, vendor)
    assert incident_of(db, bare) != incident_of(db, vendor)


def _ferry_vendor(db):
    # (a provider the gazetteer lacks, named in full by its own page and shortened by the press)
    return add_document(db, "kelp-status", kind="vendor", provider="Kelpmoor Ferries", title="Bookings unavailable",
                        published="2025-07-18T09:00:00Z",
                        mentions=[mention("Kelpmoor Ferries", start="2025-07-18T05:00:00Z", services=["bookings"])])


def _ferry_press(db):
    return add_document(db, "kelp-press", published="2025-07-18T15:00:00Z", title="Kelpmoor bookings down all morning",
                        mentions=[mention("Kelpmoor", start="2025-07-18", services=["bookings"])])


def test_a_name_without_its_kind_word_joins_the_full_names_incident(tmp_path):
    db = new_db(tmp_path)
    vendor, press = _ferry_vendor(db), _ferry_press(db)
    other = add_document(db, "kelpie-press", published="2025-07-18T16:00:00Z", title="Kelpie Games servers down",
                         mentions=[mention("Kelpie Games", start="2025-07-18", services=["bookings"])])
    rebuild_incidents(db)
    assert incident_of(db, vendor) == incident_of(db, press)
    assert incident_of(db, other) != incident_of(db, vendor)


def test_an_incremental_rebuild_finds_the_full_names_incident(tmp_path):
    db = new_db(tmp_path)
    vendor = _ferry_vendor(db)
    rebuild_incidents(db)
    press = _ferry_press(db)
    rebuild_incidents(db, {press})
    assert incident_of(db, press) == incident_of(db, vendor)
