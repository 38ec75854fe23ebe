"""The provider gazetteer beyond the cloud sector: airlines and air navigation, banks, exchanges and payments,
telecoms, public bodies and transport, health, retail and delivery, media and games, internet infrastructure
(nlp/data/providers.json). The file holds together (no name of two providers, brand words that are ordinary
words only as context aliases); a provider of each sector is found in an outage text; and an ordinary word held
back as a context alias is not taken for the provider (sentences written for these tests)."""

import gzip
import json
from functools import lru_cache
from pathlib import Path

import pytest
import spacy_lookups_data

from nlp.gazetteer import DATA_DIR, load_gazetteer

from .conftest import primary

PROVIDERS = DATA_DIR / "providers.json"

# Context aliases that are not common English words in their own right but name something else too: a place,
# a person, another body's acronym, another company. Every other context alias must be a common word.
AMBIGUOUS = {
    "ANA": "a given name; other bodies' acronym",
    "Abbott": "a surname (Greg Abbott, Tony Abbott)",
    "Allegiant": "Allegiant Stadium",
    "Amadeus": "a given name (Mozart)",
    "CDK": "AWS's Cloud Development Kit",
    "Arrowhead": "an ordinary noun; Arrowhead Stadium; the Tokyo exchange's trading system",
    "Azul": "Azul Systems (Java); Spanish 'blue'",
    "BART": "the BART language model",
    "BSE": "bovine spongiform encephalopathy",
    "Co-op": "any co-operative",
    "Coles": "a surname",
    "Cox": "a surname",
    "Eir": "a given name; a goddess",
    "ETS": "the EU Emissions Trading System",
    "Emirates": "the United Arab Emirates",
    "Etihad": "Etihad Stadium",
    "FNB": "any First National Bank",
    "HSE": "the UK Health and Safety Executive",
    "Iberia": "the Iberian peninsula",
    "KT": "other bodies' initials",
    "LATAM": "Latin America",
    "Lightspeed": "the speed of light; other firms",
    "MTA": "a mail transfer agent",
    "NS": "Norfolk Southern; other bodies' initials",
    "NTA": "other bodies' initials (Ireland's National Transport Authority)",
    "National Grid": "any country's national grid",
    "Ola": "a greeting ('hola'); a given name",
    "Post Office": "any post office",
    "SARS": "the SARS virus",
    "SAS": "the Special Air Service; SAS Institute",
    "Shaw": "a surname",
    "SQA": "software quality assurance",
    "SSE": "server-sent events",
    "SoFi": "SoFi Stadium",
    "SoftBank": "SoftBank Group, the investor",
    "Southeastern": "a compass direction; the Southeastern Conference",
    # gazetteer breadth v4 (operators under and beside the brands: ports, rail infrastructure, grids, suppliers)
    "Brunswick": "a place (New Brunswick; Brunswick in Germany and Georgia)",
    "CDOT": "other states' transportation departments (Connecticut, Chicago)",
    "EDP": "electronic data processing",
    "Hoya": "a house plant; a Japanese place name",
    "Olympus": "Mount Olympus; Olympus Mons",
    "RFI": "a request for information; Radio France Internationale",
    "Shoprite": "ShopRite, the US supermarket co-operative",
}
COMMON_WORD_LOG_PROB = -15.0  # spaCy's lexeme probability of the lower-case word: "canonical" -13.96, "chime" -12.7


@lru_cache(maxsize=1)
def _raw() -> list[dict]:
    return json.loads(PROVIDERS.read_text(encoding="utf-8"))["providers"]


@lru_cache(maxsize=1)
def _word_log_prob() -> dict[str, float]:
    path = Path(spacy_lookups_data.__file__).resolve().parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def test_the_file_loads_with_every_sector():
    gaz = load_gazetteer()
    assert len(gaz.providers) >= 600
    for name in ("Turkish Airlines", "Nordea", "Interac", "Reliance Jio", "DVLA", "Change Healthcare",
                 "Marks & Spencer", "Kakao", "Quad9"):
        assert gaz.provider(name) is not None, name
    names = [p["name"] for p in _raw()]
    assert len(names) == len(set(names))


def test_the_wider_gazetteer_holds_health_it_rail_grids_and_more_countries():
    # gazetteer breadth v2: health IT and hospital groups, IT management and remote access, payroll, marketplaces,
    # ticketing, card terminals, rail and metro, games and streaming, more countries' agencies, carriers and banks,
    # registrars, crypto exchanges and the grid operators of blackout news
    gaz = load_gazetteer()
    assert len(gaz.providers) >= 800
    for name, sector, country in (("NHS Scotland", "hospital", "United Kingdom"), ("Kaseya", None, None),
                                  ("UKG", None, None), ("Coupang", "retailer", "South Korea"),
                                  ("SNCB", "rail", "Belgium"), ("JR East", "rail", "Japan"),
                                  ("Belastingdienst", "public_body", "Netherlands"), ("Bybit", "exchange", None),
                                  ("Telkom SA", "telecom", "South Africa"), ("KB Kookmin Bank", "bank", "South Korea"),
                                  ("Red Eléctrica", None, "Spain"), ("Eskom", None, "South Africa")):
        rec = gaz.provider(name)
        assert rec is not None, name
        assert (rec.sector, rec.home_country) == (sector, country), name
    for surface, name in (("Kronos", "UKG"), ("NMBS", "SNCB"), ("Iarnród Éireann", "Irish Rail"),
                          ("Pôle emploi", "France Travail"), ("Huobi", "HTX"), ("Con Edison", "Con Edison"),
                          ("Sea-Tac Airport", "Seattle-Tacoma International Airport"), ("miHoYo", "HoYoverse")):
        assert gaz.canonical_provider(surface) == name, surface
    assert [s for s, _ in gaz.service_by_surface["moveit"]] == ["Progress Software"]
    # an ordinary word stays a context alias ("Sage customers", "Toss app"), the canonical name is not the word
    for name, word in (("Sage Group", "Sage"), ("Toss Bank", "Toss"), ("Unity Technologies", "Unity"),
                       ("Nederlandse Spoorwegen", "NS"), ("National Grid plc", "National Grid")):
        rec = gaz.provider(name)
        assert word in rec.context_aliases and word not in _raw_aliases(name), name
        assert f"{word} customers" in rec.aliases



def test_the_wider_gazetteer_holds_devices_cars_health_apps_regional_platforms_and_schools():
    # gazetteer breadth v3: device makers' clouds, wearables and fitness apps, smart home and security, EV charging
    # and connected cars, medical devices, telehealth and pharmacy chains, ride-hailing, delivery, wallets and
    # shops of Asia, Latin America, Africa and the Middle East, regional messaging and social apps, dating and
    # creator platforms, learning platforms and exam bodies
    gaz = load_gazetteer()
    assert len(gaz.providers) >= 1100
    for name, sector, country in (("Garmin", None, None), ("Sonos", None, None), ("Hive Home", None, "United Kingdom"),
                                  ("Electrify America", None, "United States"), ("Jaguar Land Rover", None, None),
                                  ("Dexcom", None, None), ("London Drugs", "retailer", "Canada"),
                                  ("Gojek", None, "Indonesia"), ("Careem", None, None), ("GCash", None, "Philippines"),
                                  ("Zalo", None, "Vietnam"), ("Patreon", None, None), ("PowerSchool", None, None),
                                  ("JAMB", "public_body", "Nigeria")):
        rec = gaz.provider(name)
        assert rec is not None, name
        assert (rec.sector, rec.home_country) == (sector, country), name
    for surface, name in (("JLR", "Jaguar Land Rover"), ("Honeywell Home", "Resideo"),
                          ("Teladoc", "Teladoc Health"), ("Baedal Minjok", "Baemin"), ("RedNote", "Xiaohongshu"),
                          ("VKontakte", "VK"), ("Desire2Learn", "D2L"), ("inDriver", "inDrive")):
        assert gaz.canonical_provider(surface) == name, surface
    assert [s for s, _ in gaz.service_by_surface["omnipod"]] == ["Insulet"]
    assert [s for s, _ in gaz.service_by_surface["onstar"]] == ["General Motors"]
    assert [s for s, _ in gaz.service_by_surface["canvas lms"]] == ["Instructure"]
    # a brand word that is an ordinary word or a surname stays a context alias ("Canvas outage", "Ford app")
    for name, word in (("Instructure", "Canvas"), ("Blackboard Learn", "Blackboard"), ("Ford Motor Company", "Ford"),
                       ("Polar Electro", "Polar"), ("Abbott Laboratories", "Abbott"), ("Tinder Inc", "Tinder"),
                       ("Kick Streaming", "Kick")):
        rec = gaz.provider(name)
        assert word in rec.context_aliases and word not in _raw_aliases(name), name
        assert f"{word} outage" in rec.aliases

def _raw_aliases(name: str) -> list[str]:
    return next(p["aliases"] for p in _raw() if p["name"] == name)


def test_no_alias_of_one_provider_is_a_name_of_another():
    owners: dict[str, set[str]] = {}
    for p in _raw():
        for surface in {p["name"], *p["aliases"], *p.get("context_aliases", ())}:
            owners.setdefault(surface.lower(), set()).add(p["name"])
    clashes = [(p["name"], a, sorted(owners[a.lower()] - {p["name"]})) for p in _raw() for a in p["aliases"]
               if owners[a.lower()] - {p["name"]}]
    assert clashes == []


def test_context_aliases_are_ordinary_words_or_ambiguous_names_and_never_plain_aliases():
    probs = _word_log_prob()
    for p in _raw():
        for word in p.get("context_aliases", ()):
            assert word not in p["aliases"], (p["name"], word)
            common = probs.get(word.lower(), -99.0) >= COMMON_WORD_LOG_PROB
            assert common or word in AMBIGUOUS, (p["name"], word)


SECTORS = {"airline", "bank", "telecom", "retailer", "insurer", "broker", "exchange", "hospital", "public_body", "rail"}


def test_a_sector_is_one_of_the_allowed_kinds_and_many_providers_carry_one():
    # 'sector' lets a common noun ("the airline said", "the agency said") point to the provider it stands for
    sectors = {p["name"]: p["sector"] for p in _raw() if "sector" in p}
    assert {name: s for name, s in sectors.items() if s not in SECTORS} == {}
    assert len(sectors) >= 40
    for name, sector in (("Turkish Airlines", "airline"), ("Nordea", "bank"), ("Reliance Jio", "telecom"),
                         ("DVLA", "public_body"), ("Marks & Spencer", "retailer"), ("Deutsche Bahn", "rail")):
        assert sectors.get(name) == sector, name
    for name in ("AWS", "Cloudflare", "Visa", "Stripe", "Netflix"):
        assert name not in sectors, name


def test_an_ambiguous_word_is_no_canonical_name_of_a_new_provider():
    # the entity ruler tags every canonical name bare: a new provider's brand word stays behind a brand context
    for name in ("Emirates Airline", "Iberia Airlines", "Target Corporation", "Globe Telecom", "Smart Communications",
                 "Spark New Zealand", "Bolt Technology", "Coles Group", "Canonical Ltd"):
        rec = load_gazetteer().provider(name)
        assert rec is not None and rec.context_aliases and name not in rec.context_aliases


def _outage(extract, title: str, text: str) -> dict:
    return extract(text, title=title, source_kind="press")


@pytest.mark.parametrize("title, text, provider", [
    # airlines
    ("Reservation fault delays Turkish Airlines departures",
     "Turkish Airlines said a fault in its reservation system delayed departures across its network for three hours "
     "on Sunday. Check-in desks in Istanbul went back to paper while engineers restarted the servers.",
     "Turkish Airlines"),
    ("Online check-in down",
     "Passengers on Emirates flights could not check in online for most of Tuesday after a failure in the carrier's "
     "booking systems. The airline said engineers had restored the service by the evening.", "Emirates Airline"),
    ("Air India check-in systems fail",
     "Air India said its check-in and boarding systems failed at Delhi on Thursday morning, delaying more than forty "
     "departures. Staff checked passengers in by hand until the systems came back after four hours.", "Air India"),
    ("Airline IT failure",
     "SAS flights were delayed across Scandinavia on Monday after a failure in the airline's check-in system. SAS "
     "said the fault was fixed by noon.", "Scandinavian Airlines"),
    # banks and payments
    ("Nordea app outage",
     "Customers of Nordea could not log in to its mobile banking app for most of Monday. The bank said a faulty "
     "software update was to blame and that the app was working again by the evening.", "Nordea"),
    ("Capitec app down",
     "Capitec customers could not use the bank's app or cards for about five hours on Friday. Capitec said a network "
     "fault at its data centre had caused the outage.", "Capitec"),
    ("Interac e-Transfer outage",
     "Interac e-Transfer payments failed across Canada for several hours on Friday. Interac said a hardware failure "
     "at one of its data centres had stopped the service and apologised to customers.", "Interac"),
    # telecoms
    ("Jio network down",
     "Reliance Jio users across India lost mobile data and calls for about four hours on Tuesday. Jio said a fault "
     "in its core network had caused the outage.", "Reliance Jio"),
    ("Globe Telecom outage",
     "Globe Telecom subscribers in Manila lost mobile data for most of Wednesday after a fibre cut, the operator "
     "said. Service was restored overnight.", "Globe Telecom"),
    ("MTN network down",
     "MTN said a software upgrade at one of its switching centres knocked out calls and mobile money for customers "
     "in Nigeria for six hours on Tuesday.", "MTN"),
    # public bodies
    ("DVLA website offline",
     "The DVLA's online services were unavailable for most of Monday after a failure at its data centre, the agency "
     "said. Drivers could not renew licences or tax vehicles online.", "DVLA"),
    ("Centrelink down",
     "Centrelink and myGov were down for several hours on Monday morning, Services Australia said, blaming a "
     "network fault. People could not lodge claims or report income.", "Services Australia"),
    ("Social Security website down",
     "The Social Security Administration's website was unavailable for most of Monday, the agency said, after a "
     "failure in its login system. People could not check benefits or apply online.",
     "Social Security Administration"),
    # health
    ("Pharmacies hit by attack",
     "Change Healthcare said a cyberattack had disrupted prescription claims processing at pharmacies across the US "
     "since Wednesday. The company disconnected its systems to contain the attack.", "Change Healthcare"),
    ("Kaiser Permanente systems down",
     "Kaiser Permanente said its electronic health records system went down across its hospitals in California for "
     "about six hours on Tuesday. Staff switched to paper charts until it came back.", "Kaiser Permanente"),
    # retail and delivery
    ("M&S website down",
     "Marks & Spencer's website and app were down for most of Tuesday, the retailer said, blaming a fault at its "
     "data centre.", "Marks & Spencer"),
    ("Target app down",
     "Target customers could not check out on the retailer's app for most of Saturday morning. The company said a "
     "software problem had stopped payments and that it had been fixed.", "Target Corporation"),
    ("Deliveroo app outage",
     "Deliveroo's app stopped taking orders across the UK for two hours on Friday evening. The company said a "
     "database failure had caused the outage.", "Deliveroo"),
    # media and games
    ("KakaoTalk outage",
     "KakaoTalk went down for about ten hours on Saturday after a fire at a data centre near Seoul cut power to its "
     "servers. Kakao said most functions had been restored by Sunday morning.", "Kakao"),
    ("GTA Online servers down",
     "GTA Online players could not connect to the game's servers for most of Saturday. Take-Two said a failure in "
     "its login service had caused the outage.", "Take-Two Interactive"),
    # internet infrastructure
    ("Quad9 resolver outage",
     "Quad9's public DNS resolver failed to answer queries for users in Europe for two hours on Tuesday. Quad9 said "
     "a routing change at one of its sites had caused the outage.", "Quad9"),
    ("RubyGems outage",
     "RubyGems.org could not serve gems for about three hours on Wednesday after its database ran out of disk "
     "space, the maintainers said. Builds that fetched gems failed until the site recovered.", "RubyGems"),
    # breadth v4: the operators under and beside the brands (a port authority, a node provider, a rail
    # infrastructure manager, a terminal system's operator, a card network, a voice carrier)
    ("Port of Seattle hit by ransomware",
     "The Port of Seattle said a ransomware attack had knocked out its systems at Seattle-Tacoma International "
     "Airport on Saturday, taking down the baggage and check-in displays. The port said it had isolated the systems "
     "and that flights were delayed for most of the weekend.", "Port of Seattle"),
    ("Infura outage breaks wallets",
     "Infura's Ethereum API stopped serving requests for about seven hours on Wednesday, and wallets and exchanges "
     "that relied on it paused withdrawals. Infura said a node software bug had caused the outage.", "Infura"),
    ("Signalling fault halts Dutch trains",
     "ProRail said a fault in its traffic control system halted all trains around Utrecht for most of Tuesday "
     "morning. The rail infrastructure manager said the system was restarted by noon.", "ProRail"),
    ("Nagoya terminal system down",
     "The Nagoya Harbor Transportation Association said a ransomware attack had stopped its Nagoya United Terminal "
     "System for two days, halting container loading at the port. The association restored the system on Thursday.",
     "Nagoya Harbor Transportation Association"),
    ("Paymark outage",
     "Shoppers across New Zealand could not pay by card for three hours on Friday after an outage at Paymark. The "
     "company said a fault in its data centre had stopped EFTPOS transactions.", "Paymark"),
    ("Bandwidth DDoS",
     "Bandwidth customers lost voice calls for most of Monday after a DDoS attack on the carrier's network. "
     "Bandwidth Inc. said it had mitigated the attack by the evening.", "Bandwidth Inc."),
])
def test_a_provider_of_each_sector_is_found(extract, title, text, provider):
    res = _outage(extract, title, text)
    assert res["is_outage"] is True
    assert primary(res)["provider"] == provider


@pytest.mark.parametrize("title, text, not_provider", [
    ("Council website offline",
     "Target dates for the repair slipped again as the council's website stayed offline for a third day after a "
     "ransomware attack, the council said.", "Target Corporation"),
    ("Smart meters stop reporting",
     "Smart meters across the town stopped sending readings on Monday after an outage at the energy supplier's data "
     "centre, the supplier said.", "Smart Communications"),
    ("Baggage system fails",
     "Travellers heading to the Emirates were stuck at Heathrow on Friday after the airport's baggage system failed. "
     "Heathrow said engineers had fixed the fault by the afternoon.", "Emirates Airline"),
    ("Blackout",
     "The blackout across Iberia cut power to millions of homes on Monday and left trains stranded for hours, grid "
     "operators said.", "Iberia Airlines"),
    ("Spark jobs fail",
     "Spark jobs failed on the analytics cluster for six hours after a storage outage at the company's data centre, "
     "engineers at Fernhollow said.", "Spark New Zealand"),
    ("Payroll down",
     "The Globe and Mail reported that the province's payroll system had been down since Monday, leaving thousands "
     "of staff unpaid.", "Globe Telecom"),
    ("Special forces",
     "SAS soldiers trained near the base while the council's phone lines were down for a day after a cable was cut, "
     "the council said.", "Scandinavian Airlines"),
    ("Depot theft",
     "Bolt cutters were used to break into the depot, and the theft of copper cable left the rail signalling "
     "system down for eight hours, the operator said.", "Bolt Technology"),
    ("Hotel website down",
     "Continental breakfast was served in the lobby while the hotel's booking website was down for most of Monday "
     "after a server failure, the hotel said.", "Continental AG"),
    ("School platform down",
     "Bandwidth limits at the school meant its learning platform was down for most of Monday after a server "
     "failure, the school said.", "Bandwidth Inc."),
])
def test_an_ordinary_word_held_back_is_not_the_provider(extract, title, text, not_provider):
    res = _outage(extract, title, text)
    assert all(i["provider"] != not_provider for i in res["incidents"])


@pytest.mark.parametrize("text", ["Customers could not call the API for an hour.",
                                  "A CDN in front of the site kept serving cached pages."])
def test_a_generic_acronym_of_the_trade_names_no_service(extractor, text):
    # "API" and "CDN" are words of the trade, not OpenAI's API or Cloudflare's CDN
    assert [e.label_ for e in extractor.nlp(text).ents if e.label_ == "SERVICE"] == []


@pytest.mark.parametrize("title, text, provider", [
    ("Garmin Connect down",
     "Garmin Connect stopped syncing runs and rides for most of Thursday, and the Garmin app showed an error to "
     "users around the world. Garmin said a fault in its data centre had caused the outage.", "Garmin"),
    ("Canvas outage",
     "Students could not log in to Canvas for five hours on Monday as Canvas users at hundreds of universities saw "
     "error pages. Instructure said a failed database update was to blame and that the platform recovered by noon.",
     "Instructure"),
    ("Dexcom app outage",
     "Dexcom said its Follow and Share apps stopped sending glucose readings for several hours on Saturday after a "
     "server failure. Patients were told to check their sensors directly until the service came back.", "Dexcom"),
    ("Electrify America chargers offline",
     "Electrify America chargers across the US stopped starting sessions on Sunday after a fault in the network's "
     "payment system. The company said engineers had restored charging by the evening.", "Electrify America"),
    ("GCash outage",
     "GCash users in the Philippines could not send money or pay bills for most of Tuesday. GCash said a fault in "
     "its core system had caused the outage and that transfers went through again by night.", "GCash"),
])
def test_a_provider_of_the_wider_kinds_is_found(extract, title, text, provider):
    res = _outage(extract, title, text)
    assert res["is_outage"] is True
    assert primary(res)["provider"] == provider


@pytest.mark.parametrize("title, text, not_provider", [
    ("Gallery roof leak",
     "Canvas paintings were moved out of the gallery after its alarm system went down for a day in a power cut, the "
     "museum said.", "Instructure"),
    ("Ferry bookings down",
     "Councillor Ann Ford said the ferry would reopen once the council's booking website came back after a server "
     "failure that lasted most of Friday, the council said.", "Ford Motor Company"),
])
def test_an_ordinary_word_of_the_wider_kinds_is_not_the_provider(extract, title, text, not_provider):
    res = _outage(extract, title, text)
    assert all(i["provider"] != not_provider for i in res["incidents"])
