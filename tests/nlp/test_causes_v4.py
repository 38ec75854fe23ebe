"""causes.v4: what a sentence is about decides whether its cause words are a claim.

Sentences are written for these tests (paraphrases of development-set failures in other words, with
other nouns and verbs of the same class, and further sentences a reporter might write), never copied
from the data sets."""

import pytest

from tests.nlp.conftest import claims_of, primary

LEAD = "Brightline Cloud's storage service failed for customers on Tuesday. "


def causes(extract, text, kind="vendor", provider_lead=LEAD):
    res = extract(provider_lead + text, title="Fastly outage", source_kind=kind)
    return {(c["normalized"], c["polarity"]) for c in claims_of(res, "cause") if c["start"] >= len(provider_lead)}


@pytest.fixture
def fastly_causes(extract):
    def run(text, kind="vendor"):
        return causes(extract, text, kind, provider_lead="Fastly's edge network went down on Tuesday. ")
    return run


# -- repairs: the cause noun is the object of an undo / repair / recovery verb ----------------------

@pytest.mark.parametrize("text", [
    "Operators rebooted the switches that stayed stuck and reverted the update.",  # paraphrase
    "Technicians drained the overloaded links and restarted the name servers one by one.",
    "The team shifted customer traffic away from the congested routers at 10:12 UTC.",  # paraphrase
    "We spotted the faulty rule at 03:10 UTC and started undoing it.",  # paraphrase: pronoun object
    "14:40 Rollout of the hotfix starts.",  # paraphrase: a release of a repair
    "The patch is being deployed to every region.",
    "Name resolution for the API host was restored at 04:15 UTC.",  # paraphrase: complement before the verb
])
def test_the_repair_names_no_cause(fastly_causes, text):
    assert not {c for c, p in fastly_causes(text) if p == "asserts"}


def test_a_repair_that_says_what_it_undid_caused_the_outage_keeps_the_cause(fastly_causes):
    assert ("config_change", "asserts") in fastly_causes("Engineers reverted the configuration change that had triggered the errors.")
    assert ("config_change", "asserts") in fastly_causes("Operators rolled back the change that caused the outage.")


# -- background: how the system normally works, what a change was for ------------------------------

@pytest.mark.parametrize("text", [
    "Our block storage keeps its DNS records in a replicated database that has three copies.",  # paraphrase
    "Traffic between our regions is carried by a private backbone of routers and fibre.",  # paraphrase
    "Firewall rule changes are pushed to every site at once so that we can react quickly to threats.",  # paraphrase
    "Most of our services run inside the main network, while Fastly uses a second network for DNS and monitoring.",
    "The update was intended to tighten an allow list that decides which hosts may reach the database.",  # paraphrase
])
def test_how_the_system_works_is_no_cause(fastly_causes, text):
    assert not {c for c, p in fastly_causes(text) if p == "asserts"}


def test_a_change_meant_for_one_thing_that_did_another_is_still_a_cause(fastly_causes):
    text = "The change was meant to tidy an allow list but instead removed every storage host from it, causing the outage."
    assert any(p == "asserts" for _c, p in fastly_causes(text))


def test_present_tense_status_updates_still_name_the_cause(fastly_causes):
    assert ("dns", "asserts") in fastly_causes("We are investigating a DNS issue affecting some customers.")
    assert ("config_change", "asserts") in fastly_causes("The issue is caused by a configuration change.")
    assert ("cyberattack", "denies") in fastly_causes("There is no evidence of a cyberattack.")


# -- remarks on a class of events and aphorisms ----------------------------------------------------

@pytest.mark.parametrize("text", [
    '"A bad deploy explains most big outages and tells you almost nothing," said one analyst.',  # paraphrase
    '"Fast rollouts are a feature right up until they are a bug," said a consultant.',  # paraphrase
    "Many outages are caused by configuration changes that nobody reviewed.",
])
def test_a_remark_on_outages_in_general_is_no_claim(fastly_causes, text):
    assert not {c for c, p in fastly_causes(text, kind="press") if p == "asserts"}


def test_a_past_outage_of_the_class_is_still_a_claim(fastly_causes):
    text = "Like most large outages, this one was caused by a configuration change."
    assert ("config_change", "asserts") in fastly_causes(text, kind="press")


# -- effects on the response, not the outage's cause -----------------------------------------------

@pytest.mark.parametrize("text", [
    "The overload also locked our staff out of their own monitoring, which is why finding the fault took longer.",  # paraphrase
    "Engineers spotted the cause early, but the same congestion slowed the tools they needed to undo it.",  # paraphrase
    "Because our internal tooling depended on the same DNS, diagnosing the issue took longer than it should have.",  # paraphrase
    "The impairment of the alerting system delayed updates to the status dashboard.",  # paraphrase
])
def test_what_slowed_the_response_is_no_cause(fastly_causes, text):
    assert not {c for c, p in fastly_causes(text) if p == "asserts"}


# -- open causes: the effect whose cause is sought -------------------------------------------------

@pytest.mark.parametrize("text", [
    "The cause of the blaze is still being investigated.",  # paraphrase
    "The origin of the flooding remains unclear.",
    "We cannot yet say what caused the fire.",  # paraphrase
    "Nobody has been able to tell what triggered the congestion.",
])
def test_an_open_cause_is_no_claim(fastly_causes, text):
    assert not {c for c, p in fastly_causes(text) if p == "asserts"}


def test_the_effect_whose_cause_is_named_gives_way_to_the_cause(fastly_causes):
    assert {c for c, p in fastly_causes("The root cause of the DNS failure was a race condition.") if p == "asserts"} == {"software_bug"}


# -- another event dated by an interval ------------------------------------------------------------

def test_an_interval_after_another_event_is_a_date_not_a_cause(extract):
    res = extract("Fastly's network went down on Friday. The outage came a fortnight after a DDoS attack on a rival CDN.",
                  title="Fastly outage")
    assert primary(res)["cause_category"] == "unknown"


def test_an_interval_after_the_event_that_did_the_harm_keeps_it(extract):
    res = extract("Fastly brought its Paris site back last week, two weeks after a flood in the building knocked it offline.",
                  title="Fastly outage")
    assert primary(res)["cause_category"] == "environmental"


# -- the account: causes without a category, denials, the provider's own act -----------------------

def test_a_document_that_only_denies_an_attack_gives_ai_no_part(extract):
    # C8: the document speaks of a cause (it denies one), so AI took no part
    res = extract("Slack went down for two hours on Monday. The company said there was no sign of a cyberattack.",
                  title="Slack outage")
    inc = primary(res)
    assert inc["cause_category"] == "unknown"
    assert inc["ai_involved"] is False


@pytest.mark.parametrize("sentence", [
    "The company blamed the outage on what it called an internal problem.",  # paraphrase
    'Nintendo has said only that it was "a technical issue".',
    "Nintendo says it has found the root cause of what it describes as an operational matter.",  # paraphrase
])
def test_a_cause_named_without_a_category_is_an_unknown_claim(extract, sentence):
    res = extract("Nintendo's online service went down on Sunday. " + sentence, title="Nintendo outage")
    assert ("unknown", "asserts") in {(c["normalized"], c["polarity"]) for c in claims_of(res, "cause")}
    inc = primary(res)
    assert inc["cause_category"] == "unknown"
    assert inc["ai_involved"] is False


def test_a_category_from_another_speaker_beats_a_cause_without_one(extract):
    text = ("Nintendo's online service went down on Sunday. Reporters were told only that it was an internal issue. "
            "Nintendo later said a configuration change to its login servers caused the outage.")
    assert primary(extract(text, title="Nintendo outage"))["cause_category"] == "config_change"


def test_its_cloud_provider_is_the_provider_itself_for_a_cloud(extract):
    text = ("Google Cloud wiped a retailer's whole private cloud last month. The shop's systems had been erased by "
            "its cloud provider in both regions, so it could not trade for a week.")
    res = extract(text, title="Google Cloud deletion")
    assert primary(res)["cause_category"] != "third_party"


def test_its_cloud_provider_is_a_third_party_for_the_customer(extract):
    text = "Slack went down on Monday. Slack said the trouble started with a failure at its cloud provider."
    assert primary(extract(text, title="Slack outage"))["cause_category"] == "third_party"


# -- negations, conditions, symptoms and plans -----------------------------------------------------

def test_a_negated_act_on_the_cause_denies_nothing(fastly_causes):
    assert not fastly_causes("Crews reached the building quickly but could not get the blaze under control.")  # paraphrase
    assert not fastly_causes("We powered down two halls that had not been reached by the flooding.")  # paraphrase
    assert ("cyberattack", "denies") in fastly_causes("We did not find any sign of an attack.")
    assert ("cyberattack", "denies") in fastly_causes("The outage was not caused by a cyberattack.")


def test_a_denial_stays_a_denial_beside_what_was_spared(fastly_causes):
    assert ("cyberattack", "denies") in fastly_causes("We have seen no evidence of an intrusion, and customer data was not affected.")  # paraphrase


def test_no_outsider_involved_denies_an_attack(fastly_causes):
    assert ("cyberattack", "denies") in fastly_causes("No credentials leaked and nobody outside the company was involved.")  # paraphrase
    assert ("cyberattack", "denies") in fastly_causes("No external party gained access to our systems.")


def test_a_generic_condition_asserts_nothing(fastly_causes):
    text = '"If your whole business leans on a single DNS host, their bad hour is your bad hour," he said.'  # paraphrase
    assert not fastly_causes(text, kind="press")


def test_a_condition_that_was_the_situation_is_a_cause(fastly_causes):
    text = "If one engineer could push a configuration change to every site at once, the outage was bound to happen."
    assert ("config_change", "asserts") in fastly_causes(text, kind="press")


def test_symptoms_users_noticed_are_no_cause(fastly_causes):
    text = "Developers said they had noticed slow pages and occasional overload errors the week before."  # paraphrase
    assert not fastly_causes(text, kind="press")


@pytest.mark.parametrize("text", [
    "We are separating our deploy tooling from production DNS.",  # paraphrase
    "We are releasing a new status page that will not depend on the main network.",  # paraphrase
])
def test_what_is_being_changed_afterwards_is_no_cause(fastly_causes, text):
    assert not fastly_causes(text)


def test_where_the_trouble_lay_frames_the_cause(extract):
    text = ("Fastly's edge network went down on Tuesday. Shopify said it was coping with a problem at an upstream "
            "provider and that its own servers were fine.")  # paraphrase
    res = extract(text, title="Fastly outage")
    assert any(c["normalized"] == "third_party" for c in claims_of(res, "cause"))


def test_what_a_safeguard_guards_against_is_no_cause(fastly_causes):
    text = "We paused the automation until we fix the race condition and add checks against applying stale DNS plans."  # paraphrase
    assert not fastly_causes(text)


def test_a_design_sentence_with_a_contrast_keeps_what_happened(fastly_causes):
    text = "Our edge is built to absorb DDoS attacks, but a bad configuration took it down."
    assert ("config_change", "asserts") in fastly_causes(text)


# -- word senses and framings met in fresh text (dev2) ---------------------------------------------

def test_foul_play_is_an_attack(fastly_causes):
    assert ("cyberattack", "denies") in fastly_causes("Detectives said they had found nothing to suggest foul play.", kind="press")  # paraphrase


def test_compromised_names_an_intrusion_only_with_something_a_computer_holds(fastly_causes):
    assert not fastly_causes("At no stage was passenger safety compromised.")  # paraphrase
    assert ("cyberattack", "asserts") in fastly_causes("Intruders compromised two of our build servers.")


def test_what_we_run_where_is_no_cause(fastly_causes):
    assert not fastly_causes("We serve our API on several hardware platforms and through two cloud partners.")  # paraphrase


def test_a_vague_cause_said_or_doing_harm_is_unknown(extract):
    res = extract("Slack went down on Monday. A technical fault at one of its data centres forced it offline for hours.",
                  title="Slack outage")  # paraphrase
    assert ("unknown", "asserts") in {(c["normalized"], c["polarity"]) for c in claims_of(res, "cause")}


def test_a_policy_in_force_now_is_no_claim(extract):
    res = extract("AWS went down in March. Engineers now need a second approval for changes written with AI tools.",
                  title="AWS outage")  # paraphrase
    assert not [c for c in claims_of(res, "ai") if c["polarity"] == "asserts"]


def test_ai_written_changes_named_as_a_contributing_factor(extract):
    res = extract("AWS went down in March. Staff say changes made with AI help were one contributing factor.",
                  title="AWS outage")
    inc = primary(res)
    assert inc["ai_involved"] is True and inc["ai_role"] == "ai_generated_change"


def test_a_part_run_by_a_supplier_is_a_third_party(extract):
    text = ("Delta flights were grounded on Tuesday. The airline traced the fault to routing equipment operated by "
            "one of its telecom suppliers.")  # paraphrase
    assert primary(extract(text, title="Delta outage"))["cause_category"] == "third_party"


def test_a_self_made_attack_is_a_figure_of_speech(fastly_causes):
    text = "In effect the company had built its own DDoS attack and aimed it at itself."  # paraphrase
    assert ("cyberattack", "asserts") not in fastly_causes(text, kind="press")
    assert ("cyberattack", "asserts") in fastly_causes("A DDoS attack aimed at the company itself took the site down.", kind="press")


def test_a_repair_that_names_the_defect_keeps_the_cause(fastly_causes):
    assert ("software_bug", "asserts") in fastly_causes("Reverting the buggy code has cleared the errors.")  # paraphrase
    assert ("software_bug", "asserts") in fastly_causes("Undoing the faulty update brought the sites back.")
    assert not fastly_causes("Engineers rolled back the change and service recovered.")


def test_a_gerund_after_a_preposition_has_no_subject_slot(fastly_causes):
    assert ("human_error", "asserts") not in fastly_causes("Engineers reversed a piece of code they suspected of causing the trouble.")


def test_a_word_of_failure_by_its_meaning_needs_no_frame(extract):
    text = ("Slack went down for hours on Monday. The short version: routine maintenance on a database ran into a "
            "dormant bug in the cache in front of it.")  # paraphrase
    assert primary(extract(text, title="Slack outage"))["cause_category"] == "software_bug"


def test_a_defect_that_only_let_the_change_through_gives_way_to_the_change(extract):
    text = ("Facebook went down on Monday after an engineer's command withdrew the backbone's configuration. "
            "A defect in the checking tool let the command through.")  # paraphrase, two sentences
    inc = primary(extract(text, title="Facebook outage"))
    assert inc["cause_category"] != "software_bug"
    assert ("software_bug", "asserts") in {(c["normalized"], c["polarity"]) for c in inc["claims"] if c["attribute"] == "cause"}


@pytest.mark.parametrize("text", [
    "Since then we have retired the old script and changed how deletions are approved.",  # paraphrase
    "To keep the disks from being damaged, part of the hall has been switched off.",  # paraphrase
    "We powered down two rooms so that the fire brigade could work safely.",  # paraphrase
])
def test_changes_afterwards_purposes_and_responders_are_no_cause(fastly_causes, text):
    assert not {c for c, p in fastly_causes(text) if p == "asserts"}


def test_a_suppliers_part_in_the_possessive_is_a_third_party(extract):
    text = ("Delta flights were held on Tuesday. A fault in a supplier's routing hardware knocked out the systems "
            "Delta uses to dispatch flights.")  # paraphrase
    assert primary(extract(text, title="Delta outage"))["cause_category"] == "third_party"


def test_every_time_in_a_past_sentence_tells_how_the_failure_went(fastly_causes):
    text = "That morning we shipped a release containing a bug: one widget fetched the same data again every time the page refreshed."  # paraphrase
    assert ("software_bug", "asserts") in fastly_causes(text)
    assert not fastly_causes("Our edge servers reload their DNS records every few minutes.")


def test_a_thing_that_misbehaved_is_no_human_error(fastly_causes):
    text = "We pushed a second batch of cache rules, and those rules wrongly stored pages meant for signed-in users."  # paraphrase
    assert ("human_error", "asserts") not in fastly_causes(text)
    assert ("human_error", "asserts") in fastly_causes("An engineer wrongly deleted the production table.")


def test_a_person_who_set_something_incorrectly_is_a_human_error(extract):
    text = ("Equinix's Singapore data centre went down on Saturday. A technician servicing the chillers set the valves "
            "incorrectly, and the halls overheated.")  # paraphrase
    assert primary(extract(text, title="Equinix outage"))["cause_category"] == "human_error"


def test_a_destructive_act_during_an_operation_is_a_configuration_change(fastly_causes):
    assert ("config_change", "asserts") in fastly_causes("Engineers found that a signing certificate was deleted during a key rotation.")  # paraphrase
    assert ("config_change", "asserts") in fastly_causes("The backup routes were removed during scheduled maintenance.")


def test_third_party_apps_that_were_hit_are_no_cause(fastly_causes):
    text = "Some customers may have seen errors when signing in to Fastly and to third-party apps that rely on it."  # paraphrase
    assert ("third_party", "asserts") not in fastly_causes(text)


def test_a_first_guess_the_account_dropped_is_no_claim(extract):
    text = ("Fastly's edge network went down on Tuesday. Staff at first suspected a huge DDoS attack, partly because "
            "the status page also went down. Fastly later said a configuration change caused the outage.")  # paraphrase
    res = extract(text, title="Fastly outage")
    assert ("cyberattack", "asserts") not in {(c["normalized"], c["polarity"]) for c in claims_of(res, "cause")}
    assert primary(res)["cause_category"] == "config_change"


def test_a_part_named_with_nothing_wrong_is_no_cause(fastly_causes):
    assert not fastly_causes("Most switches finished reloading on their own; staff rebooted the rest of the routers.")  # paraphrase
    assert not fastly_causes("Core routers carry this traffic between our regions.")  # paraphrase
    assert ("network_bgp", "asserts") in fastly_causes("The routers could not forward traffic for an hour.")


def test_a_setting_left_blank_is_a_configuration_change(fastly_causes):
    assert ("config_change", "asserts") in fastly_causes("One parameter of the provisioning tool was left blank.")  # paraphrase
    assert not fastly_causes("The shelves were left empty after the sale.")


def test_too_many_people_at_once_is_capacity(fastly_causes):
    assert ("capacity", "asserts") in fastly_causes("The outage was caused by a giveaway that drew too many shoppers at once.", kind="press")


def test_a_theory_gives_way_to_a_cause_stated_without_a_category(extract):
    text = ("Roblox went down on Thursday. A theory on social media: the outage was caused by a promotion that drew "
            "too many players at once. Roblox has called it an internal issue.")  # paraphrase
    assert primary(extract(text, title="Roblox outage"))["cause_category"] == "unknown"


@pytest.mark.parametrize("text, category", [
    ("When the cache stopped answering, every request went straight to the database, and the database buckled.", "capacity"),  # paraphrase
    ("Going back to the old switch set off a wave of handsets trying to reconnect at once, which clogged the registration servers.", "capacity"),  # paraphrase
    ("At 18:58 we pushed a change meant to remove a failing code path; it made things worse.", "deployment"),  # paraphrase
])
def test_load_and_release_words_met_in_fresh_text(fastly_causes, text, category):
    assert (category, "asserts") in fastly_causes(text)


def test_what_slowed_the_restart_is_no_cause(fastly_causes):
    text = "One region took far longer than the rest: restarting the service everywhere at once swamped its database."  # paraphrase
    assert not fastly_causes(text)


def test_a_strained_system_is_an_event_in_itself(fastly_causes):
    text = '"It felt like the whole platform was running hot all week," said one customer.'  # paraphrase
    assert ("capacity", "asserts") in fastly_causes(text, kind="press")


def test_an_elliptical_no_refutes_the_sentence_before(extract):
    text = ("Steam went down on Christmas Day. Many outlets reported on the day that Steam had been hacked. "
            "It had not been.")  # paraphrase
    res = extract(text, title="Steam outage")
    causes = {(c["normalized"], c["polarity"]) for c in claims_of(res, "cause")}
    assert ("cyberattack", "denies") in causes and ("cyberattack", "asserts") not in causes


def test_a_refuted_first_guess_becomes_a_denial(extract):
    text = ("Fastly's edge network went down on Tuesday. Engineers initially believed they were fighting a huge DDoS "
            "attack. They were not.")  # paraphrase
    causes = {(c["normalized"], c["polarity"]) for c in claims_of(extract(text, title="Fastly outage"), "cause")}
    assert ("cyberattack", "denies") in causes and ("cyberattack", "asserts") not in causes


def test_another_company_that_took_it_down_is_a_third_party(extract):
    res = extract("Cloudflare went down on Thursday, and it looks as if Google knocked it offline.", title="Cloudflare outage")  # paraphrase
    assert primary(res)["cause_category"] == "third_party"
    res = extract("Cloudflare went down on Thursday. Cloudflare took down thousands of sites.", title="Cloudflare outage")
    assert primary(res)["cause_category"] != "third_party"


@pytest.mark.parametrize("text", [
    "The owner said the responsibility was hers, for letting the script run unchecked.",  # paraphrase
    "In her write-up she calls the mistake her own.",  # paraphrase
    "The fault was entirely ours, the company said.",
])
def test_a_person_owning_the_fault_is_a_human_error(fastly_causes, text):
    assert ("human_error", "asserts") in fastly_causes(text, kind="press")
