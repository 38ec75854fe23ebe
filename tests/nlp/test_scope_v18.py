"""scope.v18: "went" is harm only as a failure ("went down", "went dark", "went to 100 percent"), not "some traders went
further"; nobody outside a company who "could see" what went on is no reach; segments and markets are units a service
has ("halted trading in all segments"); queues that formed are harm; people counted by their reports on a monitoring
site are no reach (sentences written for these tests)."""

import pytest

from .conftest import scope_after_lead


@pytest.mark.parametrize("text, reach", [
    ("Some traders went further and sued the bank.", []),
    ("Part of the problem was that nobody outside the bank could see what was happening.", []),
    ("The exchange halted trading in all segments for four hours.", ["global"]),
    ("Queues formed on the bank's servers in every region it runs.", ["global"]),
    ("Some customers' websites went dark for an hour.", ["limited"]),
    ("Servers in every data centre went to 100 percent CPU.", ["global"]),
])
def test_the_reach_is_read(extract, text, reach):
    assert scope_after_lead(extract, text) == reach


@pytest.mark.parametrize("text, reach", [
    ("More than 30,000 people reported problems on Downdetector at the peak.", []),
    ("Some 30,000 customers could not pay by card at the peak, the bank said.", ["limited"]),
])
def test_a_count_of_reports_is_no_reach(extract, text, reach):
    # C5: counts of reports or complaints are no scope claim; a count of those hit is
    assert scope_after_lead(extract, text) == reach
