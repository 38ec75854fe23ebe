"""relevance.v13: a name's own shop, store or checkout ("Quillmoor's online shop went offline"), or any thing of its own told
failed right after ("Tarnwick's European build fleet was down"), ties the outage to the
name as its website or app does (sentences written for these tests)."""

import functools

import pytest

from nlp.extract import Extractor


@functools.lru_cache(maxsize=1)
def _rules_extractor() -> Extractor:
    return Extractor(rules_only=True)  # (the rules alone: the learned second opinion would hide a rules miss)


def _rules_only(title, text):
    return _rules_extractor().extract({"id": "t", "title": title, "text": text, "source_kind": "press",
                                       "published": "2025-06-01T12:00:00Z"})


@pytest.mark.parametrize("text", [
    "Quillmoor's online shop went offline on Tuesday and stayed down for most of the afternoon.",
    "Quillmoor's web store was down for four hours on Tuesday.",
    "Quillmoor's checkout stopped working on Tuesday evening.",
])
def test_a_names_own_shop_ties_the_outage_to_it(text):
    res = _rules_only("Shop outage", text)
    assert res["is_outage"] and [i["provider"] for i in res["incidents"]] == ["Quillmoor"]


def test_a_shop_that_did_well_is_no_outage():
    res = _rules_only("Trading update", "Quillmoor's online shop had its best Christmas yet, the retailer said.")
    assert not res["is_outage"]


@pytest.mark.parametrize("text, provider", [
    ("Tarnwick's European build fleet was down for more than two hours on Tuesday morning.", "Tarnwick"),
    ("Quillmoor's render farm went offline on Friday night, and artists lost a day of work.", "Quillmoor"),
])
def test_a_names_own_thing_told_failed_ties_the_outage_to_it(text, provider):
    res = _rules_only("Builds down", text)
    assert res["is_outage"] and [i["provider"] for i in res["incidents"]] == [provider]


def test_a_places_thing_that_failed_names_no_provider():
    res = _rules_only("Rail delays", "Britain's busiest commuter line was down for an hour on Monday.")
    assert "Britain" not in [i["provider"] for i in res["incidents"]]


@pytest.mark.parametrize("title, text", [
    ("Season two: scheduled downtime", "Season two arrives on Wednesday. To install it, we will take the game servers offline "
     "from 08:00 to 11:00 UTC that morning. During the window you will not be able to log in or play."),
    ("Network upgrade in one region", "On June 15, between 01:00 and 05:00, we will upgrade network equipment in the region. "
     "Running instances are not affected. During the window, calls to create instances may take longer than usual."),
])
def test_a_vendors_announced_work_is_no_outage(title, text):
    res = _rules_extractor().extract({"id": "t", "title": title, "text": text, "source_kind": "vendor",
                                      "published": "2025-06-01T12:00:00Z"})
    assert not res["is_outage"]


def test_a_promise_to_update_readers_announces_no_work():
    from nlp.relevance import _ANNOUNCED_WORK
    text = "new user registration is temporarily suspended. we will update this notice when registration reopens."
    assert _ANNOUNCED_WORK.search(text) is None


def test_a_feature_that_ends_an_old_interruption_is_a_launch_post():
    text = ("Until now, a minor-version upgrade of a cloud database meant choosing a maintenance window and accepting a short "
            "interruption while the instance restarted.\n\nStarting this month, upgrades run on a standby copy first and "
            "switch over in a few seconds. In our tests, applications with standard retry logic saw no errors at all.")
    res = _rules_extractor().extract({"id": "t", "title": "Database upgrades without a maintenance window", "text": text,
                                      "source_kind": "vendor", "published": "2025-06-01T12:00:00Z"})
    assert not res["is_outage"]
