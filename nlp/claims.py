"""The claim record every reader's findings become (causes, AI, scope, times), and its confidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from nlp.attribution import Speaker
from nlp.sentences import SentenceInfo


@dataclass
class Claim:
    attribute: str
    value: str
    normalized: object
    polarity: str
    speaker: Speaker
    start: int
    end: int
    confidence: float
    sentence: int  # sentence index, for incident assignment
    extra: dict = field(default_factory=dict)  # role for ai, hours for duration scoring, ...


def confidence(base: float, sent: SentenceInfo, speaker: Speaker) -> float:
    """A claim's confidence: up for a named speaker, down for a hedged sentence."""
    c = base + (0.08 if speaker.explicit else 0.0) - (0.2 if sent.has("HEDGE") else 0.0)
    return round(min(0.95, max(0.1, c)), 2)
