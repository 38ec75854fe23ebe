"""causes.v9: classes of cause wording seen on fresh text (dev6): a failure at a site is its equipment; more users or
load than the service was planned for; an application crash; a denial in a clause after a statement of silence;
"none of this was an attack"; a status header glued to its sentence ("Identified (19:05 UTC): A change caused …");
and sentences that read as causes but are not: a report filed "as a bug", resilience wished for ("should have been
able to").

Sentences are written for these tests (paraphrases of development-set failures in other words, and further
sentences a reporter might write); never copied from the data sets."""

import pytest

from tests.nlp.conftest import claims_of, readings_after

LEAD = "PayPal payments failed for three hours on Tuesday. "


def causes(extract, text, kind="press", lead=LEAD, title="PayPal outage"):
    return readings_after(extract, lead, text, kind=kind, title=title)


@pytest.mark.parametrize("text", [
    "On Tuesday morning a failure at our main data centre took several payment systems offline.",  # paraphrase
    "The company said a breakdown inside its primary data center knocked out the systems it uses to settle payments.",  # paraphrase
    "Merchants could not take cards because of a failure in one of the bank's data centres.",  # paraphrase
    "A malfunction at the processing facility in Ohio brought the card network down.",
])
def test_a_failure_at_a_site_is_its_equipment(extract, text):
    assert ("hardware", "asserts") in causes(extract, text)


@pytest.mark.parametrize("text, category", [
    ("A power failure at a data centre in Virginia took the payment pages offline.", "power"),
    ("A fire at the company's data center knocked out its systems.", "environmental"),
])
def test_a_site_failure_with_its_kind_named_keeps_that_kind(extract, text, category):
    found = causes(extract, text)
    assert (category, "asserts") in found and ("hardware", "asserts") not in found


@pytest.mark.parametrize("text", [
    "Engineers are still working out what caused the failure at the data centre.",
    "A failure inside the company's largest data-centre region took much of the web offline.",  # a region, not a site
])
def test_a_site_failure_asked_about_or_a_region_is_no_equipment(extract, text):
    assert ("hardware", "asserts") not in causes(extract, text)


@pytest.mark.parametrize("text, kind", [
    ("Many more of you signed up than we had prepared for, and our servers have been running beyond their limits since Friday.",
     "vendor"),  # paraphrase
    ("The founder said the platform had been built for a fraction of the shoppers now trying to reach it.", "press"),  # paraphrase
    ("Demand ran far higher than anyone had anticipated, and the login servers gave way.", "press"),
    ("More fans turned up for the ticket sale than the site had been sized for.", "press"),
])
def test_more_load_than_planned_for_is_capacity(extract, text, kind):
    assert ("capacity", "asserts") in causes(extract, text, kind=kind)


@pytest.mark.parametrize("text", [
    "The repair proved more complex than expected, so the outage ran into a second day.",
    "The outage lasted longer than expected.",
])
def test_a_difficulty_beyond_plan_is_no_capacity(extract, text):
    assert ("capacity", "asserts") not in causes(extract, text)


@pytest.mark.parametrize("text", [
    "An app crash on the cashiers' handhelds held up thousands of payments on Tuesday evening.",  # paraphrase
    "A software crash in the card terminals stopped sales across the chain.",
])
def test_an_application_crash_is_a_software_bug(extract, text):
    assert ("software_bug", "asserts") in causes(extract, text)


@pytest.mark.parametrize("text", [
    "The bank has not said what broke inside its data centre, and there has been no suggestion of a cyberattack.",  # paraphrase
    "PayPal has not explained the fault, and investigators found no sign of a hack.",
    "None of this looks like a cyberattack.",  # paraphrase
    "None of it was the work of hackers, the bank said.",
])
def test_a_denial_after_silence_or_after_none_of_this(extract, text):
    assert ("cyberattack", "denies") in causes(extract, text)


def test_silence_that_runs_on_into_a_whether_clause_still_asserts_nothing(extract):
    assert not causes(extract, "The bank has not said what went wrong, and whether a hack was involved.")


@pytest.mark.parametrize("text, category", [
    ("Identified (2026-02-20 19:05 UTC): An internal change caused a number of routes to stop being announced.",
     "config_change"),  # paraphrase
    ("Update (14:10 UTC): A faulty network switch triggered the packet loss.", "hardware"),
])
def test_a_status_header_glued_to_its_sentence_leaves_the_subject_readable(extract, text, category):
    assert (category, "asserts") in causes(extract, text, kind="vendor")


@pytest.mark.parametrize("text", [
    "The complaint, posted to the company's forum as a critical bug, has drawn dozens of replies.",  # paraphrase
    "That was the merchant, in a post she filed that evening as an urgent bug.",  # paraphrase
    "The bug report has been viewed thousands of times.",
])
def test_a_report_filed_as_a_bug_names_no_defect(extract, text):
    assert ("software_bug", "asserts") not in causes(extract, text)


@pytest.mark.parametrize("text", [
    "We should have been able to keep taking payments through a failure like this.",  # paraphrase
    "Customers should have been able to pay by card even with one site down.",
])
def test_resilience_wished_for_is_no_human_error(extract, text):
    assert ("human_error", "asserts") not in causes(extract, text, kind="vendor")


def test_a_step_that_should_have_been_taken_is_still_a_slip(extract):
    assert ("human_error", "asserts") in causes(extract, "The change should have been reviewed by a second engineer, the bank said.")


@pytest.mark.parametrize("text, category", [
    ("Regulators put the problem down to an internal change, which the bank said had been reversed.", "config_change"),  # paraphrase
    ("Analysts put it down to a botched software update.", "software_bug"),
    ("An internal change caused a number of payment routes to stop being announced.", "config_change"),
])
def test_put_down_to_and_an_internal_change(extract, text, category):
    assert (category, "asserts") in causes(extract, text)


@pytest.mark.parametrize("text", [
    "The trouble began late on Tuesday, when a performance update for the ledger service went out to most regions at once.",  # paraphrase
    "The new version went live at noon and checkout failed within minutes.",
])
def test_a_release_that_went_out_is_a_deployment(extract, text):
    assert ("deployment", "asserts") in causes(extract, text)


def test_a_fix_that_went_out_is_no_deployment(extract):
    assert ("deployment", "asserts") not in causes(extract, "The fix went out at 3 p.m. and service recovered.")


@pytest.mark.parametrize("text", [
    "The exchange said the fault was in the hardware and that there was no sign of an attack.",  # paraphrase
    "Trading stopped at 7:04 a.m., when a memory module in one of two shared storage units stopped working.",  # paraphrase
])
def test_where_the_fault_lay_and_a_part_that_stopped_working(extract, text):
    assert ("hardware", "asserts") in causes(extract, text)


@pytest.mark.parametrize("text", [
    "The outage came down to a single line that a contractor's technician left out while updating a router.",  # paraphrase
    "An engineer skipped the canary stage and pushed the change everywhere.",
    "A network engineer forgot to renew the certificate.",
])
def test_a_person_who_left_out_skipped_or_forgot_a_step(extract, text):
    assert ("human_error", "asserts") in causes(extract, text)


@pytest.mark.parametrize("text, category", [
    ("The bank had first blamed a denial-of-service attack. It withdrew that explanation the same afternoon.", "cyberattack"),  # paraphrase
    ("We said this morning that an attack was the likely cause. Further checks found that this was not the case.", "cyberattack"),  # paraphrase
    ("The company blamed a faulty switch. It later walked back that claim.", "hardware"),
])
def test_a_retraction_denies_the_cause_just_asserted(extract, text, category):
    assert (category, "denies") in causes(extract, text)


@pytest.mark.parametrize("text", [
    "Deployment tooling now enforces staged rollouts: a change cannot reach more than one region at a time.",  # paraphrase
    "We have fixed the logging bug, changed the gateway so that it sheds load instead of falling over.",  # paraphrase
])
def test_a_safeguard_now_in_force_or_a_repair_done_asserts_nothing(extract, text):
    assert not [c for c in causes(extract, text, kind="vendor") if c[1] == "asserts"]


def test_trouble_going_on_now_still_asserts_its_cause(extract):
    assert ("software_bug", "asserts") in causes(extract, "A bug in the gateway now blocks logins, and engineers are investigating.",
                                                 kind="vendor")


@pytest.mark.parametrize("text, kind", [
    ("At about 6am on Friday, we identified a cyber attack affecting several of the systems we run for clinics.", "vendor"),  # paraphrase
    ("The supplier took its booking software offline on Friday morning when it spotted the attack.", "press"),  # paraphrase
    ("Staff detected an intrusion in the billing network shortly after midnight.", "press"),
])
def test_an_attack_found_by_its_victim_is_asserted(extract, text, kind):
    assert ("cyberattack", "asserts") in causes(extract, text, kind=kind)


def test_what_a_defence_is_for_asserts_no_attack(extract):
    assert not causes(extract, "The company uses rules that spot malicious requests and filters that detect attacks.")


@pytest.mark.parametrize("text, kind", [
    ("Customers who run across several zones can move their traffic away from Zone B.", "vendor"),  # paraphrase
    ("Apps deployed across multiple regions kept working.", "vendor"),
    ("The landlord said it was working with the fire brigade to establish how the fire started.", "press"),  # paraphrase
    ("Investigators are still trying to determine why the attack succeeded.", "press"),
    ("You cannot simply switch a data hall back on after a battery fire.", "press"),  # paraphrase
    ("We added capacity at once, which did little while the flood went on.", "vendor"),  # paraphrase
])
def test_layouts_open_questions_general_truths_and_a_flood_of_load_assert_no_cause(extract, text, kind):
    assert not [c for c in causes(extract, text, kind=kind) if c[1] == "asserts"]


def test_a_release_to_two_regions_is_still_a_deployment(extract):
    assert ("deployment", "asserts") in causes(extract, "We deployed the update to two regions before the errors began.", kind="vendor")


@pytest.mark.parametrize("text", [
    "Trading stopped at 7 a.m., when a memory module in one of two storage units behind the platform, the exchange's "
    "main system, stopped working.",  # paraphrase
    "The outage began when the main storage array, the oldest in the building, failed.",
])
def test_a_device_subject_across_an_appositive_that_stopped_working(extract, text):
    assert ("hardware", "asserts") in causes(extract, text)


def test_a_website_that_stopped_working_is_no_device(extract):
    assert ("hardware", "asserts") not in causes(extract, "The outage began when the website stopped working.")


@pytest.mark.parametrize("text", [
    "The airline said some flights had been held up by an issue with a software application on the crews' tablets.",  # paraphrase
    "A glitch in the code that prices fares sent every ticket to zero.",
])
def test_trouble_in_software_is_a_bug(extract, text):
    assert ("software_bug", "asserts") in causes(extract, text)


@pytest.mark.parametrize("text, absent", [
    ("Users reported problems with the software all morning.", "software_bug"),
    ("A problem with a software update on Monday evening briefly disrupted search.", "software_bug"),
])
def test_trouble_users_saw_or_a_release_named_is_no_bug_by_construction(extract, text, absent):
    assert (absent, "asserts") not in causes(extract, text)


def test_nothing_to_suggest_one_denies_the_cause_just_named_in_its_own_clause(extract):
    text = ("Social media filled with theories about a coordinated attack. Federal officials said they had seen nothing "
            "to suggest one, and the bank said it had no indication of outside interference.")  # paraphrase
    res = extract(LEAD + text, title="PayPal outage", source_kind="press")
    denials = [c for c in claims_of(res, "cause") if c["polarity"] == "denies" and c["normalized"] == "cyberattack"]
    assert any(c["quote"].startswith("Federal officials") and c["quote"].endswith("suggest one") for c in denials)


@pytest.mark.parametrize("text", [
    "Rumours of a cyberattack spread quickly. There was no sign of one, the bank said.",
    "Some customers blamed hackers, though investigators found no evidence of one.",
])
def test_no_sign_of_one(extract, text):
    assert ("cyberattack", "denies") in causes(extract, text)


@pytest.mark.parametrize("text", [
    "Each change is tested, then deployed to a small share of servers and watched before it goes further.",  # paraphrase
    "Every release is reviewed, then rolled out region by region.",
])
def test_a_process_told_in_the_present_is_no_deployment(extract, text):
    assert ("deployment", "asserts") not in causes(extract, text, kind="vendor")


def test_a_past_release_told_in_sequence_is_a_deployment(extract):
    assert ("deployment", "asserts") in causes(extract, "The update was tested, then deployed to every region at once.", kind="vendor")


@pytest.mark.parametrize("text", [
    "The trouble was a fire. It started among the batteries in the basement of the data centre, and crews cut the power.",  # paraphrase
    "The cause was a fire in the plant room. It spread to the battery hall within minutes.",
])
def test_it_that_started_or_spread_tells_the_fire_again(extract, text):
    assert causes(extract, text).count(("environmental", "asserts")) == 2


def test_it_that_started_working_again_is_no_fire(extract):
    assert not causes(extract, "The app froze. It started working again at five.")


@pytest.mark.parametrize("text", [
    "The airline blamed an IT problem.",
    "The bank said a computer glitch had stopped card payments.",
    "A tech issue grounded the carrier's flights for an hour, the airline said.",
])
def test_a_vague_fault_of_the_computers_is_a_cause_untold(extract, text):
    assert ("unknown", "asserts") in causes(extract, text)


def test_the_pronoun_it_before_a_trouble_word_is_no_it_fault(extract):
    assert ("unknown", "asserts") not in causes(extract, "Nobody called it trouble until the second day.")
