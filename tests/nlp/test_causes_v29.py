"""causes.v29: "the delay" as the outage itself, not its slow recovery ("the delay was caused by a configuration change"),
a cause named as the subject of a copula ("the cause is a technical incident": unknown), demand told as without equal
("demand was unlike anything we have seen": capacity), and a contractor as the owner of what failed ("the contractor's
new billing system": third party) (sentences written for these tests)."""


def _causes(extract, sentence, kind="press"):
    lead = "Quillmere Data's ingest service went down on Tuesday morning and stayed down for three hours.\n\n"
    res = extract(lead + sentence, title="Ingest outage", source_kind=kind, published="2025-10-22T09:00:00Z", outlet="The Ledger")
    return [(c["normalized"], c["polarity"]) for i in res["incidents"] for c in i["claims"] if c["attribute"] == "cause"]


def test_the_delay_caused_by_a_change_is_the_change(extract):
    assert _causes(extract, "The delay was caused by a configuration change to our ingest queues.", kind="vendor") == [
        ("config_change", "asserts")]


def test_delayed_shipments_caused_by_a_bug_are_the_bug(extract):
    assert _causes(extract, "Shipments were delayed because of a software bug in the label printer.") == [("software_bug", "asserts")]


def test_a_slow_restoration_is_still_no_cause(extract):
    assert _causes(extract, "The restoration was slower because the backups had to be copied first.") == []


def test_the_cause_is_a_technical_incident_is_unknown(extract):
    assert _causes(extract, "The cause is a technical incident in the company's control centre.", kind="vendor") == [
        ("unknown", "asserts")]


def test_an_explanation_with_an_aside_before_its_copula_is_unknown(extract):
    assert _causes(extract, "Quillmere's explanation, for most of the week, was a technical incident in its storage layer.") == [
        ("unknown", "asserts")]


def test_a_cause_not_yet_known_is_no_cause(extract):
    assert _causes(extract, "The cause is not yet known.") == []


def test_demand_unlike_anything_seen_is_capacity(extract):
    assert _causes(extract, "Demand was unlike anything we had seen, and some customers waited hours for their data.",
                   kind="vendor") == [("capacity", "asserts")]


def test_the_contractors_system_is_a_third_party(extract):
    assert _causes(extract, "The cause was the contractor's new billing platform, according to two people at the agency.") == [
        ("third_party", "asserts")]
