"""scope.v19: a number "of its" whole before a count ("4,000 of its 2.1 million customers") is the part hit — limited
when it is under half the whole; plants, ports, zones, towns and cities are things an outage can reach ("all 11 of its
plants in Mexico", "1,912 customer zones"); a country's airspace closed is a regional reach ("shut Danish airspace")
(sentences written for these tests)."""

import pytest

from .conftest import claims_of

_LEAD = "Halvercombe Bank's card payments failed for most of Thursday, leaving shoppers unable to pay.\n\n"


def _scopes(extract, sentence):
    res = extract(_LEAD + sentence, title="Card payments fail", source_kind="press", outlet="The Ledger",
                  published="2025-10-20T20:00:00Z")
    return {c["normalized"] for c in claims_of(res, "scope") if not c["quote"].startswith("Halvercombe Bank's card")}


@pytest.mark.parametrize("sentence, reach", [
    ("The company said 4,000 of its 2.1 million customers were affected.", {"limited"}),
    ("The company said 1.8 million of its 2.1 million customers were affected.", {"global"}),
    ("The carmaker halted all 11 of its plants in Mexico on Monday after a supplier's systems went down.", {"regional"}),
    ("The company says 1,912 customer zones were hit.", {"limited"}),
    # a country's airspace closed: the whole country's flights
    ("Because of an IT failure, Norwegian airspace was closed for three hours on Friday morning.", {"regional"}),
    ("Air traffic control shut Danish airspace for most of the morning after its radar system failed.", {"regional"}),
])
def test_parts_of_a_whole_and_places_of_work(extract, sentence, reach):
    assert _scopes(extract, sentence) == reach


@pytest.mark.parametrize("sentence, reach", [
    # an attacker's other victims over time are no reach of this outage
    ("The gang is a ransomware group that has hit hundreds of organisations in Europe and North America since it "
     "appeared last year.", set()),
    ("Councils and companies around the world have been hit by the same gang in the past.", set()),
    # ... but this attack's own reach, even in the perfect, is
    ("The attack has hit customers across Sweden since Friday, the company said.", {"regional"}),
])
def test_an_attackers_record_is_no_reach(extract, sentence, reach):
    assert _scopes(extract, sentence) == reach
