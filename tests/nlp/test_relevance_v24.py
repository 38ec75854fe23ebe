"""relevance.v24: a name's possessive ties it to the things described after it even when an acronym and a coordination
stand between ("Pelborne Telecom's TV and broadband services have been down since Thursday") (documents written for
these tests)."""


def test_a_possessive_before_an_acronym_and_a_coordination_ties_the_name(extract):
    res = extract("Pelborne Telecom's TV and broadband services have been down since Thursday, and customers still cannot "
                  "reach its call centres.", title="Pelborne Telecom outage enters third day", source_kind="press",
                  outlet="Cast Remote", published="2025-02-11T12:00:00Z")
    assert res["is_outage"] and res["incidents"][0]["provider"] == "Pelborne Telecom"
