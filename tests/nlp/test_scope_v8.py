"""scope.v8: harm told by what those hit had to do or lost, places and hit nouns completed, and classes of
sentence that read as a reach but are not (sentences written for these tests, none copied from a document)."""
import pytest

from tests.nlp.conftest import claims_of

LEAD = "Cloudflare suffered a major outage on Friday. "


def values(extract, sentence, **fields):
    """The scope values of the sentence after a lead that makes the document an outage report."""
    res = extract(LEAD + sentence, title="Cloudflare outage", **fields)
    return [c["normalized"] for c in claims_of(res, "scope") if c["start"] >= len(LEAD)]


@pytest.mark.parametrize("sentence, expected", [
    # work gone back to paper is harm: by hand, pen and paper, paper lists, handwritten
    ("Dispatchers at ambulance services across the Midlands have been logging calls by hand since Monday.", ["regional"]),
    ("Clerks at some branches were working from paper lists all afternoon.", ["limited"]),
    ("Pharmacists in Ontario were filling prescriptions with pen and paper.", ["regional"]),
    # waiting and queueing for the service, with a time or a way in
    ("Gamers in Asia and South America said they had waited half an hour to log in.", ["global"]),
    ("Thousands of shoppers queued for hours outside the stores.", ["global"]),
    # data taken from those hit
    ("Investigators found that intruders copied records from a handful of clients' databases.", ["limited"]),
    ("The gang stole personal details of customers around the world.", ["global"]),
    ("Dozens of companies have said contact lists were taken.", ["limited"]),
    # taken off the network; a count with a hyphenated modifier
    ("Roughly 2,000 IP prefixes vanished from the internet.", ["limited"]),
    ("The provider withdrew about 900 customer-owned address prefixes by mistake.", ["limited"]),
    ("The bug knocked around 900 small-business websites offline.", ["limited"]),
    # a recovery still under way (C12: lingering harm)
    ("A few features, including file sharing, are still being repaired.", ["limited"]),
    ("By Friday the company was still bringing storage services back there.", ["limited"]),
    ("Three days on, the cloud firm was still restoring database products in the affected zone.", ["regional"]),
    # the area named before, by any determiner
    ("The vendor said machines in that zone stopped responding shortly after the power cut.", ["regional"]),
    ("Workloads in this region saw elevated error rates for an hour.", ["regional"]),
    # places completed as a class: cities of Japan, Korea, Europe
    ("Branches in Busan, Daegu and Incheon were unable to process payments.", ["regional"]),
    ("Trading halted at exchanges in Osaka and Nagoya.", ["regional"]),
    ("Card terminals failed from Lyon to Marseille.", ["regional"]),
    # a relative clause says who they are; its habit does not cancel the harm
    ("We failed the thousands of merchants who rely on us every day.", ["global"]),
    ("Customers who use the older app could not log in on Monday, and some of them still cannot.", ["limited"]),
    # harm as contracted ("couldn't"), what those hit saw instead, wrong figures, what never got done, access refused
    ("Many diners couldn't pay for their meals on Saturday night.", ["global"]),
    ("A few account holders saw wrong balances in the banking app.", ["limited"]),
    ("Many subscribers got a black screen in place of the final.", ["global"]),
    ("Some letters sat undelivered at sorting offices across the country.", ["regional"]),
    ("Most students had no access to their course material.", ["global"]),
    ("Members across Scandinavia were denied access to the booking site.", ["regional"]),
    ("Shipments were held up across the region for most of the day.", ["regional"]),
    ("Shoppers in Florida were double-billed for their orders.", ["regional"]),
    ("Most ticket machines were inoperable until noon.", ["global"]),
    # "hundreds of" as a quantifier of those hit
    ("Hundreds of shops could not take card payments on Saturday.", ["global"]),
    # areas of a count after "of", a city with its surroundings, "in and around" a place
    ("Residents of three counties lost 911 service for most of the night.", ["regional"]),
    ("Commuters in and around Sydney could not tap on at the gates.", ["regional"]),
    ("The outage left homes in the greater London area without broadband.", ["regional"]),
    # everyone a provider serves; quantifiers completed ("a significant chunk of", "a small cohort of")
    ("The failure hit the company's entire user base.", ["global"]),
    ("A significant chunk of users could not connect.", ["global"]),
    ("A small segment of subscribers lost their voicemail.", ["limited"]),
    # a supply that is out
    ("Power was out for people in the capital for three hours.", ["regional"]),
    # shares told in words; "a portion of"; parts of a place by kind
    ("Fewer than one percent of payments failed on Friday.", ["limited"]),
    ("About forty per cent of players could not join a match.", ["global"]),
    ("A portion of users may notice delayed notifications.", ["limited"]),
    ("Subscribers in rural parts of Queensland lost coverage.", ["regional"]),
    ("The glitch took thousands of shops offline.", ["global"]),
    # a reach held to a place ("limited to", "isolated to"); the places hit hardest, named; what those hit had to give up
    ("The disruption was largely limited to Latin America.", ["regional"]),
    ("The fault was isolated to Ohio and Kentucky.", ["regional"]),
    ("The hardest-hit regions were Bavaria and the north of Italy.", ["regional"]),
    ("Two hospitals in Leeds had to divert ambulances.", ["regional"]),
    # lingering for a tail of them; a fraction of the system
    ("A long tail of merchants took several more hours to recover.", ["limited"]),
    ("Roughly half of the fleet went offline at once.", ["global"]),
])
def test_scope_v8_reads(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # an excess is the load that caused it, not a reach
    "It was the familiar problem of too many fans trying to buy tickets at once.",
    "Too many players tried to log in at once and the servers crashed.",
    # how far a change or routes can travel is the mechanism
    "A routing change cannot spread beyond a single zone at once.",
    "The outage was severe, and the bad routes spread across the carrier's national backbone.",
    # lines an edit added or removed
    "The agent rewrote the module, adding roughly 300 lines and deleting 40.",
    # what those counted did about it
    "Several customers said they had given up and moved their workloads to another region.",
    # what the service does, done again; what the vendor is building
    "Most of the withdrawn routes are being announced again.",
    "We are building a backup of every customer's settings that can be halted and restored in one step.",
    # "on paper" is also "in theory"; waiting for something is no harm without a time or a way in
    "On paper, every region had a standby that could take over.",
    "Engineers were waiting for the file to arrive before restarting the job.",
    # a contraction that is no harm to anyone counted
    "We can't say how many customers use the service.",
    # "out" of something sent, or of those at work; what went on without harm
    "A notice went out to customers on Monday.",
    "The fix is out for all customers now.",
    "Many others are shopping without any problem.",
    # the work staff did; one site among a provider's many; where a change was meant to go
    "Help desk agents fielded thousands of calls during the outage.",
    "The warehouse in Leipzig, one of 40 worldwide, lost power.",
    "The patch was supposed to reach every server by Friday.",
    # those who noticed nothing were spared; a share of what the system has is the mechanism
    "Most customers would not have noticed anything.",
    "The bug made the machines stop using more than half of their network capacity.",
    # money withdrawn is no network withdrawn
    "Thousands of customers withdrew their savings.",
])
def test_scope_v8_no_reach(extract, sentence):
    assert values(extract, sentence) == []


def test_scope_v8_access_denied_asserts_but_a_denial_still_denies(extract):
    res = extract(LEAD + "Members across Europe were denied access to their accounts.", title="Cloudflare outage")
    assert [c["polarity"] for c in claims_of(res, "scope") if c["start"] >= len(LEAD)] == ["asserts"]
    res = extract(LEAD + "The company denied that customers across Europe were affected.", title="Cloudflare outage")
    assert [c["polarity"] for c in claims_of(res, "scope") if c["start"] >= len(LEAD)] == ["denies"]


def test_a_clock_time_is_no_clause_mark_of_a_scope_quote(extract):
    res = extract("Yesterday between 09:10 and 11:45 CET some customers in Germany could not place calls. A faulty "
                  "software update on a core switch caused the disruption.", title="Update on yesterday's disruption",
                  source_kind="vendor", provider="Deutsche Telekom")
    quotes = [c["quote"] for inc in res["incidents"] for c in inc["claims"] if c["attribute"] == "scope"]
    assert quotes and all(not q.startswith("45") for q in quotes)
