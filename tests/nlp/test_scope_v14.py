"""scope.v14: "global" describing a system, an organisation or a market ("the global DNSSEC infrastructure", "the
global database behind the game") is no reach, unless the harm is placed on it ("affected our global network")
(sentences written for these tests)."""

import pytest

from .conftest import claims_of

_LEAD = "Zapnet suffered an outage on Tuesday that left customers unable to log in.\n\n"


def _scopes(extract, text, kind="press"):
    res = extract(_LEAD + text, title="Zapnet outage", source_kind=kind, published="2025-03-12T10:00:00Z")
    return [c["normalized"] for c in claims_of(res, "scope") if c["quote"] in text]


@pytest.mark.parametrize("text", [
    "The failure was caused by a technical problem related to the global DNSSEC infrastructure.",
    "A sudden surge of traffic overwhelmed the global database behind the game.",
    "The regulator said the fault was linked to the company's global server fleet.",
])
def test_global_describing_a_system_is_no_reach(extract, text):
    assert "global" not in _scopes(extract, text)


@pytest.mark.parametrize("text", [
    "The disruption affected our global network for most customers.",
    "It was a global outage that hit every region.",
])
def test_global_reach_still_counts(extract, text):
    assert "global" in _scopes(extract, text)
