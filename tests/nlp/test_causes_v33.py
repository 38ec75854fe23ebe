"""causes.v33: "since" or "again" between an auxiliary and its participle keeps the perfect an event ("has since
claimed the attack"); "power failed" is a power cause; another company's trouble as the subject of a verb of harm
("the Cloudflare outage knocked …"), or another company failing in a clause opened by "when", "after" or "because"
beside the harm, is a third party; a misoperation, carelessness, a fat finger and the wrong build or server, or sending
or restarting the wrong one, are human error; "had not been targeted by a hacker" and "no one targeted" deny an attack;
what a scanner classified or flagged as malware is no attack; an update problem, or an error in an update, is a deployment;
changes the service carries out for its customers, told as processed, as what had trouble or as resuming, name no cause
(sentences written for these tests)."""
from tests.nlp.conftest import readings_after

_LEAD = "Orrinford Tyres' dealer ordering site went down on Sunday and stayed down for two days.\n\n"


def _causes(extract, sentence, kind="press"):
    return readings_after(extract, _LEAD, sentence, kind=kind, title="Tyre maker's ordering site down")


def test_since_between_auxiliary_and_participle_keeps_the_perfect_an_event(extract):
    assert _causes(extract, "A criminal group has since claimed the attack on its website.") == [("cyberattack", "asserts")]


def test_a_timeless_present_remark_is_still_no_event(extract):
    assert _causes(extract, "Ransomware gangs usually claim attacks on their websites.") == []


def test_backup_power_that_failed_is_a_power_cause(extract):
    assert _causes(extract, "The site stopped after backup power failed at the company's data centre.") == [("power", "asserts")]


def test_a_product_named_power_failing_is_no_power_cause(extract):
    assert _causes(extract, "Staff said Power BI failed to load their dashboards.") == []


def test_another_companys_outage_that_knocked_systems_offline_is_a_third_party(extract):
    assert _causes(extract, "The Cloudflare outage knocked the ordering systems offline.") == [("third_party", "asserts")]


def test_another_company_failing_in_a_fronted_when_clause_is_a_third_party(extract):
    assert _causes(extract, "When Amazon's servers in the US-East-1 region failed, the site lost its "
                            "stock database.", kind="vendor") == [("third_party", "asserts")]


def test_another_company_failing_in_a_because_clause_is_a_third_party(extract):
    assert _causes(extract, "The site went dark because Amazon's data centre in Virginia failed.") == [("third_party", "asserts")]


def test_another_companys_failure_that_dates_a_later_step_is_no_cause(extract):
    assert _causes(extract, "Two days after Cloudflare's network failed, the company moved its site to Fastly.") == []


def test_another_companys_failure_recalled_from_an_earlier_year_is_no_cause(extract):
    assert _causes(extract, "Staff were reminded of March a year earlier, when Cloudflare's network went down "
                            "for an afternoon.") == []


def test_sending_out_the_wrong_build_is_human_error(extract):
    assert _causes(extract, "Someone on the company's team sent out the wrong build to the ordering servers.",
                   kind="vendor") == [("human_error", "asserts")]


def test_a_fat_finger_is_human_error(extract):
    assert _causes(extract, "The company's technology chief put it down to a fat finger.") == [("human_error", "asserts")]


def test_a_misoperation_blamed_is_human_error(extract):
    assert _causes(extract, "The company blamed a misoperation during the installation of new software.") == [
        ("human_error", "asserts")]


def test_the_wrong_files_lost_by_customers_are_no_human_error(extract):
    assert _causes(extract, "Dealers whose computers lost the wrong files saw error messages.") == []


def test_the_wrong_version_of_a_story_is_no_human_error(extract):
    assert _causes(extract, "Dealers wondered why the wrong version of events was so easy to believe.") == []


def test_not_targeted_by_a_hacker_denies_an_attack(extract):
    assert _causes(extract, "The company said in a short statement that it had not been targeted by a hacker.") == [
        ("cyberattack", "denies")]


def test_no_one_targeted_the_company_denies_an_attack(extract):
    assert _causes(extract, "No one targeted the ordering site, the company said.") == [("cyberattack", "denies")]


def test_someone_targeted_the_site_is_an_attack(extract):
    assert _causes(extract, "Someone targeted the ordering site on Sunday morning, the company said.") == [
        ("cyberattack", "asserts")]


def test_files_classified_as_malware_by_a_scanner_are_no_attack(extract):
    assert _causes(extract, "Ordering files on dealers' computers were wrongly classified as malware and quarantined.") == []


def test_an_attack_identified_as_ransomware_is_still_an_attack(extract):
    assert _causes(extract, "The attack was identified as ransomware on Monday.") == [("cyberattack", "asserts")]


def test_an_update_problem_is_a_deployment(extract):
    assert _causes(extract, "This was an update problem, not an attack, the company said.") == [
        ("deployment", "asserts"), ("cyberattack", "denies")]


def test_an_error_in_an_update_that_reached_customers_is_a_deployment(extract):
    assert _causes(extract, "A rule error in an update reached the company's dealers for 13 minutes before it was pulled.",
                   kind="vendor") == [("deployment", "asserts")]


def test_a_bug_in_an_update_stays_a_software_fault(extract):
    assert _causes(extract, "A bug in the update sent the ordering servers into a loop.", kind="vendor") == [
        ("software_bug", "asserts")]


def test_a_remedy_being_rolled_out_excuses_no_cause_when_the_sentence_has_no_cause_word():
    # (the guard of causes.v32's remedy reader: with no cause word, "every cause word inside the remedy" is vacuous and
    # must not drop what the sentence's constructions read)
    from nlp.causes import _only_a_remedy_rolling_out
    from nlp.extract import Extractor
    from nlp.sentences import sentence_views
    text = "The mitigation steps are currently being rolled out across every region."
    sent = sentence_views(Extractor().nlp(text), text)[0]
    assert _only_a_remedy_rolling_out(sent, []) is False


def test_delays_in_processing_customers_policy_changes_name_no_cause(extract):
    assert _causes(extract, "Affected dealers would see delays in processing access policy changes.", kind="vendor") == []


def test_issues_with_certificate_configuration_updates_name_no_cause(extract):
    assert _causes(extract, "The ordering site experienced issues with dealer portal certificate configuration updates.",
                   kind="vendor") == []


def test_configuration_pushes_that_resumed_name_no_cause(extract):
    assert _causes(extract, "By 11:28 UTC, dealer configuration pushes resumed.", kind="vendor") == []


def test_a_configuration_change_that_caused_it_is_still_one(extract):
    assert _causes(extract, "A configuration change to the ordering servers caused the issues.", kind="vendor") == [
        ("config_change", "asserts")]


def test_an_action_item_correcting_policies_names_no_cause(extract):
    assert _causes(extract, "- Correcting autoscaling policies to account for concurrency and capacity.", kind="vendor") == []


def test_further_work_announced_names_no_cause(extract):
    assert _causes(extract, "We're also adding regression tests for the ordering tools, and improving the safety of "
                            "future rollouts.", kind="vendor") == []


def test_working_to_improve_names_no_cause(extract):
    assert _causes(extract, "We are working to improve the resilience of our routing layer to limit impact due to a "
                            "subset of invalid configurations.", kind="vendor") == []


def test_a_failure_when_trying_to_re_deploy_names_no_cause(extract):
    assert _causes(extract, "- Quota failure when trying to re-deploy ordering models", kind="vendor") == []


def test_customers_deploying_a_new_version_name_no_cause(extract):
    assert _causes(extract, "Customers updating their storefronts (e.g. deploying a new version) may have seen increased "
                            "latency or failures.", kind="vendor") == []


def test_an_acronym_inside_a_products_name_is_no_cause(extract):
    assert _causes(extract, "Description: We are experiencing an issue with Dealer Portal DNS beginning at 08:10 UTC.",
                   kind="vendor") == []


def test_an_acronym_after_an_article_is_still_a_cause(extract):
    assert _causes(extract, "The outage was caused by a DNS failure.", kind="vendor") == [("dns", "asserts")]


def test_failures_creating_or_modifying_routers_are_the_customers_work(extract):
    assert _causes(extract, "Customers experienced failures creating or modifying routers in europe-west2.",
                   kind="vendor") == []


def test_an_internal_error_users_receive_is_no_vague_cause(extract):
    assert _causes(extract, "Dealers may receive an internal error when placing orders.", kind="vendor") == []


def test_an_internal_error_blamed_is_still_a_vague_cause(extract):
    assert _causes(extract, "The company blamed an internal error.") == [("unknown", "asserts")]


def test_the_rollout_of_a_fix_names_no_cause(extract):
    assert _causes(extract, "We are finalizing the validation of the fix in our testing environment, and we will provide "
                            "an update on the production rollout soon.", kind="vendor") == []


def test_a_notice_of_a_maintenance_event_names_no_cause(extract):
    assert _causes(extract, "This incident was used to notify for a maintenance event.", kind="vendor") == []
