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


@pytest.mark.parametrize("text", [
    "Flights at Alaska Airlines were held for two hours on Tuesday. Its chief operating officer blamed a failed "
    "network router. Passengers waited at gates along the West Coast.",
    "Departures from Heathrow Airport were suspended for most of the morning after a check-in system failed. "
    "Travellers queued outside the terminals.",
])
def test_trips_held_with_a_place_or_carrier_between_are_disruptions(extract, text):
    assert _doc(extract, "Planes stuck on the ground", text)["is_outage"] is True


def test_trips_held_by_a_strike_stay_no_outage(extract):
    text = ("Flights at Heathrow Airport were cancelled on Monday as baggage handlers walked out over pay. The union "
            "said more strikes would follow.")
    assert _doc(extract, "Strike hits flights", text)["is_outage"] is False


@pytest.mark.parametrize("title, text, provider", [
    # a thing that would not do its work, or refused to
    ("No cash on payday", "Cash machines at Barclays would not dispense notes for most of Friday morning. The bank "
     "blamed a fault in a data centre.", "Barclays"),
    ("App dead on arrival", "The Monzo app simply would not open for many customers on Sunday evening. Monzo said it "
     "had fixed the problem before midnight.", "Monzo"),
    ("Merge day", "Pull requests on GitHub kept refusing to load on Tuesday morning, and pushes were timing out for "
     "about an hour.", "GitHub"),
    # cards no longer taken
    ("Card trouble", "Tesco tills stopped taking card payments on Friday evening, and shoppers left full trolleys at "
     "the doors. Tesco apologised.", "Tesco"),
    # server errors by their codes
    ("A wall of errors", "Sites hosted on Netlify showed visitors 503 pages for roughly forty minutes on Monday. "
     "Netlify traced it to a bad deploy.", "Netlify"),
    # fell off the internet
    ("Gone", "Reddit fell off the internet for a good part of Wednesday afternoon. Users saw only a spinning logo.",
     "Reddit"),
])
def test_less_common_words_of_failure_make_an_outage_report(extract, title, text, provider):
    res = _doc(extract, title, text)
    assert res["is_outage"] is True
    assert primary(res)["provider"] == provider


def test_a_vendor_notice_whose_customers_could_not_create_resources_is_an_outage(extract):
    text = ("Between 09:12 and 10:47 UTC some customers could not create new instances in eu-central-1. The issue "
            "has been resolved.")
    assert _doc(extract, "Instance creation errors", text, kind="vendor")["is_outage"] is True


@pytest.mark.parametrize("title, text", [
    # refusals by people, not by systems
    ("Fees row", "Lloyds Bank would not say how many customers had complained about its new fees. It would not "
     "comment further."),
    # idioms of people under pressure
    ("Final", "The favourite choked under pressure in the final set, and the crowd fell silent. Her coach said she "
     "would be back next year."),
    # people who could not resist an offer
    ("Easter rush", "Shoppers at Tesco could not resist the half-price chocolate this weekend, and several stores sold "
     "out by Saturday."),
])
def test_refusals_and_idioms_are_no_failures(extract, title, text):
    assert _doc(extract, title, text)["is_outage"] is False


@pytest.mark.parametrize("title, text, provider", [
    # people who could not take payments
    ("Sellers stuck", "Square sellers could not take card payments for most of Thursday afternoon, and many could not "
     "log in to their dashboards either. Square blamed a change to an internal system.", "Square"),
    # locked out, with the people between
    ("Weekend switch-over", "TSB's new platform had locked hundreds of thousands of customers out of their accounts by "
     "Monday morning. Branch staff were writing balances on paper.", "TSB"),
    # blinked out
    ("Short and sharp", "Much of the web blinked out for under an hour on Tuesday after a customer's setting tripped a "
     "bug at Fastly, which said service was back by noon.", "Fastly"),
])
def test_locked_out_blinked_out_and_payments_not_taken_are_failures(extract, title, text, provider):
    res = _doc(extract, title, text)
    assert res["is_outage"] is True
    assert primary(res)["provider"] == provider


@pytest.mark.parametrize("title, text, kind", [
    # rivals' outages, not the named company's
    ("Quarter", "Cloudflare's revenue rose 28 percent in the quarter, and the company said customers were moving "
     "traffic to its network after rivals' outages. Shares rose in late trading.", "press"),
    ("Market share", "Fastly won several large accounts this year, helped by competitors' failures, its chief "
     "executive said. The company expects growth to continue.", "press"),
    # a state to come, announced
    ("Scheduled maintenance", "On Sunday from 02:00 to 04:00 UTC the billing portal will be unavailable while we "
     "upgrade its database. No other services are affected.", "vendor"),
    ("Upgrade notice", "Online banking will be temporarily offline overnight on Saturday while we move to new "
     "servers. Card payments will not be affected.", "vendor"),
])
def test_others_outages_and_announced_future_downtime_are_no_report(extract, title, text, kind):
    assert _doc(extract, title, text, kind)["is_outage"] is False


def test_a_service_still_down_that_will_stay_down_is_reported(extract):
    text = ("The Barclays app has been down since 6am and customers cannot log in. The bank said the app will be "
            "unavailable for several more hours while engineers replace a failed server.")
    assert _doc(extract, "App down", text)["is_outage"] is True


@pytest.mark.parametrize("text", [
    "Slack was down for four hours on Monday. Some developers on a forum wondered whether an AI coding tool had "
    "pushed the bad change. Slack said a human operator made the change and that no AI tools were involved.",
    "GitLab was unavailable for most of Tuesday morning. Users on a forum asked whether a deploy was behind it. "
    "GitLab said a person had changed a setting by mistake.",
])
def test_a_brief_that_opens_on_a_named_service_being_down_is_an_outage_report(extract, text):
    assert _doc(extract, "A note on Monday", text)["is_outage"] is True


@pytest.mark.parametrize("title, text", [
    ("Markets", "Shares in Slack were down 5 percent on Monday after the results. Analysts expect a better quarter."),
    ("Old app", "Slack's old desktop app is going offline for good in March, when everyone moves to the new one. Users "
     "were told by email."),
    ("Hiring", "Slack's hiring is down from last year, its chief executive said. The company plans to add staff."),
])
def test_figures_down_and_services_retired_are_no_outage(extract, title, text):
    assert _doc(extract, title, text)["is_outage"] is False


@pytest.mark.parametrize("text, provider", [
    ("Replit's AI agent deleted a customer's production database during a code freeze, the customer said. Replit's "
     "chief executive apologised.", "Replit"),
    ("A clean-up script at GitLab wiped the main production database on Tuesday night. Engineers spent hours on "
     "a restore.", "GitLab"),
])
def test_a_brief_that_opens_on_a_store_of_data_destroyed_is_an_outage_report(extract, text, provider):
    res = _doc(extract, "A note on Tuesday", text)
    assert res["is_outage"] is True
    assert primary(res)["provider"] == provider


@pytest.mark.parametrize("text", [
    "Twitter deleted a post by the minister after complaints. The company said the post broke its rules.",
    "Google says it deleted location data of users who visited clinics, as it promised last year. Privacy groups "
    "want proof.",
])
def test_deleting_a_post_or_data_on_purpose_is_no_outage(extract, text):
    assert _doc(extract, "A note on Tuesday", text)["is_outage"] is False


def test_use_that_came_back_implies_an_outage(extract):
    text = ("After six hours, Lloyds, Halifax and Bank of Scotland customers could use their apps again on Friday. The "
            "banking group said a software change had caused the problem.")
    assert _doc(extract, "Banking app back", text)["is_outage"] is True


@pytest.mark.parametrize("text", [
    "Coldplay fans can see the band again next summer, its promoter said on Friday. Tickets go on sale in March.",
    "Shoppers can buy the PlayStation 5 again at Tesco from Monday, the retailer said. Stock ran out in December.",
])
def test_things_on_offer_again_are_no_recovery(extract, text):
    assert _doc(extract, "This week", text)["is_outage"] is False
