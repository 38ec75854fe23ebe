"""Grouping of reports on an attack's aftermath: a later date stated as the start (stores reopening, a hearing) in a
report of an attack joins the provider's only attack of the weeks before, where nothing else disagrees; a fresh date on
any other cause, or with two attacks to choose from, does not."""

from nlp.incidents import rebuild_incidents
from tests.incidents.builders import add_document, incident_of, mention, new_db


def _attack(db, key="attack", start="2024-04-28", published="2024-04-30T09:00:00Z", cause="cyberattack",
            title="Update on our store closures", region="Western Canada"):
    return add_document(db, key, kind="vendor", provider="London Drugs", published=published, title=title,
                        mentions=[mention("London Drugs", start=start, regions=[region], cause=cause)])


def _reopening(db, cause="cyberattack"):
    # The extractor took the reopening day, nine days on, as the outage's start.
    return add_document(db, "reopening", published="2024-05-08T07:30:00Z", title="Stores reopen in the Fraser Valley",
                        mentions=[mention("London Drugs", start="2024-05-07", regions=["Western Canada"], cause=cause)])


def test_a_later_day_of_an_attack_joins_it(tmp_path):
    db = new_db(tmp_path)
    attack = _attack(db)
    report = _reopening(db)
    rebuild_incidents(db)
    assert incident_of(db, report) == incident_of(db, attack)


def test_a_fresh_date_on_another_cause_stays_a_new_outage(tmp_path):
    db = new_db(tmp_path)
    outage = _attack(db, cause="config_change")
    report = _reopening(db, cause="config_change")
    rebuild_incidents(db)
    assert incident_of(db, report) not in (None, incident_of(db, outage))


def test_two_attacks_in_the_weeks_before_leave_the_report_on_its_own(tmp_path):
    db = new_db(tmp_path)
    first = _attack(db, "first", start="2024-04-10", published="2024-04-11T09:00:00Z", title="Pharmacy database breach",
                    region="Ontario")
    second = _attack(db, "second", start="2024-04-28")
    report = _reopening(db)
    rebuild_incidents(db)
    assert incident_of(db, first) != incident_of(db, second)
    assert incident_of(db, report) not in (None, incident_of(db, first), incident_of(db, second))
