"""relevance.v20: a name right before the sites people could not use ("could not pay at Harlowby Fuel sites") is tied
to the outage as before its stations or stores (sentences written for these tests)."""

from tests.nlp.conftest import primary


def _read(extract, title, text):
    res = extract(text, title=title, source_kind="press", published="2025-08-10T09:00:00Z")
    return res["is_outage"], primary(res)["provider"] if res["incidents"] else None


def test_a_name_before_its_sites_is_tied(extract):
    text = "Drivers could not pay at Harlowby Fuel sites in Kent on Sunday morning after a card-reader fault."
    assert _read(extract, "Harlowby payment fault", text) == (True, "Harlowby Fuel")


def test_a_names_thing_that_gave_way_ties_the_name(extract):
    text = "Fans could not renew season tickets on Monday morning when Harnwick Tickets' booking queue gave way under demand."
    res = extract(text, title="Renewals stall", source_kind="press", published="2025-06-02T12:00:00Z")
    assert res["is_outage"] and primary(res)["provider"] == "Harnwick Tickets"
    assert [c["normalized"] for c in primary(res)["claims"] if c["attribute"] == "cause"] == ["capacity"]


def test_english_words_opening_the_sentence_once_are_no_name(extract):
    text = ("Card payments failed at Harlowby Fuel stations on Friday.\n\n"
            "Network Engineers said their portal was back online on Friday evening.")
    assert _read(extract, "Payments fail", text)[1] != "Network Engineers"


def test_a_fault_that_stopped_devices_from_starting_is_an_outage(extract):
    text = "Vodafone said a fix had reached the expired certificate that stopped its routers from booting on Wednesday."
    assert _read(extract, "Vodafone patches router fault", text) == (True, "Vodafone")


def test_a_fire_kept_from_starting_is_no_outage(extract):
    text = "Vodafone said new sprinklers in its depots would keep a fire from starting in the stores on Wednesday."
    assert _read(extract, "Vodafone depots get sprinklers", text)[0] is False
