"""The spaCy pipeline: blank English, sentencizer, gazetteer entity ruler and the trigger matcher.

Built once by `build_pipeline()` (never at import time). Heavy Python work happens later, and only
on sentences where the matcher found triggers; the pipeline itself stays at C speed per token:
- `sentencizer` splits sentences (plus paragraph breaks, see `ow_paragraphs`);
- `entity_ruler` tags PROVIDER / COMPANY / SERVICE / AI_TOOL / REGION from nlp/data gazetteers;
- `ow_triggers` runs one `Matcher` built from nlp/data/rules.json (lemmas expanded to word forms
  through the spacy-lookups-data lemma table) and stores hits as `doc._.ow_hits`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import re

import numpy as np
import spacy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from nlp.gazetteer import Gazetteer, load_gazetteer
from nlp.lemmas import forms_of

_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
RULES_PATH = Path(__file__).resolve().parent / "data" / "rules.json"

if not Doc.has_extension("ow_hits"):
    Doc.set_extension("ow_hits", default=None)


def compile_phrase(phrase: str) -> list[dict]:
    """"root cause" -> token patterns; "=word" exact form, "a|b" alternatives, "word?" optional."""
    pattern = []
    for word in phrase.split():
        optional = word.endswith("?") and len(word) > 1
        word = word.rstrip("?") if optional else word
        forms: set[str] = set()
        for alt in word.split("|"):
            if alt.startswith("="):
                forms.add(alt[1:].lower())
            else:
                forms |= forms_of(alt)
        tok: dict = {"LOWER": {"IN": sorted(forms)}}
        if optional:
            tok["OP"] = "?"
        pattern.append(tok)
    return pattern


@lru_cache(maxsize=1)
def load_rule_families(path: Path = RULES_PATH) -> dict[str, list[str]]:
    raw = json.loads(path.read_text(encoding="utf-8"))["families"]
    return {name: list(fam["phrases"]) for name, fam in raw.items()}


def gazetteer_patterns(gaz: Gazetteer) -> list[dict]:
    """Entity-ruler patterns; `id` carries the canonical name ("AWS", "AWS|Amazon S3")."""
    pats: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str, ent_id: str) -> None:
        if (label, text) not in seen:
            seen.add((label, text))
            pats.append({"label": label, "pattern": text, "id": ent_id})

    for p in gaz.providers:
        for a in (p.name, *p.aliases):
            add("PROVIDER", a, p.name)
        add("COMPANY", p.company, p.company)
        for service, surfaces in p.services.items():
            for s in (service, *surfaces):
                add("SERVICE", s, f"{p.name}|{service}")
    for t in gaz.ai_tools:
        for a in (t.name, *t.aliases):
            add("AI_TOOL", a, t.name)
    for n in gaz.region_names:
        add("REGION", n, n)
    return pats


@Language.factory("ow_paragraphs")
def make_paragraphs(nlp: Language, name: str):
    """A blank line always ends a sentence (status updates and headlines often lack a full stop)."""

    def paragraphs(doc: Doc) -> Doc:
        # Only look at blank-line positions found by a C-speed regex, not at every token.
        if "\n" not in doc.text:
            return doc
        starts = doc.to_array([IDX])
        for m in _BLANK_LINE.finditer(doc.text):
            i = int(np.searchsorted(starts, m.end()))
            if 0 < i < len(doc):
                doc[i].is_sent_start = True
        return doc

    return paragraphs


@Language.factory("ow_triggers", default_config={})
def make_triggers(nlp: Language, name: str):
    matcher = Matcher(nlp.vocab, validate=True)
    for family, phrases in load_rule_families().items():
        matcher.add(family, [compile_phrase(p) for p in phrases])

    def triggers(doc: Doc) -> Doc:
        doc._.ow_hits = [(nlp.vocab.strings[mid], s, e) for mid, s, e in matcher(doc)]
        return doc

    return triggers


def build_pipeline(gaz: Gazetteer | None = None) -> Language:
    gaz = gaz or load_gazetteer()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("ow_paragraphs", after="sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH", "validate": True})
    ruler.add_patterns(gazetteer_patterns(gaz))
    nlp.add_pipe("ow_triggers")
    return nlp
