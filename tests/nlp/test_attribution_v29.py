"""attribution.v29: a form of "show" whose object is something a screen displays ("showing error pages to shoppers",
"the app showed a blank screen") is a display, not a finding: the sentence stays the outlet's account (sentences written
for these tests)."""

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
