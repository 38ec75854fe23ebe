"""Gazetteers kept as data files (nlp/data/*.json): providers, services, regions, AI tools.

Some brand names are also ordinary words ("Square", "Signal", "Delta", "Chase", "Box"). They are
listed as a provider's `context_aliases` and become aliases only in a brand context: followed by a
company suffix ("Square Inc") or by a noun only a service has ("Signal users", "Delta flights",
"Chase app", "Box outage"). A bare capitalised word stays a word ("a Delta variant", "Chase Smith").
Where the canonical name is the word itself ("Square", "X"), the entity ruler still tags the bare
name (it adds every canonical name); `Gazetteer.ambiguous_surfaces` lists these words so rules can
discount them, as relevance does ("Times Square").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


# What may follow an ambiguous brand word for it to name the service: company suffixes and the
# nouns of a service's users, products and failures (lower and title case, as in titles).
_BRAND_SUFFIXES = ("Inc", "Inc.", "Corp", "Corp.", "Ltd", "plc")
BRAND_NOUNS = ("app", "apps", "users", "customers", "subscribers", "members", "accounts", "outage", "outages",
                "service", "services", "servers", "platform", "network", "website", "status page", "flights",
                "passengers", "sellers", "merchants", "payments", "cards", "broadband", "mobile", "support",
                # gazetteer.v3: a retailer's and a game maker's own things ("Target stores", "Blizzard players")
                "store", "stores", "shops", "shoppers", "branches", "registers", "tills", "checkout", "checkouts",
                "players", "games", "launcher")


def brand_context_forms(word: str) -> list[str]:
    """"Square" -> "Square Inc", "Square users", "Square Users", ...: the surfaces under which an
    ambiguous brand word names its service. No possessive for a word ("Times Square's" is not the payments
    firm); an acronym's possessive is the organisation's ("KT's network", "SAS's flights")."""
    forms = [f"{word} {s}" for s in _BRAND_SUFFIXES]
    owners = (word, f"{word}'s", f"{word}’s") if word.isupper() and len(word) > 1 else (word,)
    for owner in owners:
        for noun in BRAND_NOUNS:
            forms.append(f"{owner} {noun}")
            forms.append(f"{owner} {noun.title()}")
    return forms


@dataclass(frozen=True)
class Provider:
    name: str
    company: str
    aliases: tuple[str, ...]
    services: dict[str, tuple[str, ...]]  # canonical service -> surface names
    context_aliases: tuple[str, ...] = ()  # words that name it only in a brand context ("Square")
    # the one country a national service is sold in (a carrier, a national bank, a government agency: "Rogers" ->
    # "Canada"); None for global clouds, SaaS, social networks and wherever it is unsure (scope.v13)
    home_country: str | None = None
    # what kind of organisation it is, where one of a few kinds the press names it by ("the airline", "the exchange",
    # "the agency"): airline, bank, telecom, retailer, insurer, broker, exchange, hospital, public_body, rail
    sector: str | None = None


@dataclass(frozen=True)
class AiTool:
    name: str
    vendor: str
    kind: str  # agent | assistant | model | crawler
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Gazetteer:
    providers: tuple[Provider, ...]
    region_codes: frozenset[str]
    region_names: tuple[str, ...]
    ai_tools: tuple[AiTool, ...]
    # Derived lookups, lower-cased surface -> canonical.
    provider_by_alias: dict[str, str] = field(default_factory=dict)
    provider_by_company: dict[str, tuple[str, ...]] = field(default_factory=dict)
    service_by_surface: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # -> [(provider, service)]
    ai_by_alias: dict[str, AiTool] = field(default_factory=dict)
    region_by_name: dict[str, str] = field(default_factory=dict)
    # Bare surfaces that are ordinary words too ("Square", "X"): they need a brand context.
    ambiguous_surfaces: frozenset[str] = frozenset()
    # Canonical name -> provider (the first of that name), filled by load_gazetteer: `provider()` is asked
    # thousands of times per thousand documents, and a walk over some 250 providers costs microseconds.
    provider_by_name: dict[str, Provider] = field(default_factory=dict)

    def provider(self, name: str) -> Provider | None:
        if self.provider_by_name:
            return self.provider_by_name.get(name)
        for p in self.providers:  # a gazetteer made without load_gazetteer
            if p.name == name:
                return p
        return None

    def canonical_provider(self, name: str | None) -> str | None:
        """A provider name as given by a source (any alias or case) -> its canonical name."""
        if not name:
            return None
        low = name.strip().lower()
        if low in self.provider_by_alias:
            return self.provider_by_alias[low]
        companies = self.provider_by_company.get(low)
        return companies[0] if companies else name.strip()


# gazetteer.v6: how a text names a city's government without its formal name ("Baltimore's city government has been
# hobbled", "ransomware spread through Baltimore's government network")
_CITY_GOVERNMENT_FORMS = ("{city}'s city government", "{city}’s city government", "{city} city government",
                          "{city}'s government", "{city}’s government", "{city} City Hall", "{city}'s City Hall",
                          "{city}’s City Hall")


# gazetteer.v7: and a country's or province's government ("Kenya's government said", "the Vanuatu government")
_GOVERNMENT_FORMS = ("{place}'s government", "{place}’s government", "{place} government")


def _city_government_forms(name: str, sector: str | None) -> list[str]:
    """"City of Baltimore" (a public body) -> "Baltimore's city government", "Baltimore City Hall", …;
    "Government of Kenya" -> "Kenya's government", "Kenya government"."""
    if sector != "public_body":
        return []
    if name.startswith("City of "):
        return [f.format(city=name[len("City of "):]) for f in _CITY_GOVERNMENT_FORMS]
    if name.startswith("Government of "):
        return [f.format(place=name[len("Government of "):]) for f in _GOVERNMENT_FORMS]
    return []


def _provider_from_json(p: dict) -> Provider:
    """A provider entry; its context aliases become brand-context surfaces among its aliases."""
    context = tuple(p.get("context_aliases", ()))
    aliases = list(p["aliases"])
    country = p.get("home_country")
    if country:
        # gazetteer.v5: "Costa Rica Ministry of Finance" is written "Costa Rica's Ministry of Finance" as often
        aliases += [f"{country}{s} {a[len(country) + 1:]}" for a in p["aliases"] if a.startswith(f"{country} ")
                    and a[len(country) + 1:][:1].isupper() for s in ("'s", "’s")]
    for word in context:
        aliases += [f for f in brand_context_forms(word) if f not in aliases]
    aliases += [f for f in _city_government_forms(p["name"], p.get("sector")) if f not in aliases]
    services = {s: tuple(v) for s, v in p["services"].items()}
    return Provider(p["name"], p["company"], tuple(aliases), services, context, p.get("home_country"), p.get("sector"))


@lru_cache(maxsize=1)
def load_gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    prov_raw = json.loads((data_dir / "providers.json").read_text(encoding="utf-8"))["providers"]
    reg_raw = json.loads((data_dir / "regions.json").read_text(encoding="utf-8"))
    ai_raw = json.loads((data_dir / "ai_tools.json").read_text(encoding="utf-8"))["tools"]
    providers = tuple(_provider_from_json(p) for p in prov_raw)
    tools = tuple(AiTool(t["name"], t["vendor"], t["kind"], tuple(t["aliases"])) for t in ai_raw)
    ambiguous = frozenset(w for p in prov_raw for w in p.get("context_aliases", ()))
    gaz = Gazetteer(providers, frozenset(c.lower() for c in reg_raw["codes"]), tuple(reg_raw["names"]), tools,
                    ambiguous_surfaces=ambiguous)
    for p in providers:
        gaz.provider_by_name.setdefault(p.name, p)
        gaz.provider_by_alias[p.name.lower()] = p.name
        for a in p.aliases:
            gaz.provider_by_alias[a.lower()] = p.name
        for word in p.context_aliases:
            # a source that names its provider "Delta" means the airline: no ordinary word is in sight
            gaz.provider_by_alias.setdefault(word.lower(), p.name)
        companies = gaz.provider_by_company.get(p.company.lower(), ())
        gaz.provider_by_company[p.company.lower()] = companies + (p.name,)
        for service, surfaces in p.services.items():
            for s in (service, *surfaces):
                entry = gaz.service_by_surface.setdefault(s.lower(), [])
                if (p.name, service) not in entry:
                    entry.append((p.name, service))
    for t in tools:
        for a in (t.name, *t.aliases):
            gaz.ai_by_alias[a.lower()] = t
    for n in reg_raw["names"]:
        gaz.region_by_name[n.lower()] = n
    return gaz


@lru_cache(maxsize=1)
def area_of_place() -> dict[str, str]:
    """Each place regions.json lists in its "areas" (a continent treated as one market, or a country) -> that area; names
    spanning areas: "_several". Read by scope (how far a list of places reaches) and relevance (a place is no provider)."""
    raw = json.loads((DATA_DIR / "regions.json").read_text(encoding="utf-8"))["areas"]
    return {name: area for area, names in raw.items() if area != "_about" for name in names}
