"""scope.v4: reach told in words any reporter might use (sentences written for these tests, none from a data set)."""
from tests.nlp.conftest import claims_of


def values(extract, text, title, **fields):
    return [c["normalized"] for c in claims_of(extract(text, title=title, **fields), "scope")]


def polarities(extract, text, title):
    return [c["polarity"] for c in claims_of(extract(text, title=title), "scope")]


# --- what those hit went through, told of them

def test_an_experience_verb_tells_harm_to_those_counted(extract):
    assert values(extract, "The slowdown a few shoppers noticed on Friday came from a bad release, which we reverted.",
                  "Etsy outage") == ["limited"]
    assert values(extract, "Vodafone's network went down on Monday. The outage many subscribers suffered was caused by a power cut.", "Vodafone outage") == ["global"]


def test_difficulty_grounding_and_being_caught_up_are_harm(extract):
    assert values(extract, "Verizon's network went down on Tuesday. Since about 6 a.m. mobile calls for Verizon customers have been difficult to make across the country.",
                  "Verizon outage") == ["regional"]
    assert values(extract, "Amadeus's booking system went down on Friday. Roughly 150,000 travellers were caught up in the disruption.", "Amadeus outage") == ["global"]


def test_a_refusal_told_of_the_past_is_no_hypothetical(extract):
    assert values(extract, "Pages would not load for much of the morning across Canada and Mexico during the Shopify outage.",
                  "Shopify outage") == ["global"]
    assert values(extract, "A second fault would leave some shops offline for weeks after the outage.", "Shopify outage") == []


# --- a whole area named by a common noun

def test_a_whole_area_named_by_a_common_noun(extract):
    assert values(extract, "Shoppers across the island could not pay by card on Sunday during the outage.",
                  "Visa outage") == ["regional"]
    assert values(extract, "Lenders throughout the eurozone could not settle transfers until Friday night, during the outage.",
                  "Visa outage") == ["regional"]
    assert values(extract, "The carrier told controllers to keep its jets from departing anywhere in the nation after the outage.",
                  "Amadeus outage") == ["regional"]


def test_never_seen_before_is_no_denial(extract):
    assert polarities(extract, 'A broker said she had "never seen the entire country stuck like that" during the outage.',
                      "Visa outage") == ["asserts"]


# --- sites and people placed in a list, a stretch or a chain

def test_people_at_a_list_of_sites(extract):
    assert values(extract, "Travellers at Stansted, Dublin and Cork are facing long delays after the Ryanair booking outage.",
                  "Amadeus outage") == ["regional"]
    assert values(extract, "Stations from Porto to Faro were affected by the ticketing outage.", "Visa outage") == ["regional"]


def test_a_list_of_firms_is_no_list_of_places(extract):
    assert values(extract, "The outage briefly broke websites from Reddit to the Guardian.", "Fastly outage") == []


def test_a_chain_of_three_places_spans_the_world(extract):
    assert values(extract, "From Lagos to Lima to Seoul, gamers saw matches freeze during the outage.", "Steam outage") == ["global"]


def test_every_one_of_a_kind_in_a_place(extract):
    assert values(extract, "The outage grounded every plane in Canada for an hour on Friday.", "Amadeus outage") == ["regional"]


def test_a_list_of_places_may_go_on_past_the_gazetteer(extract):
    assert values(extract, "Gamers in the US, Brazil and Peru saw disconnects during the outage.", "Xbox outage") == ["global"]


def test_the_outage_named_with_where_it_struck(extract):
    assert values(extract, "It came a week after a long disruption in northern Ohio hit the same bank.", "Chase outage") == ["regional"]


def test_part_of_a_place(extract):
    assert values(extract, "A radar fault shut parts of Dublin's airspace on Sunday evening during the outage.",
                  "Amadeus outage") == ["regional"]


# --- where people reported trouble (C13)

def test_reports_from_a_place(extract):
    assert values(extract, "Vodafone's network went down on Monday. The tracker Statusfeed has counted thousands of problem reports in Germany alone since dawn.",
                  "Vodafone outage") == ["regional"]
    assert values(extract, "Complaints came from as far away as Asia and Australia during the outage.", "Zoom outage") == ["global"]
    assert values(extract, "Comcast's network went down on Monday. Statusfeed counted nine thousand complaints, with the biggest clusters around Boston, Chicago, Seattle and Denver.",
                  "Comcast outage") == ["regional"]


def test_people_in_places_who_report_it(extract):
    assert values(extract, "Customers in Japan and Korea are reporting the same thing during the outage.",
                  "Zoom outage") == ["global"]


def test_news_reports_and_bare_counts_are_no_reach(extract):
    assert values(extract, "News reports from London said the outage had ended.", "Barclays outage") == []
    assert values(extract, "Statusfeed counted nine thousand complaints during the outage.", "Comcast outage") == []


# --- lingering harm for a few (C12) and what was spared

def test_lingering_harm_for_a_few(extract):
    assert values(extract, "A handful of features are still recovering after the outage.", "Notion outage",
                  source_kind="vendor") == ["limited"]
    assert values(extract, "Some jobs, including exports and imports, took longer to work through queues after the outage.",
                  "Figma outage", source_kind="vendor") == ["limited"]
    assert values(extract, "Search results were slower to recover than the rest of the site after the outage.",
                  "Etsy outage") == ["limited"]


def test_what_was_spared_is_no_reach(extract):
    assert values(extract, "During the outage Android phones were not affected.", "Apple outage") == []
    assert values(extract, "Hosts in eu-west-2 and eu-west-3 are not affected by the outage.", "AWS outage",
                  source_kind="vendor") == []
    assert values(extract, "During the outage its payments service kept running.", "Stripe outage") == []


def test_most_spared_is_no_reach(extract):
    # C12: what was spared is no scope claim, counted or not (decided 2026-12-06, third session)
    assert values(extract, "During the outage the vast majority of stores stayed up.", "Shopify outage") == []


# --- shares, narrow reach denied, one person's belongings

def test_a_small_share_with_two_modifiers(extract):
    assert values(extract, "At the peak, 12% of Gemini Pro calls were affected by the outage.", "Gemini outage") == ["limited"]


def test_a_narrow_reach_denied(extract):
    res = extract("The outage was not localised. Users everywhere lost access.", title="Discord outage")
    assert ("global", "asserts") in [(c["normalized"], c["polarity"]) for c in claims_of(res, "scope")]


def test_one_unnamed_owner(extract):
    assert values(extract, "The agent wiped a developer's staging database during the outage.", "Cursor outage") == ["limited"]


def test_not_only_is_emphasis(extract):
    assert values(extract, "The storm did not only flood roads; it took the data centre down in an outage.", "OVH outage") == []


def test_everyone_who_is_a_group_not_everyone(extract):
    assert values(extract, "We apologise to everyone who was trying to file a return during the outage.",
                  "HMRC outage", source_kind="vendor") == []


# --- proportions, the people of a place, "-wide", a place as what was struck

def test_a_proportion_is_a_share(extract):
    assert values(extract, "Verizon's network went down on Monday. One in ten Verizon subscribers lost service.",
                  "Verizon outage") == ["limited"]
    assert values(extract, "Zoom went down on Monday. Three out of four users could not join meetings.", "Zoom outage") == ["global"]


def test_the_people_of_a_place_counted(extract):
    assert values(extract, "Vodafone's network went down on Monday. Millions of Germans could not send texts.",
                  "Vodafone outage") == ["regional"]
    assert values(extract, "Visa went down on Friday. Some 3 million Australians were unable to pay by card.",
                  "Visa outage") == ["regional"]


def test_an_area_wide_outage(extract):
    assert values(extract, "Comcast's network went down on Monday. The statewide outage left clinics without internet.",
                  "Comcast outage") == ["regional"]


def test_a_place_struck(extract):
    assert values(extract, "Vodafone's network went down on Monday. The outage struck much of Italy.", "Vodafone outage") == ["regional"]
    assert values(extract, "Comcast's network went down on Monday. Ohio and Kentucky were hardest hit.", "Comcast outage") == ["regional"]
    assert values(extract, "Comcast's network went down on Monday. Service failed across much of Florida.", "Comcast outage") == ["regional"]


def test_those_hit_of_a_provider_in_a_place(extract):
    assert values(extract, "Vodafone's network went down on Monday. Customers of Vodafone in Spain could not make calls.",
                  "Vodafone outage") == ["regional"]


def test_part_of_a_place_before_its_name(extract):
    assert values(extract, "Vodafone's network went down on Monday. Users in the south-west of England could not get online.",
                  "Vodafone outage") == ["regional"]
    assert values(extract, "Comcast's network went down on Monday. Customers on the West Coast saw errors.", "Comcast outage") == ["regional"]


def test_a_reach_confined_to_a_kind_of_customer(extract):
    assert values(extract, "Stripe went down on Monday. The failures were confined to merchants on the legacy checkout.",
                  "Stripe outage") == ["limited"]


def test_more_quantifiers_of_those_hit(extract):
    assert values(extract, "Slack went down on Monday. A sizeable number of users could not send messages.", "Slack outage") == ["global"]
    assert values(extract, "Slack went down on Monday. A tiny number of users could not send messages.", "Slack outage") == ["limited"]


def test_how_far_a_change_was_pushed_is_mechanism(extract):
    assert values(extract, "Slack went down on Monday. A routing rule that a technician deployed to every data centre made Slack "
                           "unreachable for two hours.", "Slack outage") == []
    assert values(extract, "Slack went down on Monday after an engineer pushed a faulty setting everywhere at once.",
                  "Slack outage") == []
    assert values(extract, "The outage began when the vendor shipped the patch that crashed about 2 million laptops.",
                  "CrowdStrike outage") == ["global"]


def test_a_whole_area_after_those_hit(extract):
    assert values(extract, "Visa went down on Friday. Every ATM in the nation went offline for two hours.", "Visa outage") == ["regional"]


def test_one_site_hit_but_not_the_site_that_did_it(extract):
    assert values(extract, "The outage affected a single data centre in Ohio.", "AWS outage", source_kind="vendor") == ["regional"]
    # the whole service was hit (C5): a global reach, told of what one building took down
    assert values(extract, "In the AWS outage one building took out the whole service.", "AWS outage") == ["global"]


def test_many_countries_are_global(extract):
    assert values(extract, "Zoom went down on Monday. Customers in at least 30 countries were affected.", "Zoom outage") == ["global"]


def test_latency_is_harm(extract):
    assert values(extract, "A handful of customers saw high latency during the Stripe outage.", "Stripe outage") == ["limited"]


def test_a_use_denied_is_harm_not_use(extract):
    assert values(extract, "Visa went down on Friday. The outage left millions of Canadians unable to use their cards.",
                  "Visa outage") == ["regional"]


def test_more_of_what_is_hit(extract):
    assert values(extract, "Zoom went down on Monday. The issue hit roughly 3% of active sessions.", "Zoom outage") == ["limited"]
    assert values(extract, "AWS went down on Monday. Three of its Asian data centres lost power.", "AWS outage") == ["regional"]
    assert values(extract, "Vodafone's network went down on Monday. Some subscribers in remote areas still had no signal on Sunday.",
                  "Vodafone outage") == ["limited"]


def test_a_whole_named_place(extract):
    assert values(extract, "Comcast's network went down on Monday. The whole Midwest lost broadband for an hour.",
                  "Comcast outage") == ["regional"]


def test_a_relative_clause_goes_on_after_an_aside(extract):
    res = extract("Visa went down on Friday. Hundreds of customers who, on the busiest day of the year, "
                  "found themselves declined at the till complained.", title="Visa outage")
    assert [c["quote"].endswith("found themselves declined at the till complained") for c in claims_of(res, "scope")] == [True]
