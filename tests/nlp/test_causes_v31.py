"""causes.v31: causes named in words the families lacked: "unauthorised activity" (a breach's usual euphemism), a
failed processor or CPU, a date or GPS-week rollover (a software bug), a firmware release put on devices (a
deployment); a vague fault that "is affecting" or "has limited" something is the vendor's unknown cause; another
company's outage as the passive agent or after "because of" is a third party; "caused by a network outage" is a network
cause; a budget exhausted is a spending limit, no capacity; and a firmware release still to be installed, or a fix
being deployed, is no cause, nor are deployments that failed or were queued (what broke), advice to upgrade, a
resolution still to be rolled out, configuration changes users could not make or that will not take effect, a change
rolling out as a fix, or a cause word inside a product's capitalised name ("Cloud Router customers"), or how the trouble was mitigated
("mitigated by scaling up …"), or water systems a company runs; "internal system issues" blamed is a vague cause, as "internal issues" is; what follows a heading
of what was done ("What we changed: …") names no cause, nor does maintenance users had trouble running, configuration
changes delayed, or a postmortem's action item ("* Improve the retry logic …") (sentences written for these tests)."""
from tests.nlp.conftest import readings_after

_LEAD = "Tamsworth Gates' ticket readers stopped working on Saturday morning and stayed down for six hours.\n\n"


def _causes(extract, sentence, kind="vendor"):
    return readings_after(extract, _LEAD, sentence, kind=kind, title="Ticket readers outage")


def test_unauthorised_activity_is_an_attack(extract):
    assert _causes(extract, "Parts of our systems have been subject to unauthorised activity.") == [("cyberattack", "asserts")]


def test_a_failed_processor_is_hardware(extract):
    assert _causes(extract, "A failed processor in the central server slowed every gate.", kind="press") == [("hardware", "asserts")]



def test_a_gps_week_rollover_is_a_software_bug(extract):
    assert _causes(extract, "The GPS week rollover on Saturday took the readers offline.") == [("software_bug", "asserts")]



def test_a_weekly_rollover_of_a_table_is_no_cause(extract):
    assert _causes(extract, "The week rollover of the league table happens every Monday.") == []


def test_a_firmware_release_put_on_the_readers_is_a_deployment(extract):
    assert _causes(extract, "The fault was in a firmware release we installed on the readers overnight.") == [("deployment", "asserts")]


def test_a_firmware_release_still_to_be_installed_is_no_cause(extract):
    assert _causes(extract, "We will install a corrected firmware release on every reader next week.") == []


def test_a_technical_issue_that_is_affecting_the_app_is_named_without_a_category(extract):
    assert _causes(extract, "We're looking into a technical issue that is affecting the app and website.") == [("unknown", "asserts")]


def test_an_issue_which_has_limited_access_is_named_without_a_category(extract):
    assert _causes(extract, "We are dealing with an IT issue which has limited staff access to email.") == [("unknown", "asserts")]


def test_a_technical_issue_found_in_testing_is_no_cause(extract):
    assert _causes(extract, "There is a technical issue which was found in testing.") == []


def test_another_companys_outage_as_the_passive_agent_is_a_third_party(extract):
    assert _causes(extract, "The app was knocked out by Monday's Amazon Web Services outage.", kind="press") == [("third_party", "asserts")]


def test_another_companys_outage_after_because_of_is_a_third_party(extract):
    assert _causes(extract, "The app went down because of an Amazon Web Services failure.", kind="press") == [("third_party", "asserts")]


def test_another_companys_outage_days_before_is_no_cause(extract):
    assert _causes(extract, "The readers failed two days after the Amazon Web Services outage.", kind="press") == []


def test_a_network_outage_in_the_cause_slot_is_a_network_cause(extract):
    assert _causes(extract, "We detected a brief disruption caused by a network outage.") == [("network_bgp", "asserts")]


def test_the_network_outage_itself_names_no_cause(extract):
    assert _causes(extract, "The network outage lasted six hours.") == []


def test_a_budget_exhausted_is_no_capacity_cause(extract):
    assert _causes(extract, "Only customers whose budget was exhausted before the reset were affected.") == []


def test_a_connection_pool_exhausted_stays_capacity(extract):
    assert _causes(extract, "The connection pool was exhausted and requests failed.") == [("capacity", "asserts")]


def test_a_fix_being_deployed_or_a_mitigation_rolling_out_is_no_deployment_cause(extract):
    text = ("Investigating (2026-07-01 10:51 UTC): We are looking into delays in budget resets for some users.\n\n"
            "Update (2026-07-01 12:42 UTC): A fix for the delayed resets is currently being deployed.\n\n"
            "Update (2026-07-01 12:58 UTC): The mitigation is rolling out and we are seeing early signs of recovery.\n\n"
            "Update (2026-07-01 13:10 UTC): The mitigation is now fully deployed, and resets are working as expected.")
    res = extract(text, title="Delays in budget resets", source_kind="vendor", provider="GitHub", published="2026-07-01T13:00:00Z")
    assert [c["normalized"] for i in res["incidents"] for c in i["claims"] if c["attribute"] == "cause"] == []


def _vendor_update_causes(extract, update):
    text = ("Investigating (2026-07-02 16:56 UTC): We are looking into reports of slow and failing site builds.\n\n"
            f"Update (2026-07-02 17:40 UTC): {update}")
    res = extract(text, title="Incident with site builds", source_kind="vendor", provider="GitHub", published="2026-07-02T18:00:00Z")
    return [c["normalized"] for i in res["incidents"] for c in i["claims"] if c["attribute"] == "cause"]


def test_deployments_that_failed_are_what_broke_not_a_cause(extract):
    assert _vendor_update_causes(extract, "Users are seeing errors with deployments, and some apps may fail to deploy.") == []


def test_deployments_queued_are_what_broke_not_a_cause(extract):
    assert _vendor_update_causes(extract, "Some users may have seen their deployments queued for up to an hour.") == []


def test_advice_to_upgrade_is_no_cause(extract):
    assert _vendor_update_causes(extract, "Workaround: customers can upgrade to version 2.4.1 to mitigate the issue.") == []


def test_a_resolution_still_to_be_rolled_out_is_no_cause(extract):
    assert _vendor_update_causes(extract, "We expect the full resolution to be rolled out within the next 12 hours.") == []


def test_a_bad_deployment_named_as_the_cause_stays(extract):
    assert _vendor_update_causes(extract, "The failures were caused by a bad deployment to the build service.") == ["deployment"]


def test_config_changes_users_could_not_make_are_what_broke_not_a_cause(extract):
    assert _vendor_update_causes(extract, "Customers are unable to make firewall config changes globally.") == []


def test_config_changes_that_will_not_take_effect_are_no_cause(extract):
    assert _vendor_update_causes(extract, "Configuration changes will be accepted, but not take effect until the issue is "
                                          "resolved.") == []


def test_a_change_rolling_out_as_a_fix_is_no_cause(extract):
    assert _vendor_update_causes(extract, "A configuration change is rolling out as a potential fix.") == []


def test_a_change_that_failed_to_propagate_and_caused_it_stays(extract):
    assert _vendor_update_causes(extract, "A configuration change failed to propagate to some regions, which caused the "
                                          "failures.") == ["config_change"]


def test_a_cause_word_inside_a_products_name_is_no_cause(extract):
    assert _vendor_update_causes(extract, "Affected Cloud Router customers would have seen elevated packet loss.") == []


def test_a_cause_word_after_the_opening_article_stays(extract):
    assert _vendor_update_causes(extract, "A DDoS attack knocked the build service offline.") == ["cyberattack"]


def test_how_the_trouble_was_mitigated_is_no_cause(extract):
    assert _vendor_update_causes(extract, "The issue was mitigated by scaling up the build cluster to handle the increased "
                                          "traffic.") == []


def test_water_systems_a_company_runs_are_a_service_not_a_flood(extract):
    assert _causes(extract, "Customers in towns whose water systems the firm runs found its payment page would not load.",
                   kind="press") == []


def test_internal_system_issues_blamed_are_named_without_a_category(extract):
    assert _causes(extract, "The company has blamed \"internal system issues\" since Saturday.", kind="press") == [
        ("unknown", "asserts")]


def test_internal_system_issues_met_are_no_cause(extract):
    assert _causes(extract, "Travellers faced internal system issues at the gates.", kind="press") == []


def test_a_change_after_a_what_we_changed_heading_is_no_cause(extract):
    assert _causes(extract, "What we changed: two-person review of every routing change.") == []


def test_a_cause_after_a_what_went_wrong_heading_stays(extract):
    assert _causes(extract, "What went wrong: a routing change withdrew our prefixes.") == [("network_bgp", "asserts")]


def test_maintenance_users_had_trouble_running_is_no_cause(extract):
    assert _vendor_update_causes(extract, "Some customers are experiencing an issue performing VM maintenance activities.") == []


def test_delayed_configuration_changes_are_no_cause(extract):
    assert _vendor_update_causes(extract, "Mitigation efforts are reducing the backlog of delayed configuration changes.") == []


def test_a_maintenance_operation_that_removed_machines_stays_a_cause(extract):
    assert _vendor_update_causes(extract, "A maintenance operation removed too many machines from the build service.") == [
        "config_change"]


def test_a_gerund_action_item_after_a_list_mark_is_no_cause(extract):
    assert _causes(extract, "Our next steps\n\n- Improving vetting of reader configuration changes.") == []


def test_a_gerund_opening_a_sentence_without_a_list_mark_keeps_its_cause(extract):
    assert _vendor_update_causes(extract, "Adding to the confusion, a fibre cut took down the backup link.") == [
        "network_bgp"]


def test_an_imperative_action_item_is_no_cause(extract):
    assert _causes(extract, "Our next steps\n\nExtend the automated server management systems to better handle crash "
                            "loop conditions.") == []
