"""scope.v9: reach in unfamiliar wording, and classes of sentence that read as a reach but are not (sentences written
for these tests, none copied from a document)."""
import pytest

from tests.nlp.conftest import scope_after_lead as values


@pytest.mark.parametrize("sentence, expected", [
    # an error answer named by its code is harm
    ("Some customers may continue to see 404 responses while the change is rolled back.", ["limited"]),
    ("A handful of shoppers got 502s at checkout.", ["limited"]),
    ("Many readers saw 503 errors when loading the front page.", ["global"]),
    ("Apps using the load balancer may receive HTTP 5xx responses for requests in all regions.", ["global"]),
    ("Some users of the resolver received SERVFAIL answers to valid queries.", ["limited"]),
    # slower than it should be
    ("Some existing users may find that exports take longer than usual to finish.", ["limited"]),
    ("A small number of customers saw pages load slower than normal.", ["limited"]),
    # a large part of the world; the internet as a whole
    ("The feed stopped loading across Canada and much of the world on Tuesday morning.", ["global"]),
    ("Users in large parts of the world could not log in.", ["global"]),
    ("The fault disrupted customers and the wider internet for two hours.", ["global"]),
    ("The route leak affected the internet at large.", ["global"]),
    # a place narrows those counted: set before its clause, or where most of them were
    ("Across Ireland, thousands of bank customers found they could not log in to their apps.", ["regional"]),
    ("In Spain, hundreds of thousands of shoppers could not pay on Friday.", ["regional"]),
    ("Many subscribers, mainly in Europe, could not reach the service.", ["regional"]),
    ("Customers, mostly in Texas and Oklahoma, lost service for hours.", ["regional"]),
    ("Thousands of travellers, largely in Japan and Germany, were stranded.", ["global"]),
    # a state of service denied: the negation is the service's, the reach asserted
    ("Services were not available for most customers in Europe.", ["regional"]),
    ("The portal was not reachable for some users in Canada.", ["regional"]),
])
def test_reach_in_unfamiliar_wording(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # service there again, told as what it is or what users can do
    "The issue has been resolved and all services are available.",
    "Most of you were able to reach and sync your files again within about three hours.",
    "By noon nearly every merchant was once again able to take payments.",
    # what a phrase may stand for, in general
    "A status page that says a few customers are affected can mean all of your customers.",
    # the vendor's work on its own parts; a change named by its reach
    "Our engineers applied a global instruction to block the announcement and restarted affected sessions.",
    "A single storage node failed, and the failover logic then restarted every node in the pool.",
    "Technicians rebooted all the affected hosts in the afternoon.",
    # spared, in the active voice or by what those spared did
    "The outage did not affect customers in Asia or Africa.",
    "The fault has not touched card payments in any of our markets.",
    "Businesses that spread their systems across more than one zone rode it out.",
    "Firms with a second provider weathered the storm unscathed.",
    # a counterfactual set before its clause
    "Had the fault spread to the backup site, millions of customers could have been cut off.",
    "Had it lasted another hour, thousands of flights would have been affected.",
    # making good with something free
    "The company plans to give every affected customer a month of free service.",
    "The airline offered vouchers to all passengers whose flights were disrupted.",
])
def test_no_reach(extract, sentence):
    assert values(extract, sentence) == []


def test_a_wide_reach_denied_stays_a_narrow_one(extract):
    # "did not affect" is spared, but not when it denies a wide reach
    assert values(extract, "The outage did not affect all customers.") == ["limited"]
    assert values(extract, "For almost an hour no one was able to log in to the bank's app.") == ["global"]


@pytest.mark.parametrize("sentence, expected", [
    # an aside between those hit and what they went through
    ("Some customers, especially those whose volumes needed repair, were still waiting the next day.", ["limited"]),
    ("The whole site, including the API your apps post through, is offline while we patch a security issue.", ["global"]),
    ("Many merchants, including several large chains, could not take card payments.", ["global"]),
    # still waiting for what the outage took
    ("Some customers were still waiting for their files the next day.", ["limited"]),
    ("Days later, some shoppers were still waiting.", ["limited"]),
    # those hit named by the adjective of their place; a count of them is of that place
    ("German users bore the brunt of the outage, with many unable to reach their inboxes.", ["regional"]),
    ("The storm took out the data centre, and with it a long list of Australian websites and apps.", ["regional"]),
    ("French customers were hit hardest.", ["regional"]),
    ("The outage hit thousands of British shoppers.", ["regional"]),
    ("European and Asian customers could not log in.", ["global"]),
    # towns completed as a class; a stretch over two areas is global
    ("Homes and businesses in Bristol, Bath and Swindon lost power for up to four hours.", ["regional"]),
    ("Shops in Omaha, Tulsa and Memphis could not take cards.", ["regional"]),
    ("Users from Tokyo to Toronto were unable to load their feeds.", ["global"]),
    ("Shoppers from Seattle to Miami could not pay.", ["regional"]),
])
def test_reach_of_people_and_places(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a name, not a place's people; firms, carriers and a provider's own servers
    "American Airlines customers could not check in.",
    "Traffic from several large European carriers fell by more than half.",
    "The host said 25 of its European servers had been destroyed.",
    "Many users are still waiting for a reply from the company.",
])
def test_no_reach_of_people_and_places(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # part of a provider's operation in a named place
    ("On Sunday the storm took out part of Amazon Web Services' Sydney operation.", ["regional"]),
    ("The fire has left parts of the host's Frankfurt data centres dark for two days.", ["regional"]),
    # those hit at a named transport hub
    ("Thousands of travellers spent the night at Seattle-Tacoma International Airport after the check-in system failed.", ["regional"]),
    ("Hundreds of commuters were stranded at Grand Central Station when the signals failed.", ["regional"]),
    # harm that went on for a few (C12)
    ("For most shoppers it lasted an hour, though some pages kept failing well into the evening.", ["limited"]),
    ("A few apps kept crashing until Sunday.", ["limited"]),
    # a relative clause of what the vendor serves is no routine: the share is a reach
    ("Roughly 28 percent of the traffic we serve got a 500 error back.", ["global"]),
])
def test_reach_in_places_of_a_provider_and_lingering(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a count that ends in a name is no count of those hit
    "Dozens of American Airlines flights sat at gates after the app crashed.",
    "The crash delayed dozens of Delta Air Lines flights on Tuesday evening.",
    # one person as a source
    "The outage was a headache, which one developer we spoke to called a lovely problem to have.",
    "It was chaos, one customer told us after the site went down.",
    # how the vendor runs its network, in the present
    "When the bug struck, we announce those prefixes over BGP from every location, so the withdrawal spread.",
    # a habit at a named hub
    "Thousands of travellers pass through Heathrow Airport every day, and on Friday the system failed.",
])
def test_no_reach_of_names_sources_and_routines(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # the world widens the places told with it
    ("Customers in the US and the rest of the world were unable to stream for two hours.", ["global"]),
    ("Subscribers in Europe and around the world lost access.", ["global"]),
    # a place named beside another outage's world-wide harm keeps its own reach
    ("A storage change in the Central US region knocked machines offline, the same night a bad update crashed laptops worldwide.",
     ["regional"]),
])
def test_world_beside_a_place(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a route, not where those hit were
    "Flights from London to Madrid were cancelled after the booking system crashed.",
    # one who acted, not one who was hit
    "The incident began when a single customer uploaded a malformed file that crashed the parser.",
    "One user triggered the bug by renaming a folder, and the service went down.",
])
def test_no_reach_of_routes_and_actors(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a translated-sounding statement: the totality of its clients, the national territory
    ("A technical incident has affected the totality of its clients in the national territory.", ["regional"]),
    ("A technical incident affected the entirety of our customers.", ["global"]),
    # a reach held to a provider's sites of one place
    ("It was confined to the company's North American data centres.", ["regional"]),
    ("The outage was limited to our European regions.", ["regional"]),
])
def test_reach_in_translated_and_confined_wording(extract, sentence, expected):
    assert values(extract, sentence) == expected


def test_confined_people_are_not_a_reach(extract):
    assert values(extract, "Customers were confined to their homes by the storm.") == []


@pytest.mark.parametrize("sentence, expected", [
    # where most of those counted were, told at the end
    ("Some users are unable to reach the dashboard and the API, particularly in Europe.", ["regional"]),
    ("Many customers could not pay by card, especially in Texas and Florida.", ["regional"]),
    ("Thousands of users lost access, mostly in Japan and Germany.", ["global"]),
])
def test_where_most_of_them_were(extract, sentence, expected):
    assert values(extract, sentence) == expected


def test_where_most_users_are_is_no_reach_without_those_hit(extract):
    assert values(extract, "Many people use the app, especially in Brazil, and on Friday it crashed.") == []


@pytest.mark.parametrize("sentence, expected", [
    # an interruption is harm; merchants named by their place
    ("The operator said the interruption hit the totality of its users.", ["global"]),
    ("We are seeing elevated latency for Brazilian and Argentine merchants using the card terminal.", ["regional"]),
])
def test_interruptions_and_merchants_of_a_place(extract, sentence, expected):
    assert values(extract, sentence) == expected


def test_a_place_adjective_of_one_shop_is_no_reach(extract):
    assert values(extract, "The French bakery down the street could not take cards for most of the day.") == []


@pytest.mark.parametrize("sentence, expected", [
    # a count standing alone as the subject of harm, after a word that marks it as a count
    ("A further fifty thousand had no voice service.", ["limited"]),
    ("Another 20,000 were left without power overnight.", ["limited"]),
    ("About 2 million were affected by the outage.", ["global"]),
    # no service of a kind
    ("Customers in Wales had no mobile signal on Sunday.", ["regional"]),
])
def test_counts_standing_alone_and_no_service_of_a_kind(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "In 2019, about 40 were hired; the outage later hit the firm.",
    "Some 3 million had signed up for the service before it failed.",
])
def test_counts_standing_alone_without_harm(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence", [
    # work planned ahead
    "A planned interruption of service is scheduled for Sunday night for all customers.",
    "Maintenance is planned between 01:00 and 03:00 for customers in Europe.",
    # an aside does not turn what was spared into harm
    "Most customers, including those on the premium plan, were unaffected by the outage.",
    # a count of reports after "another" is no count of those hit
    "Another 200 were reported on Downdetector within the hour.",
])
def test_no_reach_of_plans_spared_asides_and_reports(extract, sentence):
    assert values(extract, sentence) == []


def test_a_planned_job_that_went_wrong_keeps_its_reach(extract):
    assert values(extract, "Customers in Europe lost access when the planned maintenance overran.") == ["regional"]


@pytest.mark.parametrize("sentence, expected", [
    # a part still in need of repair lingers for a few (C12)
    ("A small number of disks still require recovery and we are contacting those customers directly.", ["limited"]),
    ("A few mailboxes still need manual repair.", ["limited"]),
    # one zone of a region, with harm
    ("During the storm, servers in one of the region's availability zones lost power.", ["regional"]),
])
def test_repair_still_needed_and_one_zone(extract, sentence, expected):
    assert values(extract, sentence) == expected


def test_one_zone_without_harm_is_no_reach(extract):
    assert values(extract, "The service runs in one of its availability zones, and on Friday an unrelated bug hit it.") == []
