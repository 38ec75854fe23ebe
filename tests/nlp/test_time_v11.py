"""Time claims, eleventh round: classes found in fresh text and checked for recurrence across authors. Every sentence
is written for these tests (none is copied from a labelled set)."""
import pytest

from tests.nlp.conftest import claims_of, primary


def values(res, attribute: str) -> list:
    return [c["normalized"] for c in claims_of(res, attribute)]


def _press(extract, text, published="2025-10-22T12:00:00Z"):
    return extract(text, title="Payments outage", published=published, source_kind="press")


def _vendor(extract, text, published="2025-10-22T12:00:00Z"):
    return extract(text, title="Service notice", published=published, source_kind="vendor",
                   url="https://status.example-payments.com/incidents/t")


# --- an outage still going as the text is written has no length yet (C3) --------------------------------------------
# A stated figure stays a duration claim; the document's duration_hours is null when the text says the trouble goes
# on: a length up to "now", a state of trouble in the present or future, the harm still being felt, a return to come.

_LENGTH = ("The Stripe payments dashboard went down on Monday after a ransomware attack, and for three days merchants could "
           "not take card payments. ")


@pytest.mark.parametrize("text", [
    # a length up to now, told with "now"
    "Acme Pay's portal failed on Sunday. For three days now, corner shops have been taking card payments on paper slips.",
    "Acme Pay's portal failed on Sunday. Small merchants have now gone three days without card payments.",
    # a state of trouble in the present or the future (wire, vendor notice, blog)
    _LENGTH + "The portal remains closed while investigators work through the logs.",
    _LENGTH + "Merchant accounts stay locked out, the company said.",
    _LENGTH + "We have taken the portal offline and it will remain offline while we rebuild it.",
    # the harm still being felt
    _LENGTH + "The effects were still being felt on the high street this morning.",
    # a return still to come (vendor notice, press, Q&A)
    _LENGTH + "We will restore our payment systems as soon as it is safe to do so.",
    _LENGTH + "Acme says it expects to bring the merchant portal back next week.",
    _LENGTH + "The company has not said when the portal will return.",
    _LENGTH + "Q: When is it coming back? A: Acme gave no date for its return.",
])
def test_an_outage_told_as_still_going_has_no_length(extract, text):
    res = _press(extract, text)
    assert primary(res)["duration_hours"] is None
    assert 72.0 in values(res, "duration")  # the stated figure stays a claim


@pytest.mark.parametrize("text", [
    # the same figures, with sentences that do not say the trouble goes on
    _LENGTH + "It has been a week now since the fix went in.",
    _LENGTH + "We will restore credits to affected merchant accounts.",
    _LENGTH + "We will return the fees charged while the portal was down.",
    _LENGTH + "We will be back with a full review next week.",
    _LENGTH + "The cause is still being investigated.",
    _LENGTH + "The portal remained closed until Thursday morning, when it reopened.",
    _LENGTH + "We have now restored the portal for every merchant.",
])
def test_other_present_or_future_sentences_keep_the_length(extract, text):
    assert primary(_press(extract, text))["duration_hours"] == 72.0
