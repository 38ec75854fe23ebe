"""scope.v6: word classes completed, constructions any reporter might use (sentences written for these tests, none
copied from a document)."""
import pytest

from tests.nlp.conftest import claims_of

LEAD = "Cloudflare suffered a major outage on Friday. "


def values(extract, sentence, **fields):
    """The scope values of the sentence after a lead that makes the document an outage report."""
    res = extract(LEAD + sentence, title="Cloudflare outage", **fields)
    return [c["normalized"] for c in claims_of(res, "scope") if c["start"] >= len(LEAD)]


@pytest.mark.parametrize("sentence, expected", [
    # who is addressed, counted: "many of you", "a few of you"
    ("Many of you were unable to reach your inboxes on Monday.", ["global"]),
    ("The dashboard failed to load for a few of you overnight.", ["limited"]),
    ("Most of you could not place orders during the evening rush.", ["global"]),
    # the whole of an area, in any of the common phrasings
    ("Card terminals stopped working around the country on Saturday.", ["regional"]),
    ("Subscribers in every corner of the state lost their signal.", ["regional"]),
    ("Trains were held at platforms from coast to coast after the signalling system failed.", ["regional"]),
    ("Phones lost their signal up and down the country on Tuesday.", ["regional"]),
    ("Shops all over the province could not take cards.", ["regional"]),
    ("Players in every corner of the globe saw the same error.", ["global"]),
    # where reports came from, an area with a size before it (C13)
    ("Monitoring sites logged complaints from every major city.", ["regional"]),
    # refused by the service: the verb class of refusal
    ("A few card payments were rejected at the checkout.", ["limited"]),
    ("Some payments were refused for about an hour.", ["limited"]),
    ("Some card transactions were declined on Friday evening.", ["limited"]),
    # partial, with words between it and the harm, or said of the harm
    ("Mobile data saw partial evening service interruptions.", ["limited"]),
    ("The bank described the failures as partial.", ["limited"]),
    # harm over a stretch between two known places
    ("Card readers stopped working from Texas to Florida.", ["regional"]),
    # a dependence denied is the harm
    ("Subscribers across the country could not depend on their phones on Tuesday.", ["regional"]),
    # a contact clause between who and where
    ("Shopkeepers we talked to in Spain and Portugal could not take card payments.", ["regional"]),
    # the people of a place as the subject of harm, with no quantity
    ("Canadians could not top up their phones on Friday.", ["regional"]),
    ("When the network failed, Britons found their cards refused at the till.", ["regional"]),
    # organisations, vehicles and what a provider offers, counted
    ("Dozens of agencies lost access to the records system.", ["limited"]),
    ("Some of our services were disrupted overnight.", ["limited"]),
    ("Thousands of commuters were stuck at the gates.", ["global"]),
    # working again in one place or for one kind but not another (C12: partial)
    ("Service was restored in Leeds but not in York by the evening.", ["limited"]),
    ("The app is back for iPhone users but not for Android users.", ["limited"]),
    # a set narrowed by a relative clause is a part
    ("Errors hit every account that had been migrated the week before.", ["limited"]),
    # the class of large shares, with harm in its clause
    ("A substantial portion of our infrastructure lost power.", ["global"]),
    # shares as quantifiers: more than a fifth wide, a fifth or less narrow
    ("A sizeable share of its card payments failed at the peak.", ["global"]),
    ("Roughly a quarter of all customers lost service.", ["global"]),
    ("About a fifth of subscribers saw errors.", ["limited"]),
    # part of a named place, with any size word
    ("The outage knocked out service across large swaths of the Midwest.", ["regional"]),
    # where those hit were
    ("Those affected were mostly in Asia.", ["regional"]),
    ("Affected customers were mainly in Germany.", ["regional"]),
    ("Most affected users were in Europe and North America.", ["global"]),
    # those hit at a named site of the provider; who uses what, then where
    ("Workloads hosted in its Ashburn facility were unreachable for two hours.", ["regional"]),
    ("Drivers for the app in Lisbon were unable to accept rides.", ["regional"]),
    # a quantity standing alone for those hit
    ("Millions were left without service on Friday night.", ["global"]),
    ("Many could not pay for their groceries.", ["global"]),
    ("A handful saw errors well into the evening.", ["limited"]),
    # thrown out of the service, across two areas
    ("Players were booted from matches across North America and Europe.", ["global"]),
    # shares of attempts and uses
    ("At the peak, about 60 percent of login attempts failed.", ["global"]),
    # who has what where, then the harm
    ("Customers with workloads in East US 2 may experience connectivity issues.", ["regional"]),
    ("Users whose data is stored in Frankfurt could not open their files.", ["regional"]),
    # timing out, in any tense, in a named region (C11)
    ("Requests to the eu-central-1 endpoint are timing out.", ["regional"]),
    # the class of failure verbs and states
    ("The app hung for many users on Monday morning.", ["global"]),
    ("Checkout systems collapsed at stores across the state.", ["regional"]),
    ("Some users struggled to load their feeds.", ["limited"]),
    ("Some customers weren't able to log in.", ["limited"]),
    ("Some shoppers were charged twice for the same order.", ["limited"]),
    ("Streams buffered endlessly for viewers across Europe.", ["regional"]),
    # where trouble was reported, told with the verb (C13)
    ("Outages were reported in London, Manchester and Birmingham.", ["regional"]),
    ("Users reported problems in the US, UK and India.", ["global"]),
    # harm said to be in a place
    ("Service was also disrupted in Canada.", ["regional"]),
    ("Problems were most acute in Texas.", ["regional"]),
    # what they ran into
    ("Australians trying to top up their phones on Friday ran into the same error.", ["regional"]),
    # a fraction of an area
    ("Half the country was left without mobile service.", ["regional"]),
    ("About a third of the state lost power for hours.", ["regional"]),
    ("Broadband went down for half of Portugal.", ["regional"]),
    # service cut or severed
    ("Broadband was cut for half of Portugal.", ["regional"]),
    ("Some subscribers complained of dropped calls all evening.", ["limited"]),
])
def test_reach_in_fresh_wording(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # addressed but not hit
    "We know many of you count on us every day.",
    # told or asked to do something: addressed, not hit
    "The portal crashed on the evening thousands of taxpayers had been asked to file.",
    # the vendor's improvements and checks, service working again
    "We are improving failover times across all regions.",
    "Engineers are inspecting every affected server.",
    "Search is working again for most users.",
    # how far word of it travelled
    "A rumour that the outage was a cyberattack spread widely across the country.",
    # a peak of load is a size
    "The service reached a record peak of 12 million concurrent viewers the day before it failed.",
    # those who acted, named in a by-phrase
    "The slowdown was caused by a handful of customers sending huge queries.",
    # a speaker declining
    "The bank declined to comment on the outage.",
    # a number in a product's name is no count
    "Office 365 services were affected during the same window.",
    # a stretch of recovery, and a route
    "By Sunday airlines from Denver to Boston were flying close to their normal schedules after the crash.",
    # the people of a place who use it, with no harm told of them
    "Most Canadians rely on the network every day.",
    # a large share as the mechanism, the harm in another clause
    "The patch was incompatible with a significant part of the fleet, and logins began to fail.",
    # a feature flag travels like a change (mechanism)
    "The feature flag went out to every region at once and the service failed.",
    # refusal words said of a speaker or a price
    "Shares in the company declined 4% after the outage.",
    "The regulator said it rejected the company's explanation of the outage.",
    # a route is no stretch of harm; those advised to act are not hit
    "Engineers flew from London to Dublin to replace the failed router.",
    "Britons were urged to use cash after the card network failed.",
    # where the cause struck is the mechanism
    "The company said heat had caused a problem with cooling at its Frankfurt data centre.",
    # a quantity standing alone for those who think or recovered
    "Many blamed the outage on hackers.",
    "Most had recovered by noon.",
    # money is a business consequence; what may happen another time; telling those hit
    "Analysts estimate the outage cost businesses around the world $1 billion.",
    "Outages like this could hit millions of users in the future.",
    "The company notified every affected customer by email.",
    # harm falling back is recovery
    "Error rates dropped for most customers after the rollback.",
    # a quantity of distance; a habit told with "when"
    "The airline, based a few miles from the airport, is still struggling to rebuild its schedule.",
    "When the biggest search engine fails, millions of people try another one.",
    # where the cause struck; news from a place
    "The carrier described a leased fibre circuit that failed in the Southeast.",
    "News reports in London said the bank had fixed the fault.",
    # a price cut is no harm
    "The company cut prices for customers across Europe.",
])
def test_no_reach(extract, sentence):
    assert values(extract, sentence) == []
