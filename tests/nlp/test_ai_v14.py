"""ai.v14: the vendor's denial of AI involvement answers an outsider's assertion of it in the document's account
(a denial is normalized False, an assertion True: they must be compared as involvement, not by value).

Sentences are written for these tests; never copied from the data sets."""

import pytest

from nlp.attribution import Speaker
from nlp.claims import Claim
from nlp.extract import _denial_key

LEAD = "The parcel tracking site of Ostrava Post was unreachable for six hours on Monday. "


def claim(attribute, normalized, polarity, kind):
    return Claim(attribute, "", normalized, polarity, Speaker(kind, kind, False, None), 0, 1, 0.5, 0)


def test_an_ai_denial_answers_an_ai_assertion():
    assert _denial_key(claim("ai", False, "denies", "vendor")) == _denial_key(claim("ai", True, "asserts", "other"))


def test_a_cause_denial_answers_only_its_own_category():
    denied = _denial_key(claim("cause", "cyberattack", "denies", "vendor"))
    assert denied == _denial_key(claim("cause", "cyberattack", "asserts", "other"))
    assert denied != _denial_key(claim("cause", "config_change", "asserts", "other"))


@pytest.mark.parametrize("text", [
    "Customers on a forum blamed the firm's new AI routing assistant for the failure. Ostrava Post said AI played no "
    "part; a database upgrade had gone wrong.",
    "Users on social media claimed an AI coding agent had deleted the tracking tables. The company denied "
    "that any AI tool was involved.",
])
def test_outsiders_ai_theory_denied_by_the_vendor_is_no_involvement(extract, text):
    res = extract(LEAD + text, title="Ostrava Post tracking outage", source_kind="press")
    primary = next(inc for inc in res["incidents"] if inc["primary"])
    assert primary["ai_involved"] is False
