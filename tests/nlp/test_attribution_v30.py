"""attribution.v30: initials before a surname belong to the name, so the role before them describes the speaker
("Chief executive C.C. Wei told reporters …" speaks for the company the report is about); speculation or rumours that
something happened, named inside the sentence as what one is aware of or what there was, are the claim of those who
made them (sentences written for these tests)."""

from .conftest import claims_of

_LEAD = "Harlowmere Books' website went down on Monday and stayed down for five hours.\n\n"


def _cause_speakers(extract, sentence):
    res = extract(_LEAD + sentence, title="Harlowmere Books outage", source_kind="press", outlet="The Ledger")
    return [c["speaker_kind"] for c in claims_of(res, "cause") if c["start"] >= len(_LEAD)]


def test_a_chief_executive_named_with_initials_speaks_for_the_company(extract):
    assert _cause_speakers(extract, "Chief executive C.C. Wei told reporters the company had only its own carelessness "
                                    "to blame.") == ["vendor"]



def test_speculation_a_company_is_aware_of_is_the_speculators_claim(extract):
    res = extract("Harlowmere Books' website went down on Monday and stayed down for five hours.\n\nWe are aware of online "
                  "speculation that Harlowmere Books has been the victim of a ransomware attack.",
                  title="Website disruption", source_kind="vendor")
    assert [(c["speaker_kind"], c["polarity"]) for c in claims_of(res, "cause")] == [("other", "asserts")]


def test_the_company_telling_its_own_cause_still_speaks_for_itself(extract):
    res = extract("Harlowmere Books' website went down on Monday and stayed down for five hours.\n\nWe are aware that "
                  "a ransomware attack caused the disruption.", title="Website disruption", source_kind="vendor")
    assert [(c["speaker_kind"], c["polarity"]) for c in claims_of(res, "cause")] == [("vendor", "asserts")]
