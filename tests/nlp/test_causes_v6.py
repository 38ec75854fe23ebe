"""causes.v6: cause constructions any English news report uses, found missing on fresh text (dev3, dev2).

Sentences are written for these tests: paraphrases of development-set failures in other words (other
nouns, other verbs of the same class, other order), and further sentences a reporter might write; never
copied from the data sets."""

import pytest

from tests.nlp.conftest import claims_of

LEAD = "Fastly's edge network went down for customers on Tuesday. "


def causes(extract, text, kind="press", lead=LEAD):
    res = extract(lead + text, title="Fastly outage", source_kind=kind)
    return {(c["normalized"], c["polarity"]) for c in claims_of(res, "cause") if c["start"] >= len(lead)}


def categories(extract, text, kind="press"):
    return {c for c, p in causes(extract, text, kind) if p == "asserts"}


# -- attacks told by the attackers' acts or the traffic's nature ----------------------------------------

@pytest.mark.parametrize("text", [
    "A hacking collective calling itself Night Owl has claimed responsibility for the disruption.",  # paraphrase
    "The same crew took credit for bringing the game servers down last spring.",  # paraphrase
    "Engineers said the sites were hit by a torrent of bogus requests from hijacked cameras.",  # paraphrase
    "For two days the store was the target of artificially inflated volumes of traffic meant to keep buyers out.",  # paraphrase
    "A gang that claims credit for such stunts says it aimed spoofed packets at the exchange.",
])
def test_attack_idioms_name_an_attack(extract, text):
    assert "cyberattack" in categories(extract, text)


def test_a_flood_of_junk_traffic_is_no_weather(extract):
    got = categories(extract, "The portal collapsed under a flood of junk traffic aimed at its login page.")
    assert "cyberattack" in got and "environmental" not in got


# -- winter weather named by its parts ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Record sleet, frost and snow across its busiest hubs forced the carrier to ground hundreds of flights.",  # paraphrase
    "A cold snap froze the switches at two rail depots, halting services.",
    "Blizzards closed the depot and the trains stopped.",
])
def test_winter_weather_is_environmental(extract, text):
    assert "environmental" in categories(extract, text, kind="vendor")


# -- work beyond what the system could carry -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ferry operator said its booking engine had been unable to process the sheer number of rebookings.",  # paraphrase
    "The rota software had to absorb a volume of swaps it was never sized to handle.",  # paraphrase
    "At that rate the dispatch system could not keep up, and the queue grew.",  # paraphrase
    "Its first update spoke of an unexpected usage spike.",  # paraphrase
    "As the caches emptied, the restarted nodes drowned in retries.",  # paraphrase
    "The checkout queue received more orders than it could handle and stalled.",
])
def test_work_beyond_capacity_is_capacity(extract, text):
    assert "capacity" in categories(extract, text)


def test_unable_to_process_payments_is_a_symptom_not_capacity(extract):
    assert "capacity" not in categories(extract, "Shops were unable to process card payments for two hours.")


# -- a change or command named again as the subject of destroying ------------------------------------------

@pytest.mark.parametrize("text, category", [
    ("That one command erased the staging cluster, the backups and the logs.", "unknown"),  # paraphrase
    ("The chief executive has said the patch disabled tens of thousands of the airline's terminals.", "deployment"),  # paraphrase
    ("Flights were still being scrubbed on Sunday, the third day of cancellations since a faulty update froze check-in desks.", "software_bug"),  # paraphrase
    ("This change knocked out the payment terminals in every store.", "config_change"),
])
def test_a_change_that_destroyed_is_the_cause(extract, text, category):
    assert category in categories(extract, text)


def test_a_change_that_only_took_time_is_no_cause(extract):
    assert not categories(extract, "The update took three hours to reach every store.")


# -- an attack the system was defending against gives way to the defence that broke --------------------------

def test_an_attack_fended_off_gives_way_to_the_broken_defence(extract):
    text = ("The retailer was in fact fighting off a wave of junk traffic, and the filters it deployed to shed the load "
            "were configured wrongly, so shoppers saw other people's baskets.")  # paraphrase
    got = categories(extract, text)
    assert "config_change" in got and "cyberattack" not in got


def test_an_attack_alone_stays_an_attack(extract):
    assert "cyberattack" in categories(extract, "The bank was fighting off a DDoS attack that took its app offline.")


# -- sentences that read as a cause but are not ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The intrusion never reached card data, by the bank's account.",  # paraphrase
    "The lender said no customer data had been compromised.",  # paraphrase
    "We have seen nothing to show that any records were accessed or that our systems were breached.",  # paraphrase
])
def test_a_denial_about_data_denies_no_cause(extract, text):
    assert ("cyberattack", "denies") not in causes(extract, text, kind="vendor")


def test_a_denied_attack_is_still_denied(extract):
    assert ("cyberattack", "denies") in causes(extract, "There is no evidence of an attack, and customer data is safe.")


@pytest.mark.parametrize("text", [
    "Once we saw the flood, we adjusted our routing configuration to absorb the attack and moved traffic to other paths.",  # paraphrase
    "We made firewall configuration changes to support our DDoS protection.",  # paraphrase
])
def test_a_change_made_in_response_is_no_cause(extract, text):
    assert "config_change" not in categories(extract, text, kind="vendor")


def test_a_change_meant_to_defend_that_caused_harm_is_a_cause(extract):
    text = "A configuration change meant to strengthen our DDoS protection caused the outage."
    assert "config_change" in categories(extract, text, kind="vendor")


def test_a_habit_in_a_relative_clause_leaves_the_event(extract):
    text = ("An error in our defences amplified the attack, and that is what turned a flood we normally absorb "
            "into an outage.")  # paraphrase
    assert "cyberattack" in categories(extract, text, kind="vendor")


@pytest.mark.parametrize("text", [
    "Because they sit in front of so many websites, these networks are constantly the target of DDoS attacks.",  # paraphrase
    "Its only statement so far says engineers are restoring service, with no mention of an attack.",  # paraphrase
    "We are extending the staged rollouts of our software to configuration data.",  # paraphrase
])
def test_habits_silence_and_plans_assert_no_cause(extract, text):
    assert not {c for c, p in causes(extract, text, kind="vendor") if p == "asserts"}
    assert ("cyberattack", "denies") not in causes(extract, text)


# -- questions and answers ---------------------------------------------------------------------------------

def qa_denials(extract, text):
    res = extract(LEAD + text, title="Fastly outage", source_kind="press")
    return [(c["normalized"], c["speaker_kind"], c["quote"]) for c in claims_of(res, "cause") if c["polarity"] == "denies"]


@pytest.mark.parametrize("text", [
    "Did hackers do it? Nothing points that way. The company blamed a bad software update.",  # paraphrase
    "Was it a cyberattack? No. Fastly ruled that out within hours.",  # paraphrase
    "Q. My shop's site was dead all morning. Were we attacked?\n\nA. There is no sign of that. Fastly has named a bug.",  # paraphrase
])
def test_a_question_answered_no_denies_its_cause(extract, text):
    got = qa_denials(extract, text)
    assert any(cat == "cyberattack" and "?" in quote for cat, _kind, quote in got)


def test_a_later_refusal_by_pronoun_denies_again_in_its_speakers_voice(extract):
    got = qa_denials(extract, "Was it a cyberattack? No. Fastly ruled that out within hours.")
    assert ("cyberattack", "vendor", "Fastly ruled that out within hours.") in got


@pytest.mark.parametrize("text", [
    "Was it a cyberattack? Yes, and a large one, according to the company.",
    "Why did the attack succeed? Nobody knows yet.",
])
def test_a_question_not_answered_no_asserts_and_denies_nothing(extract, text):
    assert not [c for c in qa_denials(extract, text) if "?" in c[2]]


# -- the subject of a passive verb of naming, with the cause noun after "as the" ----------------------------

@pytest.mark.parametrize("text, category", [
    ("Identified (2025-03-02 10:15 UTC): A configuration push has been identified as the probable cause and is being "
     "rolled back.", "config_change"),  # paraphrase
    ("A worn power cable was singled out as the culprit.", "power"),
])
def test_named_as_the_cause(extract, text, category):
    assert category in categories(extract, text, kind="vendor")


def test_a_quoted_phrase_to_blame_is_read(extract):
    assert "hardware" in categories(extract, 'The carrier said a "network element" was to blame and crews were on site.')  # paraphrase


def test_people_deployed_on_a_problem_are_no_release(extract):
    text = "Our engineers are fully deployed on an issue affecting service for some customers."  # paraphrase
    assert "deployment" not in categories(extract, text, kind="vendor")


# -- the clause that explains is deeper than the one it explains ---------------------------------------------

def test_a_safeguard_left_unconfigured_explains_the_spread(extract):
    text = ("The regulator found that corrupted control messages spread to every exchange because safeguards that "
            "should have caught them had not been enabled.")  # paraphrase
    res = extract(LEAD + text, title="Fastly outage", source_kind="press")
    cats = {c["normalized"] for c in claims_of(res, "cause") if c["start"] >= len(LEAD)}
    assert cats == {"config_change"}


def test_an_attack_stays_deepest_over_the_gap_it_used(extract):
    text = "Hackers took the portal offline because a firewall rule was not configured."
    assert "cyberattack" in categories(extract, text)


# -- a system failing on the input it was processing ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The company said a single listing stuffed with emoji made its search servers hang while parsing it.",  # paraphrase
    "One malformed invoice caused the billing engine to choke when processing the batch.",
])
def test_a_system_failing_on_its_input_is_a_software_bug(extract, text):
    assert "software_bug" in categories(extract, text)


def test_failing_under_load_while_processing_is_capacity(extract):
    got = categories(extract, "The servers crashed while processing a flood of requests.")
    assert "capacity" in got and "software_bug" not in got


def test_the_heart_of_a_meltdown_is_a_cause(extract):
    text = "At the heart of the meltdown, pilots say, is the software the airline uses to roster its crews."  # paraphrase
    assert "software_bug" in categories(extract, text)


# -- a reason adjunct of a negated act is denied ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "To be plain: we do not shrink answer quality in response to demand or the time of day.",  # paraphrase
    "The firm insists it never trims quality to cope with demand.",  # paraphrase
])
def test_a_negated_act_denies_its_reason(extract, text):
    assert ("capacity", "denies") in causes(extract, text, kind="vendor")


def test_an_act_done_to_cope_with_demand_asserts_capacity(extract):
    assert "capacity" in categories(extract, "Engineers throttled uploads to cope with demand after the surge.")


# -- remarks on how things are, mentions of a word ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Many services use regular expressions to clean up what users type.",  # paraphrase
    "Some parsers, fed the wrong input, try every possible match before they give up.",  # paraphrase
    "A surge like that should be something a network this big can soak up,\" said one former engineer.",  # paraphrase
    "Then the word ransomware appeared in a message to franchise owners.",  # paraphrase
    "There was no water, no food and nobody telling us anything.",  # paraphrase
])
def test_remarks_and_mentions_assert_no_cause(extract, text):
    assert not {c for c, p in causes(extract, text)}


def test_a_quantified_subject_in_the_past_still_tells_the_event(extract):
    assert "software_bug" in categories(extract, "Some routers crashed after a software bug corrupted their tables.")


def test_the_trigger_was_opens_its_cause(extract):
    text = "The trigger was a database script that the company pushed to every customer of its mail product."  # paraphrase
    assert categories(extract, text)


def test_the_verb_trigger_with_a_modal_opens_nothing(extract):
    assert not categories(extract, "A bad input could trigger the failure again.")


def test_what_coincided_with_the_failure_is_no_cause(extract):
    text = "It coincided with a rollout of the billing service, and the restarting instances drowned."  # paraphrase
    got = categories(extract, text)
    assert "deployment" not in got and "capacity" in got


# -- a defect in how a defence was set up ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Our review shows that a mistake in the way the new filters were configured magnified the attack's impact.",  # paraphrase
    "A week later a review said a botnet had set things off and that a flaw in how the bank's own shields were "
    "rolled out had made the damage worse.",  # paraphrase
])
def test_a_defence_set_up_wrongly_that_made_an_attack_worse_is_the_cause(extract, text):
    got = categories(extract, text, kind="vendor")
    assert "config_change" in got and "cyberattack" not in got and "software_bug" not in got


def test_an_attack_with_no_broken_defence_stays(extract):
    assert "cyberattack" in categories(extract, "A botnet set things off and the damage spread to every region.", kind="vendor")


def findings_of(extract_fixture_text):
    from nlp.causes import cause_findings
    from nlp.extract import Extractor
    from nlp.sentences import sentence_views
    ex = Extractor()
    doc = ex.nlp(extract_fixture_text)
    return [f for s in sentence_views(doc, extract_fixture_text) for f in cause_findings(doc, s, None, False, lenient=True)]


@pytest.mark.parametrize("text", [
    "While we were dealing with the attack, we pushed a second set of cache rules, and those rules wrongly served "
    "private pages.",  # paraphrase
    "A flaw in how the new shields were set up made the attack's damage worse.",
])
def test_a_defence_that_broke_is_marked_for_the_account(text):
    assert any(f.value == "broke_the_defence" for f in findings_of(text))


def test_other_causes_beside_the_response_are_not_marked():
    text = "While we were dealing with the flood, a power failure hit the second hall."
    assert not any(f.value == "broke_the_defence" for f in findings_of(text))


def test_the_incidents_cause_is_the_broken_defence_not_the_attack_it_fended_off(extract):
    text = ("A flood of junk requests hit the payment gateway on Monday morning, and Paylane's engineers were "
            "fending it off. While they were dealing with it, they pushed a new set of filtering rules, and a flaw "
            "in how those rules were rolled out took the checkout offline for two hours.")
    res = extract(text, title="Paylane checkout outage", source_kind="vendor", provider="Paylane")
    primary_cause = next(i for i in res["incidents"] if i["primary"])["cause_category"]
    assert primary_cause != "cyberattack"
