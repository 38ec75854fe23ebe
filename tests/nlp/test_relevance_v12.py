"""relevance.v12: an organisation's name as the subject of a failure ("Harlowe Games suffered an outage",
"Quillmarsh was down") ties the outage to it without an internet word in the sentence, where the name is shaped
as an organisation's or no English word makes it up, and the sentence opens on it only if the document names it
again (sentences written for these tests)."""

import functools

import pytest

from nlp.extract import Extractor

from .conftest import primary


def _doc(extract, title, text):
    return extract(text, title=title, source_kind="press", published="2025-06-01T12:00:00Z")


@functools.lru_cache(maxsize=1)
def _rules_extractor() -> Extractor:
    return Extractor(rules_only=True)  # (built once: the rules alone, without the learned second opinion)


def _rules_only(title, text):
    return _rules_extractor().extract({"id": "t", "title": title, "text": text, "source_kind": "press",
                                       "published": "2025-06-01T12:00:00Z"})


@pytest.mark.parametrize("title, text, provider", [
    ("Harlowe Games outage: players furious",
     "Harlowe Games suffered an outage on Saturday: its servers were down for most of the day, leaving players unable "
     "to log in. Harlowe Games said a database bug caused the outage.", "Harlowe Games"),
    ("A bad morning for bookkeepers",
     "Quillmarsh was down for three hours on Tuesday morning. Bookkeepers said they could not send invoices, and "
     "Quillmarsh blamed an expired certificate for the outage.", "Quillmarsh"),
])
def test_an_organisation_that_suffered_or_was_down_anchors_the_outage(extract, title, text, provider):
    # (the rules alone decide: the learned second opinion is not needed for these)
    assert _rules_only(title, text)["is_outage"] is True
    res = _doc(extract, title, text)
    assert res["is_outage"] is True
    assert primary(res)["provider"] == provider


@pytest.mark.parametrize("title, text", [
    # what an organisation failed to do, and a loss it suffered, are no outage
    ("Results",
     "Harlowe Games suffered a fall in profits in the third quarter. Harlowe Games said sales of its older titles "
     "had failed to match last year. An outage at a supplier was not to blame."),
    ("Transfer news",
     "Quillmarsh Rovers failed to sign a striker before the deadline. Quillmarsh Rovers were down to ten men by half "
     "time and the manager called it a failure of planning."),
    # a share price that fell
    ("Markets",
     "Harbourline Shipping was down 3% in early trading after a profit warning. Harbourline Shipping blamed the "
     "failure of a freight contract and an outage of demand in Asia."),
])
def test_failing_to_do_something_is_no_outage(title, text):
    assert _rules_only(title, text)["is_outage"] is False


def _vendor(extract, title, text):
    return extract(text, title=title, source_kind="vendor", published="2025-06-01T12:00:00Z", provider="Zapnet")


@pytest.mark.parametrize("text", [
    "Between midnight and 5am on Thursday we will carry out planned works on our fibre network in parts of Leeds. "
    "Customers in the affected areas may notice short breaks in broadband. Mobile calls are not affected.",
    "We will be carrying out essential upgrades to our exchange in Harrogate overnight on 4 June. Some affected "
    "customers may lose their landline for up to an hour; 999 calls are not affected.",
])
def test_works_announced_with_the_areas_they_will_touch_are_no_outage(extract, text):
    assert _vendor(extract, "Planned works overnight", text)["is_outage"] is False


def test_works_that_affected_customers_are_an_outage(extract):
    text = ("Planned works on our fibre network in Leeds overran on Thursday morning and affected broadband for "
            "thousands of customers until 11am. Service has been restored.")
    assert _vendor(extract, "Overrunning works", text)["is_outage"] is True
