"""Grouping of reports that name a later day of an outage still going on, and of undated reports and recalls weeks later."""

from nlp.incidents import rebuild_incidents
from tests.incidents.builders import add_document, incident_of, mention, new_db


def _fire(db, *, update: bool):
    first = add_document(db, "fire", kind="vendor", provider="OVHcloud", published="2021-03-10T09:30:00Z",
                         title="Incident at our Strasbourg site",
                         mentions=[mention("OVHcloud", start="2021-03-10", services=["SBG2"], regions=["Strasbourg"],
                                           cause="environmental")])
    if update:  # a week on, the vendor still reports on the same outage
        add_document(db, "restart", kind="vendor", provider="OVHcloud", published="2021-03-17T18:00:00Z",
                     title="Strasbourg: updated restart plan",
                     mentions=[mention("OVHcloud", start="2021-03-10", services=["SBG2"], regions=["Strasbourg"],
                                       cause="environmental")])
    return first


def _restart_slips(db):
    # The extractor took the restart day the report discusses as the outage's start.
    return add_document(db, "slips", published="2021-03-19T07:30:00Z",
                        title="OVHcloud pushes back restart as customers count the cost",
                        mentions=[mention("OVHcloud", start="2021-03-17", regions=["Strasbourg"], cause="environmental")])


def test_a_later_day_of_an_outage_the_vendor_still_reports_joins_it_on_evidence(tmp_path):
    db = new_db(tmp_path)
    first = _fire(db, update=True)
    report = _restart_slips(db)
    rebuild_incidents(db)
    assert incident_of(db, report) == incident_of(db, first)


def test_a_fresh_date_after_the_vendor_stopped_reporting_is_a_new_outage(tmp_path):
    db = new_db(tmp_path)
    first = _fire(db, update=False)
    report = _restart_slips(db)
    rebuild_incidents(db)
    assert incident_of(db, report) not in (None, incident_of(db, first))


def _fastly(db, key: str, start: str, published: str, title: str):
    return add_document(db, key, kind="vendor", provider="Fastly", published=published, title=title,
                        mentions=[mention("Fastly", start=start)])


def test_undated_recall_weeks_later_joins_the_providers_only_outage_of_those_weeks(tmp_path):
    db = new_db(tmp_path)
    june = _fastly(db, "june", "2021-06-08T09:47:00Z", "2021-06-08T22:10:00Z", "Summary of June 8 outage")
    # Six weeks on, a report about another provider mentions "Fastly's outage" without a date.
    akamai = add_document(db, "akamai", published="2021-07-22T18:05:00Z", title="Akamai DNS glitch knocks sites offline",
                          mentions=[mention("Akamai", start="2021-07-22"), mention("Fastly", primary=False)])
    rebuild_incidents(db)
    assert incident_of(db, akamai, 1) == incident_of(db, june)


def test_undated_recall_weeks_later_stays_unplaced_when_the_provider_had_two_outages(tmp_path):
    db = new_db(tmp_path)
    _fastly(db, "june", "2021-06-08T09:47:00Z", "2021-06-08T22:10:00Z", "Summary of June 8 outage")
    _fastly(db, "july", "2021-07-01T14:00:00Z", "2021-07-01T20:00:00Z", "Summary of July 1 outage")
    akamai = add_document(db, "akamai", published="2021-07-22T18:05:00Z", title="Akamai DNS glitch knocks sites offline",
                          mentions=[mention("Akamai", start="2021-07-22"), mention("Fastly", primary=False)])
    rebuild_incidents(db)
    assert incident_of(db, akamai, 1) is None


def _store_outage(db, key, start, published, service="Steam Store", title="Store pages showed other accounts"):
    return add_document(db, key, kind="vendor", provider="Valve", published=published, title=title,
                        mentions=[mention("Valve", start=start, services=[service])])


def _undated_column(db):
    # Ten days on, a column with no date and nothing shared with the vendor's words but the provider.
    return add_document(db, "column", published="2016-01-04T07:00:00Z", title="What the holiday glitch says about caches",
                        mentions=[mention("Valve")])


def test_an_undated_piece_weeks_later_joins_the_providers_only_outage_of_those_weeks(tmp_path):
    db = new_db(tmp_path)
    outage = _store_outage(db, "xmas", "2015-12-25T19:50:00Z", "2015-12-29T20:00:00Z")
    column = _undated_column(db)
    rebuild_incidents(db)
    assert incident_of(db, column) == incident_of(db, outage)


def test_an_undated_piece_cannot_choose_between_two_outages_or_a_month(tmp_path):
    two = new_db(tmp_path, "two.db")
    _store_outage(two, "xmas", "2015-12-25T19:50:00Z", "2015-12-29T20:00:00Z")
    _store_outage(two, "nov", "2015-11-20T10:00:00Z", "2015-11-20T18:00:00Z", service="Community Market",
                  title="Market listings failing")
    column = _undated_column(two)
    rebuild_incidents(two)
    assert incident_of(two, column) not in _incidents_of_others(two, column)

    vague = new_db(tmp_path, "vague.db")
    _store_outage(vague, "month", "2015-11", "2015-11-29T20:00:00Z")  # only the month is known
    column = _undated_column(vague)
    rebuild_incidents(vague)
    assert incident_of(vague, column) not in _incidents_of_others(vague, column)


def _incidents_of_others(db, document_id):
    return {incident_of(db, r["id"]) for r in db.query("SELECT id FROM documents WHERE id != ?", [document_id])}
