"""scope.v2: constructions that state how far an outage reached (paraphrases written for these tests)."""
from tests.nlp.conftest import claims_of


def scopes(res):
    return [(c["normalized"], c["polarity"]) for c in claims_of(res, "scope")]


def test_every_unit_is_global(extract):
    res = extract("The bad rule was pushed to each of our data centers, and every region went dark within minutes.",
                  title="Cloudflare outage")
    assert ("global", "asserts") in scopes(res)


def test_a_large_share_is_global(extract):
    res = extract("Roughly 70 percent of its network started returning errors during the Cloudflare outage.",
                  title="Cloudflare outage")
    assert scopes(res)[0] == ("global", "asserts")


def test_a_named_cloud_region_is_regional(extract):
    res = extract("Storage requests failed in the West Europe Region during the Azure outage on Monday.",
                  title="Azure outage")
    assert scopes(res)[0][0] == "regional"
    res = extract("Virtual machines in eu-north-2 were unavailable for three hours during the AWS outage.", title="AWS outage")
    assert scopes(res)[0][0] == "regional"


def test_a_region_merely_named_is_no_scope(extract):
    res = extract("AWS had an outage on Monday. The bank keeps its databases in eu-north-2, an analyst noted.",
                  title="AWS outage")
    assert scopes(res) == []


def test_one_person_or_some_people_is_limited(extract):
    res = extract("The harm stayed small: one developer's folder was erased by the Replit agent during the outage.",
                  title="Replit outage")
    assert scopes(res)[0][0] == "limited"
    res = extract("Slack said some people could not log in during the outage.",
                  title="Slack outage")
    assert "limited" in [v for v, _ in scopes(res)]


def test_several_continents_is_global(extract):
    res = extract("Users in Asia, Europe and South America were unable to load Slack during the outage.", title="Slack outage")
    assert scopes(res)[0][0] == "global"


def test_recovery_for_all_is_no_reach(extract):
    res = extract("Service has been restored for every customer after the Cloudflare outage.", title="Cloudflare outage")
    assert scopes(res) == []


def test_scope_quotes_the_clause_not_the_sentence(extract):
    text = ("The Cloudflare outage began at noon, and after a faulty update, 90% of our fleet began serving errors, "
            "the company said.")
    res = extract(text, title="Cloudflare outage")
    (claim,) = claims_of(res, "scope")
    assert claim["quote"] == "90% of our fleet began serving errors"


def test_the_one_who_acted_is_no_reach(extract):
    res = extract("The Fastly outage started when one customer changed a setting that set off the bug.", title="Fastly outage")
    assert "limited" not in [v for v, _ in scopes(res)]


def test_a_status_heading_states_no_reach(extract):
    res = extract("Broad platform errors across all regions\nWe are investigating the Heroku outage.", title="Heroku outage")
    assert all(c["quote"] != "Broad platform errors across all regions" for c in claims_of(res, "scope"))


def test_a_recovery_clause_does_not_hide_the_reach(extract):
    res = extract("No one outside the one team seems to have been hit by the Replit outage, and Replit restored the data later.",
                  title="Replit outage")
    assert scopes(res)[0][0] == "limited"


def test_two_reaches_in_two_clauses(extract):
    res = extract('Slack called those hit by the outage only "a few people", a description at odds with failures on three continents.',
                  title="Slack outage")
    assert {"limited", "global"} <= {v for v, _ in scopes(res)}


def test_a_size_without_harm_is_no_reach(extract):
    res = extract("The Akamai outage lasted an hour. Akamai operates hundreds of thousands of servers around the globe.",
                  title="Akamai outage")
    assert all("servers around the globe" not in c["quote"] for c in claims_of(res, "scope"))


def test_a_share_of_a_named_network(extract):
    res = extract("About 60% of Akamai's network was knocked offline by the faulty update.", title="Akamai outage")
    assert scopes(res)[0][0] == "global"


def test_recovery_and_norms_state_no_reach(extract):
    res = extract("The Google Cloud outage hit many customers. Jobs in eu-north-2 were the final ones to recover from the outage. "
                  "One bad command should never be able to erase hundreds of customer sites.", title="Google Cloud outage")
    quotes = " ".join(c["quote"] for c in claims_of(res, "scope"))
    assert "eu-north-2" not in quotes and "hundreds of customer sites" not in quotes


def test_who_was_hit_and_where(extract):
    res = extract("Subscribers across Brazil could not reach Slack during the outage.", title="Slack outage")
    assert scopes(res)[0][0] == "regional"
    res = extract("Businesses in Canada and Mexico lost access to Slack during the outage.", title="Slack outage")
    assert scopes(res)[0][0] == "global"


def test_complete_partial_and_countrywide(extract):
    res = extract("Slack was entirely unreachable on Monday, the company said of the outage.", title="Slack outage")
    assert scopes(res)[0][0] == "global"
    res = extract("Slack reported a partial outage of its file uploads on Monday.", title="Slack outage")
    assert scopes(res)[0][0] == "limited"
    res = extract("Phone payments failed nationwide during the Stripe outage.", title="Stripe outage")
    assert scopes(res)[0][0] == "regional"


def test_report_counts_are_no_reach_but_lingering_trouble_is(extract):
    # harm that goes on is harm: "still slow for some users" tells who is hit (C5); a count of complaints does not
    res = extract("The Slack outage began at noon. Uploads are still slow for some users while caches refill. "
                  "Downdetector showed thousands of complaints about the outage within minutes.", title="Slack outage")
    quotes = " ".join(c["quote"] for c in claims_of(res, "scope"))
    assert "some users" in quotes and "complaints" not in quotes
    assert ("limited", "asserts") in scopes(res)


def test_isolating_a_cause_is_no_reach(extract):
    res = extract("Engineers isolated the faulty component behind the Slack outage within the hour.", title="Slack outage")
    assert scopes(res) == []
