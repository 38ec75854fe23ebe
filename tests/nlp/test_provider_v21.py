"""provider.v21: a name the gazetteer lacks, written short ("Pellmoor's") and once in full as a speaker or an owner
("Pellmoor Charge says", "Pellmoor Charge's account"), is the provider by its full name (sentences written for these
tests)."""


def _provider(extract, text):
    res = extract(text, title="Charging outage", source_kind="press", published="2025-08-20T12:00:00Z")
    return res["incidents"][0]["provider"] if res["incidents"] else None


def test_the_full_name_a_speaker_gives_is_the_provider(extract):
    text = ("Pellmoor's charging app was down for most of Tuesday, leaving drivers unable to start a session.\n\n"
            "Pellmoor Charge says a failed database upgrade was to blame. Pellmoor handles about a fifth of the "
            "region's public chargers.")
    assert _provider(extract, text) == "Pellmoor Charge"


def test_a_short_name_never_written_longer_stays(extract):
    text = ("Pellmoor's charging app was down for most of Tuesday, leaving drivers unable to start a session.\n\n"
            "Pellmoor said a failed database upgrade was to blame. On Wednesday Pellmoor said all was well.")
    assert _provider(extract, text) == "Pellmoor"


def test_a_weekday_after_the_name_is_no_part_of_it(extract):
    text = ("Pellmoor's charging app was down for most of Tuesday, leaving drivers unable to start a session.\n\n"
            "Pellmoor said a failed database upgrade was to blame, and by Pellmoor Wednesday's figures all was well.")
    assert _provider(extract, text) == "Pellmoor"
