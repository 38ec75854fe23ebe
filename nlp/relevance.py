"""Is the document about an outage at all? (relevance.v1)

An outage document reports an event: outage words used as events ("the outage", "went down",
"elevated error rates") in several sentences, or in the title. Mentions that are not events do
not count: "zero downtime", "to avoid outages", "without disruption". Launch and earnings news
("launched", "generally available", "quarterly revenue") needs stronger outage evidence.
Status-page incidents (rendered timelines) are outages by construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.sentences import SentenceInfo

_TIMELINE = re.compile(r"^(?:Investigating|Identified|Monitoring|Resolved|Update|Postmortem|Scheduled|In progress|Verifying|Completed)\b[^\n]{0,40}\(\d{4}-\d\d-\d\d \d\d:\d\d UTC\):", re.M)
_TITLE_OUTAGE = re.compile(r"\b(?:outages?|down|downtime|disruptions?|disrupted|offline|degraded|incidents?|errors?|unavailable|failures?|fails?|failed|crash(?:es|ed)?|knocks?|broke|breaks?|deleted|deletion|wiped|wipes|withdrew|withdrawn|root cause|trouble|resolved|destroys|destroyed|fire|file-loss|data loss|lost|logouts?|logged out|locked out|post-?incident|post-?mortem|service event|connectivity issue)\b", re.I)
_TITLE_NOT = re.compile(r"\b(?:zero[- ]downtime|without downtime|no downtime|avoid(?:ing)? outages?|outage insurance|power outage insurance)\b", re.I)


@dataclass(frozen=True)
class Relevance:
    is_outage: bool
    score: float
    reason: str


def is_timeline(text: str) -> bool:
    return bool(_TIMELINE.search(text))


def judge(sents: list[SentenceInfo], title: str, text: str, source_kind: str = "press", title_entities: int = 0) -> Relevance:
    if is_timeline(text):
        return Relevance(True, 1.0, "status-page timeline")
    event_sents = 0
    strong = 0
    launch = 0
    anchored = 0  # outage sentences that name a provider, company or service: whose outage it is
    for s in sents:
        if "LAUNCH" in s.hits:
            launch += 1
        outage_toks = {a for a, _ in s.hits.get("OUTAGE_STRONG", ())}
        non_event = s.hits.get("NON_EVENT", ())
        # drop outage words that sit inside a "zero downtime"-like phrase
        live = {t for t in outage_toks if not any(a <= t < b for a, b in non_event)}
        if live:
            strong += 1
        weak = {a for a, _ in s.hits.get("OUTAGE", ())}
        if live or any(not any(a <= t < b for a, b in non_event) for t in weak):
            event_sents += 1
            if any(e.label in ("PROVIDER", "SERVICE", "COMPANY", "AI_TOOL") for e in s.ents):
                anchored += 1
    title_hit = bool(_TITLE_OUTAGE.search(title)) and not _TITLE_NOT.search(title)
    score = event_sents + strong + (3 if title_hit else 0) - 0.5 * launch
    need = 5 if launch >= 2 and not title_hit else 3
    if source_kind == "vendor":
        need -= 1  # a vendor page that speaks of an event at all is about its own incident
    # "outage" also names a singer's lost voice or a striker's goal drought: an outage document ties
    # the outage to a named provider or service (vendor documents are tied by their source).
    if title_hit and title_entities:
        anchored += 2
    ok = score >= need and (anchored >= 1 or source_kind == "vendor")
    reason = f"{anchored} anchored, {event_sents} outage sentences, {strong} strong, title={'yes' if title_hit else 'no'}, launch cues={launch}"
    return Relevance(ok, float(score), reason)
