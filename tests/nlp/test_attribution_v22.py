"""attribution.v22: "X said …, and denied reports that an AI tool was to blame": the second clause's subject is the
first one's, and what it denies is its own denial, not the reports' claim (sentences written for these tests)."""

from tests.nlp.conftest import claims_of


def _ai(extract, text):
    res = extract(text, title="Pharmacy tills down for a morning", source_kind="press", published="2025-07-16T10:00:00Z")
    return [(c["speaker_kind"], c["polarity"]) for c in claims_of(res, "ai")]


def test_a_coordinated_denial_of_reports_is_the_vendors(extract):
    text = ("Hollowmere Pharmacy said an expired certificate knocked out its tills for six hours on Tuesday, and "
            "denied reports that an AI tool was to blame.")
    assert _ai(extract, text) == [("vendor", "denies")]


def test_a_coordinated_dismissal_of_staff_claims_is_the_vendors(extract):
    text = ("Hollowmere Pharmacy said an expired certificate knocked out its tills for six hours on Tuesday, and "
            "dismissed claims from pharmacists that an AI agent had made the change.")
    assert _ai(extract, text) == [("vendor", "denies")]


def test_reports_that_speak_in_their_own_clause_stay_the_press(extract):
    text = ("Hollowmere Pharmacy said an expired certificate knocked out its tills for six hours on Tuesday, but "
            "reports say an AI tool was to blame.")
    assert _ai(extract, text) == [("press", "asserts")]


def _causes(extract, text):
    res = extract(text, title="Government portal down", source_kind="press", published="2025-11-14T09:00:00Z")
    return [(c["speaker_kind"], c["normalized"]) for c in claims_of(res, "cause")]


def test_a_minister_speaks_for_the_government_whose_portal_failed(extract):
    text = ("Vanuatu's government portal was down for most of the week. The country's digital minister said on "
            "Thursday that attackers had flooded the site with far more requests than it could handle.")
    assert _causes(extract, text) == [("vendor", "cyberattack")]


def test_another_countrys_officials_are_not_the_government_that_failed(extract):
    text = ("Vanuatu's government portal was down for most of the week. Foreign officials said on Thursday that "
            "attackers had flooded the site with far more requests than it could handle.")
    assert _causes(extract, text) == [("other", "cyberattack")]


def _cause_speakers(extract, text, title="Captioning service down for three hours"):
    res = extract(text, title=title, source_kind="press", published="2025-10-16T10:00:00Z")
    return [(c["speaker_kind"], c["speaker"]) for c in claims_of(res, "cause")]


def test_a_role_then_a_name_mid_sentence_introduces_the_vendors_person(extract):
    text = ("Babelwick's captioning service was down for three hours on Tuesday. The panel had Babelwick's head of "
            "engineering, Orla Fennimore, on stage the next day. \"It was an attack, pure and simple,\" Fennimore told the hall.")
    assert _cause_speakers(extract, text) == [("vendor", "Orla Fennimore")]


def test_another_companys_executive_introduced_so_stays_another(extract):
    text = ("Babelwick's captioning service was down for three hours on Tuesday. Reporters asked Halvern Bank's chief "
            "executive, Orla Fennimore, about it the next day. \"It was an attack, pure and simple,\" Fennimore said.")
    assert _cause_speakers(extract, text) == [("other", "Orla Fennimore")]


def test_a_trade_association_speaks_for_itself(extract):
    text = ("Quernstone Payroll's systems were down for most of Friday. In a note sent to members the following week, "
            "the association said an AI agent at a payroll provider had removed live pay data without approval.")
    res = extract(text, title="Payroll firm down for a day", source_kind="press", published="2025-10-16T10:00:00Z")
    assert [(c["speaker_kind"], c["speaker"]) for c in claims_of(res, "ai")] == [("other", "the association")]


def _game_cause_speakers(extract, sentence):
    text = f"Brackenfold Games' servers were down for a day on Thursday.\n\n{sentence}"
    res = extract(text, title="Game servers down for a day", source_kind="press", published="2025-03-20T10:00:00Z")
    return [c["speaker_kind"] for c in claims_of(res, "cause")]


def test_a_plural_possessive_name_is_the_provider(extract):
    res = extract("Brackenfold Games' servers were down for a day on Thursday.", title="Game servers down",
                  source_kind="press", published="2025-03-20T10:00:00Z")
    assert res["is_outage"] is True and res["incidents"][0]["provider"] == "Brackenfold Games"


def test_the_providers_boss_speaks_for_it(extract):
    sentence = "Brackenfold boss Ada Lowrie said a bug in the update was to blame."
    assert _game_cause_speakers(extract, sentence) == ["vendor"]


def test_its_developers_and_development_team_speak_for_it(extract):
    assert _game_cause_speakers(extract, "Its developers said a bug in the update was to blame.") == ["vendor"]
    assert _game_cause_speakers(extract, "The development team said a bug in the update was to blame.") == ["vendor"]


def test_who_runs_the_short_name_of_the_provider_is_its_head(extract):
    sentence = "Ada Lowrie, who runs Brackenfold, said a bug in the update was to blame."
    assert _game_cause_speakers(extract, sentence) == ["vendor"]


def test_another_companys_boss_stays_another(extract):
    sentence = "A rival studio boss said a bug in the update was to blame."
    assert _game_cause_speakers(extract, sentence) == ["other"]
