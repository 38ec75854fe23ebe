"""ai.v24: a change to what runs, told in the passive with the AI as its doer — "the capacity had been set by the firm's
new AI forecasting model", "was lowered by an AI forecasting tool" — is the AI's act; "set by an engineer, not by the
AI model" denies it, and "by" after another verb is no doer (sentences written for these tests)."""

from .conftest import claims_of

_LEAD = ("Marrowfen Electric's prepayment top-up system failed for fourteen hours on Monday, leaving thousands of homes "
         "unable to buy electricity.\n\n")


def _ai(extract, sentence):
    res = extract(_LEAD + sentence, title="Prepayment meters fail on freezing night", source_kind="press",
                  outlet="The Ledger", published="2025-10-20T20:00:00Z")
    return {c["polarity"] for c in claims_of(res, "ai") if c["quote"] and not c["quote"].startswith("Marrowfen")}


def test_a_setting_made_by_the_ai_in_the_passive(extract):
    assert _ai(extract, "Engineers say the evening capacity of the top-up system had been set by the firm's new AI "
                        "demand-forecasting model, which had predicted a quiet night.") == {"asserts"}
    assert _ai(extract, "The ombudsman found that the capacity of the top-up system was lowered by an AI forecasting "
                        "tool.") == {"asserts"}


def test_set_by_a_person_not_by_the_ai(extract):
    assert _ai(extract, "The capacity was set by an engineer, not by the AI model, the company said.") == {"denies"}


def test_by_after_another_verb_names_no_doer(extract):
    assert _ai(extract, "The top-up system was praised by an AI newsletter last year.") == set()
