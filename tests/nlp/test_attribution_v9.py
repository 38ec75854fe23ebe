"""attribution.v9: a monitoring firm described after its name ("Tracepath, a monitoring firm, recorded …") is the
source of its clause (C4); a provider that "lists the incident as resolved" speaks for itself (C14); and a
possessive name before the thing it runs ties the outage with no word between ("Zapnet's broadband went down")
(sentences written for these tests)."""

from .conftest import primary


def _claims(extract, text):
    res = extract(text, title="Broadband outage", source_kind="press")
    assert res["is_outage"] is True
    return primary(res)["claims"]


def test_a_monitoring_firm_described_after_its_name_is_the_source_of_its_figures(extract):
    claims = _claims(extract, "Velmora's broadband went down across the south on Monday. Pathwise, a monitoring "
                              "company, measured failed connections to thousands of homes for about four hours.")
    duration = [c for c in claims if c["attribute"] == "duration"]
    assert duration and {c["speaker_kind"] for c in duration} == {"other"}


def test_a_provider_that_lists_the_incident_as_resolved_speaks_for_itself(extract):
    claims = _claims(extract, "Velmora's broadband went down across the south on Monday morning. Velmora now "
                              "lists the outage as resolved.")
    ends = [c for c in claims if c["attribute"] == "end"]
    assert ends and {c["speaker_kind"] for c in ends} == {"vendor"}



def test_a_possessive_name_right_before_what_it_runs_ties_the_outage(extract):
    res = extract("Velmora's broadband went down across the south on Monday. Engineers restored it by the evening, "
                  "the company said.", title="Broadband outage", source_kind="press")
    assert primary(res)["provider"] == "Velmora"


def test_staff_at_the_provider_speak_for_it_and_staff_elsewhere_do_not(extract):
    res = extract("Velmora's broadband went down across the south on Monday. Technicians at Velmora have traced the "
                  "fault to a failed router card. Engineers at Kestrelnet, a rival, said a faulty router card "
                  "rarely takes a whole network down.", title="Broadband outage", source_kind="press")
    causes = {c["quote"][:14]: c["speaker_kind"] for c in primary(res)["claims"] if c["attribute"] == "cause"}
    assert causes["Technicians at"] == "vendor"
    assert causes["Engineers at K"] == "other"
