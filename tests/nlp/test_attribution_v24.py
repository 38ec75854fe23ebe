"""attribution.v24: a day's postmortem ("Friday's postmortem, signed by the CTO, went further: …") is owned by no body
the day names: what follows its colon is the provider's, as after "the postmortem says" (sentences written for these
tests)."""

from tests.nlp.conftest import claims_of

_LEAD = "Builds on Mossbridge CI stalled for four hours on Tuesday as its hosted runners refused to start."


def _cause_speakers(extract, sentence):
    res = extract(f"{_LEAD}\n\n{sentence}", title="Builds stall", source_kind="press", provider="Mossbridge CI",
                  published="2025-10-20T10:00:00Z")
    return [(c["speaker_kind"], c["normalized"]) for c in claims_of(res, "cause")]


def test_a_days_postmortem_before_a_colon_is_the_providers(extract):
    sentence = "Friday's postmortem, signed by the chief technology officer, went further: an engineer had deleted the runner template."
    assert _cause_speakers(extract, sentence) == [("vendor", "human_error")]


def test_a_days_statement_from_a_named_body_is_not_the_providers(extract):
    sentence = "Friday's statement from Harlen Audit went further: an engineer had deleted the runner template."
    assert ("vendor", "human_error") not in _cause_speakers(extract, sentence)
