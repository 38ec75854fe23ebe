from tests.nlp.conftest import claims_of, primary


def cause_claims(res):
    return {(c["normalized"], c["polarity"]) for c in claims_of(res, "cause")}


def test_dns_cause_with_its_supporting_sentence(extract):
    text = "Cloudflare's outage on Tuesday was caused by a DNS failure, the company said. Sites went down worldwide."
    res = extract(text, title="Cloudflare outage")
    (claim,) = [c for c in claims_of(res, "cause") if c["normalized"] == "dns"]
    assert claim["quote"] == res_text(text, claim)
    assert primary(res)["cause_category"] == "dns"


def res_text(text, claim):
    return text[claim["start"]:claim["end"]]


def test_deepest_cause_is_what_the_connector_points_at(extract):
    text = ("AWS said the outage happened because DNS resolution for DynamoDB failed due to a latent race condition "
            "in its automation. Many services went down.")
    assert primary(extract(text, title="AWS outage"))["cause_category"] == "software_bug"


def test_negated_cause_is_a_denial(extract):
    text = ("Atlassian said the outage was not the result of an attack. "
            "A maintenance script deleted customer sites after an engineer mistakenly passed the wrong list of identifiers.")
    res = extract(text, title="Atlassian outage", source_kind="vendor", provider="Atlassian")
    assert ("cyberattack", "denies") in cause_claims(res)
    assert primary(res)["cause_category"] == "human_error"


def test_negated_causal_verb_denies_the_cause_after_it(extract):
    text = "The outage was not caused, directly or indirectly, by a cyberattack of any kind. Services went down for hours."
    res = extract(text, title="Outage at Cloudflare", source_kind="vendor", provider="Cloudflare")
    assert ("cyberattack", "denies") in cause_claims(res)
    assert ("cyberattack", "asserts") not in cause_claims(res)


def test_ai_agent_action_is_ai_involvement(extract):
    text = ("An outage that left AWS Cost Explorer unavailable in mainland China for around 13 hours was triggered by "
            "Amazon's AI coding agent Kiro, which decided to delete and recreate the environment, people familiar with the matter said.")
    inc = primary(extract(text, title="Amazon AI agent caused AWS outage", published="2026-02-20T09:00:00Z"))
    assert inc["ai_involved"] is True
    assert inc["ai_role"] == "agent_action"
    assert inc["cause_category"] == "ai_agent"


def test_not_ai_is_a_denial_of_ai_involvement(extract):
    text = ("AWS said the brief outage of Cost Explorer was caused by user error, not AI. "
            "AI was not involved in the event, the company said.")
    res = extract(text, title="AWS outage", source_kind="vendor", provider="AWS")
    ai = claims_of(res, "ai")
    assert ai and all(c["polarity"] == "denies" and c["normalized"] is False for c in ai)
    assert primary(res)["ai_involved"] is False
    assert primary(res)["cause_category"] == "human_error"


def test_ai_did_not_cause_is_a_denial(extract):
    text = "AI did not cause this event. The outage affected one service."
    res = extract(text, source_kind="vendor", provider="AWS")
    assert [c["polarity"] for c in claims_of(res, "ai")] == ["denies"]


def test_a_chatbot_that_was_down_is_not_ai_involvement(extract):
    text = ("ChatGPT was down for about three hours on Wednesday, OpenAI said. "
            "Users saw errors and the chatbot could not load conversations during the outage.")
    res = extract(text, title="ChatGPT outage")
    assert claims_of(res, "ai") == []
    assert primary(res)["ai_involved"] is not True


def test_ai_written_code_is_an_ai_generated_change(extract):
    text = ("The outage was caused by AI-generated code that engineers deployed without review, the newspaper reported. "
            "Services went down for two hours.")
    inc = primary(extract(text, title="Outage at GitHub hits developers", published="2025-10-22"))
    assert inc["ai_involved"] is True
    assert inc["ai_role"] == "ai_generated_change"


def test_press_account_keeps_its_allegation_when_the_vendor_denies(extract):
    text = ("Amazon's AI agent Kiro caused the 13-hour outage of AWS Cost Explorer, according to people familiar with the matter. "
            "An Amazon spokesperson said the outage was caused by user error and that AI was not involved.")
    res = extract(text, title="AWS outage blamed on AI agent", outlet="Packet Wire")
    inc = primary(res)
    assert inc["ai_involved"] is True
    kinds = {(c["speaker_kind"], c["polarity"]) for c in claims_of(res, "ai")}
    assert ("vendor", "denies") in kinds and ("press", "asserts") in kinds


def test_counts_of_customers_give_the_scope(extract):
    res = extract("Roughly 400 customers lost access during the Atlassian outage.", title="Atlassian outage")
    assert [c["normalized"] for c in claims_of(res, "scope")] == ["limited"]
    res = extract("The CrowdStrike update crashed 8.5 million Windows machines in the outage.", title="CrowdStrike outage")
    assert [c["normalized"] for c in claims_of(res, "scope")] == ["global"]


# causes.v2: constructions that decide what a cause word means (paraphrases of sample sentences).

def test_a_storm_of_requests_is_not_weather(extract):
    text = ("A scheduled job set off a storm of retries from internal clients, and the resulting congestion "
            "caused the outage, Amazon said.")
    res = extract(text, title="AWS outage")
    assert ("environmental", "asserts") not in cause_claims(res)
    assert primary(res)["cause_category"] == "capacity"


def test_attack_words_after_defensive_verbs_are_not_attacks(extract):
    text = ("At 09:10 UTC an engineer pushed a new rule to the filters we use to block malicious bots, "
            "and the rule contained a regular expression that caused the outage.")
    res = extract(text, title="Outage at Cloudflare", source_kind="vendor", provider="Cloudflare")
    assert ("cyberattack", "asserts") not in cause_claims(res)
    assert primary(res)["cause_category"] == "software_bug"


def test_an_unintended_change_without_a_person_is_not_human_error(extract):
    text = "Heroku said the outage was caused by an operating system update that reached its servers by mistake."
    res = extract(text, title="Heroku outage")
    assert primary(res)["cause_category"] == "config_change"
    text = "Salesforce put the outage down to one engineer who applied a change everywhere at once."
    assert primary(extract(text, title="Salesforce outage"))["cause_category"] == "human_error"


def test_how_a_system_is_designed_to_work_asserts_no_cause(extract):
    text = ("Our name servers are designed to withdraw their DNS routes when they lose contact with the data centres. "
            "The outage was caused by a configuration change to the backbone.")
    res = extract(text, title="Outage", source_kind="vendor", provider="Meta")
    assert ("dns", "asserts") not in cause_claims(res)
    assert primary(res)["cause_category"] == "config_change"


def test_a_shipped_fix_is_not_a_deployment_cause(extract):
    text = "Resolved: A patch has been deployed and the incident is over. Services are operating normally."
    res = extract(text, title="Elevated errors", source_kind="vendor", provider="Cloudflare")
    assert primary(res)["cause_category"] == "unknown"
    text = ("The company found the defect in a content update, rolled out a fix and said this was not a cyberattack. "
            "Millions of machines went down during the outage.")
    res = extract(text, title="CrowdStrike outage", source_kind="vendor", provider="CrowdStrike")
    assert {("software_bug", "asserts"), ("cyberattack", "denies")} <= cause_claims(res)


def test_the_reading_set_aside_by_a_comparison_is_denied(extract):
    text = ("Researchers said the outage looked more like a botched configuration push than a cyberattack, "
            "after the social network went offline worldwide.")
    res = extract(text, title="Facebook outage")
    assert ("cyberattack", "asserts") not in cause_claims(res)
    assert primary(res)["cause_category"] == "config_change"


def test_nothing_suggests_ai_is_a_denial(extract):
    text = ("The outage was caused by a flood of junk traffic, the company said. "
            "Nothing the company has published suggests that its AI models had a hand in the failure.")
    res = extract(text, title="ChatGPT outage", provider="OpenAI")
    assert primary(res)["ai_involved"] is False


def test_agents_acting_on_their_own_are_agent_actions(extract):
    text = ("Staff say engineers gave the coding agents broad rights and the agents, acting on their own, "
            "tore down the environment, which caused the outage.")
    inc = primary(extract(text, title="AWS outage"))
    assert inc["ai_involved"] is True and inc["ai_role"] == "agent_action"
    assert inc["cause_category"] == "ai_agent"


def test_an_ai_that_answered_is_involvement_not_the_cause(extract):
    text = ("The sign-outs came from a bug in a session change, the company said. "
            "A support answer that misled users came from an AI system rather than staff. "
            "Users were logged out during the outage.")
    inc = primary(extract(text, title="Cursor outage logs users out"))
    assert inc["cause_category"] == "software_bug"


def test_routes_that_vanished_are_a_routing_failure(extract):
    text = ("Sites went offline at 15:40 UTC when the routes that let other networks find the company's DNS "
            "servers vanished from the internet.")
    assert primary(extract(text, title="Facebook outage"))["cause_category"] == "network_bgp"


def test_maintenance_work_is_a_change_not_a_deployment(extract):
    text = "A command issued during routine maintenance was enough to disconnect the backbone and take the sites offline."
    assert primary(extract(text, title="Meta outage", source_kind="vendor", provider="Meta"))["cause_category"] == "config_change"


def test_a_file_that_outgrew_a_limit_is_not_a_capacity_cause(extract):
    text = ("A permissions change made a settings file double in size, and when it was loaded the proxy ran into "
            "a fixed size limit and failed, which caused the outage, the company said.")
    res = extract(text, title="Cloudflare outage", provider="Cloudflare")
    assert ("capacity", "asserts") not in cause_claims(res)
    assert primary(res)["cause_category"] == "config_change"
    text = "Requests from users hit the rate limit of the API gateway, which caused the outage."
    assert ("capacity", "asserts") in cause_claims(extract(text, title="Outage at Slack"))


def test_long_enough_to_is_a_length_not_a_cause(extract):
    text = ("The outage lasted about three hours, long enough to stop thousands of apps, including many built on "
            "the company's own AI models.")
    res = extract(text, title="Google Cloud outage")
    assert claims_of(res, "ai") == []


def test_wrong_target_of_an_operation_is_human_error(extract):
    text = "The clean-up job was pointed at the wrong batch of account IDs, which took the customer sites offline."
    res = extract(text, title="Atlassian outage", source_kind="vendor", provider="Atlassian")
    assert primary(res)["cause_category"] == "human_error"


def test_new_software_that_overloads_a_system_is_a_defect(extract):
    text = "The outage was caused by a new metrics service that overwhelmed the cluster's API servers."
    res = extract(text, title="OpenAI outage", source_kind="vendor", provider="OpenAI")
    assert primary(res)["cause_category"] == "software_bug"
    text = "The outage was caused by a sudden surge in traffic that overwhelmed the API servers."
    res = extract(text, title="OpenAI outage", source_kind="vendor", provider="OpenAI")
    assert primary(res)["cause_category"] == "capacity"


def test_what_did_no_harm_or_kept_working_is_not_a_cause(extract):
    text = ("The update had been tried on a test cluster, where the change caused no trouble. "
            "The outage began when it reached the largest clusters because of a software bug.")
    res = extract(text, title="Outage", source_kind="vendor", provider="OpenAI")
    assert ("config_change", "asserts") not in cause_claims(res)
    text = "Workers KV went down in the outage, but the company's DNS and firewall products kept working."
    assert ("dns", "asserts") not in cause_claims(extract(text, title="Cloudflare outage"))


def test_a_rumour_and_its_denial_in_one_sentence_leave_only_the_denial(extract):
    text = ("While users speculated that a wave of malicious traffic had knocked the apps over, "
            "Facebook said the outage was not a DDoS attack.")
    res = extract(text, title="Facebook outage")
    assert ("cyberattack", "asserts") not in cause_claims(res)
    assert ("cyberattack", "denies") in cause_claims(res)


def test_an_ai_that_only_gave_a_wrong_answer_is_no_involvement_in_the_cause(extract):
    # DESIGN §6: ai_involved is about causing the outage; a support bot's invented rule did not cause the logouts
    text = ("The logouts were caused by a bug in a session change. "
            "The message telling users about a one-device rule was a made-up answer from the AI support bot.")
    inc = primary(extract(text, title="Cursor logouts", source_kind="vendor", provider="Cursor"))
    assert inc["ai_involved"] is not True and inc["ai_role"] is None
    assert not [c for c in inc["claims"] if c["attribute"] == "ai"]
    assert inc["cause_category"] == "software_bug"


def test_plans_for_ai_tools_assert_no_involvement(extract):
    text = ("The database was lost in the outage. New projects will get separate production databases so the AI "
            "agent cannot delete live data.")
    res = extract(text, title="Replit outage", source_kind="vendor", provider="Replit")
    assert all(c["polarity"] == "denies" for c in claims_of(res, "ai"))


def test_a_site_name_with_a_cause_word_is_a_name(extract):
    text = "The co-founder wrote on Hacker News that there was never such a rule, after users were logged out."
    assert ("cyberattack", "asserts") not in cause_claims(extract(text, title="Cursor outage"))


def test_symptoms_name_no_cause_and_common_cause_words_are_known(extract):
    text = "Customers in two regions may see heavy packet loss and a network issue while we investigate the outage."
    res = extract(text, title="Packet loss in us-east1", source_kind="vendor", provider="Google Cloud")
    assert primary(res)["cause_category"] == "unknown"
    text = "The outage was caused by a software glitch that corrupted data in the billing system, the company said."
    assert primary(extract(text, title="Outage at Slack"))["cause_category"] == "software_bug"
    text = "A substation failure left the data centre without power and caused the outage, the company said."
    assert primary(extract(text, title="OVHcloud outage"))["cause_category"] == "power"


def test_security_incident_and_unauthorised_access_are_attack_words(extract):
    text = "The company said the outage was not a security incident and that no one gained unauthorised access."
    res = extract(text, title="OpenAI outage", source_kind="vendor", provider="OpenAI")
    assert ("cyberattack", "denies") in cause_claims(res)
    assert ("cyberattack", "asserts") not in cause_claims(res)


def test_a_person_not_at_fault_is_a_denied_human_error(extract):
    text = "The setting that set off the outage was valid, and the customer was not at fault, Fastly said."
    res = extract(text, title="Fastly outage")
    assert ("human_error", "denies") in cause_claims(res)
    assert ("human_error", "asserts") not in cause_claims(res)


def test_it_was_x_names_the_cause(extract):
    text = ("Advertisers only learned from the news that it was a configuration change. "
            "Facebook and Instagram were down for hours in the outage.")
    res = extract(text, title="Facebook outage hits advertisers")
    assert ("config_change", "asserts") in cause_claims(res)


def test_missing_error_handling_is_a_defect(extract):
    text = "The new code path had no proper error handling, and it crashed the service when it met blank fields."
    res = extract(text, title="Google Cloud outage", source_kind="vendor", provider="Google Cloud")
    assert ("software_bug", "asserts") in cause_claims(res)


def test_an_input_that_outgrew_a_limit_is_the_change_that_grew_it(extract):
    text = "The reading software caps the size of the file, and the doubled file went past that limit, so the proxy failed."
    res = extract(text, title="Cloudflare outage", source_kind="vendor", provider="Cloudflare")
    assert primary(res)["cause_category"] == "config_change"


def test_repairs_name_no_cause(extract):
    text = ("Engineers reverted the configuration change and the service recovered. "
            "Later the provider raised the capacity of the gateways by hand.")
    res = extract(text, title="Outage", source_kind="vendor", provider="Slack")
    assert primary(res)["cause_category"] == "unknown"
    text = "17:40 Rollout of the bug fix begins across the network after the outage."
    res = extract(text, title="Outage", source_kind="vendor", provider="Fastly")
    assert ("software_bug", "asserts") not in cause_claims(res)


def test_silence_about_a_cause_asserts_nothing(extract):
    text = "The company has not said what the configuration change was or why the outage lasted so long."
    res = extract(text, title="Meta outage")
    assert ("config_change", "asserts") not in cause_claims(res)


def test_attack_words_naming_a_defence_are_not_attacks(extract):
    text = "DDoS protection vendors say outages like this one are a pattern to expect."
    assert ("cyberattack", "asserts") not in cause_claims(extract(text, title="OpenAI outage"))


def test_what_happens_every_few_minutes_is_a_description(extract):
    text = "The rules file is rebuilt every few minutes and pushed to every server in the network before the outage."
    res = extract(text, title="Cloudflare outage", source_kind="vendor", provider="Cloudflare")
    assert ("config_change", "asserts") not in cause_claims(res)


def test_a_negation_stays_in_its_clause(extract):
    text = ("The company wrote that AI did not cause the outage and that the same misconfiguration could have "
            "done the same with any tool.")
    res = extract(text, title="AWS outage", source_kind="vendor", provider="AWS")
    assert ("config_change", "denies") not in cause_claims(res)
    text = "It did not, because a software defect let the faulty change skip the checks, and the outage followed."
    res = extract(text, title="Azure outage", source_kind="vendor", provider="Microsoft Azure")
    assert ("software_bug", "asserts") in cause_claims(res)
    text = ("The cause was user error: an engineer used access controls set up more broadly than they should "
            "have been, which led to the outage.")
    res = extract(text, title="AWS outage", source_kind="vendor", provider="AWS")
    assert ("human_error", "denies") not in cause_claims(res)


def test_nobody_gained_access_denies_an_attack(extract):
    text = "This was not a cyberattack, and nobody gained unauthorised access to data during the outage."
    res = extract(text, title="Atlassian outage", source_kind="vendor", provider="Atlassian")
    assert ("cyberattack", "asserts") not in cause_claims(res)


def test_routes_that_were_gone_frame_themselves(extract):
    text = ("Facebook went offline. Within minutes the prefixes covering its name servers were gone from "
            "the global routing table.")
    res = extract(text, title="Facebook outage")
    assert ("network_bgp", "asserts") in cause_claims(res)


def test_a_problem_introduced_by_an_update_is_a_defect(extract):
    text = "Zoom said the outage was caused by a server-side problem that was introduced in a code update."
    assert primary(extract(text, title="Zoom outage"))["cause_category"] == "software_bug"


def test_a_failed_device_with_a_modifier_is_hardware(extract):
    text = "GitHub said a failing network switch in one data centre caused the degraded performance."
    assert primary(extract(text, title="Outage at GitHub"))["cause_category"] == "hardware"


def test_code_the_ai_had_written_is_an_ai_generated_change(extract):
    text = ("The outage was caused by a configuration script that an AI coding assistant had generated and that "
            "went out without review, two employees said.")
    inc = primary(extract(text, title="Outage at GitHub"))
    assert inc["ai_role"] == "ai_generated_change" and inc["cause_category"] == "ai_agent"


def test_ai_services_taken_down_are_affected_not_involved(extract):
    text = ("The Cloudflare outage took down ChatGPT, Claude and other AI services for three hours. "
            "Cloudflare said a bug in its bot management software caused the failure.")
    inc = primary(extract(text, title="Cloudflare outage"))
    assert inc["ai_involved"] is not True
    assert inc["cause_category"] == "software_bug"


def test_a_denial_does_not_reach_past_a_second_report(extract):
    text = "Amazon denied that its AI coding tool had caused the outage and blamed a misconfigured role."
    res = extract(text, title="Outage at AWS")
    assert ("config_change", "asserts") in cause_claims(res)
    assert primary(res)["ai_involved"] is False


def test_products_on_offer_and_what_often_happens_are_no_causes(extract):
    base = "Cloudflare went down on Tuesday, taking thousands of websites offline. "
    res = extract(base + "The company sells DNS, firewall and CDN services to millions of sites.", title="Cloudflare outage")
    assert primary(res)["cause_category"] == "unknown"
    res = extract(base + "Outages of this kind are frequently caused by configuration mistakes, analysts say.",
                  title="Cloudflare outage")
    assert primary(res)["cause_category"] == "unknown"


def test_pushing_an_update_and_cutting_a_fibre_are_causes(extract):
    text = "Teams went down for four hours after Microsoft pushed an update to its authentication service."
    assert primary(extract(text, title="Outage at Microsoft 365"))["cause_category"] == "deployment"
    # causes.v13: a line cut by building work is a third party's act (the gold of dev5 and dev10 so label it)
    text = "Construction workers cut a fibre line near the data centre, which knocked the region offline, Google said."
    assert primary(extract(text, title="Google Cloud outage"))["cause_category"] == "third_party"
    text = "A fibre cut near the data centre knocked the region offline, Google said."
    assert primary(extract(text, title="Google Cloud outage"))["cause_category"] == "network_bgp"


def test_symptoms_users_saw_and_reasons_for_slow_recovery_are_no_causes(extract):
    base = "Akamai said a bug in a configuration update caused the outage of its edge platform. "
    res = extract(base + "Shoppers got DNS errors when they tried to load the retailers' sites.", title="Akamai outage")
    assert primary(res)["cause_category"] == "software_bug"
    res = extract(base + "One airline's app did not fully recover for three hours because resolvers kept stale DNS answers.",
                  title="Akamai outage")
    assert primary(res)["cause_category"] == "software_bug"


def test_changing_an_ip_address_is_a_config_change(extract):
    text = "Engineers were changing an IP address on a router when the command took the network offline, Microsoft said."
    assert primary(extract(text, title="Outage at Microsoft 365"))["cause_category"] == "config_change"


def test_reports_called_false_are_denied(extract):
    text = "Claims that an AI agent caused the outage are untrue, Amazon said. The service was down for hours."
    res = extract(text, title="Outage at AWS")
    assert primary(res)["ai_involved"] is False


def test_unnamed_ai_tools_and_ai_products_of_a_provider_are_ai_mentions(extract):
    text = "An autonomous coding bot given production credentials dropped a customer's tables, causing a four-hour outage."
    inc = primary(extract(text, title="Outage at Supabase"))
    assert inc["ai_involved"] is True and inc["cause_category"] == "ai_agent"
    text = "GitHub Copilot suggested a database change that engineers applied without review, which caused the outage."
    inc = primary(extract(text, title="Outage at GitHub"))
    assert inc["ai_involved"] is True and inc["ai_role"] == "ai_in_loop"


def test_silence_is_neither_assertion_nor_denial(extract):
    text = "Microsoft's outage was a routing failure. The company has not used the word BGP in its notes."
    res = extract(text, title="Microsoft outage")
    assert ("network_bgp", "denies") not in cause_claims(res)


def test_a_rumoured_attack_gives_way_to_a_stated_mechanism(extract):
    text = ("Engineers at first suspected a massive DDoS attack as the sites went down, the company said. "
            "The outage was in fact caused by a bad software deployment, it said.")
    assert primary(extract(text, title="Cloudflare outage"))["cause_category"] == "deployment"
    text = "A DDoS attack overwhelmed the company's DNS servers and took its sites offline, the company said."
    assert primary(extract(text, title="Outage at Dyn"))["cause_category"] == "cyberattack"


def test_a_flood_of_traffic_is_not_weather(extract):
    text = "OpenAI blamed the outages on traffic that looked like a deliberate flood, the company said."
    res = extract(text, title="ChatGPT outage")
    assert ("environmental", "asserts") not in cause_claims(res)


def test_an_ai_product_counts_when_its_part_is_denied(extract):
    text = ("The four-hour outage was caused by a telemetry service that flooded the cluster's API servers. "
            "ChatGPT was the victim here, not the cause.")
    res = extract(text, title="ChatGPT outage", provider="OpenAI")
    assert [c["polarity"] for c in claims_of(res, "ai")] == ["denies"]
    text = "ChatGPT stopped answering for users worldwide on Wednesday, two days after OpenAI's developer event."
    assert claims_of(extract(text, title="ChatGPT goes down", provider="OpenAI"), "ai") == []


def test_what_the_agent_itself_carried_out_is_its_action(extract):
    text = ("The app was down for a day after its production database was lost. The deletion was carried out "
            "by the AI agent itself, not by the user, the company said.")
    res = extract(text, title="Replit outage", provider="Replit")
    inc = primary(res)
    assert inc["ai_involved"] is True and inc["ai_role"] == "agent_action"


def test_defects_named_by_their_mechanism_are_bugs(extract):
    text = "The outage was caused by an out-of-bounds memory read in the sensor file parser, CrowdStrike said."
    assert primary(extract(text, title="CrowdStrike outage"))["cause_category"] == "software_bug"
    text = "Slack said its servers could not handle the load when everyone returned from the holidays, causing the outage."
    assert primary(extract(text, title="Slack outage"))["cause_category"] == "capacity"


def test_what_the_agent_was_asked_to_do_is_not_what_it_did(extract):
    text = ("The developer's files were lost in the outage. He had told the AI agent to tidy up a cache folder "
            "so that a test server could restart.")
    res = extract(text, title="Antigravity outage")
    assert claims_of(res, "ai") == []
    text = ("He had told the AI agent to tidy up a cache folder, but it deleted the whole drive instead, "
            "causing the outage.")
    assert primary(extract(text, title="Antigravity outage"))["ai_involved"] is True


def test_a_defect_that_let_a_change_through_leaves_the_change_as_cause(extract):
    text = ("Microsoft said the faulty configuration skipped the usual validation checks because of a software "
            "defect in its deployment tooling, and the outage followed.")
    assert primary(extract(text, title="Azure outage"))["cause_category"] == "config_change"


def test_a_suspicion_dismissed_by_a_pronoun_is_denied(extract):
    text = ("Some users first suspected a cyberattack, but the company said there was no sign of one. "
            "Its servers were overwhelmed by a surge of people logging in at once, it said.")
    res = extract(text, title="Slack outage")
    assert ("cyberattack", "asserts") not in cause_claims(res)
    assert primary(res)["cause_category"] == "capacity"


def test_jokes_and_what_is_most_common_are_no_causes(extract):
    base = "Azure went down on Wednesday, knocking Outlook and Xbox offline. Microsoft is investigating. "
    res = extract(base + "Experts say the most common culprits are configuration changes. \"It's always DNS,\" one engineer joked.",
                  title="Azure outage")
    assert primary(res)["cause_category"] == "unknown"


def test_added_capacity_is_a_repair(extract):
    text = "Slack went down on Monday. Slack said it had added capacity and that service had been restored."
    assert ("capacity", "asserts") not in cause_claims(extract(text, title="Slack outage"))


def test_a_postmortem_without_cause_words_in_its_plans_and_recovery(extract):
    text = ("On March 8 customers could not reach the web application for about a day.\n"
            "An automatic security update to the operating system reached many hosts at once. It restarted a "
            "networking service, which removed network routes the container platform needs.\n"
            "Recovery was slow because capacity had to be brought back in stages to avoid overloading other systems.\n"
            "We have turned off automatic updates and will roll out future updates in stages. Capacity was restored "
            "by the next morning.")
    res = extract(text, title="Incident report", source_kind="vendor", provider="Datadog")
    cats = cause_claims(res)
    assert ("capacity", "asserts") not in cats and ("deployment", "asserts") not in cats
    assert primary(res)["cause_category"] == "config_change"


def test_an_issue_that_was_mitigated_is_still_named(extract):
    text = "Resolved: The underlying DNS issue has been fully mitigated and services are operating normally."
    res = extract(text, title="Increased error rates", source_kind="vendor", provider="AWS")
    assert ("dns", "asserts") in cause_claims(res)


def test_a_high_volume_of_requests_is_capacity_and_a_company_name_is_no_weather(extract):
    text = ("Identified: We are seeing an unusually large number of requests and are adding capacity.\n"
            "Resolved: Error rates have returned to normal.")
    res = extract(text, title="Degraded performance", source_kind="vendor", provider="GitHub")
    assert primary(res)["cause_category"] == "capacity"
    text = "Blizzard said its Battle.net servers were knocked offline by a denial-of-service attack on Sunday."
    assert primary(extract(text, title="Outage at Blizzard"))["cause_category"] == "cyberattack"


def test_a_fire_is_an_event_by_its_meaning_but_not_under_fire(extract):
    text = "Google Cloud's europe-west9 zone went down. Firefighters said they found a fire in a room that held batteries."
    res = extract(text, title="Google Cloud outage in Paris")
    assert primary(res)["cause_category"] == "environmental"
    text = "AWS came under fire from customers after the outage, which the company blamed on a software bug."
    assert primary(extract(text, title="AWS outage"))["cause_category"] == "software_bug"


def test_flooding_servers_is_no_weather_and_fault_in_software_is_a_bug(extract):
    text = "A hacker group said it flooded the company's servers, and ChatGPT went down for hours."
    assert ("environmental", "asserts") not in cause_claims(extract(text, title="ChatGPT outage"))
    text = "Sites went offline worldwide, though the fault lay with Fastly's own software, the company said."
    assert primary(extract(text, title="Fastly outage"))["cause_category"] == "software_bug"
    text = "The provisioning system buckled under the load, and Slack went down."
    assert primary(extract(text, title="Slack outage"))["cause_category"] == "capacity"


def test_a_person_applying_the_wrong_configuration_is_a_human_error(extract):
    text = "Atlassian said an engineer had applied the wrong configuration by hand, which caused the outage."
    assert primary(extract(text, title="Atlassian outage"))["cause_category"] == "human_error"


def test_safeguards_the_company_would_add_are_plans(extract):
    text = ("The Replit app was offline for two days after the database was deleted. The chief executive said the "
            "company would add safeguards so that AI agents cannot touch production data without approval.")
    res = extract(text, title="Replit outage")
    assert claims_of(res, "ai") == []


def test_kept_working_does_not_reach_past_that(extract):
    text = ("We can confirm that this disruption was not caused by a security incident and that customer data "
            "was not affected.")
    res = extract(text, title="Service disruption", source_kind="vendor", provider="Salesforce")
    assert ("cyberattack", "denies") in cause_claims(res)
    text = "Users saw errors for hours because our domain names could not be resolved."
    res = extract(text, title="Service disruption", source_kind="vendor", provider="Salesforce")
    assert ("dns", "asserts") in cause_claims(res)


def test_devices_that_recovered_and_hypotheticals_are_no_causes(extract):
    text = "The outage ended when the network devices were fully recovered by 2:22 PM PST."
    res = extract(text, title="AWS outage", source_kind="vendor", provider="AWS")
    assert ("hardware", "asserts") not in cause_claims(res)
    text = ("AWS said AI did not cause the outage and that the same misconfiguration could have produced the same "
            "result with any tool.")
    res = extract(text, title="AWS outage")
    assert ("config_change", "asserts") not in cause_claims(res)


def test_a_cause_ruled_out_after_it_is_denied(extract):
    text = "Outlook went down for hours on Monday. The company said an attack by hackers had been ruled out."
    res = extract(text, title="Microsoft outage")
    assert ("cyberattack", "denies") in cause_claims(res)
    assert ("cyberattack", "asserts") not in cause_claims(res)


def test_ai_denials_in_several_forms(extract):
    base = "AWS Cost Explorer went down for 13 hours in December. "
    for sentence in ("The AI tool was not to blame, a spokesperson said.",
                     "Amazon rejected reports that an AI agent deleted the environment.",
                     "AI had nothing to do with it, the company insisted."):
        res = extract(base + sentence, title="AWS outage")
        assert primary(res)["ai_involved"] is False, sentence
