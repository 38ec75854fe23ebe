"""provider v8: the owner of what failed ("Okta's sign-in service failed") is whose outage it is, and names given as
examples of those hit ("companies such as Zoom and Slack") are its customers (sentences written for these tests)."""

import pytest

from .conftest import primary


def _provider(extract, title, text):
    res = extract(text, title=title, source_kind="press", published="2025-06-01T12:00:00Z")
    assert res["is_outage"] is True
    return primary(res)["provider"]


@pytest.mark.parametrize("title, text, provider", [
    ("Sign-in trouble", "Okta's sign-in service failed for two hours on Wednesday, leaving staff at companies such as "
     "Zoom and Slack unable to reach their work apps.", "Okta"),
    ("Merchants stuck", "Stripe said on Tuesday that a database failure had stopped many of its merchants, including "
     "Shopify stores, from taking payments for about two hours.", "Stripe"),
    ("Login wall", "Thousands of gamers, including players on Xbox and PlayStation, were unable to sign in on Friday "
     "after Epic Games' account servers went down.", "Epic Games"),
])
def test_the_owner_of_what_failed_beats_the_customers_given_as_examples(extract, title, text, provider):
    assert _provider(extract, title, text) == provider


def test_a_provider_named_as_the_one_down_is_kept_when_no_example_is_given(extract):
    text = ("Zoom went down for two hours on Wednesday, leaving millions unable to join meetings. Zoom said a "
            "domain problem was to blame.")
    assert _provider(extract, "Meetings fail", text) == "Zoom"
