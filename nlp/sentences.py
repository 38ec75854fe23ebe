"""A light per-sentence view of a processed Doc: where the trigger families hit, which entities
appear, and the paragraph the sentence belongs to. Rules downstream read only these views."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span


@dataclass
class Entity:
    label: str  # PROVIDER | COMPANY | SERVICE | AI_TOOL | REGION
    ent_id: str
    text: str
    tok: int  # token index within the doc
    start: int  # char offsets in the doc text
    end: int


@dataclass
class SentenceInfo:
    index: int
    span: Span
    start: int
    end: int
    paragraph: int
    hits: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # family -> token spans (doc indices)
    ents: list[Entity] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.span.text

    def has(self, *families: str) -> bool:
        return any(f in self.hits for f in families)

    def first(self, family: str) -> int | None:
        spans = self.hits.get(family)
        return spans[0][0] if spans else None

    def cause_families(self) -> list[str]:
        return [f for f in self.hits if f.startswith("CAUSE_")]


def sentence_views(doc: Doc) -> list[SentenceInfo]:
    """Sentences (whitespace-only ones dropped) with the hits and entities that fall inside them."""
    views: list[SentenceInfo] = []
    tok_to_view: dict[int, SentenceInfo] = {}
    paragraph = 0
    bounds: list[tuple[int, int, SentenceInfo]] = []
    for sent in doc.sents:
        stripped = sent.text.strip()
        if not stripped:
            if "\n" in sent.text:
                paragraph += 1
            continue
        # trim trailing whitespace so quotes are clean
        end_tok = sent.end
        while end_tok > sent.start and doc[end_tok - 1].is_space:
            end_tok -= 1
        span = doc[sent.start:end_tok]
        view = SentenceInfo(len(views), span, span.start_char, span.end_char, paragraph)
        views.append(view)
        bounds.append((span.start, span.end, view))
        if "\n" in sent.text[len(sent.text.rstrip()):] or sent.text.endswith("\n"):
            paragraph += 1
    if not views:
        return views
    # Map hits and entities to sentences by token index (bounds are sorted).
    import bisect

    starts = [b[0] for b in bounds]

    def view_of(tok: int) -> SentenceInfo | None:
        i = bisect.bisect_right(starts, tok) - 1
        if i >= 0 and tok < bounds[i][1]:
            return bounds[i][2]
        return None

    grouped: dict[int, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for family, s, e in doc._.ow_hits or ():
        v = view_of(s)
        if v is not None:
            grouped[v.index][family].append((s, e))
    for idx, fams in grouped.items():
        views[idx].hits = {f: sorted(sp) for f, sp in fams.items()}
    for ent in doc.ents:
        v = view_of(ent.start)
        if v is not None:
            v.ents.append(Entity(ent.label_, ent.ent_id_, ent.text, ent.start, ent.start_char, ent.end_char))
    return views
