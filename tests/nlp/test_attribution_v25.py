"""attribution.v25: a library is a class of provider, so "library officials" and "the library" speak for the library the
text is about (sentences written for these tests)."""

from .conftest import claims_of


def test_library_officials_speak_for_the_library(extract):
    text = ("Quenby Public Library's online catalogue and e-book loans have been offline since Tuesday.\n\n"
            "Library officials have described the incident as a ransomware attack.")
    res = extract(text, title="Quenby Public Library's catalogue still offline", source_kind="press", outlet="The Ledger",
                  published="2025-06-05T12:00:00Z")
    assert {(c["normalized"], c["speaker_kind"]) for c in claims_of(res, "cause")} == {("cyberattack", "vendor")}


def test_officials_of_a_council_that_uses_the_library_are_not_the_library(extract):
    text = ("Quenby Public Library's online catalogue and e-book loans have been offline since Tuesday.\n\n"
            "County officials have described the incident as a ransomware attack.")
    res = extract(text, title="Quenby Public Library's catalogue still offline", source_kind="press", outlet="The Ledger",
                  published="2025-06-05T12:00:00Z")
    assert {(c["normalized"], c["speaker_kind"]) for c in claims_of(res, "cause")} == {("cyberattack", "other")}
