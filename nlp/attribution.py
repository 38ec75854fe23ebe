"""Who makes the claim in a sentence (attribution.v1).

Cues, nearest to the speech verb first (data: nlp/data/speakers.json):
- "Amazon said", "a spokesperson told", "the company wrote in a postmortem", "according to Microsoft"
  -> vendor when the named company is the incident's provider (or its parent company);
- "people familiar with the matter said", "employees told the paper", "according to a report" -> press;
- "analysts at Gartner said", "Downdetector showed", "a customer wrote" -> other.
A quotation that runs over several sentences keeps its speaker; "he added"/"it said" takes the last
speaker. Unattributed sentences belong to the document's own voice: the outlet (press) or the vendor
(in vendor documents every unattributed sentence is the vendor's).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from nlp.sentences import SentenceInfo

SPEAKERS_PATH = Path(__file__).resolve().parent / "data" / "speakers.json"
_PRONOUNS = frozenset("he she they it we".split())
_QUOTES_OPEN = ("“", '"')


@dataclass(frozen=True)
class Speaker:
    kind: str  # vendor | press | other
    name: str
    explicit: bool  # named in this sentence (or carried from a quotation) rather than the default voice
    entity: str | None = None  # provider or company id when the speaker is a named company


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    raw = json.loads(SPEAKERS_PATH.read_text(encoding="utf-8"))
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind in ("vendor", "press", "other"):
        for phrase in raw[kind]:
            words = tuple(phrase.lower().split())
            out.setdefault(words[0], []).append((words, kind))
    return out


def _cue_at(low: dict[int, str], doc: Doc, i: int, end: int) -> tuple[str, int, str] | None:
    """(kind, length, matched text) of a speaker cue starting at token i (`low`: lower-case forms by index)."""
    for words, kind in sorted(_cues().get(low.get(i, ""), ()), key=lambda c: -len(c[0])):
        n = len(words)
        if i + n <= end and all(low.get(i + k) == words[k] for k in range(n)):
            return kind, n, doc[i:i + n].text
    return None


class Attributor:
    """Walks the sentences of one document in order, remembering open quotations and the last speaker."""

    def __init__(self, doc: Doc, source_kind: str, provider: str | None, company: str | None,
                 outlet: str | None) -> None:
        self.doc = doc
        self.source_kind = source_kind if source_kind in ("vendor", "press", "other") else "press"
        self.provider = provider
        self.company = company
        self.outlet = outlet
        self.last: Speaker | None = None
        self.open_quote: Speaker | None = None
        self.last_sentence = -10
        self.scope_start: int | None = None  # char offset where the named speaker's words begin
        self._low: dict[int, str] = {}
        self.quote_paragraph = self.quote_sentence = -1

    def default(self) -> Speaker:
        if self.source_kind == "vendor":
            return Speaker("vendor", self.provider or "vendor", False)
        return Speaker(self.source_kind, self.outlet or self.source_kind, False)

    def _entity_kind(self, ent_label: str, ent_id: str) -> str:
        if ent_label == "PROVIDER" and ent_id == self.provider:
            return "vendor"
        if ent_label == "SERVICE" and ent_id.split("|", 1)[0] == self.provider:
            return "vendor"  # "Facebook said": a product named for its company
        if ent_label == "COMPANY" and self.company and ent_id == self.company:
            return "vendor"
        return "other"

    def _speaker_near(self, sent: SentenceInfo, verb: int) -> Speaker | None:
        doc = self.doc
        ents = {e.tok: e for e in sent.ents if e.label in ("PROVIDER", "COMPANY")}
        if self._low.get(verb) == "according":
            after = self._speaker_after(sent, verb)
            if after is not None:
                return after
        # Before the verb: the subject ("A company spokesperson told ...", "Amazon said").
        lo = max(sent.span.start, verb - 14)
        best: tuple[int, Speaker] | None = None
        skip_to = None
        if self._low.get(verb - 1) == ",":
            # "A developer testing X, the environment Google released last month, says": the subject
            # stands before the appositive, so jump over it to the previous comma.
            prev = [i for i in range(verb - 2, max(sent.span.start, verb - 25) - 1, -1) if self._low.get(i) == ","]
            if prev:
                skip_to = prev[0]
                lo = max(sent.span.start, skip_to - 14)
        for i in range(verb - 1, lo - 1, -1):
            if skip_to is not None and i > skip_to:
                continue
            low = self._low.get(i, "")
            if low in ("”", '"') and i < verb - 1:
                break  # quoted words before the verb are the claim, not the speaker
            if low in ("which", "who", "whose") and best is not None:
                best = None  # "Heroku, which Salesforce bought, said": skip the relative clause
                continue
            if i in ents:
                e = ents[i]
                if best is None:
                    best = (i, Speaker(self._entity_kind(e.label, e.ent_id), e.text, True, e.ent_id.split("|", 1)[0]))
                continue
            cue = _cue_at(self._low, doc, i, verb)
            if cue:
                kind, n, text = cue
                owner = self._owner(i, ents)
                if owner is not None and best is None:
                    best = (i, owner)  # "Google's own report puts…", "Slack's engineers wrote"
                    continue
                if kind == "vendor" and text.lower() in ("we", "our") and self.source_kind != "vendor":
                    best = (i, Speaker("vendor", self.provider or text, True)) if self.last is None or self.last.kind == "vendor" else best
                else:
                    name = text
                    # "a company spokesperson" -> include the company for readability
                    if kind == "vendor" and self.provider and text.lower() in ("spokesperson", "spokeswoman", "spokesman", "representative"):
                        name = f"{self.provider} {text}"
                    if best is None:
                        best = (i, Speaker(kind, name, True))
                continue
            if low in _PRONOUNS and i == verb - 1 and self.last is not None and self.last_sentence >= sent.index - 2:
                return Speaker(self.last.kind, self.last.name, True, self.last.entity)
        if best:
            self._set_scope(sent, verb, best[0])
            return best[1]
        person = self._person_near(sent, verb)
        if person is not None:
            return person
        return self._speaker_after(sent, verb)

    def _speaker_after(self, sent: SentenceInfo, verb: int) -> Speaker | None:
        """After the verb: "said Amazon spokesperson X", "according to people familiar with the matter"."""
        doc = self.doc
        ents = {e.tok: e for e in sent.ents if e.label in ("PROVIDER", "COMPANY")}
        hi = min(sent.span.end, verb + 10)
        if self._low.get(verb) == "according" and verb + 2 < sent.span.end and verb + 2 not in ents:
            name = doc[verb + 2]
            if name.is_title and name.is_alpha and not name.ent_type_ and _cue_at(self._low, doc, verb + 2, hi) is None:
                return Speaker("other", name.text, True)  # "according to Signalwatch": an unknown organisation
        for i in range(verb + 1, hi):
            if self._low.get(i) in ("that", "“", '"') and self._low.get(verb) != "according":
                break
            if i in ents:
                e = ents[i]
                return Speaker(self._entity_kind(e.label, e.ent_id), e.text, True, e.ent_id.split("|", 1)[0])
            cue = _cue_at(self._low, doc, i, hi)
            if cue:
                kind, n, text = cue
                if self._low.get(verb) in ("told", "tell", "tells") and kind == "press":
                    continue  # "told reporters": the addressee, not the speaker
                return Speaker(kind, text, True)
        return None

    def _owner(self, i: int, ents: dict) -> Speaker | None:
        """The company in "<Company>'s (own) report|engineers|statement" before token i."""
        j = i - 1
        if self._low.get(j) == "own":
            j -= 1
        if self._low.get(j) in ("'s", "’s") and j - 1 in ents:
            e = ents[j - 1]
            return Speaker(self._entity_kind(e.label, e.ent_id), f"{e.text} {self._low.get(i, '')}".strip(), True, e.ent_id.split("|", 1)[0])
        return None

    def _person_near(self, sent: SentenceInfo, verb: int) -> Speaker | None:
        """"Jonas Petrakis said", "said Carla Jimenez": a named person with no role tying them to the
        vendor or the outlet is another voice (an analyst, a customer)."""
        doc = self.doc
        for a, b in ((verb - 2, verb), (verb + 1, verb + 3)):
            if a < sent.span.start or b > sent.span.end:
                continue
            toks = doc[a:b]
            if all(t.is_title and t.is_alpha and not t.ent_type_ for t in toks) and not (a == sent.span.start and len(toks) < 2):
                return Speaker("other", toks.text, True)
        return None

    def _set_scope(self, sent: SentenceInfo, verb: int, cue: int) -> None:
        """", a span Atlassian describes as 'up to 14 days'": a speaker introduced after a comma, with
        words still following the verb, speaks only for the part after that comma."""
        doc = self.doc
        if self._low.get(verb) == "according":
            return
        tail = [i for i in range(verb + 1, sent.span.end) if any(ch.isalnum() for ch in self._low.get(i, ""))]
        if len(tail) < 3 or self._low.get(verb + 1) in (",", ".", "and", ";"):
            return  # "…, the company said, and it is being fixed": the whole sentence is the company's
        for i in range(cue - 1, sent.span.start + 7, -1):
            if self._low.get(i) in ('"', "”", "“"):
                return  # '"…not AI," an Amazon spokesperson said': the quotation is the speaker's
            if self._low.get(i) in (",", ";"):
                self.scope_start = doc[i].idx
                return

    def speaker(self, sent: SentenceInfo) -> Speaker:
        self.scope_start = None
        text = sent.text
        # An open quotation ends with its paragraph (or a few sentences on, if a closing mark was lost).
        if self.open_quote is not None and (sent.paragraph != self.quote_paragraph or sent.index - self.quote_sentence > 4):
            self.open_quote = None
        carried = self.open_quote
        # Track quotation marks so a quotation spanning sentences keeps its speaker.
        opens, closes, straight = text.count("“"), text.count("”"), text.count('"')
        found: Speaker | None = None
        if "SPEECH" in sent.hits:
            # lower-case forms of this sentence's tokens, made once (Token objects are costly)
            self._low = {i: t.lower_ for i, t in enumerate(sent.span, start=sent.span.start)}
        negs = {n for n, _ in sent.hits.get("NEG", ())}
        for s, _ in sent.hits.get("SPEECH", ()):
            if negs & {s - 1, s - 2, s - 3}:
                continue  # "Anthropic has not explained why…": the sentence is not Anthropic's account
            found = self._speaker_near(sent, s)
            if found:
                break
        if found is None and carried is not None:
            found = carried
        if found is not None:
            self.last, self.last_sentence = found, sent.index
        if opens > closes or (opens == closes and straight % 2 == 1 and self.open_quote is None):
            self.open_quote = found or self.last
            self.quote_paragraph, self.quote_sentence = sent.paragraph, sent.index
        elif closes > opens or (straight % 2 == 1 and self.open_quote is not None):
            self.open_quote = None
        return found or self.default()
