"""attribution.v29: a form of "show" whose object is something a screen displays ("showing error pages to shoppers",
"the app showed a blank screen") is a display, not a finding: the sentence stays the outlet's account; a subject that
opens the sentence with "one", "a" or a small number and a lower-case noun no cue knows, at most a place after it, is
another party ("One beekeeper in the village told us: …"), while staff ("One engineer told us") and the outlet's own items
("An earlier brief said") keep their readings; so is such a person after "written by" ("A note written by a holiday-let
host in Dingle reads: …"); a site the provider runs speaks for it ("Kestrel Mobile's website, which Pelborne Telecom also
runs, has blamed …") (sentences written for these tests)."""

from .conftest import claims_of


def _speakers(extract, text):
    res = extract(text, title="Harlowmere Books site buckles as sale opens", source_kind="press")
    return {(c["attribute"], c["speaker_kind"]) for c in claims_of(res, "cause") + claims_of(res, "start")}


def test_a_site_showing_error_pages_is_no_speaker(extract):
    assert _speakers(extract, "Harlowmere Books' website crashed under heavy traffic on Monday morning, showing error "
                              "pages to readers who tried to check out.") == {("cause", "press"), ("start", "press")}


def test_figures_that_show_something_still_speak(extract):
    res = extract("Harlowmere Books' website went down on Monday. Figures from the company show that heavy traffic "
                  "overloaded its servers.", title="Harlowmere Books outage", source_kind="press")
    assert {c["speaker_kind"] for c in claims_of(res, "cause")} == {"vendor"}


_LOCKS = "Owners of Tollgrave smart locks could not open their doors from their phones for six hours on Saturday.\n\n"


def _ai_speakers(extract, sentence):
    res = extract(_LOCKS + sentence, title="Locked out: Tollgrave's app goes down", source_kind="press", outlet="Latch & Key")
    return {c["speaker_kind"] for c in claims_of(res, "ai") if c["start"] >= len(_LOCKS)}


def test_one_beekeeper_in_the_village_is_another_party(extract):
    assert _ai_speakers(extract, 'One beekeeper in the village told us: "This is a fault at the lock company, not the lock\'s AI."') == {
        "other"}


def test_a_holiday_let_host_is_another_party(extract):
    assert _ai_speakers(extract, 'A holiday-let host in Dingle wrote: "This is a fault at the lock company, not the lock\'s '
                                 'AI."') == {"other"}


def test_one_engineer_stays_the_outlets_source(extract):
    assert _ai_speakers(extract, 'One engineer told us: "An AI agent deleted the lock servers\' routing table."') == {"press"}


def test_an_earlier_brief_is_no_other_party(extract):
    res = extract(_LOCKS + "An earlier brief said the outage was caused by a ransomware attack.", title="Correction",
                  source_kind="press", outlet="Latch & Key")
    assert {c["speaker_kind"] for c in claims_of(res, "cause") if c["start"] >= len(_LOCKS)} == {"press"}


def _cause_speakers(extract, text, title):
    res = extract(text, title=title, source_kind="press", outlet="Cast Remote")
    return {(c["speaker_kind"], c["normalized"]) for c in claims_of(res, "cause")}


def test_a_site_the_provider_runs_speaks_for_it(extract):
    text = ("Pelborne Telecom's TV and broadband services have been down since Thursday. Kestrel Mobile's website, which "
            "Pelborne Telecom also runs, has blamed \"internal system issues\" since Thursday.")
    assert _cause_speakers(extract, text, "Pelborne Telecom outage enters third day") == {("vendor", "unknown")}


def test_a_site_the_provider_criticised_does_not(extract):
    text = ("Pelborne Telecom's TV and broadband services have been down since Thursday. Kestrel Mobile's website, which "
            "Pelborne Telecom has often criticised, has blamed \"internal system issues\" at Pelborne Telecom.")
    assert ("vendor", "unknown") not in _cause_speakers(extract, text, "Pelborne Telecom outage enters third day")


def test_a_note_written_by_a_person_no_cue_knows_is_theirs(extract):
    assert _ai_speakers(extract, 'A note written by a holiday-let host in Dingle reads: "This is a fault at the lock company, '
                                 'not the lock\'s AI."') == {"other"}
