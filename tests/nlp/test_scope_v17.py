"""scope.v17: a use denied for any unit at all ("builds are not starting in any region", "could not send invoices for
any customer") is a global reach, a harm denied for any is none ("no data was lost for any customer"); those hit may
be named by whom they buy from ("customers of broadband resellers in France, Italy and Greece") (sentences written
for these tests)."""

import pytest

from .conftest import scope_after_lead


@pytest.mark.parametrize("text, reach", [
    ("Builds on hosted runners are not starting in any region.", ["global"]),
    ("Orrin could not send invoices for any customer between nine and eleven.", ["global"]),
    ("No data was lost for any customer.", []),
    ("Customers of broadband resellers in France, Italy, Poland and Greece lost service too.", ["regional"]),
])
def test_the_reach_is_read(extract, text, reach):
    assert scope_after_lead(extract, text) == reach


@pytest.mark.parametrize("text, reach", [
    ("Some customers could still not pay on Friday.", ["limited"]),
    ("The trouble was confined to the bank's mobile app; cards kept working.", ["limited"]),
    ("The trouble was confined to the bank's London data centre.", ["regional"]),
])
def test_uses_denied_and_what_a_reach_is_confined_to(extract, text, reach):
    assert scope_after_lead(extract, text) == reach


@pytest.mark.parametrize("text, reach", [
    ("None of the bank's customers could pay by card.", ["global"]),
    ("No customer could use a card anywhere.", ["global"]),
    ("Shops were busy, and the queue moved at a rate no shopper could match.", []),
    ("Around 200,000 customers were affected, about 5% of the total.", ["limited"]),
])
def test_nobody_could_and_counts_told_as_a_small_share(extract, text, reach):
    assert scope_after_lead(extract, text) == reach
