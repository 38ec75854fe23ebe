"""ai.v17: an AI that a verb of blame points at is the cause, not an AI service that was down ("blamed the outage on
its AI tool", "blamed its machine-learning model for the outage"); an ML model named by its task ("its fraud-detection
model", "a learning model") is an AI system (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_OUTAGE = "Harrowgate Mutual's card payments were down for five hours on Saturday, and members could not pay at tills.\n\n"


def _ai(extract, text, lead=_OUTAGE, title="Harrowgate Mutual card outage"):
    res = extract(lead + text, title=title, source_kind="press", outlet="The Desk", published="2025-03-12T20:00:00Z")
    return [c["normalized"] for c in claims_of(res, "ai")]


@pytest.mark.parametrize("text", [
    "The building society blamed the outage on its AI tool.",
    "The building society blamed its machine-learning model for the outage.",
    "The building society blamed the morning's outage on its fraud-detection model.",
    "A learning model meant to spot stolen cards caused the outage, the society said.",
])
def test_an_ai_that_blame_points_at_is_involved(extract, text):
    assert _ai(extract, text) == [True]


@pytest.mark.parametrize("text", [
    "Members blamed the ChatGPT outage for a lost afternoon of work.",
    "The society's risk team uses a pricing model built in-house.",
])
def test_what_blame_does_not_point_at_is_no_ai_involvement(extract, text):
    assert _ai(extract, text) == []


_SHOP = "Quillmoor's online shop went offline on Tuesday and stayed down for most of the afternoon.\n\n"


def _shop_ai(extract, text):
    return _ai(extract, text, lead=_SHOP, title="Quillmoor shop outage")


@pytest.mark.parametrize("text", [
    "Its founder said an AI crawler had overwhelmed the shop's servers with requests.",
    "The founder traced the load to GPTBot, which hammered the product pages from hundreds of addresses.",
    "A trader told us that an AI trading system had flooded the order book.",
])
def test_an_ai_that_put_a_load_on_the_site_did_harm(extract, text):
    assert _shop_ai(extract, text) == [True]


def test_a_search_crawler_is_no_ai(extract):
    assert _shop_ai(extract, "The founder said a search engine's crawler had hammered the product pages.") == []


@pytest.mark.parametrize("text", [
    "The load balancer change was generated with our AI assistant from a one-line prompt, the company said.",
    "The DNS configuration change had been written with an AI coding tool, the company said.",
])
def test_a_change_named_by_what_it_changed_and_written_by_an_ai(extract, text):
    assert _ai(extract, text) == [True]


def test_no_evidence_with_an_adjective_denies_what_was_just_raised(extract):
    text = ("Within hours, posts online declared that the app had been \"vibe coded\", thrown together by an AI assistant with nobody "
            "checking the work. There is no public evidence for that, and the company has not addressed it.")
    assert _ai(extract, text) == [True, False]
