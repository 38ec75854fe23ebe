"""causes.v11: a cause named without a category (C8: `unknown`, and `ai_involved` false), completed as a class.

- "technology"/"technological"/"systems" are vague adjectives like "technical" ("a technology issue");
- plural heads ("technical issues", "technical difficulties") are as often what users met as the cause: a cause only
  where a causal word, a verb of harm or of consequence frames them;
- "an IT outage", "a technical failure" name the outage itself as often: a cause only in the cause slot ("blamed an
  IT outage", "due to a technical failure"), never as what was caused ("what caused the IT outage");
- the trouble placed in the company's systems ("an issue with one of our systems", "a problem with the carrier's
  technology") is a vague cause where a causal word or a verb of consequence frames it;
- "it was facing technical issues", "it is experiencing a technology outage": what the company went through, no cause.

Sentences are written for these tests (probe sentences and paraphrases of development-set failures in other words);
never copied from the data sets."""

import pytest

LEAD = "Southwest Airlines grounded its flights for three hours on Wednesday evening in a nationwide outage. "


def later(extract, text, source_kind="press"):
    res = extract(LEAD + text, title="Southwest outage", source_kind=source_kind)
    primary = next(inc for inc in res["incidents"] if inc["primary"])
    got = {(c["normalized"], c["polarity"]) for inc in res["incidents"] for c in inc["claims"]
           if c["start"] >= len(LEAD) and c["attribute"] == "cause"}
    return primary, got


@pytest.mark.parametrize("text,kind", [
    ("Earlier tonight, a technology issue with one of our systems led us to pause departures at our hubs.", "vendor"),
    ("The carrier blamed a technology problem.", "press"),
    ("Flights were held because of a problem with the airline's technology, the regulator said.", "press"),
    ("A spokesperson blames an IT outage affecting operations and says there is nothing more to share.", "press"),
    ("The company said technical issues were to blame.", "press"),
    ("A systems issue forced the airline to ground its fleet.", "press"),
    ("Technical difficulties kept the website down all evening, the airline said.", "press"),
    ("The company said only that it was a technical problem.", "press"),
    ("Departures were halted due to a technological failure at the operations centre.", "press"),
])
def test_a_cause_named_without_a_category(extract, text, kind):
    primary, got = later(extract, text, kind)
    assert ("unknown", "asserts") in got
    assert primary["cause_category"] == "unknown"
    assert primary["ai_involved"] is False  # C8: the document speaks of a cause


@pytest.mark.parametrize("text", [
    # traps: what users met, the outage itself, or what the company went through
    "Customers reported problems with the booking system all evening.",
    "Passengers said they had issues with the app when trying to rebook.",
    "Technical problems are common at airlines that run old software.",
    "During the outage, travellers faced long queues and technical issues at check-in.",
    "Users reported technical problems logging in while the site was down.",
    "The outage caused technical issues for thousands of travel agents.",
    "The airline is still investigating what caused the IT outage.",
    "The IT outage lasted three hours.",
    "The payments network said it was facing intermittent technical issues and that some transfers were declined.",
    "The airline said it was experiencing a technology outage that affected its website.",
])
def test_no_vague_cause(extract, text):
    primary, got = later(extract, text)
    assert ("unknown", "asserts") not in got
    assert primary["ai_involved"] is None


ATTACK_LEAD = "Collins Aerospace's check-in system suffered an outage on Saturday, grounding flights across Europe for hours. "


def attack_claims(extract, text, source_kind):
    res = extract(ATTACK_LEAD + text, title="Check-in outage", source_kind=source_kind)
    return {(c["normalized"], c["polarity"]) for inc in res["incidents"] for c in inc["claims"]
            if c["start"] >= len(ATTACK_LEAD) and c["attribute"] == "cause"}


@pytest.mark.parametrize("text,kind", [
    # an attack a vendor states in a terse statement
    ("We are aware of a cyber-related disruption to our check-in software at some airports.", "vendor"),
    ("The company described the cause as a \"cyber-related incident\".", "press"),
    ("We have learned that some files stored on one of our servers were accessed without authorization.", "vendor"),
    ("Some customer records held on our systems were accessed by an unauthorised third party.", "vendor"),
    ("A credential stuffing campaign hit our log-in service overnight.", "vendor"),
    # the finding told in a clause of time: found, not defended against
    ("We took the portal offline as a precaution after detecting credential-stuffing attacks against our online services.", "vendor"),
    ("The agency shut the site upon spotting an intrusion in its payment system.", "press"),
])
def test_an_attack_stated_tersely(extract, text, kind):
    assert ("cyberattack", "asserts") in attack_claims(extract, text, kind)


@pytest.mark.parametrize("text", [
    # traps: what a defence is for, and an outsider's failure
    "The firm sells tools for detecting attacks on airline systems.",
    "Its filters are good at spotting malicious logins.",
    "The bank's systems were down for hours after a third-party supplier failed.",
])
def test_no_attack(extract, text):
    assert ("cyberattack", "asserts") not in attack_claims(extract, text, "press")


POWER_LEAD = "Microsoft's Azure region in Sydney went down for hours on Wednesday in an outage. "


def power_account(extract, text):
    res = extract(POWER_LEAD + text, title="Azure outage", source_kind="press")
    primary = next(inc for inc in res["incidents"] if inc["primary"])
    return primary["cause_category"]


@pytest.mark.parametrize("text", [
    # a power fault named before the cooling it stopped
    "Shortly before 7pm a sag in the grid supply tripped the chillers that cool the data halls.",
    "The company said a power event had affected cooling in one facility.",
    "A voltage dip on the utility feed knocked several cooling units offline.",
    # across sentences: the cooling loss told again beside the power fault that caused it
    "Part of one hall lost cooling on Wednesday evening. A dip in mains power had knocked out the chillers. "
    "As temperatures climbed, engineers powered down racks.",
])
def test_power_that_cut_the_cooling_is_power(extract, text):
    assert power_account(extract, text) == "power"


@pytest.mark.parametrize("text", [
    # traps: the cooling failed first, or fire or weather cut the power
    "The outage started when the chillers failed and temperatures rose, and staff then cut power to the racks.",
    "A fire at an electrical substation left the region without power.",
    "A storm cut mains power to the data centre.",
    "A power event affected cooling in one hall. A fire in the battery room then spread smoke through the building.",
])
def test_cooling_fire_or_weather_first_stays_environmental(extract, text):
    assert power_account(extract, text) == "environmental"


OPEN_LEAD = "The dating app Tea took its messaging feature offline on Friday after users' messages were exposed. "


@pytest.mark.parametrize("text", [
    # storage set up to let anyone in: a wrong setting (the class of causes.v10's "readable by anyone")
    "The storage bucket had been configured to let anyone read the files.",
    "The images sat in cloud storage that had been set up so that anyone could download them.",
    "Researchers found the server was configured to allow anybody to list its contents.",
])
def test_storage_set_up_to_let_anyone_in_is_a_wrong_setting(extract, text):
    res = extract(OPEN_LEAD + text, title="Tea outage", source_kind="press")
    got = {(c["normalized"], c["polarity"]) for inc in res["incidents"] for c in inc["claims"]
           if c["start"] >= len(OPEN_LEAD) and c["attribute"] == "cause"}
    assert ("config_change", "asserts") in got


@pytest.mark.parametrize("text", [
    "The team set up a new server to let engineers test the fix.",
    "Anyone could set up an account to let anyone read their posts, the founder said.",
])
def test_setting_up_for_people_named_is_no_wrong_setting(extract, text):
    res = extract(OPEN_LEAD + text, title="Tea outage", source_kind="press")
    got = {(c["normalized"], c["polarity"]) for inc in res["incidents"] for c in inc["claims"]
           if c["start"] >= len(OPEN_LEAD) and c["attribute"] == "cause"}
    assert ("config_change", "asserts") not in got
