"""attribution.v26: a counted group that tells the outlet itself is the outlet's unnamed source, whatever the group
("Two people who work at the depot told The Ledger", "Two council waste officers told the Ledger"); the same group
telling "us", or saying it to no one named, keeps its own kind (sentences written for these tests)."""

from .conftest import ai_speakers_after_freight_lead as _ai_speakers


def test_two_people_who_work_there_telling_the_outlet_are_its_sources(extract):
    assert _ai_speakers(extract, "Two people who work at the depot told The Ledger that an AI agent had deleted the "
                                 "tracking database.") == {"press"}


def test_counted_officers_telling_the_outlet_are_its_sources(extract):
    assert _ai_speakers(extract, "Two council waste officers told the Ledger that an AI agent had deleted the "
                                 "tracking database.") == {"press"}


def test_this_newspaper_is_the_outlet_too(extract):
    assert _ai_speakers(extract, "Three council officers have told this newspaper that an AI agent had deleted the tracking "
                                 "database.") == {"press"}


def test_counted_readers_telling_us_stay_other(extract):
    assert _ai_speakers(extract, "Several readers told us that an AI agent had deleted the tracking database.") == {"other"}


def test_counted_officers_saying_it_to_no_one_named_stay_other(extract):
    assert _ai_speakers(extract, "Two council officers said that an AI agent had deleted the tracking database.") == {"other"}
