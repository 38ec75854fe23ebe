"""causes.v3: the cause slot of a causal construction, classified by its words, and agentive causes.

Sentences are written for these tests (paraphrases of development-set failures in other words, and
further sentences a reporter might write), never copied from the data sets."""

from tests.nlp.conftest import claims_of, primary


def cause_claims(res):
    return {(c["normalized"], c["polarity"]) for c in claims_of(res, "cause")}


def doc_cause(extract, text, **fields):
    fields.setdefault("title", "Outage report")
    return primary(extract(text, **fields))


# -- the slot after the connector: "caused by X", "the result of X", "blamed on X" ---------------

def test_a_procedure_in_the_slot_is_a_config_change(extract):
    text = ("Verizon said on Friday that the blackout which cut off phones across the country was the "
            "result of an inaccurate procedure followed while it was upgrading its core network.")
    inc = doc_cause(extract, text)
    assert inc["cause_category"] == "config_change"
    assert inc["ai_involved"] is False  # C8: a non-AI cause
    assert ("config_change", "denies") not in cause_claims(extract(text, title="Outage report"))


def test_a_rule_blamed_for_the_outage_is_a_config_change(extract):
    text = "Comcast blamed Tuesday's outage on a routing policy it had adjusted the night before, the company said."
    assert doc_cause(extract, text)["cause_category"] in ("config_change", "network_bgp")


def test_the_failure_of_software_is_a_software_bug(extract):
    text = ("Vodafone's technology chief said the outage was caused by the failure of several central software "
            "systems that route calls between towers.")
    assert doc_cause(extract, text)["cause_category"] == "software_bug"


def test_a_generic_head_passes_to_its_complement(extract):
    text = ("IBM said the disruption at its Dallas site stemmed from a problem with the air handling after "
            "record heat, and customers could not reach some servers.")
    assert doc_cause(extract, text)["cause_category"] == "environmental"


# -- the subject before a causing verb: "X was behind", "X led to", "X caused" ----------------------

def test_a_setting_that_was_behind_the_disruption(extract):
    text = ("Google said late on Tuesday that a setting it has since rolled back was behind several hours of "
            "disruption to Gmail and Drive for users in many countries.")
    inc = doc_cause(extract, text)
    assert inc["cause_category"] == "config_change"
    assert inc["ai_involved"] is False


def test_weather_in_the_subject_with_a_plan_in_a_later_clause(extract):
    text = ("Equinix said that a spell of unusually high temperatures had caused trouble with cooling at its "
            "Frankfurt site, and that it had powered down some racks to prevent damage.")
    assert doc_cause(extract, text)["cause_category"] == "environmental"


def test_a_hypothetical_subject_is_no_cause(extract):
    text = ("The company said AI did not cause the outage, and that the same misconfiguration could have led "
            "to the same result with any other tool. Services were down for hours.")
    assert ("config_change", "asserts") not in cause_claims(extract(text, title="GitLab outage"))


def test_a_clause_after_because_is_read_up_to_its_verb(extract):
    text = ("GitLab went down on Monday. Nobody is leaving the platform because one hobbyist lost a laptop, "
            "an analyst said.")
    assert ("hardware", "asserts") not in cause_claims(extract(text, title="GitLab outage"))


# -- agentive causes: a person or another company acting on a system ------------------------------

def test_a_passive_agent_in_a_status_line(extract):
    text = ("Identified (2025-05-02 10:14 UTC): Root cause: the storage front end was deactivated by an internal "
            "operation.")
    res = extract(text, title="Storage errors", source_kind="vendor", provider="Cloudflare")
    assert primary(res)["cause_category"] == "human_error"


def test_one_person_deleting_a_production_system(extract):
    text = ("Slack was unavailable for two hours on Monday after a technician cleaning up unused accounts "
            "copied the new keys to a staging cluster and then removed the live set.")
    inc = doc_cause(extract, text, title="Slack outage")
    assert inc["cause_category"] == "human_error"
    assert inc["ai_involved"] is False


def test_one_person_switching_off_a_gateway(extract):
    text = ("Stripe payments failed for forty minutes on Friday. An administrator responding to a fraud alert "
            "had turned off the entire payments gateway.")
    assert doc_cause(extract, text, title="Stripe outage")["cause_category"] == "human_error"


def test_another_company_acting_on_the_domain_is_a_third_party(extract):
    text = ("Discord went down for two hours on Thursday: its domain reseller and the registry misunderstood "
            "each other and the registry suspended discord.com.")
    assert doc_cause(extract, text, title="Discord outage")["cause_category"] == "third_party"


def test_a_supplier_cutting_the_line(extract):
    text = "Optus customers lost service on Friday after the supplier cut the fibre during a billing dispute."
    assert doc_cause(extract, text, title="Optus outage")["cause_category"] in ("third_party", "network_bgp")


def test_engineers_repairing_are_no_human_error(extract):
    text = ("Twilio was down for an hour. An engineer disabled the faulty feature flag and service recovered "
            "shortly after.")
    assert ("human_error", "asserts") not in cause_claims(extract(text, title="Twilio outage"))


def test_a_routine_push_is_no_human_error_without_a_slip(extract):
    text = ("At 09:10 UTC an engineer pushed a new filter rule, and the rule held a regular expression that "
            "caused the outage.")
    res = extract(text, title="Outage at Cloudflare", source_kind="vendor", provider="Cloudflare")
    assert primary(res)["cause_category"] == "software_bug"


def test_a_routine_push_with_a_slip_is_a_human_error(extract):
    text = ("Fastly went down for an hour on Tuesday after an operator applied the wrong rate-limit file "
            "to every edge node.")
    assert doc_cause(extract, text, title="Fastly outage")["cause_category"] == "human_error"


def test_an_ai_agent_as_subject_stays_ai(extract):
    text = ("Replit's AI agent deleted the production database during a code freeze, taking the customer's "
            "app offline, the founder said.")
    inc = doc_cause(extract, text, title="Replit outage")
    assert inc["cause_category"] == "ai_agent"
    assert inc["ai_involved"] is True


def test_a_negated_slot_stays_a_denial(extract):
    text = ("Identified (2025-05-02 10:14 UTC): The root cause was not an intrusion or a failure at a supplier; "
            "a storage node ran out of disk.")
    res = extract(text, title="Storage errors", source_kind="vendor", provider="Cloudflare")
    assert ("cyberattack", "asserts") not in cause_claims(res)


# -- word classes and constructions added with causes.v3 ----------------------------------------

def test_contention_and_pathologies_are_software_defects(extract):
    text = ("Our API was down for three hours on Monday. Under the heavy write load of that week, the new "
            "indexing feature caused severe lock contention, and the cluster stopped answering.")
    res = extract(text, title="Incident report", source_kind="vendor", provider="Cloudflare")
    assert primary(res)["cause_category"] == "software_bug"


def test_a_count_past_the_maximum_is_capacity(extract):
    text = ("GitHub went down for six hours on Tuesday. With the added servers, the number of open connections "
            "exceeded the maximum the kernel was set to allow.")
    assert doc_cause(extract, text, title="GitHub outage")["cause_category"] == "capacity"


def test_what_nobody_found_or_claimed_is_set_aside(extract):
    text = ("Verizon went down on Friday. The regulator did not find, and Verizon has never claimed, that hackers "
            "had a role; its complaint is about process.")
    cats = cause_claims(extract(text, title="Verizon outage"))
    assert ("cyberattack", "asserts") not in cats and ("cyberattack", "denies") in cats


def test_a_reported_cause_stays_asserted(extract):
    text = "Verizon went down on Friday. Verizon said that a DDoS attack was involved."
    assert ("cyberattack", "asserts") in cause_claims(extract(text, title="Verizon outage"))


def test_what_a_dismissing_verb_names_after_a_colon_is_denied(extract):
    text = "Telstra went down on Monday. That rules out the theory most readers sent us: a DDoS attack."
    cats = cause_claims(extract(text, title="Telstra outage"))
    assert ("cyberattack", "asserts") not in cats and ("cyberattack", "denies") in cats


def test_flooded_with_routes_is_no_weather(extract):
    text = ("Telstra went down on Monday. Its routers did what they were set to do when flooded with routes, "
            "and the network went dark.")
    assert doc_cause(extract, text, title="Telstra outage")["cause_category"] == "network_bgp"


def test_a_range_of_possible_meanings_asserts_nothing(extract):
    text = ("Telstra went down on Monday. That wording can mean anything, from a botched maintenance task "
            "to a capacity problem.")
    assert doc_cause(extract, text, title="Telstra outage")["cause_category"] == "unknown"


def test_attributed_and_traced_name_the_outage_then_the_cause(extract):
    for text in ("Zoom went down on Monday. Zoom has attributed the problem to a setting meant to make calls more secure.",
                 "Zoom went down on Monday. Zoom traced that event, too, to a rule that reached more servers than intended."):
        assert doc_cause(extract, text, title="Zoom outage")["cause_category"] == "config_change"


def test_a_cause_given_after_a_colon(extract):
    text = ("Zoom went down on Monday. According to Zoom, the cause was mundane: a policy meant to tighten "
            "security had been logging users out.")
    assert doc_cause(extract, text, title="Zoom outage")["cause_category"] == "config_change"


def test_an_unspecified_issue_names_no_category(extract):
    text = "Zoom went down on Monday. Zoom attributed it to an operational issue."
    assert doc_cause(extract, text, title="Zoom outage")["cause_category"] == "unknown"


def test_another_companys_thing_in_the_slot_is_a_third_party(extract):
    text = ("Google Cloud went down on Friday. Engineers who spoke to us said the Akamai update appeared to "
            "have brought down servers inside Google Cloud as well.")
    assert doc_cause(extract, text, title="Google Cloud outage")["cause_category"] == "third_party"


def test_automation_acting_destructively_is_a_software_defect(extract):
    for text in ("Our API went down on Monday. The patch restarted a storage component that wiped the volumes "
                 "its database nodes relied on, knocking them offline.",
                 "Our search went down on Monday after a housekeeping script then erased the live index."):
        res = extract(text, title="Incident report", source_kind="vendor", provider="Cloudflare")
        assert primary(res)["cause_category"] == "software_bug"


def test_automation_doing_routine_work_is_no_defect(extract):
    text = "Our API went down on Monday. A deployment job applied the new plan to every region at 09:00."
    res = extract(text, title="Incident report", source_kind="vendor", provider="Cloudflare")
    assert ("software_bug", "asserts") not in cause_claims(res)


def test_slot_word_classes_beyond_the_development_sets(extract):
    cases = {
        "The company said the outage was caused by the holiday rush.": "capacity",
        "Zoom said the outage was caused by an expired domain.": "config_change",
        "The company blamed it on a squirrel chewing through a line.": "environmental",
        "Zoom said the outage was due to a loose connector in one rack.": "hardware",
    }
    for sentence, cat in cases.items():
        assert doc_cause(extract, "Zoom went down on Monday. " + sentence, title="Zoom outage")["cause_category"] == cat


def test_a_person_who_only_reported_it_is_no_cause(extract):
    text = "Zoom went down on Monday. The company said an employee reported the issue at 9 a.m."
    assert doc_cause(extract, text, title="Zoom outage")["cause_category"] == "unknown"
