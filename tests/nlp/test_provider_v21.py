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


def test_a_platform_the_body_keeps_a_community_on_is_not_the_provider(extract):
    text = ("For six hours on Tuesday the Pellmoor charging app was down. On the company's community Discord, drivers from Leeds and York "
            "compared notes; the app showed every charger as free.\n\n"
            "Pellmoor's chief executive took questions in a session on the company's Discord server the next day.")
    res = extract(text, title="What the Pellmoor outage says about charging apps", source_kind="press",
                  published="2025-08-20T12:00:00Z")
    assert res["incidents"] and res["incidents"][0]["provider"] != "Discord"


def test_a_platform_whose_own_servers_failed_stays_the_provider(extract):
    text = ("Discord was down for most of Tuesday evening.\n\n"
            "Gamers could not reach their Discord servers, and Pellmoor, a charging company, said its own community "
            "had moved to email for the night.")
    assert _provider(extract, text) == "Discord"
