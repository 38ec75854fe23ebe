"""Gazetteers kept as data files (nlp/data/*.json): providers, services, regions, AI tools."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Provider:
    name: str
    company: str
    aliases: tuple[str, ...]
    services: dict[str, tuple[str, ...]]  # canonical service -> surface names


@dataclass(frozen=True)
class AiTool:
    name: str
    vendor: str
    kind: str  # agent | assistant | model
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

    def provider(self, name: str) -> Provider | None:
        for p in self.providers:
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


@lru_cache(maxsize=1)
def load_gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    prov_raw = json.loads((data_dir / "providers.json").read_text(encoding="utf-8"))["providers"]
    reg_raw = json.loads((data_dir / "regions.json").read_text(encoding="utf-8"))
    ai_raw = json.loads((data_dir / "ai_tools.json").read_text(encoding="utf-8"))["tools"]
    providers = tuple(
        Provider(p["name"], p["company"], tuple(p["aliases"]), {s: tuple(v) for s, v in p["services"].items()})
        for p in prov_raw
    )
    tools = tuple(AiTool(t["name"], t["vendor"], t["kind"], tuple(t["aliases"])) for t in ai_raw)
    gaz = Gazetteer(providers, frozenset(c.lower() for c in reg_raw["codes"]), tuple(reg_raw["names"]), tools)
    for p in providers:
        gaz.provider_by_alias[p.name.lower()] = p.name
        for a in p.aliases:
            gaz.provider_by_alias[a.lower()] = p.name
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
