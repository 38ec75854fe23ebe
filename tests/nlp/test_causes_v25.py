"""causes.v25: "down for a week after a ransomware attack" gives the outage's length, then what set it off;
"a week after a cyberattack on a rival" still only dates another event (sentences written for these tests)."""

from tests.nlp.conftest import primary


def _cause(extract, title, text):
    res = extract(text, title=title, source_kind="press", published="2025-06-06T15:00:00Z")
    return primary(res)["cause_category"] if res["incidents"] else None


def test_an_outage_length_then_the_attack_that_set_it_off(extract):
    text = "Brackenmoor Council's website was down for a week after a ransomware attack, and payments were taken by phone."
    assert _cause(extract, "Council website down for a week", text) == "cyberattack"


def test_an_interval_after_another_event_is_still_no_cause(extract):
    text = ("Brackenmoor Council's website went down on Monday, a week after a ransomware attack on a neighbouring "
            "council. The council said a server had failed.")
    assert _cause(extract, "Council website down", text) == "hardware"


def _vendor_causes(extract, sentence):
    text = f"Our website and booking systems were down on Tuesday.\n\n{sentence}"
    res = extract(text, title="Service disruption", source_kind="vendor", provider="Brackenfold Hosting",
                  published="2025-06-06T15:00:00Z")
    return [c["normalized"] for i in res["incidents"] for c in i["claims"] if c["attribute"] == "cause"]


def test_third_party_experts_hired_to_investigate_are_no_cause(extract):
    assert _vendor_causes(extract, "We have engaged third-party forensic specialists to help us investigate.") == []


def test_a_supplier_speaking_is_no_supplier_failing(extract):
    assert _vendor_causes(extract, "Here the vendor says so in the first paragraph of its note.") == []


def test_what_could_have_been_done_is_no_cause(extract):
    assert _vendor_causes(extract, "We could have shipped the update on time and hoped for the best.") == []


def test_a_suppliers_failure_is_still_a_third_party(extract):
    assert _vendor_causes(extract, "A failure at our payments supplier took the booking pages down.") == ["third_party"]


def _press_causes(extract, sentence):
    text = f"Customers of Harbury Bank could not pay by card on Tuesday.\n\n{sentence}"
    res = extract(text, title="Bank card outage", source_kind="press", published="2025-06-06T15:00:00Z")
    return [(c["speaker_kind"], c["normalized"]) for i in res["incidents"] for c in i["claims"] if c["attribute"] == "cause"]


def test_an_incident_the_vendor_named_vaguely_is_an_unknown_cause(extract):
    assert _press_causes(extract, "The bank has called it an IT incident and apologised.") == [("vendor", "unknown")]


def test_a_vague_cause_offered_only_is_the_vendors_unknown(extract):
    assert _press_causes(extract, "The bank has offered only that it was a complex technical issue.") == [("vendor", "unknown")]


def test_a_kind_defined_or_judged_in_the_present_is_no_claim(extract):
    for sentence in ("A denial-of-service attack used to be a nuisance, like a crowd blocking a shop door.",
                     "A scheduler that drops a column is a software bug.",
                     "Lightning strikes are routine, and line protection clears them in under a second.",
                     "Extortion by denial of service is an old trick."):
        assert _press_causes(extract, sentence) == [], sentence


def test_this_outages_cause_in_the_present_stays_a_claim(extract):
    assert _press_causes(extract, "A bad update is the cause, the bank said.") == [("vendor", "deployment")]
