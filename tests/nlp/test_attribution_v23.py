"""attribution.v23: insiders counted but not named speak to the press even when their employer is named ("according to
two Wrenfield Pay employees"); the person named right before ", who wrote that …" writes it (sentences written for these
tests)."""

from tests.nlp.conftest import claims_of

_LEAD = "Card payments at Wrenfield Pay failed across Ireland for three hours on Friday."


def _ai_speakers(extract, sentence):
    res = extract(f"{_LEAD}\n\n{sentence}", title="Card payments fail", source_kind="press", provider="Wrenfield Pay",
                  published="2025-06-16T10:00:00Z")
    return [(c["speaker_kind"], c["speaker"]) for c in claims_of(res, "ai")]


def test_counted_employees_of_the_provider_are_the_outlets_sources(extract):
    sentence = ("The routing change was drafted by an AI coding assistant, according to two Wrenfield Pay employees "
                "and a chat message seen by the paper.")
    assert _ai_speakers(extract, sentence) == [("press", "two Wrenfield Pay employees")]


def test_counted_engineers_opening_the_sentence_are_the_outlets_sources(extract):
    sentence = "Three Wrenfield Pay engineers told the paper that an AI coding assistant drafted the routing change."
    assert _ai_speakers(extract, sentence) == [("press", "Three Wrenfield Pay engineers")]


def test_the_provider_itself_is_still_the_vendor(extract):
    sentence = "The routing change was drafted by an AI coding assistant, according to Wrenfield Pay."
    assert _ai_speakers(extract, sentence) == [("vendor", "Wrenfield Pay")]


def test_the_person_named_before_who_wrote_speaks(extract):
    sentence = ("The admission came in a post on Monday from the company's head of payments, Orsolya Brenn, who wrote "
                "that an AI coding assistant had written the routing change.")
    assert _ai_speakers(extract, sentence) == [("vendor", "Orsolya Brenn")]


def test_a_body_named_before_which_said_speaks(extract):
    sentence = "That was the verdict of Quarrendon Research, which said an AI coding assistant had drafted the routing change."
    assert _ai_speakers(extract, sentence) == [("other", "Quarrendon Research")]


def _ai_claims(extract, sentence):
    res = extract(f"{_LEAD}\n\n{sentence}", title="Card payments fail", source_kind="press", provider="Wrenfield Pay",
                  published="2025-06-16T10:00:00Z")
    return [(c["speaker_kind"], c["polarity"]) for c in claims_of(res, "ai")]


def test_no_truth_in_reports_is_the_speakers_denial(extract):
    sentence = "There is no truth in reports that an AI agent caused the outage, a Wrenfield Pay spokesperson said."
    assert _ai_claims(extract, sentence) == [("vendor", "denies")]


def test_no_basis_for_claims_is_the_companys_denial_not_the_claims(extract):
    sentence = "There was no basis for claims that an AI agent deleted the database, the company said."
    assert _ai_claims(extract, sentence) == [("vendor", "denies")]


def test_a_spokesperson_of_a_provider_the_gazetteer_lacks_closing_the_sentence(extract):
    sentence = "An AI agent did not cause the outage, a Wrenfield Pay spokesperson said."
    assert _ai_claims(extract, sentence) == [("vendor", "denies")]


def test_a_spokesperson_of_another_unknown_body_is_another_party(extract):
    sentence = "An AI agent did not cause the outage, a Brellan Systems spokesperson said."
    assert _ai_claims(extract, sentence) == [("other", "denies")]


def _cause_speakers(extract, sentence):
    text = f"Card payments at Wrenfield Pay, a payments firm, failed across Ireland for three hours on Friday.\n\n{sentence}"
    res = extract(text, title="Card payments fail", source_kind="press", provider="Wrenfield Pay",
                  published="2025-06-16T10:00:00Z")
    return [c["speaker_kind"] for c in claims_of(res, "cause")]


def test_the_described_firm_is_the_provider(extract):
    assert _cause_speakers(extract, "A faulty software update caused the outage, the payments firm said.") == ["vendor"]


def test_the_security_firm_is_another_party(extract):
    assert _cause_speakers(extract, "A faulty software update caused the outage, the security firm said.") == ["other"]


def test_a_closing_tag_after_a_comma_is_no_appositive(extract):
    assert _cause_speakers(extract, "A faulty software update caused the outage, a payments firm said.") == ["other"]


def test_a_surname_described_as_the_founder_speaks_for_the_provider(extract):
    sentence = '"We pushed a bad configuration change," said Garrow, who founded Wrenfield Pay in 2019.'
    assert _cause_speakers(extract, sentence) == ["vendor"]


def test_one_unnamed_engineer_of_the_provider_is_the_outlets_source(extract):
    sentence = "One Wrenfield Pay engineer, who asked not to be named, said an AI agent had pushed the change."
    assert _cause_speakers(extract, sentence) == ["press"]


def test_told_by_the_provider_in_the_passive(extract):
    sentence = "Merchants were told by Wrenfield Pay that an expired certificate was to blame."
    assert _cause_speakers(extract, sentence) == ["vendor"]
