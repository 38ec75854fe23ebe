"""causes.v13: enabling cause vs triggering action, and classes found on dev10's misses, checked for recurrence in
other authors' sets.

Sentences are written for these tests (probe sentences and paraphrases in other words); never copied from the data
sets."""

import pytest

LEAD = "The ticketing site of Northwind Rail went down for most of Monday, stranding thousands of travellers. "


def later(extract, text, source_kind="press"):
    res = extract(LEAD + text, title="Northwind Rail ticketing outage", source_kind=source_kind)
    primary = next(inc for inc in res["incidents"] if inc["primary"])
    got = {(c["normalized"], c["polarity"], c["speaker_kind"]) for inc in res["incidents"] for c in inc["claims"]
           if c["start"] >= len(LEAD) and c["attribute"] == "cause"}
    return primary, got


# A safeguard that failed to stop the harm is an enabling condition: still a claim, but the document's cause is the
# action it let through (recurs: sample x5 documents, heldout, dev4, dev6, dev8)
@pytest.mark.parametrize("text,kind", [
    ("An engineer pushed a configuration change to the routers. A bug in the validation tool let the change through.", "vendor"),
    ("We changed the load balancer settings. A defect in our validator failed to block the bad value.", "vendor"),
    ("A configuration change was pushed to every router at once. A software flaw in the review tool allowed the change "
     "to go out unchecked.", "press"),
    ("Northwind said a configuration change took the site down. A bug in its testing system meant the error was not caught.", "press"),
    ("A configuration change caused the outage, the company said. A defect in its safety checks let it slip through.", "press"),
])
def test_failed_safeguard_gives_way_to_what_it_let_through(extract, text, kind):
    primary, got = later(extract, text, kind)
    assert primary["cause_category"] == "config_change"


@pytest.mark.parametrize("text", [
    "A defect in the safety checks let the broken file slip through.",
    "A bug in the testing system meant the mistake was never caught.",
    "A flaw in the release checker allowed the broken file to pass.",
])
def test_failed_safeguard_is_still_a_claim(extract, text):
    primary, got = later(extract, text)
    assert ("software_bug", "asserts", "press") in got


@pytest.mark.parametrize("text", [
    # traps: the defect is what went wrong, not a check that failed to stop it
    "A bug in the booking software crashed the servers.",
    "A configuration change exposed a latent bug in the booking software, which crashed the servers.",
    "The bug was not caught in testing, and it crashed the servers on Monday.",
    "A bug in the booking software allowed memory use to grow until the servers crashed.",
])
def test_defect_that_is_the_cause_stays(extract, text):
    primary, got = later(extract, text, "vendor")
    assert primary["cause_category"] == "software_bug"


def test_outlet_names_only_the_safeguard_vendor_the_change(extract):
    # the press's only cause is the failed check, the vendor's the change: the change is the document's cause
    text = ("Northwind said a routine configuration change caused the failure. "
            "The outlet's own reporting found that a defect in the company's safety checks let it slip through.")
    primary, _got = later(extract, text)
    assert primary["cause_category"] == "config_change"


def test_vendor_safeguard_beside_the_outlets_mechanism(extract):
    # the outlet names only the mechanism, so the vendor's account joins: its failed check still gives way to its
    # change (attribution.v12 makes more such sentences the vendor's)
    text = ("Within minutes, the routes to the company's servers had vanished from the internet's routing tables. "
            "Northwind said a configuration change had cut its backbone. "
            "A bug in its audit tool let the command through, the company said.")
    primary, got = later(extract, text)
    assert ("software_bug", "asserts", "vendor") in got
    assert primary["cause_category"] == "config_change"


# A route leaked or announced by another network is the routing layer's failure (network_bgp), not a third party's and
# never a water leak (recurs: dev9 x3 documents, dev10 x2)
@pytest.mark.parametrize("text", [
    "A third-party network has leaked routes for part of our address space, and traffic is being pulled through "
    "networks outside our control.",
    "Separately, another network leaked a route for our booking system's address range to its upstream providers, so "
    "traffic took a long detour.",
    "A network abroad began announcing a route for our booking address as if it belonged to them, and requests went "
    "unanswered.",
    "A small network started announcing more specific routes for a slice of the internet, including some of our "
    "addresses. In the end the leak stopped after we reached the operators of the small network.",
])
def test_route_leak_is_network_bgp(extract, text):
    primary, got = later(extract, text, "vendor")
    assert primary["cause_category"] == "network_bgp"
    assert not any(cat in ("environmental", "third_party") and pol == "asserts" for cat, pol, _k in got)


@pytest.mark.parametrize("text,cause", [
    # traps: a leak of water or coolant is the hall's trouble
    ("A water leak in the cooling system flooded the data hall.", "environmental"),
    ("A coolant leak forced us to shut down two rows of servers.", "environmental"),
    # routes told first, water later: the water leak stays
    ("Another network leaked routes for our addresses on Sunday, briefly slowing traffic. On Monday a water leak in "
     "the roof flooded the data hall.", "environmental"),
])
def test_leak_of_water_stays_environmental(extract, text, cause):
    primary, got = later(extract, text, "vendor")
    assert primary["cause_category"] == cause


# A failure as the subject of a verb of harm in the progressive ("was stopping", "is keeping") names the cause as the
# simple past does (a tense, not a phrase)
@pytest.mark.parametrize("text,cause", [
    ("Northwind said on Thursday that a DNS issue was stopping some of its customers from buying tickets.", "dns"),
    ("A DNS problem is keeping some travellers from reaching the booking page, the company said.", "dns"),
    ("A routing problem was preventing passengers from loading the app, Northwind said.", "network_bgp"),
])
def test_progressive_harm_names_the_cause(extract, text, cause):
    primary, got = later(extract, text)
    assert primary["cause_category"] == cause


@pytest.mark.parametrize("text", [
    # traps: the people are the subject (a repair or watching), not the failure
    "The team was stopping the DNS issue from spreading to other sites.",
    "Engineers are keeping an eye on a DNS issue, the company said.",
])
def test_progressive_of_people_names_no_cause(extract, text):
    primary, got = later(extract, text)
    assert ("dns", "asserts", "press") not in got


# Work to move traffic or devices onto new equipment is a change (config_change), whatever broke or filled up on the way
# (dev10 x2 documents; dev2's switch back to the old router is labelled the same at document level)
@pytest.mark.parametrize("text,kind", [
    ("The trouble began during work to move the handling of smart meters onto new network equipment.", "vendor"),
    ("Northwind said the failure was set off by work to move its ticket machines onto new equipment; when engineers "
     "reversed the change, thousands of machines tried to reconnect at once and the network became congested.", "press"),
    ("The outage started while we were migrating the booking service to a new storage cluster, and the cluster ran out "
     "of capacity.", "vendor"),
])
def test_move_onto_new_equipment_is_a_change(extract, text, kind):
    primary, got = later(extract, text, kind)
    assert primary["cause_category"] == "config_change"


@pytest.mark.parametrize("text,cause", [
    # traps: new kit that itself failed, a move made after another cause, a move only planned
    ("The new equipment failed within minutes of being switched on.", "hardware"),
    ("We moved customers to a new data centre after a fire in the old one.", "environmental"),
    ("Too many people tried to buy tickets at once, and we are moving to new servers next year.", "capacity"),
])
def test_move_not_the_cause(extract, text, cause):
    primary, got = later(extract, text, "vendor")
    assert primary["cause_category"] == cause


# The domain registry (or registrar) taking the name down is a third party's act (dev10 x3 documents; heldout's zoom
# documents label the registry's act the same)
@pytest.mark.parametrize("text,kind", [
    ("Our domain registry took our address offline this morning, and we are working with the registrar to restore it.", "vendor"),
    ("The site was unreachable for several hours on Friday after its web address was switched off at the registry level.", "press"),
    ("The registry suspended the booking domain after a string of abuse complaints, the company said.", "press"),
])
def test_registry_taking_the_domain_down_is_third_party(extract, text, kind):
    primary, got = later(extract, text, kind)
    assert primary["cause_category"] == "third_party"


@pytest.mark.parametrize("text", [
    # traps: the registry named, but not acting on the domain
    "The registry said on Monday that it had renewed thousands of domains this year.",
    "Northwind also sells domain names, and its registry business grew last year.",
    "It was not the resolvers misbehaving; they did exactly what the registry told them to.",
])
def test_registry_named_without_its_act(extract, text):
    primary, got = later(extract, text)
    assert ("third_party", "asserts", "press") not in got


# A line cut by someone outside the company (building work, a contractor's crew) is a third party's act
# (recurs: dev10 x4 documents, dev5 x3 documents)
@pytest.mark.parametrize("text,kind", [
    ("Roadworks outside the city severed the carrier's fibre-optic cables, and the site went dark.", "press"),
    ("A third-party crew digging a trench cut into our fiber on Tuesday evening.", "vendor"),
    ("Northwind blamed the outage on fibre cables damaged during railway construction work near the depot.", "press"),
    ("Workers on a building project drilled through a bundle of fibre-optic cables owned by a telecoms carrier.", "press"),
    ("The company said a contractor putting up a street sign had cut into its fiber.", "press"),
])
def test_cut_by_outsiders_is_third_party(extract, text, kind):
    primary, got = later(extract, text, kind)
    assert primary["cause_category"] == "third_party"


@pytest.mark.parametrize("text,kind,cause", [
    # traps: the cut without its doer, the company's own staff, no cut, a denied cut, a power line
    ("A fibre cut in the north of the country took down our main link.", "vendor", "network_bgp"),
    ("Our own engineers accidentally cut a fibre cable during maintenance.", "vendor", "human_error"),
    ("Construction of the new data centre was delayed, the company said.", "press", "unknown"),
    ("A construction crew cut a power cable, and the data centre lost power.", "vendor", "power"),
])
def test_cut_not_by_outsiders(extract, text, kind, cause):
    primary, got = later(extract, text, kind)
    assert primary["cause_category"] == cause


def test_denied_cut_asserts_nothing(extract):
    primary, got = later(extract, "No cables were cut by the construction crews, the company said.")
    assert not any(pol == "asserts" for _c, pol, _k in got)
