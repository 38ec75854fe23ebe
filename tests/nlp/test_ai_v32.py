"""ai.v32: a denial's own clause decides it ("Our routing does not use AI, and no AI system played any part in this
failure": the second clause's "no" denies, whatever the first says of use); an AI that told the people hit to do
something ("the app's chat assistant … telling tenants to 'try restarting the boiler'") only spoke to them; and an AI
feature "out of action" is a casualty, as one "down" is; "a computer program making its own decisions" names an AI
(documents written for these tests)."""

from .conftest import claims_of


def _ai(extract, text, kind="press", title="Heating app down", after=0):
    res = extract(text, title=title, source_kind=kind)
    return [(c["normalized"], c["polarity"], c["speaker_kind"]) for c in claims_of(res, "ai") if c["start"] >= after]


def test_no_ai_system_after_a_clause_on_use_is_a_denial(extract):
    text = ("Between 01:10 and 03:40 on Sunday, the Warmhollow heating app could not reach tenants' boilers. The cause was "
            "a failed database server in our Dundee site.\n\nThere has been talk of artificial intelligence. Our boiler "
            "scheduling does not use AI, and no AI system had any part in this failure.")
    assert _ai(extract, text, kind="vendor", title="Heating app disruption, Sunday") == [(False, "denies", "vendor")]


_TENANTS = ("Tenants of Warmhollow-managed flats across Scotland could not turn on their heating from their phones for "
            "most of Sunday, and Warmhollow has said only that \"a technical problem\" stopped the app. Some tenants "
            "blamed the boilers' new 'smart' AI thermostat.\n\n")


def test_a_chat_assistant_telling_tenants_what_to_try_is_no_ai_act(extract):
    text = _TENANTS + ("The app's chat assistant was little use, telling tenants we spoke to to \"try restarting the "
                       "boiler\", which cannot work when the app cannot reach it.")
    assert _ai(extract, text, after=len(_TENANTS)) == []


def test_an_ai_feature_out_of_action_is_a_casualty(extract):
    text = _TENANTS + "The company's voice-assistant skill was out of action as well."
    assert _ai(extract, text, after=len(_TENANTS)) == []


def test_an_ai_that_restarted_the_boilers_still_acted(extract):
    text = _TENANTS + "Two engineers told us the company's AI maintenance agent had restarted every boiler controller at once."
    assert (True, "asserts", "press") in _ai(extract, text, after=len(_TENANTS))


def test_an_ai_that_told_the_controllers_to_restart_still_acted(extract):
    text = _TENANTS + ("Two engineers told us the company's AI maintenance agent told the boiler controllers to restart "
                       "all at once.")
    assert (True, "asserts", "press") in _ai(extract, text, after=len(_TENANTS))


def test_an_ai_a_person_asked_to_tidy_up_still_acted(extract):
    text = _TENANTS + ("Without the records, the agent planned new schedules; when an engineer asked it to tidy up, it "
                       "deleted every boiler's settings.")
    assert (True, "asserts", "press") in _ai(extract, text, after=len(_TENANTS))


def test_a_program_making_its_own_decisions_is_ai_denied(extract):
    text = ("A ransomware attack over the weekend took down the Harlow school district's email and computer systems, which "
            "were still offline on Tuesday. \"Nothing about this was caused by a computer program making its own "
            "decisions,\" the district said.")
    res = extract(text, title="District systems down after ransomware attack", source_kind="press", outlet="Homeroom")
    assert {(c["normalized"], c["polarity"]) for c in claims_of(res, "ai")} == {(False, "denies")}
    assert ("software_bug", "denies") not in {(c["normalized"], c["polarity"]) for c in claims_of(res, "cause")}
