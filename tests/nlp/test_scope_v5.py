"""scope.v5: reach told in constructions a reporter of any outage might use (sentences written for these tests)."""
import pytest

from tests.nlp.conftest import claims_of

LEAD = "Cloudflare suffered a major outage on Friday. "


def values(extract, sentence, **fields):
    """The scope values of the sentence after a lead that makes the document an outage report."""
    res = extract(LEAD + sentence, title="Cloudflare outage", **fields)
    return [c["normalized"] for c in claims_of(res, "scope") if c["start"] >= len(LEAD)]


@pytest.mark.parametrize("sentence, expected", [
    # a recovery denied is harm that goes on
    ("The Telstra outage that has knocked out phone lines across the region had still not been repaired by Sunday evening.", ["regional"]),
    ("Card payments failed across the state and have not yet been restored, the bank said.", ["regional"]),
    # harm that lingers where it is still measured, or may still be seen (C12)
    ("Most users are back online; we are keeping an eye on a few regions where timeouts remain high.", ["limited"]),
    ("Users might still notice slow page loads until the cache refills.", ["limited"]),
    ("Subscribers may continue to experience dropped calls overnight.", ["limited"]),
    ("For a handful of them, the lockout dragged on until Monday.", ["limited"]),
    ("Card readers worked in some branches but not in others.", ["limited"]),
    ("Facebook is still patchy for a couple of people in our newsroom.", ["limited"]),
    # nobody able to use it, the whole system down, a part of it
    ("For almost an hour no one was able to log in to the bank's app.", ["global"]),
    ("The faulty release brought the entire platform down for an hour.", ["global"]),
    ("A portion of its fleet stopped answering requests on Tuesday morning.", ["limited"]),
    ("A large part of its network failed on Tuesday.", ["global"]),
    ("The fault affected a small set of reporting tools.", ["limited"]),
    # shares: more than a fifth is wide
    ("About 30 percent of the requests it handles returned errors.", ["global"]),
    ("One in four subscribers lost service during the outage.", ["global"]),
    ("At first about 15% of requests were affected.", ["limited"]),
    # kept out of the service
    ("The bank locked thousands of customers out of their accounts on Friday.", ["global"]),
    ("Regulators barred traders around the world from the exchange for two hours.", ["global"]),
    # any quantity of areas; places that reported the trouble (C13)
    ("Subscribers across a number of neighbouring counties lost their broadband on Tuesday.", ["regional"]),
    ("The storm knocked out card terminals at many of the towns we serve.", ["regional"]),
    ("Lisbon, Porto and Faro all reported the same fault with the ticket machines.", ["regional"]),
    ("Viewers are writing in from Toronto, Dublin and Sydney to say the stream has frozen.", ["global"]),
    ("The outage affected customers in several US states.", ["regional"]),
    ("Service was disrupted across large parts of the country.", ["regional"]),
    ("Large swathes of the UK were left without mobile data.", ["regional"]),
    # more quantities of those hit; a bound is no denial; a large share spared is no reach (C12)
    ("A majority of users could not log in on Tuesday.", ["global"]),
    ("The outage hit a significant portion of its user base.", ["global"]),
    ("The outage affected a sliver of traffic.", ["limited"]),
    ("The vast majority of customers were unaffected.", []),
])

def test_reach_in_general_constructions(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The firm says no one could tamper with someone else's files.",  # what nobody could do is no denial of service
    "Nobody can find their servers because the address book is gone.",
    "The audit covered the entire network.",  # the whole system, but no harm in its clause
    "The carrier scrapped more than 1,800 flights on Monday after the outage.",  # cancellations: a business consequence (C5)
    "Many users put it down to a cyberattack, but the outage was a bug.",  # what they think
    "Not everybody is convinced the outage was an accident.",
    "We rebuilt the cache so that a single bad entry cannot take every server offline.",  # a purpose, not a reach
    "A configuration service that reaches every data centre in seconds carried the bad rule.",  # how far a change travels
    "Acme, Initech and Hooli saw card readers fail at lunchtime.",  # a list of firms, not of places
    "The proxy checks each tenant's firewall rules before the request goes anywhere, and it failed.",  # whose rules
    "The agency found that bad frames from one router in Leeds spread across the network because a filter was missing.",
    "We will make it up to subscribers and everyone else who was affected.",  # making good
    "The outage knocked out sites from Etsy to the New York Post.",  # a place inside a longer name is no place
    "The outage began in the afternoon, which was the early hours of Friday in much of Asia.",  # a time zone, no harm there
    "Customers stretched their orders across two business days, and the outage followed.",
])
def test_no_reach(extract, sentence):
    assert values(extract, sentence) == []


def test_a_bound_on_a_quantity_asserts(extract):
    res = extract(LEAD + "The glitch affected fewer than 2% of users.", title="Cloudflare outage")
    assert [(c["normalized"], c["polarity"]) for c in claims_of(res, "scope")] == [("limited", "asserts")]


@pytest.mark.parametrize("sentence, expected", [
    # a list of places in one area is regional, over two areas global (regions.json "areas"; C13's "Spain and Portugal")
    ("Downdetector showed reports from Italy and Austria during the outage.", ["regional"]),
    ("Shoppers in Germany, France and the Netherlands saw card payments fail.", ["regional"]),
    ("The outage hit Texas and Florida hardest.", ["regional"]),
    ("Users in Japan and Germany could not log in.", ["global"]),
    ("Viewers in Britain, India, the US and across Europe saw the same error page.", ["global"]),
    # a list that goes on past its places
    ("Subscribers in Canada, Ireland and elsewhere were locked out of their mail for hours.", ["global"]),
    ("The strike stranded passengers across Asia and beyond.", ["global"]),
    # a wide reach denied is a narrow one
    ("This was not a complete outage.", ["limited"]),
    # counts: tens of thousands are a small share of a service's users, a hundred thousand or more a wide reach
    ("The bug locked out about 45,000 subscribers for an afternoon.", ["limited"]),
    ("Personal pages of roughly 34 thousand users failed to load.", ["limited"]),
    ("The outage cut off some 250,000 households.", ["global"]),
    # places beyond the gazetteer: countries, US states and regions, towns (rules-scope.json places_beyond_gazetteer)
    ("The outage quickly spread well beyond Nebraska.", ["regional"]),
    ("Customers throughout New England lost service.", ["regional"]),
    ("Reports flooded in from Glasgow to Cardiff about failed payments.", ["regional"]),
    ("Users in Peru and Chile could not log in.", ["regional"]),
    ("Banks in the U.S. and Canada could not process transfers.", ["global"]),
    # the region the outage named, a large share spared, "several thousand", proportions of uses
    ("Tenants in the affected zone may be unable to start new machines.", ["regional"]),
    ("Most of our merchants were not impacted by this incident.", []),  # what was spared, counted (C12)
    ("A few thousand subscribers are still without broadband.", ["limited"]),
    ("Roughly one in three payments was declined and failed.", ["global"]),
    # thrown out of the service; every one of a kind; a narrow slice; part of a named place, a reach held to one
    ("Thousands of concert-goers were kicked out of the ticket queue.", ["global"]),
    ("The blackout was the nation's worst in years, affecting almost every household.", ["global"]),
    ("The glitch hit only a thin slice of subscribers.", ["limited"]),
    ("Card machines were down in parts of Ontario.", ["regional"]),
    ("The disruption was largely confined to Scandinavia.", ["regional"]),
])
def test_lists_of_places_and_denied_breadth(extract, sentence, expected):
    assert values(extract, sentence) == expected
