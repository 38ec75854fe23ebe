"""provider.v15 and gazetteer.v5: a platform named as where people wrote ("Steam reviews turned sour") is no provider;
a government body listed as "<Country> Ministry of …" is also met as "<Country>'s Ministry of …"; "Level 3" is Lumen's
older name. attribution.v18: a name after "at" that follows no person ("the queue of trucks at Peñas Blancas shows
it") is a place, not a speaker (sentences written for these tests)."""

from .conftest import claims_of, primary_provider


def test_where_players_wrote_is_no_provider(extract):
    title = "Launch-day queues for Amazon Games' new MMO"
    text = ("Players waited for hours on Tuesday to get into the game's busiest worlds. Steam reviews turned sour "
            "within a day, and Steam forums filled with complaints about queues. Amazon Games said demand had "
            "outstripped the servers it had ready and that it was adding more.")
    assert primary_provider(extract, title, text) == "Amazon Games"


def test_a_country_possessive_before_a_ministry_names_it(extract):
    title = "Customs runs on paper after ransomware attack"
    text = ("Costa Rica's Ministry of Finance shut down its tax and customs platforms on Monday after a ransomware "
            "group broke into its network. Exporters say declarations that took minutes now take half a day.")
    assert primary_provider(extract, title, text) == "Costa Rica Ministry of Finance"


def test_level_3_is_lumen(extract):
    title = "Backbone glitch slows the internet across the US"
    text = ("Level 3 said a configuration error on its backbone had slowed traffic for about 90 minutes on Monday, "
            "and that it had been corrected.")
    assert primary_provider(extract, title, text) == "Lumen"


def test_a_place_after_at_does_not_speak(extract):
    lead = "Costa Rica's Ministry of Finance shut down its customs platform after a ransomware attack on Monday.\n\n"
    text = "For eleven days the queue of trucks at Peñas Blancas shows what a paper customs process costs."
    res = extract(lead + text, title="Customs on paper", source_kind="press", outlet="The Tico Ledger")
    speakers = {c["speaker"] for i in res["incidents"] for c in i["claims"] if c["start"] >= len(lead)}
    assert "Peñas Blancas" not in speakers and speakers, claims_of(res, "duration")
