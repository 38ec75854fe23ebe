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


# --- Relevance on providers of any sector, and outage words in other senses (relevance.v2) ---

def test_a_carrier_outage_is_an_outage_of_that_carrier(extract):
    text = ("Optus subscribers across Australia could not make calls or get online on Wednesday morning. "
            "The carrier said a network fault was to blame and that service came back by the afternoon.")
    res = extract(text, title="Optus network fault leaves millions without mobile service")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Optus"


def test_a_game_network_and_a_bank_app_going_down_are_outages(extract):
    games = ("PlayStation Network was down for most of Saturday. Players were unable to sign in or join matches, "
             "and Sony said engineers were working on a fix.")
    res = extract(games, title="PSN down for hours")
    assert res["is_outage"] is True and primary(res)["provider"] == "Sony"
    bank = ("TSB customers were locked out of their accounts for a second day on Tuesday. "
            "The bank said its app and online banking were back up and running by the evening.")
    res = extract(bank, title="TSB app problems drag on")
    assert res["is_outage"] is True and primary(res)["provider"] == "TSB"


def test_an_airline_named_by_a_brand_word_in_context(extract):
    text = ("Delta flights were held at the gate across the US on Monday after a computer failure took down "
            "the airline's check-in systems. The carrier said systems were restored within three hours.")
    res = extract(text, title="IT glitch grounds Delta flights")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Delta Air Lines"


def test_a_provider_outside_the_gazetteer_anchors_by_construction(extractor, extract):
    text = ("Customers of Zapnet could not get online for most of Thursday. "
            "An outage at Zapnet also took down its email service, and Zapnet users flooded social media with complaints.")
    res = extract(text, title="Broadband provider down for a day")
    assert res["is_outage"] is True
    from nlp.relevance import judge
    from nlp.sentences import sentence_views
    rel = judge(sentence_views(extractor.nlp(text), text), "Broadband provider down for a day", text)
    assert rel.unknown_names[0] == "Zapnet"


def test_logouts_called_a_glitch_by_the_company_are_an_outage(extract):
    # paraphrase of a sample article on an AI code editor whose session change signed users out
    text = ("Windsurf is one of the most popular AI code editors, and its maker has raised money on that popularity. "
            "Several developers cancelled their plans this week after a support bot invented a rule to explain why they kept being signed out. "
            "The company later called the underlying glitch a side effect of a change to session handling. "
            "\"Being logged out twice a day I could live with; a fake policy I could not,\" one of them wrote.")
    res = extract(text, title="Cancellations, and the bot that spoke for an editor")
    assert res["is_outage"] is True


def test_a_vendor_update_on_restarting_a_site_after_a_fire_is_an_outage(extract):
    # paraphrase of a sample vendor post: no outage word, only a fire and a restart plan
    text = ("Ten days after the fire in our Gravelines building, here is where the restart stands. "
            "Every rack must be cleaned and the power room rebuilt before servers can be switched on, so the restart will take longer than planned. "
            "GRA1 should come back over the coming days and GRA2 within three weeks.")
    res = extract(text, title="Gravelines: revised restart schedule", source_kind="vendor", provider="OVHcloud")
    assert res["is_outage"] is True


def test_a_power_outage_for_homes_is_not_an_internet_outage_even_in_a_named_place(extract):
    text = ("A power outage in Orange County left 30,000 homes without electricity on Tuesday night. "
            "The utility said crews had restored power to most households by morning, and a substation fault was to blame.")
    assert extract(text, title="Orange County power outage leaves thousands in the dark")["is_outage"] is False


def test_an_outage_map_feature_of_a_named_carrier_is_not_an_outage(extract):
    text = ("Verizon added a live outage map to its app on Tuesday. "
            "The map shades neighbourhoods by the number of reports, and customers can ask for an alert when service is restored. "
            "The company said the feature would reach all customers by the end of the month.")
    assert extract(text, title="Verizon adds a live outage map to its app")["is_outage"] is False


def test_a_security_advisory_of_a_named_vendor_is_not_an_outage(extract):
    text = ("Fortinet urged customers to patch a critical flaw in FortiGate firewalls on Thursday. "
            "Researchers said attackers had exploited the vulnerability for weeks, and affected versions are listed in the advisory. "
            "The company said a fix was available for all impacted devices.")
    assert extract(text, title="Patch now: critical FortiGate flaw under attack")["is_outage"] is False


def test_earnings_that_mention_an_outage_in_passing_are_not_an_outage(extract):
    text = ("Microsoft's quarterly revenue rose 15 percent, driven by Azure and its AI services. "
            "Executives said demand still outstrips capacity and that spending on data centres would keep growing. "
            "They did not comment on last month's outage.")
    assert extract(text, title="Microsoft beats forecasts as Azure grows")["is_outage"] is False


def test_an_outage_in_scare_quotes_or_a_purpose_clause_is_not_an_event(extract):
    text = ("The chef closed her restaurant for a month, calling it a 'kitchen outage' on Instagram. "
            "She said she needed the rest.")
    assert extract(text, title="Chef announces a month-long 'kitchen outage'")["is_outage"] is False
    text = ("Pagewise raised 30 million dollars to help companies cut downtime. "
            "Its software predicts outages before they happen, the start-up says, and customers include several banks.")
    assert extract(text, title="Start-up raises $30m for software to cut the cost of downtime")["is_outage"] is False


def test_a_guide_whose_sentence_opens_with_a_service_word_is_not_anchored(extract):
    text = ("Teams that rehearse failures find runbooks pointing at retired dashboards and timeouts far longer than planned. "
            "Issues like these only surface when something breaks. Start small: take one replica offline in staging and watch the alerts.")
    assert extract(text, title="How to run your first failure drill")["is_outage"] is False


# --- Ambiguous brand words ---

def test_ordinary_words_do_not_name_providers(extractor):
    doc = extractor.nlp("Analysts zoom in on slack demand for a box of signal boosters as the sky turns orange.")
    assert [e.label_ for e in doc.ents if e.label_ in ("PROVIDER", "COMPANY")] == []
    # capitalised words that are also parent companies or brands: weather, elections, surnames, touchdowns
    doc = extractor.nlp("Blizzard conditions closed roads. Snap elections were called. Ms Shaw said the TD came late. Charter flights left.")
    assert [e.text for e in doc.ents if e.label_ in ("PROVIDER", "COMPANY")] == []
    # generic lower-case nouns are not a provider's service names
    doc = extractor.nlp("The messaging app, its webhooks, pull requests and huddles of engineers restarting dynos.")
    assert [e.text for e in doc.ents] == []


def test_ambiguous_brand_words_name_a_provider_in_a_brand_context(extractor):
    from nlp.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert {"Square", "X", "Delta", "Chase", "Box", "Signal"} <= gaz.ambiguous_surfaces
    doc = extractor.nlp("Square sellers could not take card payments, and Chase customers saw the same errors.")
    assert {(e.text, e.id_) for e in doc.ents if e.label_ == "PROVIDER"} >= {("Square sellers", "Square"), ("Chase customers", "JPMorgan Chase")}
    doc = extractor.nlp("Crowds gathered in Times Square as the Delta variant spread.")
    assert not any(e.id_ == "Delta Air Lines" for e in doc.ents)


def test_a_bare_brand_word_in_an_outage_construction_anchors_the_outage(extract):
    text = ("Visa's network failed on Friday evening, and card payments were declined at tills across Europe. "
            "Shoppers said they could not pay for groceries, and the outage lasted about ten hours.")
    res = extract(text, title="Card payments fail across Europe")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Visa"


def test_a_bare_ambiguous_word_does_not_make_a_document_an_outage(extract):
    text = ("Crowds in Times Square watched the screens go dark for ten minutes on Friday. "
            "The outage of the giant billboards was blamed on a faulty electrical panel.")
    assert extract(text, title="Times Square billboards go dark")["is_outage"] is False


def test_the_gazetteer_knows_the_providers_a_tracker_needs(extractor):
    from nlp.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert len(gaz.providers) >= 80
    for surface, provider in [("Gmail", "Google Workspace"), ("YouTube", "Google"), ("Instagram", "Meta"), ("WhatsApp", "Meta"),
                              ("Twitter", "X"), ("Teams", "Microsoft 365"), ("Outlook", "Microsoft 365"), ("Azure", "Microsoft Azure"),
                              ("Verizon", "Verizon"), ("Xfinity", "Comcast"), ("PSN", "Sony"), ("PlayStation Network", "Sony"), ("Venmo", "PayPal")]:
        found = gaz.provider_by_alias.get(surface.lower()) or gaz.service_by_surface[surface.lower()][0][0]
        assert found == provider, surface
    for tool in ("Kiro", "Amazon Q", "GitHub Copilot", "Claude Code", "Gemini CLI", "Cursor", "Replit Agent", "Devin", "Codex CLI", "Cline"):
        assert tool.lower() in gaz.ai_by_alias, tool


def test_a_title_names_a_service_as_the_gazetteer_writes_it():
    from nlp.relevance import title_names_service

    assert title_names_service("iCloud and Apple Music down for thousands")
    assert title_names_service("AWS's us-east-1 stumbles again")
    assert title_names_service("X goes down for the second time this week")
    assert not title_names_service("Times Square billboards go dark")
    assert not title_names_service("How Teams Prepare for Their First Failure Drill")
    assert not title_names_service("Analysts see slack demand for cloud")


def test_a_survey_that_names_providers_is_not_an_outage_report(extract):
    text = ("The yearly poll of 700 data-centre operators found that fewer of them had a serious outage last year. "
            "Respondents listed AWS, Azure and Google Cloud outages among the most damaging, and the typical cost of an outage kept rising.")
    assert extract(text, title="Survey: cloud outages rarer but dearer")["is_outage"] is False


def test_a_named_sponsor_and_a_players_outage_is_not_an_internet_outage(extract):
    text = ("Vodafone, the team's shirt sponsor, said it would keep backing the forward through his nine-game goal outage. "
            "He has not scored since the spring.")
    assert extract(text, title="Vodafone sticks with forward through goal outage")["is_outage"] is False


def test_airline_systems_failing_and_stranded_passengers_are_an_outage(extract):
    text = ("Southwest Airlines called off more than 2,000 flights on Monday after its crew-scheduling software buckled under the load. "
            "Thousands of passengers were stranded, and the airline said its systems were overwhelmed.")
    res = extract(text, title="Southwest scraps thousands of flights as scheduling system buckles")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Southwest Airlines"


def test_a_one_sentence_item_with_slow_or_unreachable_apps_is_an_outage(extract):
    # paraphrase of a sample news brief: no outage word in the body, only apps that were unreachable
    text = "Sites hosted on Google Cloud were sluggish or unreachable for over three hours on Sunday; Google pointed to heavy packet loss in the US East."
    assert extract(text, title="Shopify stores and Discord hit by Google Cloud outage")["is_outage"] is True


def test_a_sentence_that_explains_a_failure_describes_it(extract):
    text = "Fastly wrote in a blog post that one customer's settings change had set off a latent bug in its software."
    assert extract(text, title="Fastly outage")["is_outage"] is True


def test_generic_acronyms_are_not_names_of_providers(extractor):
    from nlp.relevance import names_in_outage_constructions
    from nlp.sentences import sentence_views

    text = "Power problems were the most common cause, followed by networking and IT services and AI platforms."
    assert names_in_outage_constructions(sentence_views(extractor.nlp(text), text)[0]) == []


def test_user_reports_and_a_fix_in_progress_describe_an_outage(extract):
    text = ("Gmail users said they had trouble loading their inboxes on Monday morning, and reports on Downdetector peaked at 4,000. "
            "Google's status dashboard acknowledged an issue affecting some users and said a fix was being rolled out.")
    res = extract(text, title="Is Gmail down? What we know")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Google Workspace"


def test_scheduled_maintenance_on_a_status_page_is_not_an_outage(extract):
    text = ("Database maintenance for EU customers\n\n"
            "Scheduled (2025-03-02 01:00 UTC): We will be performing scheduled maintenance on our EU database cluster. The dashboard may be unavailable for up to 30 minutes.\n\n"
            "In progress (2025-03-09 01:00 UTC): Scheduled maintenance is currently in progress.\n\n"
            "Completed (2025-03-09 01:24 UTC): The scheduled maintenance has been completed.")
    assert extract(text, source_kind="vendor", provider="Atlassian")["is_outage"] is False
    incident = text.replace("Completed (2025-03-09 01:24 UTC): The scheduled maintenance has been completed.",
                            "Investigating (2025-03-09 01:40 UTC): The dashboard is not loading after the maintenance; we are investigating.")
    assert extract(incident, source_kind="vendor", provider="Atlassian")["is_outage"] is True


def test_a_probe_into_an_outage_is_not_a_launch():
    from nlp.relevance import _TITLE_GENRE

    assert not _TITLE_GENRE.search("Regulator launches probe into Optus outage")
    assert not _TITLE_GENRE.search("Outage adds to airline's woes")
    assert _TITLE_GENRE.search("Carrier adds a live outage map to its app")
    assert _TITLE_GENRE.search("Start-up raises $30m to predict downtime")


def test_a_vendor_post_on_preventing_outages_is_not_an_outage(extract):
    text = ("Every change to our edge goes through staged rollouts. This post describes the canary checks that stop a bad release "
            "before it could cause an outage, and the tooling that lets an engineer undo a change in seconds.")
    assert extract(text, title="How we make changes safer", source_kind="vendor", provider="Cloudflare")["is_outage"] is False


def test_a_name_before_a_copula_counts_only_with_an_outage_word_after_it(extractor):
    from nlp.relevance import names_in_outage_constructions
    from nlp.sentences import sentence_views

    def names(text):
        return names_in_outage_constructions(sentence_views(extractor.nlp(text), text)[0])

    assert names("On Monday Zapnet was down for hours and its website was unreachable.") == ["Zapnet"]
    assert names("Then Kim was trying to pay online when the outage hit.") == []


def test_a_source_may_name_its_provider_by_a_brand_word():
    from nlp.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert gaz.canonical_provider("Delta") == "Delta Air Lines"
    assert gaz.canonical_provider("chase") == "JPMorgan Chase"
    assert gaz.canonical_provider("Twitter") == "X"


def test_a_teaser_body_with_reported_problems_describes_the_outage(extract):
    res = extract("Users across the US reported widespread problems on Tuesday morning.", title="Is Outlook down? Users report problems")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Microsoft 365"


def test_a_quarterly_roundup_of_disruptions_is_not_one_outage(extract):
    text = ("The quarterly summary from a network monitoring company lists government shutdowns, cable cuts and power failures "
            "among the causes of internet disruptions in more than 40 countries. Cloudflare and Akamai data were also cited.")
    assert extract(text, title="Internet disruptions in Q3: cable cuts and shutdowns")["is_outage"] is False
    from nlp.relevance import _TITLE_GENRE

    assert not _TITLE_GENRE.search("Report: AWS outage was caused by an AI agent")


def test_a_fix_for_a_printing_bug_is_not_an_outage(extract):
    text = ("Microsoft released a patch that fixes issues with a Windows update that made some printers print garbled pages. "
            "The company said the fix installs automatically.")
    assert extract(text, title="Microsoft fixes issues with Windows printing")["is_outage"] is False


def test_idioms_of_offline_and_down_are_not_outages(extract):
    text = ("Meta's chief executive has been posting on Instagram to build a tougher image, sources say, "
            "mixing online bravado with offline antics. Meta shares were down 2% on the day.")
    assert extract(text, title="Zuckerberg uses Instagram to court fans of offline antics")["is_outage"] is False


def test_users_struggling_to_get_their_email_after_days_is_an_outage(extract):
    text = ("Customers of Virgin Media's email service say they are still struggling to get into their inboxes after a multi-day outage. "
            "Several readers told us they could not send messages either.")
    res = extract(text, title="Virgin Media email users enter a third day without inboxes")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Virgin Media"


def test_a_plan_that_failed_is_not_an_outage(extract):
    text = ("The exodus from X to Mastodon that began two years ago failed because the newcomers found the rival app cliquey and confusing, "
            "a long-time user argues.")
    assert extract(text, title="Why the move from X to Mastodon failed")["is_outage"] is False


def test_an_exploit_that_could_crash_servers_is_an_advisory_not_an_outage(extract):
    text = ("A proof-of-concept exploit published this week makes it easy to crash Roblox game servers that have not been patched. "
            "Researchers said the flaw lets an attacker knock a server offline with a few malformed packets, and a fix is available.")
    assert extract(text, title="New exploit can crash unpatched Roblox servers")["is_outage"] is False
