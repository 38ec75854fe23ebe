"""attribution.v30: initials before a surname belong to the name, so the role before them describes the speaker
("Chief executive C.C. Wei told reporters …" speaks for the company the report is about) (sentences written for these
tests)."""

from .conftest import claims_of

_LEAD = "Harlowmere Books' website went down on Monday and stayed down for five hours.\n\n"


def _cause_speakers(extract, sentence):
    res = extract(_LEAD + sentence, title="Harlowmere Books outage", source_kind="press", outlet="The Ledger")
    return [c["speaker_kind"] for c in claims_of(res, "cause") if c["start"] >= len(_LEAD)]


def test_a_chief_executive_named_with_initials_speaks_for_the_company(extract):
    assert _cause_speakers(extract, "Chief executive C.C. Wei told reporters the company had only its own carelessness "
                                    "to blame.") == ["vendor"]

