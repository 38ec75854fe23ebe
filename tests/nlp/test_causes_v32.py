"""causes.v32: an auxiliary and its participle set apart by an adverb in commas ("has, sadly, been the target of …")
still tell a past event; "compromised" said of records, a domain or a registrar is an intrusion; load, an attack or the
weather blamed with no "on" is the cause ("blamed the traffic"); "beyond anything we had planned for" is load past
what was built; and the supplier that hosts the company's service, named by a
relative clause rather than "our", had trouble of its own: a third party; and a rollout or a team named in the clause of
when the trouble was repaired ("was mitigated … when our engineering team completed a rollout") is the repair, not the
cause; deployments users had that then failed, were hit or went unprocessed ("new deployments will fail", "Failed …
deployments can be retried", "the deployed models") and mitigation steps being rolled out name no cause (sentences
written for these tests)."""
from tests.nlp.conftest import readings_after

_LEAD = "Tamsworth Gates' ticket readers stopped working on Saturday morning and stayed down for six hours.\n\n"


def _causes(extract, sentence, kind="vendor"):
    return readings_after(extract, _LEAD, sentence, kind=kind, title="Ticket readers outage")


def test_an_adverb_set_off_by_commas_keeps_the_perfect_an_event(extract):
    assert _causes(extract, "Tamsworth Gates has, unfortunately, been the victim of a cyber attack.") == [("cyberattack", "asserts")]


def test_however_set_off_by_commas_keeps_the_perfect_an_event(extract):
    assert _causes(extract, "The ticketing servers have, however, been hit by a ransomware attack.") == [("cyberattack", "asserts")]


def test_records_compromised_at_a_registrar_are_an_intrusion(extract):
    assert _causes(extract, "The company's domain records held at its registrar were compromised late on Friday.",
                   kind="press") == [("cyberattack", "asserts")]


def test_safety_compromised_is_still_no_intrusion(extract):
    assert _causes(extract, "At no point was passenger safety compromised.") == []


def test_traffic_blamed_without_on_is_load(extract):
    assert _causes(extract, "The operator blamed the traffic.", kind="press") == [("capacity", "asserts")]


def test_a_person_blamed_is_still_no_load(extract):
    assert _causes(extract, "Fans blamed the club's chairman.", kind="press") == []


def test_load_beyond_anything_planned_for_is_capacity(extract):
    assert _causes(extract, "The crowd that arrived when the gates opened was well beyond anything we had prepared for.") == [
        ("capacity", "asserts")]


def test_the_supplier_that_hosts_our_service_having_an_outage_is_a_third_party(extract):
    assert _causes(extract, "The readers failed because the cloud provider that hosts our ticket service suffered an "
                            "outage of its own.") == [("third_party", "asserts")]




def test_no_change_made_to_the_routers_denies_a_configuration_change(extract):
    assert _causes(extract, "No change had been made to the gate readers' settings that morning.") == [("config_change", "denies")]


def test_changes_made_to_the_readers_are_a_configuration_change(extract):
    assert _causes(extract, "Changes were made to the readers on Friday night, and by morning none of them would start.") == [
        ("config_change", "asserts")]


def test_the_outlets_own_question_asserts_no_cause(extract):
    assert _causes(extract, "We asked Tamsworth Gates whether any change had been made to the readers before the outage; "
                            "it said none had.", kind="press") == []


def test_a_rollout_in_the_clause_of_the_repair_is_no_cause(extract):
    assert _causes(extract, "The issue was fully mitigated about two hours later, when our engineering team completed a "
                            "rollout to disable the faulty reader code path.") == []


def test_a_team_that_rolled_out_a_mitigation_is_no_cause(extract):
    assert _causes(extract, "The issue was mitigated after our engineering team rolled out a mitigation to the gate readers.") == []


def test_a_faulty_update_rolled_back_in_the_repair_clause_stays_a_cause(extract):
    assert _causes(extract, "The issue was resolved once the faulty reader update was rolled back.") != []


def test_a_cause_that_took_the_readers_down_in_the_repair_clause_stays(extract):
    assert _causes(extract, "The readers were fully restored on Wednesday, two days after the GPS week rollover took them "
                            "down.") == [("software_bug", "asserts")]


def test_deployments_that_will_fail_are_what_broke(extract):
    assert _causes(extract, "Diagnosis: Customer apps are getting 404 responses and new deployments will fail.") == []


def test_failed_deployments_that_can_be_retried_are_what_broke(extract):
    assert _causes(extract, "Failed Ticket Reader Cloud deployments can be retried.") == []


def test_deployments_counted_as_unprocessed_are_what_broke(extract):
    assert _causes(extract, "During this period, we failed to process approximately 12,000 deployments.") == []


def test_customers_deployments_that_could_be_hit_are_what_broke(extract):
    assert _causes(extract, "Customers with multi-regional reader deployments could be impacted in more regions.") == []


def test_the_deployed_models_users_list_are_what_broke(extract):
    assert _causes(extract, "When listing the deployed models, the list will be empty.") == []


def test_a_routine_deployment_that_triggered_it_stays_a_cause(extract):
    assert _causes(extract, "The incident was triggered by a routine deployment to an internal reader service.") == [
        ("deployment", "asserts")]


def test_mitigation_steps_being_rolled_out_are_no_cause(extract):
    assert _causes(extract, "Description: Engineering team is continuing to monitor the mitigation steps currently being "
                            "rolled out.") == []


def test_a_software_issue_beside_a_fix_applied_stays(extract):
    assert _causes(extract, "The supplier said it had found a software issue and that a fix had been applied.",
                   kind="press") != []
