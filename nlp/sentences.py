"""A light per-sentence view of a processed Doc: where the trigger families hit, which entities
appear, and the paragraph the sentence belongs to. Rules downstream read only these views."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER, SENT_START
from spacy.tokens import Doc, Span

from nlp.pipeline import ENTS_KEY, HITS_KEY, TOKEN_FACTS_KEY


@dataclass
class Entity:
    label: str  # PROVIDER | COMPANY | SERVICE | AI_TOOL | REGION
    ent_id: str
    text: str
    tok: int  # first token (doc index)
    start: int  # char offsets in the doc text
    end: int
    end_tok: int = -1  # one past the last token


class DocTokens:
    """Per-token facts of one document as plain lists indexed by token (doc index), shared by all the
    document's sentence views (`SentenceInfo.tokens`). Reading a list is several times cheaper than
    making a spaCy Token (`doc[i].lower_`, `doc[i].idx`) in a rule's loop.

    - `idx[i]`: char offset of token i in the document text (`doc[i].idx`), known from the start;
    - `length[i]`: its length in chars (`len(doc[i].text)`; it ends at `idx[i] + length[i]`), likewise;
    - `lower[i]`: its lower-case form (`doc[i].lower_`), made on first use, so documents no rule
      reads token by token do not pay for it: on ASCII text slices of the lower-cased text (a
      token's LOWER is its text lower-cased, letter by letter there), else one string look-up per token.
    """

    def __init__(self, doc: Doc, idx: list[int], length: list[int], text: str) -> None:
        self.doc = doc
        self.idx = idx
        self.length = length
        self.text = text  # the document's text

    @cached_property
    def lower(self) -> list[str]:
        if self.text.isascii():
            lowered = self.text.lower()
            return [lowered[i:i + n] for i, n in zip(self.idx, self.length)]
        strings = self.doc.vocab.strings
        return [strings[h] for h in self.doc.to_array(LOWER).tolist()]


class TokenRange:
    """A sentence's tokens as rules read them: `start` and `end` (doc indices) and `doc`, as on a spaCy Span.

    Making a Span makes three Token objects (to find its character offsets, which the view already
    holds as `start`/`end`), and every read of `Span.start` makes a new int; a document has many
    sentences and the rules read their bounds hundreds of times. Anything else a Span offers
    (`char_span`, `text`, ...) is answered by the Span itself, made when asked (`as_span`)."""

    __slots__ = ("doc", "start", "end")

    def __init__(self, doc: Doc, start: int, end: int) -> None:
        self.doc = doc
        self.start = start
        self.end = end

    def as_span(self) -> Span:
        return Span(self.doc, self.start, self.end)

    def char_span(self, *args, **kwargs) -> Span | None:
        return self.as_span().char_span(*args, **kwargs)

    def __len__(self) -> int:
        return self.end - self.start

    def __getattr__(self, name: str):
        # (only for attributes the range does not hold: the Span answers them)
        return getattr(self.as_span(), name)

    def __repr__(self) -> str:
        return f"TokenRange({self.start}, {self.end})"


@dataclass
class SentenceInfo:
    index: int
    span: TokenRange  # the sentence's tokens (doc indices), read as a Span's start and end
    start: int
    end: int
    paragraph: int
    text: str  # the sentence's text (a slice of the document text, made once)
    hits: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # family -> token spans (doc indices)
    ents: list[Entity] = field(default_factory=list)
    tokens: DocTokens | None = None  # the document's per-token lists (set by sentence_views)
    # cause_families' answer, found on first use (the hits are complete once sentence_views returns)
    _cause_families: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)
    # the cause slots nlp.causes reads (asked by two readers of the same sentence), kept by nlp.causes
    cause_slots: dict[str, int] | None = field(default=None, init=False, repr=False, compare=False)
    # answers nlp.causes keeps for readers that ask them again of the same sentence (a third of _generic's questions,
    # two thirds of the repair-word test's): whether the sentence tells how things usually go, whether it may name a repair
    generic: bool | None = field(default=None, init=False, repr=False, compare=False)
    may_name_repair: bool | None = field(default=None, init=False, repr=False, compare=False)

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    def may_contain(self, *words: str) -> bool:
        """A cheap test before a case-insensitive regex: False only when the sentence surely lacks
        every one of these lower-case words. Non-ASCII text always passes (re.I folds a few
        non-ASCII letters, e.g. the Kelvin sign, onto ASCII ones; str.lower does not)."""
        if not self.text.isascii():
            return True
        lower = self.lower
        for w in words:
            if w in lower:
                return True
        return False

    def has(self, *families: str) -> bool:
        hits = self.hits
        for family in families:  # a plain loop over the one or two families asked: cheaper than a set operation
            if family in hits:
                return True
        return False

    def first(self, family: str) -> int | None:
        spans = self.hits.get(family)
        return spans[0][0] if spans else None

    def cause_families(self) -> list[str]:
        """The CAUSE_ families with hits, in order of first hit (asked several times per sentence)."""
        families = self._cause_families
        if families is None:
            families = self._cause_families = tuple(f for f in self.hits if f.startswith("CAUSE_"))
        return list(families)  # a fresh list, as before: callers may change it


def sentence_views(doc: Doc, text: str | None = None) -> list[SentenceInfo]:
    """Sentences (whitespace-only ones dropped) with the hits and entities that fall inside them.

    Sentence starts and token offsets come from plain lists (the sentence splitter's, else one numpy
    array) rather than `doc.sents` and Token objects, which walk the doc in Python; only sentence-level
    objects are created here.
    """
    n = len(doc)
    if n == 0:
        return []
    kept = doc.user_data  # what the pipeline's components found (nlp/pipeline.py), when they ran on this doc
    facts = kept.get(TOKEN_FACTS_KEY)  # the sentence splitter's lists
    if facts is not None and len(facts[1]) == n:
        first_tokens, idx, space, length = facts
    else:
        # one array, as plain lists: indexing numpy element by element from Python is several times slower
        sent_start, idx, space, length = doc.to_array([SENT_START, IDX, IS_SPACE, LENGTH]).T.tolist()
        first_tokens = [i for i, v in enumerate(sent_start) if v == 1]
    bounds_list = [*first_tokens, n]  # (a new list: the splitter's stays as it is)
    if bounds_list[0] != 0:
        bounds_list.insert(0, 0)
    text = doc.text if text is None else text  # callers pass the text they have: Doc.text rebuilds it
    views: list[SentenceInfo] = []
    view_at: list[SentenceInfo | None] = [None] * n  # token -> its sentence view (None: whitespace between)
    tokens = DocTokens(doc, idx, length, text)
    paragraph = 0
    for b0, e in zip(bounds_list, bounds_list[1:]):
        # trim whitespace tokens at both ends so quotes are clean
        b = b0
        while b < e and space[b]:
            b += 1
        end_tok = e
        while end_tok > b and space[end_tok - 1]:
            end_tok -= 1
        tail_end = idx[e] if e < n else len(text)
        if end_tok == b:
            if text.find("\n", idx[b0], tail_end) >= 0:  # (find: no slice made)
                paragraph += 1
            continue
        start_char, end_char = idx[b], idx[end_tok - 1] + length[end_tok - 1]  # Span.start_char, Span.end_char
        sentence_text = text[start_char:end_char]
        view = SentenceInfo(len(views), TokenRange(doc, b, end_tok), start_char, end_char, paragraph, sentence_text, tokens=tokens)
        # every view's lower-cased text is asked for (relevance reads each sentence): set here, it skips the
        # cached_property's first-use lock
        view.lower = sentence_text.lower()
        views.append(view)
        view_at[b:end_tok] = [view] * (end_tok - b)
        if text.find("\n", end_char, tail_end) >= 0:
            paragraph += 1
    if not views:
        return views
    out_of_order = []  # the span lists a hit was added to after a later one: only these are sorted
    for family, s, e in kept.get(HITS_KEY) or ():
        v = view_at[s]
        if v is not None:
            spans = v.hits.get(family)
            if spans is None:
                v.hits[family] = [(s, e)]
            else:
                if spans[-1] > (s, e):
                    out_of_order.append(spans)
                spans.append((s, e))
    for spans in out_of_order:
        spans.sort()
    for label, ent_id, s, e, cs, ce in kept.get(ENTS_KEY) or ():
        v = view_at[s]
        if v is not None:
            v.ents.append(Entity(label, ent_id, text[cs:ce], s, cs, ce, e))
    return views
