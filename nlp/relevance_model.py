"""A learned second opinion on relevance: is the document about an outage? (relevance model v2)

The rules of `nlp.relevance` decide first. Measured across authors, they are precise but miss outage
documents written in ways no rule foresaw (a wire brief whose only sentence says a power loss "disrupted
some customers' servers", a regional paper's "the unemployment website crashed again and again"): on a
set written by an author the rule writers had not read, they found 43 of 53 outage documents. This
model reads the words themselves: a logistic regression over the document's words and word pairs and
its title's words, trained on the labelled development sets (`python -m nlp.train_relevance`). It is
asked only where the rules found no outage and no explicit rule ruled one out (planned work announced,
scheduled maintenance), and it turns the verdict only when it is confident (`threshold`).

The weights live in `nlp/data/relevance_model.json`, written by the training command and checked by a
test to be what training on the listed sets gives.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from nlp.gazetteer import DATA_DIR

MODEL_FILE = "relevance_model.json"
# The topic of a report is set in its first paragraphs; reading further costs time on long documents and
# lets a long read's digressions speak.
FEATURE_CHARS = 6000
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|[0-9]+")


def document_features(title: str, text: str) -> set[str]:
    """The words and adjacent word pairs of the text's start and the title's words (marked). Function words count
    only inside pairs ("went down", not "some" or "we"): alone they learn how the training sets' authors wrote, not
    whether an outage is told. Numbers are one word ("#"): a year or a count says nothing either. The source kind is
    left out: most vendor pages in the training sets are outage notices, which would make any vendor notice one."""
    words = [w if not w[0].isdigit() else "#" for w in _WORD.findall(text[:FEATURE_CHARS].lower().replace("’", "'"))]
    features = {w for w in words if w not in STOP_WORDS}
    features.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    features.update("title:" + w for w in _WORD.findall(title.lower().replace("’", "'")) if w not in STOP_WORDS)
    return features


@dataclass(frozen=True)
class RelevanceModel:
    weights: dict[str, float]
    bias: float
    threshold: float  # the probability above which a document the rules passed over is an outage document
    trained_on: tuple[str, ...]

    def probability(self, title: str, text: str) -> float:
        """The model's probability that the document tells an outage."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in document_features(title, text))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict:
        return {"model": "relevance logistic regression v2", "trained_on": list(self.trained_on), "threshold": self.threshold,
                "bias": self.bias, "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_json(cls, data: dict) -> RelevanceModel:
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]), float(data["threshold"]),
                   tuple(data.get("trained_on", ())))


def load_relevance_model(path: Path | None = None) -> RelevanceModel:
    """The committed model (or the one at `path`); a missing or damaged file is a clear error, not a silent rules-only run."""
    path = path or DATA_DIR / MODEL_FILE
    try:
        return RelevanceModel.from_json(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise FileNotFoundError(f"relevance model not found at {path}: run `python -m nlp.train_relevance`") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"relevance model at {path} is damaged ({exc}): run `python -m nlp.train_relevance`") from None
