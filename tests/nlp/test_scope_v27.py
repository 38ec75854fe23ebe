"""scope.v27: "have not been able to" tells harm as "could not" does ("some schools have not been able to see their
timetables": a limited reach) (sentences written for these tests)."""

from .conftest import scope_after_lead


def test_some_customers_who_have_not_been_able_to_log_in_are_a_limited_reach(extract):
    assert scope_after_lead(extract, "Since 08:10 this morning some customers have not been able to log in.",
                            source_kind="vendor") == ["limited"]


def test_not_able_to_say_is_no_harm(extract):
    assert scope_after_lead(extract, "Some engineers have not been able to say when service will return.",
                            source_kind="vendor") == []
