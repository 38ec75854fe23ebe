"""scope.v10: classes of sentence that recur across authors' texts (sentences written for these tests, none copied from a
document)."""
import pytest

from tests.nlp.conftest import claims_of, scope_after_lead as values


@pytest.mark.parametrize("sentence, expected", [
    # service back FOR most of those hit, told as under way or just done: the rest are still out (C12)
    ("Service has now been restored for most subscribers, and we are bringing the rest back over the next hour.", ["limited"]),
    ("Update 14:10 - Access has come back for the majority of accounts.", ["limited"]),
    ("Cards were being reconnected for most of the bank's customers by mid-afternoon, a spokesman said.", ["limited"]),
    ("The company says email is coming back for most of its business users.", ["limited"]),
    # most things back in a place named: that place's update (C11)
    ("The bulk of the virtual machines in eu-west-2 have been recovered.", ["regional"]),
    ("Most storage nodes in Frankfurt are coming back now.", ["regional"]),
])
def test_recovery_still_under_way_for_the_rest(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a progress note with no place and no one it is back for
    "Most services have recovered.",
    "The majority of our systems are recovering.",
    # a finished story, in the simple past
    "Most of you could sync your files again by noon.",
    "By six o'clock the bulk of the machines were working again.",
    # told as done for all but a few
    "Chat history has been restored for nearly all users.",
    # "most" as a superlative, not a share
    "The most affected services have been restored.",
])
def test_recovery_told_as_progress_or_done_states_no_reach(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence", [
    # every/each as the subject of the simple present, no harm in its clause: how things always are
    "Each of our warehouses has two independent power feeds, and the loss of one should not stop it.",
    "Every bank runs a ledger like this one, and when it stalls the branches notice.",
    "\"Every carrier has a system like that nobody outside the trade has heard of, until it stops,\" said a former dispatcher.",
    "Every parcel through the hub carries a barcode, and the scanners failed to read one of them.",
    # those who know of a thing are not those hit
    "It is a tool nobody outside the trade knew about before Friday, when it failed.",
])
def test_generic_present_states_no_reach(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # the simple present of a state of harm, the present perfect and the past still state a reach
    ("Every store is offline, and staff are taking cash.", ["global"]),
    ("Each of our data centres has lost power.", ["global"]),
    ("The spokesman said, \"Every customer is affected.\"", ["global"]),
    ("Every region reports the same errors.", ["global"]),
    ("Each touched a single person's files.", ["limited"]),
    ("Nobody outside Japan was affected.", ["limited"]),
])
def test_every_told_of_harm_is_still_a_reach(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # those hit "around" a named place: that place
    ("Businesses around Ireland lost access to their hosted files on Wednesday evening.", ["regional"]),
    ("Shoppers around Germany could not pay by card.", ["regional"]),
    ("Customers around the world could not log in.", ["global"]),
])
def test_hit_around_a_place(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Customers around 9am could not log in.",  # a time, not a place
    "Around Dublin, the weather was mild on Wednesday.",  # no one hit
])
def test_around_without_a_place_hit(extract, sentence):
    assert values(extract, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # "similar" trouble that those counted are going through now is this outage's reach, not another outage
    ("Airports across Spain are reporting similar problems this morning.", ["regional"]),
    ("Banks in Spain and Portugal are seeing similar errors, according to the tracker.", ["regional"]),
    # another outage stays no reach
    ("Last year a similar outage knocked thousands of sites offline.", []),
    ("Customers in Ohio had a similar outage last spring.", []),
])
def test_similar_trouble_now(extract, sentence, expected):
    assert values(extract, sentence) == expected


def scope_spans(extract, text, **fields):
    res = extract(text, **fields)
    return [(c["normalized"], text[c["start"]:c["end"]]) for c in claims_of(res, "scope") if c["polarity"] == "asserts"]


def test_a_status_pages_title_line_names_the_incident(extract):
    title = "Multiple storage products are seeing elevated error rates in eu-west-2"
    text = (f"{title}\n\nInvestigating (2025-03-04 10:00 UTC): Some customers in eu-west-2 may see failed writes.\n\n"
            "Resolved (2025-03-04 12:00 UTC): The issue has been resolved.")
    found = scope_spans(extract, text, title=title, source_kind="vendor", provider="Google Cloud")
    assert found and all(not quote.startswith("Multiple storage") for _value, quote in found)


def test_a_first_line_that_is_a_sentence_or_starts_with_those_hit_is_read(extract):
    text = "Customers across Spain could not reach their sites during a Cloudflare outage on Friday.\n\nThe company apologised."
    assert [v for v, _q in scope_spans(extract, text, title="Cloudflare outage")] == ["regional"]
    text = "Some users unable to sign in\n\nInvestigating: we are looking into sign-in failures after an outage."
    assert [v for v, _q in scope_spans(extract, text, title="Some users unable to sign in", source_kind="vendor")] == ["limited"]


@pytest.mark.parametrize("sentence, expected", [
    # a count of an operator's cancellations or delays is a business consequence (C5)
    ("Trains are running again, but we expect some residual delays and a small number of cancellations this evening.", []),
    ("The carrier reported a handful of diversions and some cancellations.", []),
    # people who see delays are those hit
    ("A small number of people may still see delays.", ["limited"]),
    ("Some customers may still experience delays with card payments.", ["limited"]),
])
def test_cancellations_and_delays_counted(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # what those counted can still do is what was spared (C12)
    ("Canadians can still reach the tax office by telephone and by post.", []),
    ("Customers in Spain were still able to pay by card at shops.", []),
    # harm that can still be seen, or a use still denied, is a reach
    ("Some customers could still see errors after the fix.", ["limited"]),
    ("Some users can still not log in.", ["limited"]),
    ("Customers in Spain cannot pay by card, though they can still withdraw cash.", ["regional"]),
])
def test_what_can_still_be_done_is_spared(extract, sentence, expected):
    assert values(extract, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the comparative of a small quantity is a small quantity (rules-scope.json limited_quantifiers)
    ("A smaller set of services stayed unavailable into the evening.", ["limited"]),
    ("A smaller group of subscribers could not make calls until midnight.", ["limited"]),
    ("A smaller group of engineers met on Friday to plan the fix.", []),  # no harm told of them
])
def test_a_smaller_group(extract, sentence, expected):
    assert values(extract, sentence) == expected
