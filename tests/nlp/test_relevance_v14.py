"""relevance.v14: a launch that promises users will never see an outage, and terms for downtime to come ("customers
affected by downtime longer than 30 minutes will receive credits"), tell no outage; a body unable to do its trade
("has been unable to take online bookings") does (sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("title, text", [
    ("Introducing zero-downtime deployments",
     "Today we are launching zero-downtime deployments for every customer. Releases no longer need a maintenance window, "
     "and your users will never see an outage during an upgrade."),
    ("Service credit policy update",
     "From 1 April, customers affected by downtime longer than 30 minutes will receive service credits automatically. "
     "Read the new terms below."),
])
def test_promises_and_terms_tell_no_outage(extract, title, text):
    res = extract(text, title=title, source_kind="vendor", provider="Halvercombe Bank", published="2025-10-20T20:00:00Z")
    assert res["is_outage"] is False


def test_a_body_unable_to_do_its_trade_is_an_outage(extract):
    res = extract("Quayside Ferries has been unable to take online bookings since Thursday after a ransomware attack. The "
                  "operator said sailings were running as normal.", title="Ferry bookings down after ransomware",
                  source_kind="press", published="2025-10-20T20:00:00Z")
    assert res["is_outage"] is True
