from tests.nlp.conftest import primary

OUTAGE = (
    "Amazon Web Services suffered a major outage on Monday that took down DynamoDB in its us-east-1 region. "
    "Thousands of websites went offline and customers could not reach the AWS console for hours. "
    "AWS said services were restored by the evening."
)


def test_an_outage_report_is_relevant_and_names_provider_service_and_region(extract):
    res = extract(OUTAGE, title="AWS outage knocks thousands of sites offline")
    inc = primary(res)
    assert res["is_outage"] is True
    assert inc["provider"] == "AWS"
    assert "DynamoDB" in inc["services"]
    assert "us-east-1" in inc["regions"]


def test_launch_post_that_promises_zero_downtime_is_not_an_outage(extract):
    text = (
        "Google Cloud today announced the general availability of a new managed database. "
        "The company said the service offers zero downtime upgrades and is available now in Europe. "
        "Pricing starts at a few cents per hour, and customers can migrate without an outage."
    )
    res = extract(text, title="Google Cloud launches new managed database")
    assert res["is_outage"] is False
    assert res["incidents"] == []


def test_outage_in_another_sense_is_not_a_cloud_outage(extract):
    text = (
        "The striker's scoring outage reached nine matches on Saturday. "
        "He has not found the net since August, and the club's fans are losing patience with the drought. "
        "His manager said the outage would end soon."
    )
    assert extract(text, title="Striker's goal outage drags on")["is_outage"] is False


def test_status_timeline_is_an_outage_even_without_outage_words(extract):
    text = (
        "Incident with Git Operations\n\n"
        "Investigating (2024-08-14 23:11 UTC): We are investigating reports of degraded performance.\n\n"
        "Resolved (2024-08-15 01:05 UTC): This incident has been resolved."
    )
    res = extract(text, source_kind="vendor", provider="GitHub")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "GitHub"


def test_bare_company_name_picks_the_provider_its_services_point_to(extract):
    text = (
        "Microsoft said an outage left users unable to reach Outlook and Teams on Wednesday. "
        "The disruption lasted about five hours, and Microsoft blamed a network configuration change."
    )
    assert primary(extract(text, title="Microsoft outage hits Outlook and Teams"))["provider"] == "Microsoft 365"


def test_vendor_source_provider_is_canonicalised(extract):
    text = "We are investigating elevated error rates for Amazon S3 in us-west-2. The outage affects uploads."
    res = extract(text, source_kind="vendor", provider="amazon web services")
    assert primary(res)["provider"] == "AWS"
    assert primary(res)["services"] == ["Amazon S3"]


def test_a_blank_line_ends_a_sentence_even_without_a_full_stop(extractor):
    from nlp.sentences import sentence_views

    text = "Incident with Git Operations\n\nInvestigating (2024-08-14 23:11 UTC): We are investigating reports of errors."
    views = sentence_views(extractor.nlp(text), text)
    assert [v.text for v in views] == ["Incident with Git Operations",
                                       "Investigating (2024-08-14 23:11 UTC): We are investigating reports of errors."]


def test_a_provider_named_like_its_company_wins_over_the_cloud_it_runs_on(extract):
    text = ("Slack's engineers wrote that the AWS Transit Gateways connecting their networks did not scale quickly enough. "
            "Slack was down for hours on January 4, and Slack said its own monitoring had failed as well.")
    assert primary(extract(text, title="Slack's January outage: an AWS gateway that couldn't keep up"))["provider"] == "Slack"
