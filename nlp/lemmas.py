"""The lookup lemmatizer of spacy-lookups-data, used in both directions.

Forward (`lemma_of`) for the few tokens rules look at; backward (`forms_of`) to compile patterns
written with lemmas ("cause") into the word forms they cover ("cause", "caused", "causes",
"causing"). Matching on forms costs nothing per token at run time, which the speed budget needs.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

import spacy_lookups_data


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    path = Path(spacy_lookups_data.__file__).resolve().parent / "data" / "en_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def _inverse() -> dict[str, frozenset[str]]:
    inv: dict[str, set[str]] = {}
    for form, lemma in _lookup().items():
        inv.setdefault(lemma.lower(), set()).add(form.lower())
    return {k: frozenset(v) for k, v in inv.items()}


@lru_cache(maxsize=65536)  # asked of the same few words over and over (entity texts, trigger words)
def lemma_of(word: str) -> str:
    low = word.lower()
    return _lookup().get(low, low).lower()


def forms_of(lemma: str) -> frozenset[str]:
    """Every lower-case form whose lemma is `lemma`, the lemma itself included."""
    low = lemma.lower()
    return _inverse().get(low, frozenset()) | {low}


def inflects(word: str) -> bool:
    """The lemma table knows the word as one English inflects ("engineers", "network", "united"), as names
    such as "Northbank", "Zapnet" or "Southwest" are not."""
    low = word.lower()
    return lemma_of(low) != low or len(forms_of(low)) > 1
