"""Attribution (attribution.v7): the provider speaking by its own name when the gazetteer lacks it or a place
took its first word, a subject with a relative clause about what it does, camel-case names, verbs of naming
that take no speaker after them, "add to" that is no speech, and offices of public life. Sentences written
for these tests."""

from tests.nlp.conftest import claims_of


def kinds(res, attribute="cause"):
    return [c["speaker_kind"] for c in claims_of(res, attribute)]


def test_a_provider_outside_the_gazetteer_speaks_by_its_own_name(extract):
    # paraphrase of "<an airline> said a cyberattack on its network ... disrupted check-in"
    res = extract("Harwick Airways said a denial-of-service attack on its booking systems disrupted check-in at "
                  "three airports on Friday.", title="Harwick Airways check-in disrupted", source_kind="press")
    assert res["incidents"][0]["provider"] == "Harwick Airways"
    assert kinds(res) == ["vendor"]


def test_a_provider_whose_first_word_is_a_place_speaks_by_its_whole_name(extract):
    # "Japan" of "Japan Airlines" is tagged as a place; the cue word "Airlines" alone would be some airline
    res = extract("Japan Airlines said a cyberattack on its network disrupted baggage check-in and delayed domestic "
                  "flights on Thursday. Ticket sales were suspended for the day, and passengers were stranded at "
                  "Haneda.", title="Japan Airlines check-in outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_a_camel_case_provider_with_a_relative_clause_speaks_for_itself(extract):
    res = extract("Brindlewick, which makes booking software for dental clinics, said an AI assistant erased its "
                  "production database on Tuesday, leaving clinics without appointments for a day.",
                  title="BrindleWick says AI assistant erased its database", source_kind="press")
    assert kinds(res, "cause") == ["vendor"]


def test_a_verb_of_naming_after_a_comma_takes_an_object_not_a_speaker(extract):
    # "…, call the API or see their analytics": "the API" does not speak
    res = extract("Cloudflare's dashboard failed last Thursday. From 11:40 UTC, customers could not log in to the "
                  "dashboard, call the API or see their analytics.", title="Cloudflare dashboard outage",
                  source_kind="press")
    speakers = [c["speaker"] for c in res["incidents"][0]["claims"]]
    assert "API" not in speakers


def test_adding_functionality_to_a_system_is_no_speech(extract):
    # paraphrase of "defects in functionality the Bank had added to the system …, the reviewers found"
    res = extract("Stripe card payments failed across the country for ten hours in October, and shops turned customers "
                  "away. The review of the payments outage was published on Tuesday. The ten-hour failure came from a "
                  "software bug in code the operator had added to the platform that spring, the reviewers found.",
                  title="Stripe card payments down for ten hours", source_kind="press")
    assert "vendor" not in kinds(res)
    assert kinds(res) == ["other"]


def test_a_public_office_speaks_as_another_party(extract):
    res = extract("Emergency calls failed across the state on Wednesday night. The state's 911 coordinator said "
                  "a software bug in the routing system had caused the failure.",
                  title="Lumen 911 outage", source_kind="press")
    assert kinds(res) == ["other"]


def test_an_ordinary_word_that_opens_some_providers_name_is_no_speech_of_that_provider(extract):
    # "Network" opens "Network Rail"; a text that never names the railway does not hear it speak
    res = extract("AWS went down on Monday. Network engineers at three banks said a faulty deployment caused the "
                  "outage.", title="AWS outage", source_kind="press")
    assert [c["speaker"] for c in claims_of(res, "cause")] != ["Network Rail"]
    assert kinds(res) == ["other"]


def test_going_by_and_judging_from_name_the_source_after_them(extract):
    for text in ("Players in the Americas and Europe bore the brunt, going by the complaints on Downdetector.",
                 "Judging from the reports on Downdetector, players in Europe were hit hardest."):
        res = extract("Battle.net went down on Sunday for several hours. " + text, title="Battle.net outage",
                      source_kind="press")
        assert [(c["speaker_kind"], c["speaker"]) for c in claims_of(res, "scope")] == [("other", "Downdetector")]


def test_going_by_train_names_no_source(extract):
    res = extract("Battle.net went down on Sunday for several hours. Players going by train to the event in Europe "
                  "were hit hardest.", title="Battle.net outage", source_kind="press")
    assert [c["speaker_kind"] for c in claims_of(res, "scope")] == ["press"]
