"""Grouping survives the date errors a real extractor makes (misread, stale or missing starts)."""

from nlp.incidents import rebuild_incidents
from nlp.incidents.times import title_window, to_iso
from tests.incidents.builders import add_document, incident, incident_of, mention, new_db


def _heroku_status(db):
    return add_document(
        db, "heroku-june", kind="vendor", provider="Heroku", title="Heroku Dashboard and CLI unavailable",
        published="2025-06-10T06:46:00Z",
        updates=[("investigating", "2025-06-10T06:46:00Z", "The Heroku Dashboard and CLI are unavailable."),
                 ("resolved", "2025-06-11T05:00:00Z", "All services have recovered.")],
        mentions=[mention("Heroku", start="2025-06-10T06:03:00Z", services=["Heroku Dashboard"])],
    )


def test_headline_date_places_a_summary_whose_body_date_was_misread(tmp_path):
    db = new_db(tmp_path)
    status = _heroku_status(db)
    # The extractor took the summary's own date as the start; the headline names the outage's day.
    summary = add_document(db, "heroku-summary", kind="vendor", provider="Heroku", published="2025-06-13T19:00:00Z",
                           title="Summary of the June 10, 2025 Heroku outage",
                           mentions=[mention("Heroku", start="2025-06-13T06:03:00Z", services=["Dynos"])])
    rebuild_incidents(db)
    assert incident_of(db, summary) == incident_of(db, status)


def test_start_after_publication_is_ignored_and_the_report_joins_by_publication(tmp_path):
    db = new_db(tmp_path)
    status = _heroku_status(db)
    report = add_document(db, "heroku-press", published="2025-06-10T15:30:00Z", title="Heroku apps go dark",
                          mentions=[mention("Heroku", start="2025-06-12T09:00:00Z", services=["Heroku Dashboard"])])
    rebuild_incidents(db)
    assert incident_of(db, report) == incident_of(db, status)


def test_wrong_year_start_joins_the_outage_the_headline_and_services_point_to(tmp_path):
    db = new_db(tmp_path)
    status = _heroku_status(db)
    stale = add_document(db, "heroku-stale", published="2025-06-11T08:00:00Z",
                         title="Heroku dashboard outage leaves developers locked out",
                         mentions=[mention("Heroku", start="2010")])
    rebuild_incidents(db)
    assert incident_of(db, stale) == incident_of(db, status)


def test_old_stated_date_without_shared_evidence_stays_its_own_incident(tmp_path):
    db = new_db(tmp_path)
    status = _heroku_status(db)
    # An anniversary piece about a 2022 outage published the week of a new one: nothing ties it to June 2025.
    retrospective = add_document(db, "heroku-2022", published="2025-06-12T08:00:00Z",
                                 title="Three years on: the GitHub token breach and Heroku",
                                 mentions=[mention("Heroku", start="2022-04", services=["OAuth tokens"])])
    rebuild_incidents(db)
    assert incident_of(db, retrospective) not in (None, incident_of(db, status))


def test_months_later_report_with_misread_date_joins_when_services_and_regions_agree(tmp_path):
    db = new_db(tmp_path)
    vendor = add_document(db, "aws-statement", kind="vendor", provider="AWS", published="2026-02-20T18:00:00Z",
                          title="Correcting reports about an AWS Cost Explorer event",
                          mentions=[mention("AWS", start="2025-12-09", services=["AWS Cost Explorer"], regions=["mainland China"])])
    late = add_document(db, "aws-late", published="2026-03-03T10:05:00Z", title="Agents and production access",
                        mentions=[mention("AWS", services=["AWS Cost Explorer"], regions=["mainland China"])])
    elsewhere = add_document(db, "aws-other", published="2026-03-03T11:00:00Z", title="S3 errors in Ohio",
                             mentions=[mention("AWS", services=["Amazon S3"], regions=["us-east-2"])])
    rebuild_incidents(db)
    assert incident_of(db, late) == incident_of(db, vendor)
    assert incident_of(db, elsewhere) not in (None, incident_of(db, vendor))


def test_sister_product_lines_of_one_company_share_an_outage_on_the_same_day(tmp_path):
    db = new_db(tmp_path)
    azure = add_document(db, "azure-pir", kind="vendor", provider="Microsoft Azure", published="2023-02-01T18:00:00Z",
                         title="Post Incident Review: WAN connectivity, 25 January 2023",
                         mentions=[mention("Microsoft Azure", regions=["Europe"])])
    m365 = add_document(db, "m365-statement", kind="vendor", provider="Microsoft 365", published="2023-01-25T09:40:00Z",
                        title="Teams and Outlook access issues",
                        mentions=[mention("Microsoft 365", start="2023-01-25T07:05:00Z", services=["Microsoft Teams"],
                                          regions=["Europe"])])
    rebuild_incidents(db)
    assert incident_of(db, azure) == incident_of(db, m365)
    assert incident(db, incident_of(db, azure))["n_documents"] == 2


def test_sister_product_lines_weeks_apart_stay_separate_outages(tmp_path):
    db = new_db(tmp_path)
    cloud = add_document(db, "gcp-june", kind="vendor", provider="Google Cloud", published="2025-06-12T18:02:00Z",
                         title="Multiple products impacted",
                         updates=[("investigating", "2025-06-12T18:02:00Z", "Vertex AI Gemini API requests fail.")],
                         mentions=[mention("Google Cloud", start="2025-06-12T17:51:00Z", services=["Vertex AI Gemini API"])])
    cli = add_document(db, "gemini-cli", published="2025-07-24T14:00:00Z", title="Gemini CLI deletes a user's files",
                       mentions=[mention("Google", start="2025-07", services=["Gemini CLI"])])
    rebuild_incidents(db)
    assert incident_of(db, cli) not in (None, incident_of(db, cloud))


def test_undated_main_story_does_not_take_the_outage_its_article_recalls_by_date(tmp_path):
    db = new_db(tmp_path)
    vendor = add_document(db, "aws-jan", kind="vendor", provider="AWS", published="2026-01-21T18:00:00Z",
                          title="About the Cost Explorer event",
                          mentions=[mention("AWS", start="2026-01-20", services=["AWS Cost Explorer"])])
    # The extractor gave the main story the recalled outage's service; its own date it missed.
    second = add_document(db, "aws-second", published="2026-02-22T08:20:00Z", title="A second AI-linked disruption",
                          mentions=[mention("AWS", services=["AWS Cost Explorer"]),
                                    mention("AWS", start="2026-01", primary=False)])
    rebuild_incidents(db)
    assert incident_of(db, second, 1) == incident_of(db, vendor)
    assert incident_of(db, second, 0) not in (None, incident_of(db, vendor))


def test_undated_recall_joins_the_providers_recent_outage_but_never_starts_one(tmp_path):
    db = new_db(tmp_path)
    status = _heroku_status(db)
    earnings = add_document(db, "earnings", published="2025-06-16T08:00:00Z", title="Salesforce shares slip",
                            mentions=[mention("Salesforce", start="2025-06-15"), mention("Heroku", primary=False)])
    lonely = add_document(db, "lonely", published="2025-06-16T09:00:00Z", title="Cloud bills rise",
                          mentions=[mention("Fastly", start="2025-06-15"), mention("Akamai", primary=False)])
    rebuild_incidents(db)
    assert incident_of(db, earnings, 1) == incident_of(db, status)
    assert incident_of(db, lonely, 1) is None


def test_headline_dates_are_read_at_the_precision_given_and_without_a_year_before_publication():
    day = title_window("Service Control outage of 12 June 2025", None)
    month = title_window("Amazon insists December China outage was user error", "2026-02-21T07:15:00Z")
    assert (to_iso(day.lo), to_iso(day.hi)) == ("2025-06-12T00:00:00Z", "2025-06-13T00:00:00Z")
    assert (to_iso(month.lo), to_iso(month.hi)) == ("2025-12-01T00:00:00Z", "2026-01-01T00:00:00Z")
    assert title_window("Outages may spread as traffic grows", "2025-05-02") is None  # "may" is a verb here
    assert title_window("Slack's outage on January 4th 2021", None) is not None
    assert title_window("Slack's January outage", None) is None  # no year and no publication: unknowable


def test_start_that_is_only_the_publication_day_joins_last_weeks_outage_on_evidence(tmp_path):
    db = new_db(tmp_path)
    status = _heroku_status(db)
    # Published a week later; the extractor read "today" as the start. The headline names the dashboard.
    late = add_document(db, "heroku-week-later", published="2025-06-16T06:00:00Z",
                        title="Why the Heroku dashboard stayed dark", mentions=[mention("Heroku", start="2025-06-16")])
    unrelated = add_document(db, "heroku-postgres", published="2025-06-16T07:00:00Z", title="Heroku Postgres maintenance runs long",
                             mentions=[mention("Heroku", start="2025-06-16", services=["Heroku Postgres"])])
    rebuild_incidents(db)
    assert incident_of(db, late) == incident_of(db, status)
    assert incident_of(db, unrelated) not in (None, incident_of(db, status))
