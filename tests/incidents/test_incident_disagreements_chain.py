"""Cause disagreements read the chain an account tells (incidents v5): what the outlet itself asserts when
its document's cause is the vendor's explanation it reports, links of the vendor's own chain, and vendor
words quoted beside a cause the report already gives. Worlds written for these tests."""

from nlp.incidents import rebuild_incidents
from tests.incidents.builders import add_document, claim, disagreements, incident_of, mention, new_db

RAIL = "Network Rail"


def _press(db, key, published, cause, claims, provider=RAIL):
    return add_document(db, key, published=published, title=f"{provider} disruption {key}",
                        mentions=[mention(provider, start="2025-01-10", cause=cause, claims=claims)])


def _vendor(db, key, published, cause, claims, provider=RAIL):
    return add_document(db, key, kind="vendor", provider=provider, published=published, title=f"{provider} statement",
                        mentions=[mention(provider, start="2025-01-10", cause=cause, claims=claims)])


# ---------------------------------------------------------------- the outlet's own root


def test_outlet_asserting_its_own_cause_beside_the_vendors_explanation_contradicts_it(tmp_path):
    # The report's cause field is the operator's snow story; the outlet itself blames the rostering program.
    db = new_db(tmp_path)
    _vendor(db, "statement", "2025-01-11T09:00:00Z", "environmental", [
        claim("cause", "Heavy snow across the north closed lines and stranded trains", "environmental", "vendor")])
    press = _press(db, "weekly", "2025-01-20T09:00:00Z", "environmental", [
        claim("cause", "The operator first pointed to the snow", "environmental", "vendor"),
        claim("cause", "its rostering program kept crashing whenever the plan was rebuilt", "software_bug", "press"),
        claim("cause", "a defect in the rostering program wiped the crew plan", "software_bug", "press")])
    rebuild_incidents(db)
    found = disagreements(db, incident_of(db, press))
    assert ("cause", "contradiction") in found
    assert "rostering" in found[("cause", "contradiction")]["press_value"]


def test_a_link_the_vendor_itself_gives_is_no_other_root(tmp_path):
    # The press retells a step of the vendor's own chain ("the provisioning service was swamped").
    db = new_db(tmp_path)
    _vendor(db, "review", "2025-01-20T09:00:00Z", "third_party", [
        claim("cause", "Our hosting partner's gateways did not grow fast enough", "third_party", "vendor"),
        claim("cause", "That swamped our own provisioning service", "capacity", "vendor")])
    press = _press(db, "digest", "2025-01-21T09:00:00Z", "third_party", [
        claim("cause", "the provisioning layer buckled under the load", "capacity", "press")])
    rebuild_incidents(db)
    assert ("cause", "contradiction") not in disagreements(db, incident_of(db, press))


def test_a_shallower_link_under_the_documents_cause_is_no_contradiction(tmp_path):
    # The report presents an attack; the outlet adds that the junk traffic used up the front end.
    db = new_db(tmp_path)
    _vendor(db, "status", "2025-01-10T23:00:00Z", "cyberattack", [
        claim("cause", "abnormal traffic that looks like a denial-of-service attack", "cyberattack", "vendor")])
    press = _press(db, "explainer", "2025-01-12T09:00:00Z", "cyberattack", [
        claim("cause", "the flood used up the front-end servers' capacity", "capacity", "press")])
    rebuild_incidents(db)
    assert ("cause", "contradiction") not in disagreements(db, incident_of(db, press))


# ---------------------------------------------------------------- drift


def _quoted_then_own(tmp_path, report_claims):
    db = new_db(tmp_path)
    press = _press(db, "courier", "2025-01-13T20:00:00Z", "third_party", report_claims)
    _vendor(db, "letter", "2025-01-15T09:00:00Z", "third_party", [
        claim("cause", "a supplier's defective patch froze our signalling servers", "third_party", "vendor"),
        claim("cause", "this began with a supplier's bad patch, not with us", "third_party", "vendor"),
        claim("cause", "the crew planner could not handle the number of changes", "capacity", "vendor")])
    rebuild_incidents(db)
    return disagreements(db, incident_of(db, press))


def test_vendor_words_on_a_later_stage_beside_the_reports_own_root_are_no_first_account(tmp_path):
    # The report already says a supplier's patch started it; the operator's quoted words explain the backlog.
    found = _quoted_then_own(tmp_path, [
        claim("cause", "trains stood still for a third day since a supplier's faulty patch froze its servers", "third_party", "press"),
        claim("cause", "the operator said its crew planner had been unable to handle the flood of changes", "capacity", "vendor")])
    assert ("cause", "drift") not in found


def test_a_quoted_first_account_the_report_does_not_contradict_still_drifts(tmp_path):
    # Nothing in the report names the supplier: the operator's first word was the crew planner alone.
    found = _quoted_then_own(tmp_path, [
        claim("cause", "the operator said its crew planner had been unable to handle the flood of changes", "capacity", "vendor")])
    assert ("cause", "drift") in found


# ---------------------------------------------------------------- omission


def test_a_cause_named_without_a_category_addresses_the_cause(tmp_path):
    # The vendor said only "an operational issue": the press's talk of hackers is no omission.
    db = new_db(tmp_path)
    press = _press(db, "explainer", "2025-01-12T09:00:00Z", "cyberattack", [
        claim("cause", "the operator has said only that it was an operational issue", "unknown", "vendor"),
        claim("cause", "a hacking crew was behind the blackout", "cyberattack", "press")])
    rebuild_incidents(db)
    assert ("cause", "omission") not in disagreements(db, incident_of(db, press))


def test_silence_on_the_cause_is_still_an_omission(tmp_path):
    db = new_db(tmp_path)
    press = _press(db, "explainer", "2025-01-12T09:00:00Z", "cyberattack", [
        claim("cause", "a hacking crew was behind the blackout", "cyberattack", "press")])
    rebuild_incidents(db)
    assert ("cause", "omission") in disagreements(db, incident_of(db, press))


# ---------------------------------------------------------------- rumours the report debunks


def _rumour(tmp_path, press_claims, vendor_says=True):
    db = new_db(tmp_path)
    if vendor_says:
        _vendor(db, "statement", "2025-01-11T09:00:00Z", "third_party", [
            claim("cause", "A leased fibre link from another carrier failed and overloaded our core", "third_party", "vendor")])
    press = _press(db, "feature", "2025-01-12T09:00:00Z", "third_party", press_claims)
    rebuild_incidents(db)
    return disagreements(db, incident_of(db, press))


def test_a_rumour_the_report_says_outsiders_rejected_is_no_press_cause(tmp_path):
    # Paraphrase of a development false alarm: the story tells of a rumoured attack and who dismissed it.
    found = _rumour(tmp_path, [
        claim("cause", "By evening, talk that hackers had silenced the nation's phones was everywhere online", "cyberattack", "press"),
        claim("cause", "Security researchers said they had found no trace of any attack", "cyberattack", "other", polarity="denies")])
    assert ("cause", "contradiction") not in found


def test_a_theory_rejected_by_officials_is_no_omission_either(tmp_path):
    found = _rumour(tmp_path, [
        claim("cause", "Social media filled with theories of a coordinated intrusion", "cyberattack", "press"),
        claim("cause", "Federal officials said nothing pointed to one", "cyberattack", "other", polarity="denies")],
        vendor_says=False)
    assert ("cause", "omission") not in found


def test_a_cause_the_outlet_asserts_more_often_than_outsiders_deny_it_stands(tmp_path):
    found = _rumour(tmp_path, [
        claim("cause", "Intruders broke into the carrier's signalling servers", "cyberattack", "press"),
        claim("cause", "the attackers wiped the routing tables before they left", "cyberattack", "press"),
        claim("cause", "One analyst said it did not look like an attack", "cyberattack", "other", polarity="denies")])
    assert ("cause", "contradiction") in found


# ---------------------------------------------------------------- a report retelling the vendor's own words


def _retold(tmp_path, quoted):
    db = new_db(tmp_path)
    press = _press(db, "wire", "2025-01-10T08:00:00Z", "unknown", [claim("cause", quoted[0], quoted[1], "vendor")],
                   provider="Paygate")
    _vendor(db, "notice", "2025-01-10T09:30:00Z", "config_change", [
        claim("cause", "A limit on the entries in a lookup table of our payments gateway was accidentally exceeded",
              "config_change", "vendor")], provider="Paygate")
    rebuild_incidents(db)
    return disagreements(db, incident_of(db, press))


def test_a_report_retelling_the_vendors_words_is_no_earlier_account(tmp_path):
    # Paraphrase of a development false alarm: the wire retells the notice's words, read as another category.
    found = _retold(tmp_path, ("The processor said an entry limit in one of its gateway's lookup tables was exceeded in error",
                               "network_bgp"))
    assert ("cause", "drift") not in found


def test_other_words_quoted_before_the_vendors_notice_still_show_a_change(tmp_path):
    found = _retold(tmp_path, ("The processor said a surge of shoppers had swamped its checkout servers", "capacity"))
    assert ("cause", "drift") in found


# ---------------------------------------------------------------- a vendor known only second-hand


def _second_hand(tmp_path, later_vendor):
    db = new_db(tmp_path)
    lab = "Lindqvist Lab"
    first = _press(db, "brief", "2025-01-11T09:00:00Z", "ai_agent", [
        claim("cause", "the assistant she built chose to update the operating system and then changed the startup settings", "ai_agent", "vendor"),
        claim("cause", "She called herself careless for leaving it unattended", "human_error", "vendor")], provider=lab)
    _press(db, "column", "2025-01-20T09:00:00Z", "ai_agent", [
        claim("cause", "The assistant decided the machine was out of date and rewrote its startup file", "ai_agent", "press"),
        later_vendor], provider=lab)
    rebuild_incidents(db)
    return disagreements(db, incident_of(db, first))


def test_later_reports_retelling_one_second_hand_account_read_it_whole(tmp_path):
    # Paraphrase of a development false alarm: the column quotes only her self-blame; the brief gave both links.
    found = _second_hand(tmp_path, claim("cause", "I left a program with administrator rights running while I made coffee",
                                         "human_error", "vendor"))
    assert ("cause", "contradiction") not in found


def test_a_cause_first_reported_later_is_the_second_hand_account_now(tmp_path):
    found = _second_hand(tmp_path, claim("cause", "she now says a power cut had wiped the disk", "power", "vendor"))
    assert ("cause", "contradiction") in found


# ---------------------------------------------------------------- a partial denial beside the cause the outlet states


def test_a_partial_denial_in_a_report_that_states_the_cause_is_no_retraction(tmp_path):
    # Paraphrase of a development false alarm: the attack is the story; "no passenger data taken" narrows it.
    db = new_db(tmp_path)
    line = "Fjord Ferries"
    vendor = _vendor(db, "notice", "2025-01-10T07:00:00Z", "cyberattack", [
        claim("cause", "Since 6:10 this morning a flood of traffic aimed at our network has disrupted check-in", "cyberattack", "vendor")],
        provider=line)
    _press(db, "wire", "2025-01-10T08:00:00Z", "cyberattack", [
        claim("cause", "The operator said an attack on its network had stopped ticket sales", "cyberattack", "vendor")], provider=line)
    _press(db, "report", "2025-01-11T09:00:00Z", "cyberattack", [
        claim("cause", "The ferry line was thrown off course on Friday by a deluge of junk traffic", "cyberattack", "press"),
        claim("cause", "the company said it had seen no sign that passenger details were taken", "cyberattack", "vendor",
              polarity="denies")], provider=line)
    rebuild_incidents(db)
    assert ("cause", "drift") not in disagreements(db, incident_of(db, vendor))
