"""causes.v30: words that look like causes in constructions that name none: what a speaker "said nothing about" (silence,
neither asserted nor denied), "fire" as a verb ("alerts may not fire"), what a thing "should have been doing" ("the pager,
which should have been screaming"), a road accident ("after a car crash") and "failed" as a modifier ("are seeing failed
connections") (sentences written for these tests)."""


def _causes(extract, sentence, kind="press"):
    lead = "Quillmere Data's ingest service went down on Tuesday morning and stayed down for three hours.\n\n"
    res = extract(lead + sentence, title="Ingest outage", source_kind=kind, published="2025-10-22T09:00:00Z", outlet="The Ledger")
    return [(c["normalized"], c["polarity"]) for i in res["incidents"] for c in i["claims"] if c["attribute"] == "cause"]


def test_what_a_speaker_said_nothing_about_is_no_claim(extract):
    assert _causes(extract, "Quillmere has said nothing about a ransom demand.") == []


def test_an_attack_named_as_the_cause_stays(extract):
    assert _causes(extract, "Quillmere said the outage was caused by a ransomware attack.") == [("cyberattack", "asserts")]


def test_alerts_that_may_not_fire_are_no_fire(extract):
    assert _causes(extract, "Alerts that depend on recent data may not fire until the backlog clears.", kind="vendor") == []


def test_a_fire_that_did_not_cause_it_is_denied(extract):
    assert _causes(extract, "A fire did not cause the outage, the company said.", kind="vendor") == [("environmental", "denies")]


def test_what_a_pager_should_have_been_doing_is_no_human_error(extract):
    assert _causes(extract, "The pager, which should have been ringing, stayed silent.") == []


def test_a_step_that_should_have_been_taken_stays_human_error(extract):
    assert _causes(extract, "The change should have been reviewed by a second engineer.") == [("human_error", "asserts")]


def test_a_car_crash_is_no_software_crash(extract):
    assert _causes(extract, "A trauma centre can use dozens of units on one patient after a car crash.") == []


def test_failed_connections_seen_by_users_are_no_hardware_failure(extract):
    assert _causes(extract, "Users connecting to our Irish servers are seeing failed or dropped connections.", kind="vendor") == []


def test_a_controller_that_has_failed_stays_hardware(extract):
    assert _causes(extract, "A storage controller in the main data centre has failed.", kind="vendor") == [("hardware", "asserts")]


def test_a_table_that_should_have_been_there_is_no_human_error(extract):
    assert _causes(extract, "What broke was simple: a queue table that should have been there was not.") == []


def test_an_alarm_storm_is_no_weather(extract):
    assert _causes(extract, "The first sign was an alarm storm: links down, sessions dropped, dashboards red.") == []


def test_a_winter_storm_stays_weather(extract):
    assert _causes(extract, "A winter storm knocked out power to the data centre.") == [("environmental", "asserts")]


def test_a_connector_ending_a_product_name_is_no_connector(extract):
    assert _causes(extract, "Summary: Quillmere engineers are investigating an issue with Ingest Rule Triggers.", kind="vendor") == []


def test_a_title_case_heading_keeps_its_connector(extract):
    assert _causes(extract, "Outage Caused By Bad Push To Ingest Nodes", kind="vendor") == [("deployment", "asserts")]


def test_a_plan_to_deploy_monitoring_names_no_cause(extract):
    assert _causes(extract, "We will deploy better monitoring to spot failed network switches sooner.", kind="vendor") == []


def test_a_plan_being_developed_names_no_cause(extract):
    assert _causes(extract, "We will be developing safety checks for changes to network devices.", kind="vendor") == []
