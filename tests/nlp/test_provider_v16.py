"""provider.v16: "its" refers back to the nearer name — a body that rules on another's outage ("The panel upheld
complaints about Hollin Broadband's outage and found that its billing system …") is not the one whose system failed
(sentences written for these tests)."""

from .conftest import primary_provider


def test_its_after_a_nearer_possessive_name_is_that_names(extract):
    title = "Panel upholds complaints over broadband billing failure"
    text = ("The Glasmere Consumer Panel has upheld 20 complaints about Hollin Broadband's March outage and found that "
            "its billing system was down for two days. Hollin Broadband said it was studying the decision. "
            "Customers will receive £30 each.")
    assert primary_provider(extract, title, text) == "Hollin Broadband"


def test_its_with_no_name_between_stays_the_subjects(extract):
    title = "Billing failure at broadband firm"
    text = ("Hollin Broadband said on Tuesday that its billing system was down for two days in March. "
            "Customers will receive £30 each.")
    assert primary_provider(extract, title, text) == "Hollin Broadband"


def test_the_provider_introduced_as_running_the_service_is_its_provider(extract):
    # A game made by one company and run in the West by another: the text says whose servers queued players.
    title = "Lost Ark's western launch: hours-long queues"
    text = ("Lost Ark's western launch on Friday drew more players than its servers could take: many could not log in for "
            "hours, and queues on the busiest servers ran past twenty thousand places. Amazon Games, which publishes the game in the West for its developer, "
            "Smilegate, said it was adding servers. Queues had shortened by Monday.")
    assert primary_provider(extract, title, text) == "Amazon Games"
