"""Which outage each sentence speaks of (mentions.v1).

An article about a December outage that recalls an October one speaks of two incidents. A sentence
opens a recalled incident when it carries a recall cue ("an earlier outage", "last year",
"a similar incident", "recalls") together with a date a month or more away from the primary
incident's, or names another provider next to a recall cue, or names another provider's outage
at a date a month or more away. The recalled incident keeps the
following sentences of the same paragraph unless one of them returns to the primary's date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from nlp.gazetteer import Gazetteer
from nlp.sentences import SentenceInfo
from nlp.temporal import TimePoint


@dataclass
class IncidentGroup:
    primary: bool
    provider: str | None
    key: str  # "primary" or the month/year of a recalled outage
    sentences: set[int] = field(default_factory=set)
    everything_else: bool = False  # the primary owns every sentence not claimed by a recalled one

    def owns(self, sentence: int) -> bool:
        return sentence in self.sentences


def _month_index(iso: str) -> int | None:
    try:
        y = int(iso[:4])
        m = int(iso[5:7]) if len(iso) >= 7 else None
    except ValueError:
        return None
    return y * 12 + (m - 1) if m else None


def _primary_month(sents: list[SentenceInfo], points: dict[int, list[TimePoint]], ref: date) -> int:
    for s in sents:
        if s.has("OUTAGE") and not s.has("RECALL"):
            for p in points.get(s.index, ()):
                mi = _month_index(p.iso)
                if mi is not None:
                    return mi
    return ref.year * 12 + ref.month - 1


def assign_incidents(sents: list[SentenceInfo], points: dict[int, list[TimePoint]], provider: str | None,
                     ref: date, gaz: Gazetteer) -> list[IncidentGroup]:
    primary = IncidentGroup(True, provider, "primary")
    recalled: dict[str, IncidentGroup] = {}
    pm = _primary_month(sents, points, ref)
    current: IncidentGroup | None = None
    current_par = -1
    for s in sents:
        if s.paragraph != current_par:
            current, current_par = None, s.paragraph
        months = [(_month_index(p.iso), p.iso) for p in points.get(s.index, ())]
        far = [(mi, iso) for mi, iso in months if mi is not None and abs(mi - pm) >= 1]
        near = [mi for mi, _ in months if mi is not None and abs(mi - pm) < 1]
        other_prov = next((e.ent_id for e in s.ents if e.label == "PROVIDER" and e.ent_id != provider), None)
        year_only = [p.iso for p in points.get(s.index, ()) if p.precision == "year" and p.iso != str(ref.year)]
        recalled_cue = s.has("RECALL") and (far or year_only or other_prov)
        # "In November 2023, OpenAI's ChatGPT went down…" in an article on a 2025 Claude outage
        other_outage = bool(other_prov and far)
        if s.has("OUTAGE") and (recalled_cue or other_outage):
            key = far[0][1][:7] if far else (year_only[0] if year_only else f"other:{other_prov}")
            prov = other_prov if other_prov and not far else (other_prov or provider)
            if key not in recalled:
                recalled[key] = IncidentGroup(False, prov, key)
            current = recalled[key]
        elif near:
            current = None
        (current or primary).sentences.add(s.index)
    return [primary, *recalled.values()]
