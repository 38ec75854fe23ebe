"""time.v19: a day named in thanks ("Thank you for your patience today") or in a hope of recovery ("We expect service
to return later today") dates no start; an apology to those harmed still may (sentences written for these tests)."""

from .conftest import claims_of

_LEAD = "Our booking site was unavailable for several hours, and many of you could not book tables.\n\n"


def _starts(extract, text):
    res = extract(_LEAD + text, title="Booking site disruption", source_kind="vendor", provider="Tablewick",
                  published="2025-05-14T15:00:00Z")
    return [c["quote"] for c in claims_of(res, "start") if c["start"] >= len(_LEAD)]


def test_thanks_for_patience_today_is_no_start(extract):
    assert _starts(extract, "Thanks to all of you for your patience today.") == []


def test_a_hope_of_recovery_later_today_is_no_start(extract):
    assert _starts(extract, "We expect the booking site to return later today.") == []


def test_an_apology_to_those_harmed_today_still_dates_the_start(extract):
    quotes = _starts(extract, "We are sorry to everyone who could not book a table today.")
    assert quotes == ["We are sorry to everyone who could not book a table today."]
