"""Relevance on wording our own articles do not use (sentences written for these tests)."""

from nlp.relevance import _non_event_spans


def test_a_purpose_verb_is_read_as_its_own_forms_only():
    assert _non_event_spans("software that helps prevent outages") != []
    assert _non_event_spans("the patch prevented an outage") != []
    assert _non_event_spans("spotify hit by outage") == []  # "spot" is not "Spotify"
    assert _non_event_spans("a limited outage hit users in ohio") == []
    assert _non_event_spans("engineers detected the outage at 9:02") == []


def test_a_title_naming_a_brand_that_begins_with_a_purpose_verb_reports_an_outage(extract):
    text = ("Spotify stopped playing songs for thousands of listeners on Wednesday evening. Reports on "
            "Downdetector peaked at 40,000 shortly after 8 p.m. The company said it had fixed the issue "
            "about two hours later.")
    assert extract(text, title="Spotify hit by outage")["is_outage"] is True


def test_customers_of_an_unknown_company_tie_the_failure_to_it(extract):
    text = ("Customers of Northbank could not log in to its mobile app for most of Friday morning. The bank "
            "said a faulty update was to blame and that service was restored by noon.")
    assert extract(text, title="Bank app down for hours")["is_outage"] is True


def test_a_product_launch_is_still_no_outage(extract):
    text = ("Slack rolled out a redesigned huddles feature on Monday. Users can now share screens and draw on "
            "them. The update reaches all workspaces over the coming week.")
    assert extract(text, title="Slack adds huddles")["is_outage"] is False


def test_a_guide_to_surviving_outages_is_no_outage(extract):
    text = ("Every company that runs on the cloud should plan for the day its provider goes down. Start by "
            "mapping which services depend on a single region, and test failover twice a year.")
    assert extract(text, title="How to prepare for the next cloud outage")["is_outage"] is False
