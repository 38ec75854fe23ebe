"""scope.v13: a national provider's count is the country's (sentences written for these tests, none copied from a document).

A carrier, a national bank or a government agency serves one country (providers.json home_country): a global reading with
no word of the world in it becomes regional, in a document that names no place outside that country and no word of the world
or of abroad. A global provider (a cloud, a CDN, a social network) keeps its global reading."""
import pytest

from nlp.gazetteer import load_gazetteer
from nlp.scope import DOC_PROVIDER_KEY, _home_country_of
from tests.nlp.conftest import claims_of


def values(extract, lead, sentence, tail="", **fields):
    """The scope values the sentence asserts, after a lead that names the provider and before an optional tail."""
    res = extract(lead + sentence + tail, **fields)
    lo, hi = len(lead), len(lead) + len(sentence)
    return [c["normalized"] for c in claims_of(res, "scope") if lo <= c["start"] < hi and c["polarity"] == "asserts"]


@pytest.mark.parametrize("lead, sentence", [
    # a count or an "anyone" with no place: the country's people (wire, vendor letter, blog, Q&A, liveblog)
    ("Rogers suffered a major outage on Friday. ", "Millions of customers could not call or text for most of the day."),
    ("Verizon's wireless network suffered an outage on Thursday. ", "Most of our subscribers were unable to place a call for several hours, and we apologise."),
    ("The IRS website crashed on the last day to file. ", "Anyone trying to pay online hit an error page for hours."),
    ("Why did KDDI's network go down? ", "Roughly 30 million lines lost voice service at some point over the weekend."),
    ("Live: Barclays app down. ", "Thousands of customers say they cannot log in or make payments, Barclays said."),
])
def test_a_national_providers_count_is_regional(extract, lead, sentence):
    assert values(extract, lead, sentence) == ["regional"]


@pytest.mark.parametrize("lead, sentence, tail", [
    # a national carrier whose customers abroad were hit too: the reach left the country
    ("Rogers suffered a major outage on Friday. ", "Millions of customers could not call or text for most of the day.",
     " Customers travelling abroad could not roam either."),
    # a bank whose document names a branch network outside its country
    ("Barclays' app failed on payday. ", "Thousands of customers could not log in or make payments.",
     " Customers of its branches in Spain and the US were hit too."),
    # a national provider's document that says the failure was worldwide
    ("T-Mobile suffered a major outage on Monday. ", "Millions of customers could not make calls.",
     " Outage trackers showed complaints from around the world."),
])
def test_a_place_or_word_beyond_the_country_keeps_the_global_reading(extract, lead, sentence, tail):
    assert values(extract, lead, sentence, tail) == ["global"]


@pytest.mark.parametrize("lead, sentence", [
    # a global provider has no home country: a count of its users stays global
    ("Cloudflare suffered a major outage on Friday. ", "Millions of users could not load websites for several hours."),
    ("AWS suffered a major outage on Monday. ", "Thousands of companies saw their apps fail at once."),
])
def test_a_global_providers_count_stays_global(extract, lead, sentence):
    assert values(extract, lead, sentence) == ["global"]


def test_a_reading_in_the_words_of_the_world_stays_global(extract):
    # the reading's own words are the world's: not the country's people, whatever the provider
    assert values(extract, "Telstra's network failed on Tuesday. ",
                  "The fault left users across the whole internet unable to reach its sites.") == ["global"]


def test_places_inside_the_country_do_not_block(extract):
    # a city of the home country is inside it: the count is still the country's
    assert values(extract, "Rogers suffered a network failure in Toronto and Ottawa on Friday. ",
                  "Millions of customers could not call or text for most of the day.") == ["regional"]


def test_the_extractors_chosen_provider_is_read_first(extractor):
    # a vendor statement that names itself only in its title: the extractor's choice, when it passes it, decides
    doc = extractor.nlp("We are sorry. Many of our customers could not make calls yesterday.")
    assert _home_country_of(doc) is None
    doc = extractor.nlp("We are sorry. Many of our customers could not make calls yesterday.")
    doc.user_data[DOC_PROVIDER_KEY] = "Verizon"
    assert _home_country_of(doc) == "United States"


def test_home_country_is_loaded_for_national_providers_only():
    gaz = load_gazetteer()
    assert gaz.provider("Rogers").home_country == "Canada"
    assert gaz.provider("NATS").home_country == "United Kingdom"
    assert gaz.provider("Kakao").home_country == "South Korea"
    for global_provider in ("AWS", "Cloudflare", "Meta", "Slack", "Vodafone", "HSBC"):
        assert gaz.provider(global_provider).home_country is None
