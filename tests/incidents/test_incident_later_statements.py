"""The vendor's current position (accounts v2): a press report published weeks after the vendor's last
own publication that quotes the vendor giving what none of its own publications gave (testimony,
an interview, a filing) is a newer statement; retold earlier words, shallower links of the same
chain and reports within days of the vendor's own publication are not. Worlds written for these tests."""

from nlp.incidents import rebuild_incidents
from tests.incidents.builders import add_document, claim, disagreements, incident_of, mention, new_db

FERRY = "Harbour Lines"


def _doc(db, key, kind, published, cause, claims):
    return add_document(db, key, kind=kind, provider=FERRY if kind == "vendor" else None, published=published,
                        title=f"{FERRY} bookings {key}",
                        mentions=[mention(FERRY, start="2025-06-02", cause=cause, claims=claims)])


def _world(tmp_path, later_claims, later_published="2025-08-06T10:00:00Z"):
    """Press blames the crowd; the vendor's own post blames demand; a later report quotes the vendor."""
    db = new_db(tmp_path)
    press = _doc(db, "explainer", "press", "2025-06-03T09:00:00Z", "capacity", [
        claim("cause", "Far more travellers logged on at the same moment than the site could serve", "capacity", "press")])
    _doc(db, "post", "vendor", "2025-06-04T12:00:00Z", "capacity", [
        claim("cause", "Demand reached four times our busiest day and parts of the booking system gave way", "capacity", "vendor")])
    _doc(db, "later", "press", later_published, "unknown", later_claims)
    rebuild_incidents(db)
    return disagreements(db, incident_of(db, press))


def test_testimony_weeks_later_with_a_new_cause_is_the_vendors_current_account(tmp_path):
    # Paraphrase of a development miss: an executive's testimony two months on names an attack.
    found = _world(tmp_path, [claim(
        "cause", "The operator's chief executive told MPs on Wednesday that automated scalper bots had attacked the booking platform",
        "cyberattack", "vendor")])
    assert ("cause", "drift") in found
    assert ("cause", "contradiction") in found
    assert "scalper" in found[("cause", "contradiction")]["vendor_value"]


def test_an_interview_months_later_naming_intruders_changes_the_account(tmp_path):
    found = _world(tmp_path, [claim(
        "cause", "In an interview this month the company said criminals had broken into its reservation servers",
        "cyberattack", "vendor")], later_published="2025-10-01T08:00:00Z")
    assert ("cause", "drift") in found


def test_earlier_words_retold_later_are_no_new_statement(tmp_path):
    for n, quote in enumerate(("At the time the operator blamed hackers for the crash",
                  "The operator had blamed hackers for the crash",
                  "The operator has said hackers were behind the crash")):
        folder = tmp_path / f"w{n}"
        folder.mkdir()
        found = _world(folder, [claim("cause", quote, "cyberattack", "vendor")])
        assert ("cause", "drift") not in found, quote
        assert ("cause", "contradiction") not in found, quote


def test_a_quote_within_days_of_the_vendors_own_post_is_not_newer(tmp_path):
    found = _world(tmp_path, [claim(
        "cause", "A spokesman said hackers had attacked the booking platform", "cyberattack", "vendor")],
        later_published="2025-06-06T10:00:00Z")
    assert ("cause", "drift") not in found
    assert ("cause", "contradiction") not in found


def test_a_shallower_link_quoted_later_does_not_replace_the_deeper_cause(tmp_path):
    # The vendor's own post: a flood in the plant room; weeks later its manager: "not enough power where we needed it".
    db = new_db(tmp_path)
    press = _doc(db, "report", "press", "2025-06-03T09:00:00Z", "environmental", [
        claim("cause", "Water from a burst main flooded the plant room", "environmental", "press")])
    _doc(db, "post", "vendor", "2025-06-04T12:00:00Z", "environmental", [
        claim("cause", "A flood in our plant room cut the supply to the booking servers", "environmental", "vendor")])
    _doc(db, "feature", "press", "2025-07-20T08:00:00Z", "unknown", [
        claim("cause", "We simply did not have enough power where we needed it, the manager said", "power", "vendor")])
    rebuild_incidents(db)
    found = disagreements(db, incident_of(db, press))
    assert ("cause", "contradiction") not in found
    assert ("cause", "drift") not in found
