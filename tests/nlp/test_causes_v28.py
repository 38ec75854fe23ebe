"""causes.v28: load told as a crowd ("so many viewers tried to watch … that the service failed", "the volume of users"),
a system update or an update that went wrong as a deployment, and a duty broken ("breached its licence") as no intrusion
(sentences written for these tests)."""

from .conftest import asserted_causes_after_bank_lead


def _causes(extract, text, title="Streaming outage", kind="press"):
    res = extract(text, title=title, source_kind=kind, published="2025-08-10T09:00:00Z", outlet="The Ledger")
    return [(c["normalized"], c["polarity"]) for i in res["incidents"] for c in i["claims"] if c["attribute"] == "cause"]


_LEAD = "Tollerby TV's streaming app went down on Sunday night and stayed down for ninety minutes.\n\n"


def test_so_many_people_trying_at_once_is_load(extract):
    text = _LEAD + "So many fans tried to stream the final at kick-off that the app stopped answering."
    assert _causes(extract, text) == [("capacity", "asserts")]


def test_the_volume_of_users_is_load(extract):
    text = _LEAD + "Tollerby TV blamed the volume of viewers at the start of the match."
    assert _causes(extract, text) == [("capacity", "asserts")]


def test_the_number_of_users_affected_is_no_load(extract):
    text = _LEAD + "The company did not give the number of users affected."
    assert _causes(extract, text) == []


def test_a_system_update_that_knocked_things_offline_is_a_deployment(extract):
    assert asserted_causes_after_bank_lead(extract, "A system update took the card terminals offline.") == {
        ("deployment", "press")}


def test_an_update_that_went_wrong_is_a_deployment(extract):
    assert asserted_causes_after_bank_lead(extract, "The bank said an update that went wrong was to blame.") == {
        ("deployment", "vendor")}


def test_a_breached_licence_is_no_cyberattack(extract):
    text = ("Tollerby TV broke its broadcasting licence after the flood at its transmission centre knocked its channels "
            "off air, the regulator found. The company breached its licence by not telling viewers for a week.")
    assert ("cyberattack", "asserts") not in _causes(extract, text, title="Regulator rules on Tollerby TV")


def test_a_breached_network_is_still_an_intrusion(extract):
    text = _LEAD + "Criminals breached the company's network, Tollerby TV said."
    assert _causes(extract, text) == [("cyberattack", "asserts")]
