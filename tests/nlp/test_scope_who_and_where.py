"""scope.v3: who or what was hit and how many of them, and where (sentences written for these tests)."""
from tests.nlp.conftest import claims_of


def scopes(res):
    return [(c["normalized"], c["polarity"]) for c in claims_of(res, "scope")]


def values(extract, text, title):
    return [v for v, _ in scopes(extract(text, title=title))]


def test_a_universal_or_large_quantity_of_those_hit_is_global(extract):
    assert values(extract, "YouTube stopped playing videos for large numbers of viewers on Friday evening during the outage.",
                  "YouTube outage") == ["global"]
    assert values(extract, "Dropbox was unreachable for many subscribers on Thursday.", "Dropbox outage") == ["global"]
    assert values(extract, "Most of our merchants could not take card payments during the Stripe outage.", "Stripe outage") == ["global"]


def test_a_restrictive_quantity_of_those_hit_is_limited(extract):
    assert values(extract, "A handful of enterprise tenants saw timeouts during the Okta outage.", "Okta outage") == ["limited"]
    assert values(extract, "Video calls dropped for some Zoom users during the outage.", "Zoom outage") == ["limited"]


def test_harm_that_goes_on_still_states_a_reach(extract):
    assert values(extract, "Card payments are still failing for some merchants after the Stripe outage.", "Stripe outage") == ["limited"]


def test_some_before_a_number_is_about(extract):
    # a count of millions, not "some" of them; a national carrier's millions are its country's (scope.v13)
    assert values(extract, "The Telstra outage cut off some 3 million subscribers for most of the day.", "Telstra outage") == ["regional"]
    assert values(extract, "The Cloudflare outage cut off some 3 million users for most of the day.", "Cloudflare outage") == ["global"]


def test_how_many_thoughts_and_dependence_are_no_reach(extract):
    assert values(extract, "The Stripe outage showed how many shops lean on a single payment processor.", "Stripe outage") == []
    assert values(extract, "During the Slack outage many users assumed their company had been hit by hackers.", "Slack outage") == []
    assert values(extract, "After the Azure outage, every bank in the country depends on some vendor whose failure can take it down.",
                  "Azure outage") == []


def test_hypotheticals_and_plans_are_no_reach(extract):
    assert values(extract, "A second fault at the plant would leave some customers offline for weeks.", "OVH outage") == []
    assert values(extract, "We expect to bring most affected stores back online by Friday after the outage.", "Shopify outage") == []


def test_a_place_the_harm_spread_over(extract):
    assert values(extract, "Mobile data went down in every province on Tuesday during the Telus outage.", "Telus outage") == ["regional"]
    assert values(extract, "Players on every continent were disconnected during the Steam outage.", "Steam outage") == ["global"]
    assert values(extract, "The Optus outage took landlines offline across Australia.", "Optus outage") == ["regional"]
    assert values(extract, "Banks throughout Britain and the US could not process transfers during the outage.", "Visa outage") == ["global"]
    assert values(extract, "Payment terminals failed across the region during the Worldline outage.", "Worldline outage") == ["regional"]


def test_a_named_cloud_region_after_of(extract):
    assert values(extract, "Customers of its Brazil South region could not reach storage during the Azure outage.",
                  "Azure outage") == ["regional"]


def test_a_status_heading_that_starts_with_who_was_hit(extract):
    res = extract("Some users unable to sign in\n\nWe are investigating the problem.", title="Okta status",
                  source_kind="vendor")
    assert ("limited", "asserts") in scopes(res)


def test_how_far_a_change_travelled_is_mechanism_not_reach(extract):
    # C5: the reach of the harm, not of the change that caused it
    assert values(extract, "The new firewall rule was pushed to every data centre at once during the Cloudflare outage.",
                  "Cloudflare outage") == []
    assert values(extract, "The Salesforce outage happened because a DNS setting went to all of its data centres together.",
                  "Salesforce outage") == []
    assert values(extract, "The bad rule was pushed to each of our data centers, and every region went dark within minutes.",
                  "Cloudflare outage") == ["global"]


def test_a_place_set_before_the_clause(extract):
    res = extract("In Japan, where it was already evening, customers of three big lenders found their banking apps "
                  "unable to connect during the Akamai outage.", title="Akamai outage")
    (claim,) = claims_of(res, "scope")
    assert claim["normalized"] == "regional" and claim["quote"].endswith("unable to connect during the Akamai outage")
    assert values(extract, "In Japan, the Akamai outage was over by lunchtime, the company said.", "Akamai outage") == []


def test_a_large_part_of_the_system_and_regions_counted(extract):
    assert values(extract, "Much of Amazon's network went dark on Thursday during the AWS outage.", "AWS outage") == ["global"]
    assert values(extract, "A bad patch caused last week's Datadog outage across four of its regions.", "Datadog outage") == ["global"]


def test_a_relative_clause_of_dependence_says_who_was_hit(extract):
    res = extract("Products that depend on the key-value store, including the VPN, are failing for some customers "
                  "during the Cloudflare outage.", title="Cloudflare outage")
    assert ("limited", "asserts") in scopes(res)


def test_business_consequences_report_counts_and_data_are_no_reach(extract):
    assert values(extract, "After the Fastly outage, refunds were limited to customers on premium plans.", "Fastly outage") == []
    assert values(extract, "The Slack outage drew more than 40,000 problem reports worldwide on Downdetector.",
                  "Slack outage") == []
    assert values(extract, "The Okta outage was not a breach, and customer data was not affected, the company said.",
                  "Okta outage") == []


def test_regional_is_a_reach_of_the_outage_not_a_part_of_the_system(extract):
    assert values(extract, "A bad entry in the regional routing tables set off the AWS outage.", "AWS outage") == []
    assert values(extract, "Microsoft called the Azure outage a regional failure on Monday.", "Azure outage") == ["regional"]


def test_what_came_back_and_what_went_out_to_every_site(extract):
    assert values(extract, "By noon most of the network was back after the Microsoft outage.", "Microsoft outage") == []
    assert values(extract, "During the Salesforce outage it went out to all of our data centres at the same time.",
                  "Salesforce outage") == []


def test_victims_named_in_a_list_are_many(extract):
    assert values(extract, "Sites belonging to Walmart, Nike, United Airlines and Target stopped loading on Friday, "
                  "in an outage traced to Akamai.", "Akamai outage") == ["global"]
    assert values(extract, "Apps from Peloton to Zoom to the makers of smart doorbells failed during the AWS outage.",
                  "AWS outage") == ["global"]


def test_more_words_of_harm(extract):
    assert values(extract, "Some Atlassian cloud customers have now gone a week without their wikis after the outage.",
                  "Atlassian outage") == ["limited"]
    assert values(extract, "The Microsoft outage disconnected a large part of Microsoft's cloud for hours.",
                  "Microsoft outage") == ["global"]


def test_generic_and_conditional_statements_are_no_reach(extract):
    assert values(extract, "The Cloudflare outage shows one bad file can take down every region.", "Cloudflare outage") == []
    assert values(extract, "If a zone fails during an outage, every customer there loses service, AWS says.", "AWS outage") == []


def test_none_of_them_could_and_a_whole_country(extract):
    assert values(extract, "About forty million people log in to Roblox each week, and during the outage none of them could.",
                  "Roblox outage") == ["global"]
    assert values(extract, "During the Optus outage, a whole country's worth of subscribers went offline until the afternoon.",
                  "Optus outage") == ["regional"]


def test_most_spared_is_no_reach(extract):
    # C12: what was spared is no scope claim, counted or not
    res = extract("During the Cloudflare outage the great majority of websites behind Cloudflare stayed up.",
                  title="Cloudflare outage")
    assert [v for v, _ in scopes(res)] == []


def test_switching_off_for_users_is_harm_for_itself_a_remedy(extract):
    assert values(extract, "During the outage the faulty command instead disabled the storage gateway, the service behind "
                  "every bucket, for all customers.", "Cloudflare outage") == ["global"]
    assert values(extract, "We have disabled the automation worldwide until we fix the outage's cause.", "Cloudflare outage") == []


def test_areas_counted_only_those_and_fractions(extract):
    # the labelling guide's own C5 example
    assert values(extract, "Shops in three states could not take cards during the Visa outage.", "Visa outage") == ["regional"]
    assert values(extract, "Only customers using the legacy API were affected by the Stripe outage.", "Stripe outage") == ["limited"]
    assert values(extract, "Only a few hundred users were affected by the GitHub outage.", "GitHub outage") == ["limited"]
    assert values(extract, "Roughly a third of its customers lost access during the Slack outage.", "Slack outage") == ["global"]


def test_lost_patience_is_no_harm(extract):
    assert values(extract, "The Stripe outage is only the latest in a long line, and many customers have lost patience.",
                  "Stripe outage") == []


def test_confined_to_a_place_and_a_list_of_countries(extract):
    assert values(extract, "The outage was largely confined to Microsoft's UK South data centre.", "Azure outage") == ["regional"]
    assert values(extract, "The Fastly outage was brief, with sites in the UK, US and Japan affected.", "Fastly outage") == ["global"]


def test_the_size_of_a_company_is_not_the_reach(extract):
    assert values(extract, "AWS operates more than thirty regions around the world, and the outage hit one of them.",
                  "AWS outage") == []


def test_those_counted_beside_the_outage_name_only_are_not_hit(extract):
    assert values(extract, "Some users took to social media to complain about the AWS outage.", "AWS outage") == []
    assert values(extract, "Many customers posted about the AWS outage on forums, according to Downdetector.", "AWS outage") == []
    assert values(extract, "We experienced a global outage today, AWS said.", "AWS outage") == ["global"]


def test_size_habit_another_outage_and_repair_are_no_reach(extract):
    assert values(extract, "AWS serves millions of customers around the world, and Monday's outage was a reminder of that.",
                  "AWS outage") == []
    assert values(extract, "Millions of people use apps built on AWS every day, and the outage showed how fragile that is.",
                  "AWS outage") == []
    assert values(extract, "Last year a similar AWS outage knocked thousands of websites offline.", "AWS outage") == []
    assert values(extract, "Thousands of engineers worked through the night to fix the AWS outage.", "AWS outage") == []
    assert values(extract, "During the Fastly outage, 85% of its network started serving errors.", "Fastly outage") == ["global"]


def test_any_hit_noun_in_a_place_and_more_quantities(extract):
    assert values(extract, "Merchants in North America were hardest hit by the Shopify outage.", "Shopify outage") == ["regional"]
    assert values(extract, "Instagram and WhatsApp went dark for billions of users during the outage.", "Meta outage") == ["global"]
    assert values(extract, "Outlook users across the globe were locked out of their inboxes during the outage.",
                  "Microsoft outage") == ["global"]


def test_a_reach_inside_a_clause_of_reason_is_mechanism(extract):
    assert values(extract, "Recovery from the Slack outage is slow because every server must reload its data.",
                  "Slack outage") == []
    assert values(extract, "Because the bad file loaded everywhere at once, customers around the world saw errors in the outage.",
                  "Cloudflare outage") == ["global"]
