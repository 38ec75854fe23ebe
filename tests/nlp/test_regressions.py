"""Regression tests for constructions that once failed on sample articles, kept as paraphrases we wrote."""

from tests.nlp.conftest import claims_of, primary


def test_silence_is_not_a_denial(extract):
    text = ("GitHub said a configuration change had caused the outage and that it had been reverted. "
            "It did not say what the change was meant to do.")
    res = extract(text, title="GitHub outage")
    assert {c["polarity"] for c in claims_of(res, "cause")} == {"asserts"}
    assert primary(res)["cause_category"] == "config_change"


def test_a_product_name_is_not_a_cause(extract):
    text = "Customers of the Edge DNS service saw errors after a software bug caused an outage, Akamai said."
    res = extract(text, title="Akamai outage")
    assert {c["normalized"] for c in claims_of(res, "cause")} == {"software_bug"}


def test_a_question_asserts_nothing(extract):
    text = "Was an AI agent responsible for the outage? No, an AI agent was not responsible."
    res = extract(text, source_kind="vendor", provider="AWS", title="Questions about the December event")
    assert [(c["normalized"], c["polarity"]) for c in claims_of(res, "ai")] == [(False, "denies")]


def test_a_first_suspicion_gives_way_to_the_stated_cause(extract):
    text = ("Engineers at first suspected a huge DDoS attack when traffic failed. "
            "The outage was caused by a change to the permissions of a database, the company said.")
    res = extract(text, source_kind="vendor", provider="Cloudflare", title="Cloudflare outage")
    assert primary(res)["cause_category"] == "config_change"


def test_a_latent_bug_is_deeper_than_the_update_that_exposed_it(extract):
    text = "At 15:46 UTC a routine configuration update triggered a latent bug, and the outage began."
    assert primary(extract(text, source_kind="vendor", provider="Akamai"))["cause_category"] == "software_bug"


def test_quotation_before_the_speaker_stays_with_the_speaker(extract):
    text = ('AWS Cost Explorer had an outage in December. "The event was the result of user error, '
            'specifically misconfigured access controls, not AI," an Amazon spokesperson said in a statement.')
    res = extract(text, title="AWS outage", published="2026-02-20")
    assert {c["speaker_kind"] for c in claims_of(res, "ai")} == {"vendor"}


def test_speaker_before_an_appositive(extract):
    text = ("A developer testing Antigravity, the coding tool Google released last month, says the agent "
            "deleted everything on one of his drives and caused the data loss.")
    res = extract(text, title="Google's agent wipes a drive")
    assert {c["speaker_kind"] for c in claims_of(res, "ai")} == {"other"}


def test_unknown_organisation_after_according_to_is_another_voice(extract):
    text = "Facebook and Instagram went down around midday Eastern time because of a DNS failure, according to Signalwatch."
    res = extract(text, title="Meta outage", published="2019-03-14")
    assert [c["speaker"] for c in claims_of(res, "cause")] == ["Signalwatch"]


def test_an_ai_service_hit_by_the_outage_is_not_an_ai_cause(extract):
    text = ("Claude and several AI startups that sit behind Cloudflare saw errors during the outage, "
            "which was caused by a configuration change.")
    res = extract(text, title="Cloudflare outage hits AI services")
    assert claims_of(res, "ai") == []


def test_a_time_without_a_date_takes_the_last_day_the_text_named(extract):
    text = ("Fastly's network failed on Tuesday. When one customer pushed a valid configuration at 09:47 UTC, "
            "most of the network started returning errors.")
    res = extract(text, title="Fastly outage", published="2021-06-09T08:00:00Z")
    assert primary(res)["start"] == "2021-06-08T09:47:00Z"


def test_a_month_can_name_the_outage(extract):
    text = "For Amazon, the December failure of Cost Explorer in mainland China is a user-error story."
    res = extract(text, title="AWS outage and AI agents", published="2026-02-20")
    assert primary(res)["start"] == "2025-12"
    assert primary(res)["cause_category"] == "human_error"


def test_no_evidence_that_is_a_denial(extract):
    text = "We have no evidence that user data was compromised or that a cyberattack caused this downtime."
    res = extract(text, source_kind="vendor", provider="Meta", title="Update about the outage")
    assert {(c["normalized"], c["polarity"]) for c in claims_of(res, "cause")} == {("cyberattack", "denies")}


def test_victims_not_the_cause_denies_ai(extract):
    text = ("AI start-ups saw errors all afternoon during the Google Cloud outage. "
            "The AI products themselves were victims here, not the cause: the fault lay in a change to API management.")
    res = extract(text, title="Google Cloud outage hits AI apps")
    assert [c["polarity"] for c in claims_of(res, "ai")] == ["denies"]


def test_power_as_a_verb_is_not_a_power_failure(extract):
    text = "Start-ups that use the API to power chat assistants said their products returned errors during the Google Cloud outage."
    assert "power" not in {c["normalized"] for c in claims_of(extract(text, title="Google Cloud outage"), "cause")}


def test_a_date_before_its_clock_time_is_joined_to_it(extract):
    text = "On June 10, 2025, starting at 06:03 UTC, many customers saw application failures."
    res = extract(text, source_kind="vendor", provider="Heroku", published="2025-06-13", title="Summary of the Heroku outage")
    assert primary(res)["start"] == "2025-06-10T06:03:00Z"


def test_time_to_detect_is_not_the_outage_length(extract):
    text = ("We detected the disruption within one minute. "
            "Within 49 minutes of the onset, most of our network was operating normally after the outage.")
    res = extract(text, source_kind="vendor", provider="Fastly", published="2021-06-09")
    assert primary(res)["duration_hours"] == 0.817


def test_hours_after_the_first_errors_is_a_length(extract):
    text = "Microsoft declared the Azure outage mitigated just after midnight UTC, roughly eight hours after the first errors."
    assert primary(extract(text, title="Azure outage", published="2025-10-30"))["duration_hours"] == 8.0


def test_background_dates_weeks_earlier_do_not_start_the_outage(extract):
    text = ("On May 12 we began a software deployment that introduced a latent bug. "
            "On June 8 at 09:47 UTC a customer configuration change triggered the bug and the outage began.")
    res = extract(text, source_kind="vendor", provider="Fastly", published="2021-06-09", title="Summary of June 8 outage")
    assert primary(res)["start"] == "2021-06-08T09:47:00Z"


def test_a_negated_speech_verb_does_not_make_the_vendor_the_speaker(extract):
    text = "Anthropic has not explained why Claude went down for about forty minutes on Wednesday."
    res = extract(text, title="Claude outage", outlet="Ledger Tech", published="2025-09-12")
    assert {c["speaker_kind"] for c in claims_of(res, "duration")} == {"press"}


def test_united_states_is_not_a_speech_verb(extract):
    text = "For about four hours, users in the eastern United States saw the worst of the impact of the outage."
    res = extract(text, source_kind="vendor", provider="Google Cloud", title="Google Cloud outage")
    assert {c["speaker_kind"] for c in claims_of(res, "duration")} == {"vendor"}


def test_another_companys_faulty_update_is_a_third_party_cause(extract):
    text = "Azure customers lost virtual machines in the outage after CrowdStrike's faulty update crashed Windows hosts."
    res = extract(text, title="Azure outage", provider="Microsoft Azure", source_kind="vendor")
    assert primary(res)["cause_category"] == "third_party"


def test_a_failing_dependency_is_a_third_party_cause(extract):
    text = "The outage was caused by a failure in a storage dependency used by Workers KV."
    res = extract(text, source_kind="vendor", provider="Cloudflare", title="Cloudflare outage")
    assert primary(res)["cause_category"] == "third_party"


def test_not_the_first_time_is_not_a_denial(extract):
    text = ("Kiro deleted the environment and caused the AWS outage, people familiar said. "
            "It was not the first time an AI assistant has been tied to a production outage at the company.")
    res = extract(text, title="AWS outage blamed on AI agent")
    assert "denies" not in {c["polarity"] for c in claims_of(res, "ai")}


def test_bot_detection_is_not_an_ai_mention(extract):
    text = ("AI services went down with Cloudflare. Cloudflare has traced the outage to a permissions change "
            "that broke the file its bot-detection system reads.")
    res = extract(text, title="Cloudflare outage hits AI services")
    assert all(c["normalized"] is not True for c in claims_of(res, "ai"))


def test_a_time_in_a_status_update_is_not_later_than_the_update(extract):
    text = ("API, ChatGPT & Sora Facing Issues\n\n"
            "Investigating (2024-12-11 23:30 UTC): We are seeing elevated error rates.\n\n"
            "Resolved (2024-12-12 03:38 UTC): All services are operating normally again. "
            "The problem began at 3:16pm PST and was caused by a new telemetry service.")
    res = extract(text, source_kind="vendor", provider="OpenAI", published="2024-12-11T23:30:00Z")
    inc = primary(res)
    assert inc["start"] == "2024-12-11T23:16:00Z" and inc["end"] == "2024-12-12T03:38:00Z"
    assert inc["duration_hours"] == 4.37


def test_working_normally_by_is_an_end(extract):
    text = ("Today, starting at 11:20 UTC, Cloudflare's network had significant failures. "
            "Every system at Cloudflare was working normally by 17:06 UTC.")
    res = extract(text, source_kind="vendor", provider="Cloudflare", published="2025-11-18T20:00:00Z",
                  title="Cloudflare outage on November 18")
    inc = primary(res)
    assert (inc["start"], inc["end"], inc["duration_hours"]) == ("2025-11-18T11:20:00Z", "2025-11-18T17:06:00Z", 5.77)


def test_a_faulty_update_with_a_name_in_between_is_a_bug(extract):
    text = "Microsoft estimates that the faulty CrowdStrike update knocked out 8.5 million Windows devices."
    res = extract(text, title="CrowdStrike crash hit 8.5 million devices in the outage")
    assert primary(res)["cause_category"] == "software_bug"


def test_a_cause_word_in_a_status_update_needs_no_framing(extract):
    text = ("Google Cloud Networking experiencing high levels of packet loss\n\n"
            "Update (2019-06-02 21:10 UTC): The network congestion in the eastern United States is easing.")
    res = extract(text, source_kind="vendor", provider="Google Cloud", published="2019-06-02T21:10:00Z")
    assert primary(res)["cause_category"] == "capacity"


def test_traced_the_problem_to_is_a_causal_frame(extract):
    text = 'AWS said it had traced the problem to "an impairment of several network devices" in its largest region.'
    assert primary(extract(text, title="AWS outage hits thousands of sites"))["cause_category"] == "hardware"


def test_remediation_is_not_a_cause(extract):
    text = ("The outage was caused by a configuration change that blocked access to storage. "
            "We are adding validation of allow-list contents before deployment.")
    res = extract(text, source_kind="vendor", provider="Microsoft Azure", title="Post Incident Review")
    assert {c["normalized"] for c in claims_of(res, "cause")} == {"config_change"}


def test_a_configuration_mistake_is_a_config_error(extract):
    text = "A configuration mistake in its Front Door service caused the outage that left customers staring at error pages."
    assert primary(extract(text, title="Azure outage"))["cause_category"] == "config_change"


def test_a_stated_total_beats_a_partial_recovery(extract):
    text = ("The incident began at 10:51 PDT and ended at 18:18 PDT, a total of 7 hours and 27 minutes. "
            "Most regions recovered within about two hours and forty minutes of the start of the outage.")
    res = extract(text, source_kind="vendor", provider="Google Cloud", published="2025-06-14", title="Incident report")
    assert primary(res)["duration_hours"] == 7.45


def test_the_last_end_in_a_sentence_is_the_end(extract):
    text = ("Today, starting at 11:20 UTC, Cloudflare's network had significant failures. "
            "Core traffic was largely flowing normally by 14:30 UTC, and every system was working normally by 17:06 UTC.")
    res = extract(text, source_kind="vendor", provider="Cloudflare", published="2025-11-18T20:00:00Z", title="Cloudflare outage")
    assert primary(res)["end"] == "2025-11-18T17:06:00Z"


def test_a_qualitative_word_does_not_hide_a_stated_figure(extract):
    text = ("The AWS outage knocked shops offline all afternoon, the outlet reported. "
            "AWS said its engineers restored every service about six hours after the first failures were logged.")
    res = extract(text, title="AWS outage takes down shops")
    assert primary(res)["duration_hours"] == 6.0


def test_a_corrected_figure_is_not_the_length(extract):
    text = ("AWS said the outage ran for more than five hours, until all services came back. "
            "Correction: a previous version of this story said the outage lasted two hours.")
    res = extract(text, title="AWS outage")
    assert primary(res)["duration_hours"] == 5.0


def test_an_exact_window_beats_a_bound(extract):
    text = "AWS put the outage at less than an hour, from 09:05 to 09:47 UTC on October 3."
    res = extract(text, title="AWS outage")
    assert primary(res)["duration_hours"] == 0.7
    assert len(claims_of(res, "duration")) == 1


def test_within_measures_a_length_only_for_a_recovery(extract):
    text = ("AWS acknowledged the outage at 10:20 UTC and within an hour called it a major incident. "
            "Engineers were still working on the outage late in the day.")
    res = extract(text, title="AWS outage")
    assert primary(res)["duration_hours"] is None


def test_the_figure_that_agrees_with_start_and_end_is_the_length(extract):
    text = ("The AWS outage began at 2:10 AM PDT on October 7. AWS said the database fault itself was fixed "
            "less than two hours after it began. Every service was back to normal at 2:40 PM PDT, "
            "about twelve and a half hours after the first errors, the outlet found.")
    res = extract(text, title="AWS outage")
    assert primary(res)["duration_hours"] == 12.5


def test_a_stated_end_beats_the_resolved_update_and_a_phase_window(extract):
    text = ("Resolved (2025-10-08 23:30 UTC): Between 9:00 AM PDT and 10:30 AM PDT on October 8, customers saw "
            "elevated error rates, after which some services stayed degraded.\n\n"
            "By 3:00 PM PDT, all services had returned to normal operations.")
    res = extract(text, source_kind="vendor", provider="AWS", title="Increased error rates")
    inc = primary(res)
    assert (inc["end"], inc["duration_hours"]) == ("2025-10-08T22:00:00Z", 6.0)


def test_a_clock_time_without_a_day_is_not_after_publication(extract):
    text = "Slack users could not connect on Thursday. The outage began around noon Eastern time, a monitoring firm said."
    res = extract(text, title="Slack outage", published="2025-10-24T02:15:00Z")
    assert primary(res)["start"] == "2025-10-23T16:00:00Z"


def test_an_end_after_a_resolution_word_further_back(extract):
    text = ("Available (2025-03-04 02:30 UTC): The incident has been fully resolved for every product and region "
            "as of 18:20 US/Pacific. From 11:05 US/Pacific, users saw errors for requests to several products.")
    inc = primary(extract(text, source_kind="vendor", provider="Google Cloud", title="Errors for API requests"))
    assert (inc["start"], inc["end"], inc["duration_hours"]) == ("2025-03-03T19:05:00Z", "2025-03-04T02:20:00Z", 7.25)


def test_caused_by_a_date_is_not_an_end(extract):
    text = "We are sorry for the disruption caused by today's outage across our apps, Meta said."
    assert not claims_of(extract(text, title="Meta outage"), "end")


def test_an_outage_with_time_still_to_come_has_no_length_yet(extract):
    text = ("Atlassian said some customers still cannot reach their sites a week after the outage began, "
            "and that it may need up to two more weeks to restore them all.")
    assert primary(extract(text, title="Atlassian outage"))["duration_hours"] is None


def test_a_count_over_a_period_is_not_a_length(extract):
    text = ("AWS Cost Explorer failed for about thirteen hours in December, the outlet found. "
            "For AWS it is the second widely reported outage story in four months.")
    assert primary(extract(text, title="AWS outage"))["duration_hours"] == 13.0


def test_timeline_lines_take_the_zone_note_and_the_words_after_the_time(extract):
    text = ("We had a global outage on March 3 because of a bug.\n\nTimeline (UTC)\n\n"
            "14:02 First errors seen across the network. 14:05 Engineers paged. 14:40 Services begin to recover. "
            "16:10 Incident mitigated.\n\nWithin 38 minutes, most of our network was working normally again.")
    inc = primary(extract(text, source_kind="vendor", provider="Fastly", title="Outage summary",
                          published="2025-03-03T22:00:00Z"))
    assert (inc["start"], inc["end"]) == ("2025-03-03T14:02:00Z", "2025-03-03T16:10:00Z")
    assert inc["duration_hours"] == 0.633


def test_a_hypothetical_length_is_not_the_outage_length(extract):
    text = ('Akamai said its DNS outage was over quickly. "If all your traffic depends on one DNS provider, '
            'two hours of their outage is two hours of yours," an analyst said.')
    assert primary(extract(text, title="Akamai outage"))["duration_hours"] is None


def test_time_so_far_into_an_outage_still_going_is_not_its_length(extract):
    text = ("Meta's apps have been down worldwide since Monday morning. "
            "Six hours in, the company had not said when the outage would end.")
    assert primary(extract(text, title="Meta outage", published="2025-10-20T20:00:00Z"))["duration_hours"] is None


def test_a_quick_fix_is_not_the_length_of_a_long_outage(extract):
    text = ("CrowdStrike withdrew the faulty update within about forty minutes of shipping it. "
            "Three days on, some hospitals were still rebuilding machines after the outage.")
    assert primary(extract(text, title="CrowdStrike outage"))["duration_hours"] == 72.0


def test_a_revert_is_an_end(extract):
    text = "At 04:10 UTC on July 19 CrowdStrike released a faulty update that crashed machines. The update was reverted at 05:30 UTC."
    inc = primary(extract(text, source_kind="vendor", provider="CrowdStrike", title="Incident review"))
    assert (inc["end"], inc["duration_hours"]) == ("2025-07-19T05:30:00Z", 1.33)


def test_the_date_of_a_statement_is_not_the_start(extract):
    text = ("Akamai will roll out DNS changes in stages, it said in a statement on Friday, "
            "after last Wednesday's outage broke thousands of sites.")
    assert primary(extract(text, title="Akamai outage", published="2025-10-27T08:00:00Z"))["start"] == "2025-10-22"


def test_a_background_date_weeks_earlier_does_not_date_later_clock_times(extract):
    text = ("Fastly's network failed on Tuesday, the company said. A release shipped on May 12 contained a latent bug. "
            "When a customer changed a setting at 09:47 UTC, most of the network started returning errors.")
    res = extract(text, title="Fastly outage", published="2021-06-09T08:00:00Z")
    assert primary(res)["start"] == "2021-06-08T09:47:00Z"


def test_a_supplier_named_after_the_cause_is_a_third_party(extract):
    text = ("Azure virtual machines failed overnight, and the culprit was a faulty update to CrowdStrike's Falcon "
            "software that crashed Windows servers inside Azure, the outlet found.")
    assert primary(extract(text, title="Azure outage"))["cause_category"] == "third_party"


def test_a_suppliers_part_the_provider_uses_is_a_third_party(extract):
    text = ("Slack said the root cause was that our AWS Transit Gateways, which link our networks, "
            "could not scale fast enough for the surge of traffic.")
    res = extract(text, source_kind="vendor", provider="Slack", title="Slack outage review")
    assert primary(res)["cause_category"] == "third_party"


def test_a_time_to_notice_or_to_act_is_no_duration_claim(extract):
    text = ("Fastly's outage began at 09:47 UTC. We noticed the disruption within one minute. "
            "Downdetector logged thousands of reports within half an hour.")
    res = extract(text, source_kind="vendor", provider="Fastly", title="Outage")
    assert claims_of(res, "duration") == []


def test_a_completed_recovery_without_a_time_ends_the_outage_when_said(extract):
    text = ("Some people cannot reach Instagram right now because of an outage. "
            "We have now fixed the problem, and our apps are back up and running.")
    res = extract(text, source_kind="vendor", provider="Meta", title="Instagram outage", published="2025-03-05T18:00:00Z")
    assert [c["normalized"] for c in claims_of(res, "end")] == ["2025-03-05"]
    assert primary(res)["duration_hours"] is None


def test_a_partial_or_expected_recovery_is_no_end(extract):
    text = ("AWS said the outage had hit EC2 in one region. About 45 percent of affected users have been restored, "
            "and it expects the rest to be back online soon.")
    assert claims_of(extract(text, title="AWS outage"), "end") == []


def test_a_time_to_work_something_out_is_no_end(extract):
    text = "Fastly said the outage began at 09:47 UTC, but it took until 10:27 UTC to work out which setting was responsible."
    assert claims_of(extract(text, title="Fastly outage", published="2021-06-09T08:00:00Z"), "end") == []


def test_a_recovery_said_on_a_named_day_ends_on_that_day(extract):
    text = "Slack said on Monday evening that service had been fully restored after an outage."
    res = extract(text, title="Slack outage", published="2021-01-05T09:30:00Z")
    assert [c["normalized"] for c in claims_of(res, "end")] == ["2021-01-04"]


def test_no_start_after_an_end_in_the_same_sentence(extract):
    text = ("GitHub's website returned within the hour on Wednesday night after the outage, but builds were "
            "still clearing backlogs on Thursday morning.")
    res = extract(text, title="GitHub outage", published="2024-08-15T10:15:00Z")
    assert claims_of(res, "start") == []


def test_the_vendors_trigger_beats_the_outlets_mechanism(extract):
    text = ("Google's network in the eastern US was congested for hours on Sunday, the outlet found. "
            "Google said the root cause was a configuration change applied to more servers than intended.")
    assert primary(extract(text, title="Google Cloud outage"))["cause_category"] == "config_change"


def test_the_outlets_own_verdict_is_not_overruled(extract):
    text = ("AWS said a software defect let a bad setting through its checks, the outlet reported. "
            "The DNS errors were a symptom; the configuration change was the cause, the outlet found.")
    res = extract(text, title="AWS outage", published="2025-11-03T10:00:00Z")
    assert primary(res)["cause_category"] == "config_change"


def test_a_channel_the_words_were_posted_on_is_no_supplier(extract):
    text = "Akamai said on Twitter that a software configuration update had triggered a bug in its DNS system."
    assert primary(extract(text, title="Akamai outage"))["cause_category"] != "third_party"


def test_probe_articles_written_for_this_round(extract):
    # a range whose cue sits inside the first point, a recalled "last October", an incident opened and closed
    text = ("Zoom went down for roughly two hours on Wednesday afternoon, from 2:25 p.m. to 4:12 p.m. ET, the company said. "
            "Last October, an AWS problem took Zoom offline for 40 minutes.")
    res = extract(text, title="Outage at Zoom", published="2025-04-17T08:00:00Z")
    main = primary(res)
    assert (main["end"], main["duration_hours"]) == ("2025-04-16T20:12:00Z", 2.0)
    assert [i["start"] for i in res["incidents"] if not i["primary"]] == ["2024-10"]
    text = ("Salesforce customers could not log in for much of Tuesday. The status page showed the incident "
            "opened at 06:03 UTC on June 10 and closed at 22:25 UTC.")
    inc = primary(extract(text, title="Salesforce outage", published="2025-06-11T12:00:00Z"))
    assert (inc["start"], inc["end"]) == ("2025-06-10T06:03:00Z", "2025-06-10T22:25:00Z")


def test_the_time_a_recovery_was_announced_and_the_day_of_a_statement(extract):
    text = ("Teams was down on Wednesday morning. The problems started at about 8.15am GMT and Microsoft said "
            "at 11:05 GMT that service had been restored.")
    inc = primary(extract(text, title="Microsoft Teams outage", published="2025-03-12T14:00:00Z"))
    assert (inc["start"], inc["end"]) == ("2025-03-12T08:15:00Z", "2025-03-12T11:05:00Z")
    text = ("Amazon Web Services said on Monday night that all services had returned to normal after the outage. "
            "The outage began at 3:11 a.m. ET.")
    inc = primary(extract(text, title="AWS outage", published="2025-10-21T09:00:00Z"))
    assert inc["start"] == "2025-10-20T07:11:00Z"


def test_shares_that_closed_up_are_no_end(extract):
    text = "Fastly's shares closed up almost 11% on Tuesday, after an outage that lasted less than an hour."
    assert claims_of(extract(text, title="Fastly outage", published="2021-06-09T15:00:00Z"), "end") == []


def test_timeline_bullets_and_handling_steps(extract):
    text = ("On August 12 a storage cluster in Frankfurt became unavailable.\n\nTimeline (all times UTC)\n\n"
            "- 07:41: Alerts fire for elevated error rates.\n- 07:52: Incident declared.\n"
            "- 09:15: Root cause identified as a failed disk controller.\n- 10:30: Full service restored.")
    inc = primary(extract(text, source_kind="vendor", provider="Fastly", title="Postmortem", published="2025-08-14T12:00:00Z"))
    assert (inc["start"], inc["end"]) == ("2025-08-12T07:41:00Z", "2025-08-12T10:30:00Z")


def test_a_length_told_after_another_year_belongs_to_that_outage(extract):
    text = ("Heroku apps were unreachable for nearly a full day this week. It is the platform's longest outage "
            "since 2021, when a database failure took it down for six hours.")
    res = extract(text, title="Heroku outage", published="2025-06-12T10:00:00Z")
    assert primary(res)["duration_hours"] == 24.0


def test_another_companys_third_party_claim_names_no_cause_for_the_provider_it_blames(extract):
    text = ("A Cloudflare outage on Tuesday knocked ChatGPT and thousands of other sites offline. "
            "OpenAI said ChatGPT was unreachable because of an issue at a third-party provider. "
            "Cloudflare said a configuration file had grown beyond its expected size.")
    res = extract(text, title="Cloudflare outage takes down ChatGPT", published="2025-11-18T16:00:00Z")
    assert primary(res)["cause_category"] == "config_change"


def test_a_named_day_is_trusted_over_the_publication_time(extract):
    text = ("Earlier today, some customers were unable to send messages in Slack. The issue started at 9:02 AM PST "
            "and was fully resolved by 4:45 PM PST.")
    inc = primary(extract(text, source_kind="vendor", provider="Slack", title="Service disruption",
                          published="2025-02-26T23:00:00Z"))
    assert (inc["start"], inc["end"]) == ("2025-02-26T17:02:00Z", "2025-02-27T00:45:00Z")


def test_a_time_to_some_other_act_makes_no_duration_claim(extract):
    text = "Salesforce went down on Tuesday. Downdetector recorded thousands of complaints within half an hour."
    assert claims_of(extract(text, title="Salesforce outage", published="2025-06-12T10:00:00Z"), "duration") == []


def test_a_date_that_names_the_outage_gives_way_to_when_it_began(extract):
    text = ("Tuesday's outage at AWS hit thousands of sites, the outlet found. "
            "The trouble began at 7:40 a.m. ET, AWS said.")
    res = extract(text, title="AWS outage", published="2025-10-22T12:00:00Z")
    # C2: the naming date is a start claim too, but the incident's start is when it began
    assert [c["normalized"] for c in claims_of(res, "start")] == ["2025-10-21", "2025-10-21T11:40:00Z"]
    assert primary(res)["start"] == "2025-10-21T11:40:00Z"


def test_a_date_naming_the_episode_is_outage_context(extract):
    text = ("Replit's AI agent deleted a user's production database, the founder said. "
            "The lesson engineers draw from last week's Replit episode is that an agent near production will break it.")
    res = extract(text, title="Replit agent deleted a database", published="2025-07-23T09:00:00Z")
    assert primary(res)["start"] == "2025-07"


def test_a_medical_pathology_is_no_software_bug(extract):
    # "a performance pathology" is engineers' word for a bug; "pathology services" are a hospital's laboratories
    text = ("Synlab's results systems went down on Monday after a ransomware attack, and doctors across the region "
            "have waited days for blood tests. Synlab, which runs pathology services for hospitals, said the attack "
            "had encrypted its servers. The systems are still offline.")
    res = extract(text, title="Pathology provider hit by ransomware", published="2025-10-22T12:00:00Z")
    assert {c["normalized"] for c in claims_of(res, "cause")} == {"cyberattack"}
