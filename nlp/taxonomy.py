"""The cause and AI-role vocabularies of DESIGN.md §6, and the crosswalk to other datasets' causes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

CAUSE_CATEGORIES: tuple[str, ...] = (
    "dns", "config_change", "software_bug", "deployment", "network_bgp", "power", "environmental",
    "hardware", "capacity", "cyberattack", "third_party", "human_error", "ai_agent", "unknown",
)
AI_ROLES: tuple[str, ...] = ("agent_action", "ai_generated_change", "ai_in_loop", "other")
SPEAKER_KINDS: tuple[str, ...] = ("vendor", "press", "other")
SCOPES: tuple[str, ...] = ("limited", "regional", "global")


@dataclass(frozen=True)
class Crosswalk:
    """Our category -> {scheme: their category or None}; `schemes` describes each scheme."""

    schemes: dict[str, str]
    categories: dict[str, dict[str, str | None]]

    def lookup(self, category: str, scheme: str) -> str | None:
        return self.categories.get(category, {}).get(scheme)


@lru_cache(maxsize=1)
def load_crosswalk(path: Path | None = None) -> Crosswalk:
    raw = json.loads((path or DATA_DIR / "cause_crosswalk.json").read_text(encoding="utf-8"))
    return Crosswalk(schemes=dict(raw["schemes"]), categories={k: dict(v) for k, v in raw["categories"].items()})
