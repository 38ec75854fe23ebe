"""Common English words that do not inflect ("broadband", "software"), for telling a capitalised word that opens a
sentence from a name ("Broadband customers …" against "Zapnet customers …").

The lemma table knows words that inflect (`nlp.lemmas.inflects`); words that do not inflect need another test.
spacy-lookups-data's `en_lexeme_prob` gives each word form, case kept, a log probability from a large web corpus: a
word whose lower-case form is more probable than its capitalised form is mostly written as a common word, a name's
capitalised form is the more probable ("Vodafone" against "vodafone", "Scotland" against "scotland"). That table has
a million entries, too many to load in every process, so the words are chosen once and kept in
`nlp/data/common_words.json`:

    .venv/bin/python -m nlp.common_words          # rewrite the file (tests check it is current)
"""

from __future__ import annotations

import gzip
import json
import sys
from functools import lru_cache
from pathlib import Path

import spacy_lookups_data

from nlp.lemmas import inflects

DATA_FILE = Path(__file__).resolve().parent / "data" / "common_words.json"
# A word this probable or more in lower case (log probability): about 8,000 words that do not inflect
MIN_LOG_PROB = -15.0


def build() -> list[str]:
    """The lower-case alphabetic words more probable than MIN_LOG_PROB and than their capitalised form, that the
    lemma table does not already know as inflecting."""
    path = Path(spacy_lookups_data.__file__).resolve().parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        prob = json.load(fh)
    return sorted(w for w, p in prob.items()
                  if w.isascii() and w.isalpha() and w.islower() and p > MIN_LOG_PROB
                  and p >= prob.get(w.capitalize(), float("-inf")) and not inflects(w))


def render(words: list[str]) -> str:
    about = ("Common English words that do not inflect, written more often in lower case than capitalised "
             "(spacy-lookups-data en_lexeme_prob, log probability > %s). Made by `python -m nlp.common_words`; "
             "read by nlp/common_words.py." % MIN_LOG_PROB)
    return json.dumps({"_about": about, "words": words}, ensure_ascii=False, indent=0) + "\n"


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return frozenset(json.loads(DATA_FILE.read_text(encoding="utf-8"))["words"])


def is_common_word(word: str) -> bool:
    """A capitalised or lower-case word that is mostly written as a common English word ("Broadband"), not a name."""
    return word.lower() in _words()


def main(argv: list[str] | None = None) -> int:
    DATA_FILE.write_text(render(build()), encoding="utf-8")
    print(f"wrote {DATA_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
