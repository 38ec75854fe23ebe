"""scope.v7: word classes completed on fresh text (sentences written for these tests, none copied from a document)."""
import pytest

from tests.nlp.conftest import claims_of

LEAD = "Cloudflare suffered a major outage on Friday. "


def values(extract, sentence, **fields):
    """The scope values of the sentence after a lead that makes the document an outage report."""
    res = extract(LEAD + sentence, title="Cloudflare outage", **fields)
    return [c["normalized"] for c in claims_of(res, "scope") if c["start"] >= len(LEAD)]


@pytest.mark.parametrize("sentence, expected", [
    # every / each / all with any noun of the hit_nouns class, in the singular too
    ("Every dental clinic on the booking platform was affected.", ["global"]),
    ("Each pharmacy we called had lost its prescription records.", ["global"]),
    ("\"Every bakery I supply lost its till system,\" said a wholesaler.", ["global"]),
    # a share of any hit noun or of uses ("interactions", "checkouts")
    ("Around 12% of checkouts across the store ran into errors.", ["limited"]),
    ("Nearly 40 per cent of cardholders had payments refused.", ["global"]),
    # who is addressed or speaks, counted: "some of us", "many of us"
    ("By nightfall a few of us were still being kicked out of matches.", ["limited"]),
    ("Most of us could not get into the game at all.", ["global"]),
    # anyone at all as those hit, placed or not
    ("Anyone in Portugal who rang the helpline that morning got a busy signal.", ["regional"]),
    ("For much of the afternoon, anyone trying to renew a licence online hit a blank page.", ["global"]),
    ("Everybody in Leeds lost mobile data on Sunday.", ["regional"]),
    # what a service does, denied, is harm: "not loading", "wouldn't open", "never delivered"
    ("The banking app was not loading for many customers on Monday.", ["global"]),
    ("The game would not launch for some players in Brazil.", ["regional"]),
    ("Texts were never delivered to thousands of subscribers.", ["global"]),
    # a call met with silence is harm with no word of harm
    ("Residents across Nebraska who called for help heard nothing but silence.", ["regional"]),
    # data shown to others is harm to those it belonged to
    ("Roughly 20,000 shoppers may have had their order history shown to other customers.", ["limited"]),
    ("About 2% of members may have had their addresses visible to someone else.", ["limited"]),
    ("Order pages of some 9 thousand users were sent to, and read by, other people.", ["limited"]),
    # a device refusing its work, those hit left with no way to do it
    ("The kiosk software refused to start for some travellers at the border.", ["limited"]),
    ("A few cafes had no way to take card payments over lunch.", ["limited"]),
    # a named site and others like it
    ("Bag drops failed at Schiphol and several other airports.", ["regional"]),
    # a count told in words or with an abbreviated multiplier
    ("Four clinics lost access to their appointment books.", ["limited"]),
    ("Two dozen libraries were cut off from the catalogue.", ["limited"]),
    ("Half a million homes lost their broadband on Sunday.", ["global"]),
    ("Nearly 3m customers were left without mobile data.", ["global"]),
    ("About 40k subscribers could not stream the final.", ["limited"]),
    # availability denied, a service not there for those hit
    ("The booking page was not available for some travellers.", ["limited"]),
    ("On the busiest morning of the year the app simply was not there for most of our readers.", ["global"]),
    # every one of a counted set of areas, the whole of a place
    ("Cash machines failed in all 50 states on Friday.", ["regional"]),
    ("Mobile data went down across the whole of Portugal.", ["regional"]),
    ("Landlines were dead across the whole of the island.", ["regional"]),
    # the class of a degraded experience as harm
    ("Streams stuttered for some viewers during the match.", ["limited"]),
    ("Ticket machines were out of action at most stations.", ["global"]),
    ("Many commuters were forced to buy paper tickets.", ["global"]),
    ("A few travellers missed their connections.", ["limited"]),
    # quantifiers completed as a class
    ("A slew of merchants could not settle their takings.", ["global"]),
    ("An undisclosed number of tenants lost files.", ["limited"]),
    ("The better part of its subscribers saw buffering.", ["global"]),
    # quantities of sites and parts of areas, the areas of a country by kind or compass
    ("Emergency calls failed in parts of three counties.", ["regional"]),
    ("Travellers at several stations were turned away.", ["regional"]),
    ("Broadband users in remote areas lost their connection.", ["regional"]),
    ("Subscribers on both coasts had calls dropped.", ["regional"]),
    ("Card readers throughout the south-west stopped working.", ["regional"]),
    # a place narrows the set it holds
    ("The operator halted every train in Portugal for an hour.", ["regional"]),
])
def test_reach_in_fresh_wording(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a quantifier is no harm by itself ("a limited number"), nor a name ("Eras")
    "Members sign up in advance, and the club sends invitations to a limited number of them.",
    "On Saturday, millions of fans arrived to buy seats for the Eras Tour presale.",
    # counts of times, views, money or time are not those hit
    "His thread about the deletion has been viewed millions of times.",
    # sites named where the cause struck, not as those hit
    "The trigger was a fire at a building near Dublin, one of two facilities that run the billing system.",
    # those outside who took part are no reach
    "Nobody outside the bank was involved, and no data was stolen.",
    # those apologised to are addressed, not counted
    "We are sorry to every merchant we let down this week.",
    "The chief executive apologised to every school affected.",
    # a set named before, a time
    "For each of those clinics the booking page was down.",
    "The backlog was cleared within two business days in Europe.",
    # "available" alone is no harm; a count in words of those who acted
    "Members register early, and we hold seats for a small number of them, matched to the rooms available.",
    "The fault was spotted by two engineers who saw errors in the logs.",
    # the size of a known set, what one person runs
    "The operator had assumed it could lose any one of the four depots without trouble.",
    "A florist said that two shop websites she runs with the host were unreachable all day.",
    # every one in one person's place is an anecdote
    "When the florist opened, her card reader was dead, and so was every phone in the shop.",
    # how the system judged its own parts, service healthy again
    "A probe timed out, so every node was flagged as unhealthy.",
    "Only late on Thursday was every service declared stable again.",
    # making good and getting in touch, as verbs; a counterfactual
    "The airline intends to compensate every affected passenger.",
    "We have refunded every impacted order.",
    "The insurer is reaching out to each affected policyholder by phone.",
    "The failure could have reached millions of homes had it gone on longer.",
    # habits, a provider's size, other outages and warnings
    "Failures of this kind regularly strand thousands of travellers.",
    "The firm powers checkout for thousands of online shops, some of which went dark.",
    "Engineers warned that a similar glitch could take every branch offline.",
    # a denied start of a remedy is no harm
    "We have not started the migration for some customers yet.",
])
def test_no_reach(extract, sentence):
    assert values(extract, sentence) == []


def test_negated_use_keeps_the_reach_asserted(extract):
    res = extract(LEAD + "The web app is not opening for many readers this morning.", title="Cloudflare outage")
    scope = [c for c in claims_of(res, "scope") if c["start"] >= len(LEAD)]
    assert [(c["normalized"], c["polarity"]) for c in scope] == [("global", "asserts")]
