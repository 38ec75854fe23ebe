"""scope.v26: every one of a set, placed right after in a named region with a possessive or article between ("every
server in our us-east-1 data centre went down", "all compute nodes in us-east-1 restarted"), is the region's reach, not
the whole service's (sentences written for these tests)."""

from .conftest import scope_after_lead


def test_every_server_in_our_region_data_centre_is_regional(extract):
    assert scope_after_lead(extract, "Every server in our eu-west-2 data centre went down at once.", source_kind="vendor") == [
        "regional"]


def test_every_server_with_no_place_is_still_global(extract):
    assert scope_after_lead(extract, "Every server we run went down at once.", source_kind="vendor") == ["global"]
