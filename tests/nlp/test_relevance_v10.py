"""relevance.v10: a launch named as a noun is an event that can be disrupted, a launch that names a trouble is no
launch announcement, a supply cut with its particle after the object and the nouns of disconnection, and failures in
a present-tense condition are no events (sentences written for these tests)."""

import pytest

from .conftest import primary


def _doc(extract, title, text, kind="press"):
    return extract(text, title=title, source_kind=kind, published="2025-06-01T12:00:00Z")


@pytest.mark.parametrize("title, text, kind", [
    # the noun "launch" in a title names the event, here disrupted
    ("Valorant launch hit by login outage",
     "Riot Games said its login servers were hit by a flood of junk traffic on Friday evening as players tried to get "
     "into the new Valorant season. Many players could not sign in for hours.", "press"),
    ("Season launch: server update",
     "Many of you have been disconnected or stuck at the login screen since the new Valorant season went live this "
     "morning. Our servers are under a large denial-of-service attack and we are working to stop it.", "vendor"),
    # a launch that names a trouble is no cue of a launch announcement
    ("Why the queues were so long",
     "Riot Games blamed attackers for Friday's launch troubles. What most players met was the ordinary launch-night "
     "problem: far more people than the login servers could take. Many players could not log in until Saturday. "
     "A launch this big is rarely smooth.", "press"),
])
def test_a_launch_named_as_an_event_can_be_an_outage_report(extract, title, text, kind):
    res = _doc(extract, title, text, kind)
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Riot Games"


@pytest.mark.parametrize("title, text", [
    # the verb announces a launch; outages are spoken of in general
    ("Riot Games launches a status dashboard for its games",
     "Riot Games launched a dashboard on Tuesday that shows the state of its login and match servers, so that players "
     "can see at a glance whether an outage is under way. The company said it had wanted one for years."),
    ("Palisade to launch an outage map",
     "Palisade plans to launch a live outage map next month. It will show where customers report trouble."),
])
def test_a_launch_announced_by_its_verb_stays_a_launch(extract, title, text):
    assert _doc(extract, title, text)["is_outage"] is False


@pytest.mark.parametrize("title, text, provider", [
    # the particle after its object: "cut X off from"
    ("Holiday without servers",
     "Customers could not reach their sites all weekend. A flood of attack traffic cut OVHcloud's Roubaix data "
     "centre off from the internet for most of Saturday.", "OVHcloud"),
    # the nouns and the gerund of disconnection
    ("Players frustrated",
     "Players of Fortnite on Epic Games servers faced long queues and disconnections on Tuesday night. Epic Games said "
     "it was working on it.", "Epic Games"),
    # a system disconnected by its owner after an attack
    ("Hospital supplier breached",
     "Telstra said on Monday that an intruder had got into its health billing arm, forcing it to disconnect systems "
     "that clinics use to send claims. Clinics in three states said they could not submit claims.", "Telstra"),
])
def test_cutting_off_and_disconnecting_are_disruptions(extract, title, text, provider):
    res = _doc(extract, title, text)
    assert res["is_outage"] is True
    assert primary(res)["provider"] == provider


def test_a_disconnect_between_accounts_is_no_disruption(extract):
    text = ("There is a growing disconnect between what cloud providers promise and what their customers expect. "
            "Contracts speak of credits; customers want to know why. Hetzner's new terms do little to close that gap.")
    assert _doc(extract, "Opinion: the promise gap", text)["is_outage"] is False


@pytest.mark.parametrize("title, text", [
    # planned work whose only failures are conditional or possible
    ("Planned network work in the north",
     "Between 1am and 4am on Tuesday we will be replacing equipment at two exchanges. Calls to emergency numbers will "
     "still connect over other networks if ours is unavailable. Customers may notice short interruptions."),
    # a launch whose only failure is what the design survives
    ("A new region opens",
     "Today we are opening a new region with three zones. Applications spread across zones keep running even if a "
     "whole data centre goes offline. More services will follow next year."),
    ("Backup links in place",
     "We have added a second fibre route to the site. Should the main route go down, traffic moves to the new one "
     "within seconds. In case a router is unreachable, its neighbour takes over."),
])
def test_a_failure_in_a_present_tense_condition_is_no_event(extract, title, text):
    assert _doc(extract, title, text, kind="vendor")["is_outage"] is False


def test_a_past_outage_named_in_a_condition_is_still_reported(extract):
    text = ("Card payments at Vodafone shops failed for three hours on Tuesday after a fault in the payment system. If "
            "you were affected by Tuesday's outage, you can claim a credit. Vodafone apologised.")
    res = _doc(extract, "Payments back after outage", text)
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Vodafone"


def test_linode_is_a_provider_in_its_own_right(extract):
    text = ("Customers of cloud host Linode could not reach their servers in Atlanta for more than a day after a "
            "denial-of-service attack. Linode said it was working with its upstream providers.")
    res = _doc(extract, "Linode customers offline", text)
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Linode"
