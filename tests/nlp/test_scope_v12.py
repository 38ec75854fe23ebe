"""scope.v12: classes of sentence that recur across authors' texts (sentences written for these tests, none copied from a
document)."""
import pytest

from tests.nlp.conftest import scope_after_lead as values


@pytest.mark.parametrize("sentence", [
    # a condition on harm that may still linger, told to the reader: lingering harm for a few (C12)
    "If you are still seeing errors, please contact support.",  # (vendor notice)
    "If the app still won't load for you, try clearing its cache.",  # (help page)
    "If your messages still seem stuck, restarting the phone should help.",  # (blog)
    "If you are still unable to sign in after an hour, let us know.",  # (status update)
    "If the checkout page still shows an error, wait a few minutes and try again.",  # (liveblog)
])
def test_a_condition_on_harm_that_lingers(extract, sentence):
    assert values(extract, sentence) == ["limited"]


@pytest.mark.parametrize("sentence", [
    # no harm in the condition, or no "still": a question, an offer or a counterfactual
    "If you still have questions, please contact support.",
    "If you still want the old layout, you can switch back in settings.",
    "If the outage had spread, millions of users would have been hit.",
    "If the fault still had been there on Monday, the bank would have closed its branches.",
])
def test_a_condition_without_lingering_harm_is_no_reach(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence", [
    # "only" and a restrictive relative clause with no verb after it: who the harm was held to, without a word of harm
    "Only people who had updated the app overnight.",  # (Q&A answer)
    "Who was affected? Only people who had installed the tool with admin rights, which the guide advises against.",  # (explainer)
    "A bug in the updater deleted files it should have left alone, and only on machines where the agent ran with admin rights.",
    "Not everyone: only users whose phones run the old version, which includes a lot of older handsets.",  # (postmortem)
    "The patch broke the login screen for a day, and only on phones that still ran the old version.",  # (wire)
])
def test_those_the_harm_was_held_to(extract, sentence):
    assert values(extract, sentence) == ["limited"]


@pytest.mark.parametrize("sentence", [
    # a rule, an offer or a state: a verb after the relative clause
    "Only engineers who hold a key can push changes.",
    "Only customers who ask will get a refund.",
    "Only users who opt in are enrolled in the beta.",
    "Only members who joined this year receive the new card.",
    "Only accounts that use two-factor login don't need a reset.",
])
def test_only_with_a_rule_or_offer_is_no_reach(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a provider's site in a named place as the target of an attack or an issue: where the harm was
    ("We are investigating a connectivity issue affecting our Frankfurt data center.", ["regional"]),  # (status update)
    ("The company said its Asian servers have been under a denial-of-service attack since Monday.", ["regional"]),  # (wire)
    ("A DDoS attack against its Dallas facility knocked customers offline.", ["regional"]),  # (press)
    ("The Singapore data centre has been the target of repeated attacks.", ["regional"]),  # (blog)
    ("Since Friday the GAMEX Online European Data Centers have been the target of DDoS attacks.", ["regional"]),  # (vendor notice)
    ("Attackers have targeted our European data centres with a flood of junk traffic since Sunday.", ["regional"]),  # (vendor, active voice)
])
def test_a_site_in_a_named_place_under_attack(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # no attack or issue aimed at the site, or one denied
    "The company opened a new data center in Dallas last year.",
    "The attack never reached our Asian servers.",
    "Our European data centres were not targeted, the company said.",
    "Attackers rented servers in several countries to launch the flood.",
])
def test_a_site_without_harm_aimed_at_it_is_no_reach(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a named place with a modifier for its land part or a compass part: still the place where the harm was
    ("A power cut hit the whole of mainland Spain on Monday.", ["regional"]),  # (wire)
    ("The blackout cut electricity across mainland Spain and Portugal.", ["regional"]),  # (press)
    ("Parcels piled up across continental Europe after the tracking system failed.", ["regional"]),  # (blog)
    ("Live: card payments are failing across mainland Britain.", ["regional"]),  # (liveblog)
    ("The outage left all of southern Italy without trains.", ["regional"]),  # (wire)
])
def test_a_place_with_a_modifier(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the modifier before a name that is no place reached
    "The mainland Spain team said nothing was hit.",
    "The firm's continental Europe unit reported record sales this quarter.",
])
def test_a_modified_place_without_harm_is_no_reach(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # "hard to use", "impossible to access": "difficult" in other words
    ("Services at the carrier were hard to use for more than a day across Japan.", ["regional"]),
    ("The banking app was impossible to access for many customers on Friday.", ["global"]),
    # ten or more areas told in words
    ("In total, users on networks in several dozen countries were affected.", ["global"]),
    ("Shoppers in more than thirty countries could not pay.", ["global"]),
    ("Players in twenty-five countries were thrown out of matches.", ["global"]),
    ("Customers in several countries lost service.", ["regional"]),
])
def test_harm_in_other_words_and_counts_of_areas_in_words(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "It was hard to use the new features, reviewers said.",  # (no outage: a review)
    "The firm operates in more than thirty countries.",  # (a size)
])
def test_no_reach_in_a_review_or_a_size(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence", [
    # a count of an operator's trips is what the operator lost, a business consequence (C5)
    "Analysts put the damage at hundreds of cancelled flights.",  # (analysis)
    "More than 100 flights were cancelled and hundreds more were delayed.",  # (wire)
    "By noon the knock-on delays had reached hundreds of flights.",  # (liveblog)
    "The rail operator said the fault had hit hundreds of trains on Monday.",  # (press)
    "By lunchtime the disruption had spread to thousands of flights.",  # (blog)
    "The outage affected 1,400 flights on Friday.",  # (status)
])
def test_a_count_of_trips_is_no_reach(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # those on the trips, a part of the trips, or the trips of one place still state a reach
    ("Thousands of passengers were stranded after the airline cancelled flights.", ["global"]),
    ("Some flights were hit by the tablet glitch.", ["limited"]),
    ("The airline grounded every flight in the United States.", ["regional"]),
])
def test_those_on_the_trips_still_count(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # what was spared, in other words: "untouched", "had no trouble" (C12: no scope claim)
    "Firms that spread their workloads over three zones were largely untouched.",  # (press)
    "Players in Europe, Japan and Oceania say they have had no trouble.",  # (games site)
    "Customers in Asia reported no problems, the company said.",  # (wire)
    "Our customers in Canada saw no errors at all during the window.",  # (postmortem)
])
def test_spared_in_other_words(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # "no" with what those hit lacked is harm, not a spared set
    ("Customers in Asia had no power for six hours.", ["regional"]),
    ("Shoppers across Canada had no way to pay.", ["regional"]),
])
def test_harm_told_by_no_is_still_a_reach(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a place and what lies beyond it, with a word of degree: global
    ("Shops and customers across Europe and well beyond lost service.", ["global"]),  # (press)
    ("Live: sites across Asia and far beyond are returning errors.", ["global"]),  # (liveblog)
    # (without "beyond", two places of one area stay regional)
    ("Shops across Spain and Portugal lost service.", ["regional"]),
])
def test_a_place_and_beyond_with_a_word_of_degree(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a part of the internet with no word of size is a narrow reach; a large part, a swath, a half stay global
    ("On Thursday a slice of the internet could not use the resolver.", ["limited"]),  # (press)
    ("For hours part of the web was unreachable.", ["limited"]),  # (liveblog)
    ("Large parts of the web went dark on Tuesday.", ["global"]),
    ("The fault knocked a large part of the internet offline.", ["global"]),
    ("The leak brought down a swath of the internet.", ["global"]),
    ("Half of the web stopped loading for an hour.", ["global"]),
])
def test_a_part_of_the_internet_by_its_size(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an attack that spread to a provider's sites in named places: the places listed give the reach
    ("The attacks have since spread to the company's other locations, including Dallas, Newark and London.", ["global"]),  # (press)
    ("Over the following days the attacks moved on to every one of our data centres, in the US, Europe and Asia.", ["global"]),  # (vendor)
    ("The attack later spread to its data centres in Texas and California.", ["regional"]),  # (wire)
])
def test_an_attack_that_spread_to_named_places(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The attack never spread to our data centres in Asia.",  # (denied)
    "The attack spread to other companies' networks.",  # (no place named)
])
def test_an_attack_that_spread_nowhere_named_is_no_reach(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # service there again, "fully operational": no reach; the harm before it still is one
    ("All affected services are fully operational.", []),  # (status update)
    ("Resolved: every affected product is fully functional as of 14:00 UTC.", []),
    ("Every service was down until noon, when all were fully operational.", ["global"]),
])
def test_fully_operational_is_service_there_again(extract, sentence, expected):
    assert values(extract, sentence) == expected
