"""relevance.v22: a service named by those who use it, in a relative clause ("Dental surgeries that use Molarwick have
been unable to open patient files"), is the one whose outage a brief tells; and a lack that has lasted since a time ("has
left dozens of pumping stations without remote control since early this morning") is an outage told from the user's side
(documents written for these tests)."""

from .conftest import primary, primary_provider


def test_a_service_its_users_use_is_the_provider(extract):
    text = ("Dental surgeries across Wales that use Molarwick have been unable to open patient files since early on "
            "Monday. The company said it was rebuilding its database from a backup.")
    assert primary_provider(extract, "Dentists lose patient files", text) == "Molarwick"


def test_a_lack_since_a_time_is_an_outage(extract):
    text = ("A cable fault near Carlisle has left dozens of pumping stations in Cumbria without remote control since early "
            "this morning, monitoring firm Sluicewright said. Staff are running the pumps by hand.")
    res = extract(text, title="Pumping stations lose remote control", source_kind="press", outlet="The Ledger",
                  published="2025-02-11T12:00:00Z")
    assert res["is_outage"] and primary(res)["provider"] == "Sluicewright"


def test_a_post_empty_since_a_time_is_no_outage(extract):
    text = "Harlow Rovers have been without a permanent manager since March, the club said on Tuesday."
    res = extract(text, title="Club names new manager", source_kind="press", outlet="The Ledger",
                  published="2025-02-11T12:00:00Z")
    assert not res["is_outage"]
