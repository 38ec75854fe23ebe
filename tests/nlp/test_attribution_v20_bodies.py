"""attribution.v20: a judge's record ("District Judge Orme recorded that …") is a finding; "Its reading of the incident is
that …" is the view of the body named just before, one the gazetteer does not know (sentences written for these
tests)."""

from .conftest import claims_of

_LEAD = ("Quillmere, an AI drafting service for law firms, was down for three hours on 2 June after its host's storage "
         "failed.\n\n")


def _claims_after_lead(extract, text: str, attribute: str) -> list[dict]:
    res = extract(_LEAD + text, title="Quillmere outage", source_kind="press", outlet="The Ledger",
                  published="2025-07-20T20:00:00Z")
    return [c for c in claims_of(res, attribute) if c["start"] >= len(_LEAD)]


def test_a_judges_record_is_the_courts_finding(extract):
    claims = _claims_after_lead(extract, "District Judge Orme recorded that the outage arose from a hardware failure at "
                                         "the service's hosting provider.", "cause")
    assert [c["speaker_kind"] for c in claims] == ["other"]


def test_its_reading_of_the_incident_is_the_body_named_before(extract):
    claims = _claims_after_lead(extract, "This week the Legal Drafting Standards Forum, a volunteer standards body, "
                                         "published a formal comment. Its reading of the incident is that an AI agent "
                                         "deleted records it had been asked only to tidy.", "ai")
    assert [c["speaker_kind"] for c in claims] == ["other"]


def test_its_reading_after_the_provider_is_the_providers(extract):
    lead = "Amazon Web Services' us-east-1 region was down for three hours on 2 June after a storage fault.\n\n"
    text = ("Amazon Web Services published its own account this week. Its reading of the incident is that no AI agent "
            "deleted anything.")
    res = extract(lead + text, title="AWS outage", source_kind="press", outlet="The Ledger",
                  published="2025-07-20T20:00:00Z")
    assert [c["speaker_kind"] for c in claims_of(res, "ai") if c["start"] >= len(lead)] == ["vendor"]


def test_a_report_by_a_named_body_is_that_bodys(extract):
    claims = _claims_after_lead(extract, "A report by Moody's said a storage failure at the host caused the outage.", "cause")
    assert [c["speaker_kind"] for c in claims] == ["other"]


def test_her_verdict_after_a_person_named_is_that_persons(extract):
    lead = "Brimstow Hosting's shop platform was down for nine hours on Friday, and thousands of online shops disappeared.\n\n"
    text = "Dana Reyes sells candles online. Her verdict: the company's AI agent deleted her shop."
    res = extract(lead + text, title="Brimstow shops vanish", source_kind="press", outlet="The Ledger",
                  published="2025-10-22T20:00:00Z")
    assert [(c["speaker_kind"], c["speaker"]) for c in claims_of(res, "ai") if c["start"] >= len(lead)] == [("other", "Dana Reyes")]
