"""causes.v10: constructions completed as classes from probe sentences written for unfamiliar wording.

- an attack that reached data is an attack (only a negated reach is what it spared);
- demand planned too low ("underestimated demand", "exceeded our forecasts") is capacity;
- "external factors" denied deny an attack; asserted they name none;
- data left open to anyone ("could be read and changed by anyone", "publicly accessible") is a wrong setting;
- a relative clause telling what a part is for ("the equipment that is supposed to hand the load over") is no
  purpose of the sentence.

Sentences are written for these tests (probe sentences and paraphrases of development-set failures in other words);
never copied from the data sets."""

import pytest

LEAD = "Supabase-hosted app Pinecrest went down for five hours on Monday. "


def later(extract, text, source_kind="press"):
    res = extract(LEAD + text, title="Supabase outage", source_kind=source_kind)
    return {(c["normalized"], c["polarity"]) for inc in res["incidents"] for c in inc["claims"]
            if c["start"] >= len(LEAD) and c["attribute"] == "cause"}


@pytest.mark.parametrize("text", [
    "The intruder who took the OAuth tokens later got into a second database and copied the hashed passwords.",  # paraphrase
    "Hackers accessed the customer database and took millions of records.",
    "Intruders used stolen credentials to get into the build system.",
])
def test_an_attack_that_reached_data_is_an_attack(extract, text):
    assert ("cyberattack", "asserts") in later(extract, text)


@pytest.mark.parametrize("text", [
    "The attack never reached card data.",
    "The intrusion did not touch customer records.",
])
def test_what_an_attack_spared_is_no_cause(extract, text):
    assert ("cyberattack", "asserts") not in later(extract, text)


@pytest.mark.parametrize("text", [
    "The company said it had badly underestimated demand for the new tool.",  # paraphrase
    "The chief executive wrote that they had misjudged how many people would sign up on day one.",  # paraphrase
    "Sign-ups exceeded our forecasts several times over.",
    "Analysts say the firm underestimated the appetite for the new console.",
])
def test_demand_planned_too_low_is_capacity(extract, text):
    assert ("capacity", "asserts") in later(extract, text)


def test_an_underestimated_cost_is_no_capacity(extract):
    assert ("capacity", "asserts") not in later(extract, "We underestimated the cost of the migration.")


@pytest.mark.parametrize("text", [
    "No customer files were lost, and the outage was not caused by external factors.",  # paraphrase
    "We have ruled out any outside cause.",
])
def test_external_factors_denied_deny_an_attack(extract, text):
    assert ("cyberattack", "denies") in later(extract, text)


def test_external_factors_blamed_name_no_attack(extract):
    assert ("cyberattack", "asserts") not in later(extract, "The company blamed external factors for the delays.")


@pytest.mark.parametrize("text", [
    "A researcher had shown that the database could be read and rewritten by anyone who knew the address.",  # paraphrase
    "The customer records were left open to the internet.",
    "The files were readable by anyone with the link.",
    "The storage bucket was publicly accessible and required no password.",
    "The tables had none of the row-level rules that keep one user's records from another.",  # paraphrase
])
def test_data_open_to_anyone_is_a_wrong_setting(extract, text):
    assert ("config_change", "asserts") in later(extract, text)


@pytest.mark.parametrize("text", [
    "The forum is open to anyone who wants to join.",
    "Anyone can read the public timeline.",
    "The page is accessible to everyone again after the fix.",
])
def test_openness_by_design_or_restored_is_no_cause(extract, text):
    assert ("config_change", "asserts") not in later(extract, text)


@pytest.mark.parametrize("text", [
    "The gale cut the grid supply to the hall overnight, and the changeover to the backup generators failed.",  # paraphrase
    "The diesel generators did not start when the grid failed during the blizzard.",
    "The vendor said mains power dropped in the storm and the gear that is meant to pass the load to the standby "
    "generators never finished the switch.",  # paraphrase
])
def test_a_failed_backup_in_bad_weather_is_power(extract, text):
    got = later(extract, text)
    assert ("power", "asserts") in got
    assert ("environmental", "asserts") not in got


@pytest.mark.parametrize("text", [
    "During the storm, servers in one zone lost power and shut down.",
    "A fire in the battery room cut power to the hall and the generators failed.",
])
def test_weather_alone_or_a_fire_stays_environmental(extract, text):
    assert ("environmental", "asserts") in later(extract, text)


def test_not_the_storm_alone_denies_nothing(extract):
    got = later(extract, "So the weather was not alone to blame: the backup power system failed to kick in.")
    assert ("environmental", "denies") not in got
    assert ("power", "asserts") in got


@pytest.mark.parametrize("text", [
    "Nobody can promise there will be no more storms.",
    "There will be no more attacks like this, the minister promised.",
])
def test_a_promise_about_the_future_denies_nothing(extract, text):
    assert not any(p == "denies" for _c, p in later(extract, text))


@pytest.mark.parametrize("text,kind", [
    ("6:10 p.m.: the site is showing a maintenance page and the apps have stopped syncing.", "press"),
    ("Visitors saw a maintenance notice instead of the store.", "press"),
    ("We know that losing the integration has broken many of your deployment pipelines, and we apologise.", "vendor"),
    ("Servers now verify their own state before they run an upgrade command.", "vendor"),
    ("We restored the damaged databases from backups and replayed the latest changes.", "vendor"),
])
def test_things_named_for_work_repairs_and_safeguards_name_no_cause(extract, text, kind):
    assert not later(extract, text, source_kind=kind)


def test_routine_maintenance_is_still_a_change(extract):
    assert ("config_change", "asserts") in later(extract, "The outage began during routine maintenance on a storage cluster.")


@pytest.mark.parametrize("text", [
    "No AI tools were involved in writing the change, the company said; an engineer simply mistyped a value.",
    "The company's AI tools had nothing to do with the bad configuration change.",
])
def test_a_denied_ai_part_denies_no_change(extract, text):
    assert ("config_change", "denies") not in later(extract, text)


@pytest.mark.parametrize("text", [
    "The company said Wednesday's outage was caused by a network switch that failed.",
    "Engineers traced the problem to a storage array which had overheated.",
])
def test_a_device_that_failed_is_hardware(extract, text):
    assert ("hardware", "asserts") in later(extract, text)


@pytest.mark.parametrize("text", [
    "The code that loads our copy of the zone file could not parse the new entry.",  # paraphrase
    "The problem came from a duplicate record for one airport, which the app could not handle.",  # paraphrase
    "The booking system was unable to process the unusual date and stopped issuing tickets.",
])
def test_software_that_could_not_handle_an_input_is_a_bug(extract, text):
    assert ("software_bug", "asserts") in later(extract, text)


@pytest.mark.parametrize("text", [
    "Customers could not load the page.",
    "Our team could not process the refunds until Tuesday.",
])
def test_what_people_could_not_do_is_no_bug(extract, text):
    assert ("software_bug", "asserts") not in later(extract, text)


@pytest.mark.parametrize("text", [
    "A group calling itself Night Owls says on Telegram that it knocked the service offline.",  # paraphrase
    "A collective that calls itself Lizard Squad claimed the outage on social media.",
])
def test_a_group_calling_itself_that_claims_the_harm_is_an_attack(extract, text):
    assert ("cyberattack", "asserts") in later(extract, text)


def test_a_group_calling_itself_with_no_harm_is_no_attack(extract):
    assert ("cyberattack", "asserts") not in later(extract, "A group calling itself the Friends of the Library organised a picnic.")


def test_a_heatwave_and_exhausted_batteries_is_power(extract):
    text = "A utility outage hit the area during a heatwave and the UPS batteries ran down before the generators started."
    got = later(extract, text)
    assert ("power", "asserts") in got and ("environmental", "asserts") not in got


@pytest.mark.parametrize("text", [
    "The company said a certificate that was allowed to lapse stopped clients from connecting.",
    "The firm had let its TLS certificate expire, and every client refused to connect.",  # paraphrase
    "The database had been exposed to the public internet by a misapplied setting, the company said.",
])
def test_a_lapsed_certificate_or_an_exposing_setting_is_a_change(extract, text):
    assert ("config_change", "asserts") in later(extract, text)


def test_load_compared_with_the_forecast_far_from_its_noun_is_capacity(extract):
    text = "Traffic as people came back from the holidays was far heavier than the team had forecast, the company admitted."
    assert ("capacity", "asserts") in later(extract, text)


@pytest.mark.parametrize("text", [
    "The mistake was made by one of our technicians in Frankfurt while editing a router's settings.",  # paraphrase
    "The error was made by an operator who swapped the wrong cable.",
])
def test_an_error_made_by_a_person_is_human_error(extract, text):
    assert ("human_error", "asserts") in later(extract, text, source_kind="vendor")


def test_a_fix_made_by_a_person_is_no_human_error(extract):
    assert ("human_error", "asserts") not in later(extract, "The fix was made by one of our engineers within an hour.",
                                                   source_kind="vendor")


def test_a_problem_with_how_software_handles_data_is_a_bug(extract):
    text = "Identified: the cause has been traced to a problem with how the resolver treats newly published zone data."  # paraphrase
    got = later(extract, text, source_kind="vendor")
    assert ("software_bug", "asserts") in got and ("dns", "asserts") not in got


@pytest.mark.parametrize("text,expected", [
    ("Those were not exotic bugs.", ("software_bug", "asserts")),
    ("It was not a particularly sophisticated attack, investigators said.", ("cyberattack", "asserts")),
    ("It was not an attack, the company said.", ("cyberattack", "denies")),
])
def test_a_negated_quality_keeps_the_cause(extract, text, expected):
    assert expected in later(extract, text)


@pytest.mark.parametrize("text,kind", [
    ("Maria Lind, a DNS engineer at a Dutch registrar, said the episode showed how fragile the setup is.", "press"),
    ("Account balances were never affected, and no customer should have been charged a fee as a result.", "vendor"),
])
def test_job_titles_and_consequences_ruled_out_are_no_cause_claims(extract, text, kind):
    assert not later(extract, text, source_kind=kind)
