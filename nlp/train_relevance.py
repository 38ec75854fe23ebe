"""Train the learned relevance model and measure it across authors: `python -m nlp.train_relevance`.

    python -m nlp.train_relevance                    # retrain on the development sets, write nlp/data/relevance_model.json
    python -m nlp.train_relevance --cross-validate   # leave one set out at a time: rules alone, model alone, both

Each labelled set was written by a different author, so leaving one set out and training on the rest
estimates how the model does on an author nobody has read. The sealed sets (`SEALED_SETS`) are never
trained on: they measure the whole pipeline once per session.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nlp.relevance_model import MODEL_FILE, RelevanceModel, document_features
from nlp.gazetteer import DATA_DIR
from nlp.textprep import prepare

ROOT = Path(__file__).resolve().parent.parent
# The development sets, each by its own author. A set sealed for a session joins here only after that session.
TRAINING_SETS = ("sample", "heldout", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
                 "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20",
                 "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28")
SEALED_SETS = ("heldout2", "heldout3", "dev29", "dev30")
# A document the rules passed over counts as an outage document from this probability on. Chosen on the
# leave-one-set-out figures (docs/quality.md): 0.7 recovers one more outage document of the two sets the rules had
# not read but lets through more notices that merely mention delays and refunds; the dataset prefers precision.
THRESHOLD = 0.8
MIN_DOCUMENTS = 3  # a word or pair is learned only if at least this many training documents use it
L2 = 1.0
ITERATIONS = 400
STEP = 0.5
PRUNE = 0.002  # weights smaller than this change no decision and are left out of the file


@dataclass(frozen=True)
class Example:
    set_name: str
    doc_id: str
    document: dict
    is_outage: bool
    features: frozenset[str]


def load_examples(sets: tuple[str, ...], data_dir: Path = ROOT / "data") -> list[Example]:
    """Every labelled document of the named sets, with its gold `is_outage` and its features."""
    examples: list[Example] = []
    for name in sets:
        if name in SEALED_SETS:
            raise ValueError(f"{name} is sealed: it is never trained on")
        gold = {}
        with open(data_dir / name / "labels.jsonl", encoding="utf-8") as f:
            for line in f:
                label = json.loads(line)
                gold[label["id"]] = bool(label["is_outage"])
        with open(data_dir / name / "documents.jsonl", encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                if doc["id"] not in gold:
                    continue
                p = prepare(doc)
                examples.append(Example(name, doc["id"], doc, gold[doc["id"]], frozenset(document_features(p.title, p.text))))
    return examples


def train(examples: list[Example], threshold: float = THRESHOLD) -> RelevanceModel:
    """L2-regularised logistic regression by full-batch gradient descent (deterministic: same examples, same weights).
    The two classes weigh the same in total: the sets hold about six outage documents to one other, and without
    balance the model learns that most documents are outages."""
    counts: dict[str, int] = {}
    for e in examples:
        for f in e.features:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= MIN_DOCUMENTS)
    index = {f: i for i, f in enumerate(vocab)}
    rows, cols = [], []
    for r, e in enumerate(examples):
        for f in sorted(e.features):
            if f in index:
                rows.append(r)
                cols.append(index[f])
    row_ids, col_ids = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    y = np.array([1.0 if e.is_outage else 0.0 for e in examples])
    n = len(examples)
    positives = float(y.sum())
    balance = np.where(y == 1.0, n / (2 * max(positives, 1.0)), n / (2 * max(n - positives, 1.0)))
    w, b = np.zeros(len(vocab)), 0.0
    for _ in range(ITERATIONS):
        z = np.bincount(row_ids, weights=w[col_ids], minlength=n) + b
        g = (1.0 / (1.0 + np.exp(-z)) - y) * balance
        w -= STEP * (np.bincount(col_ids, weights=g[row_ids], minlength=len(vocab)) / n + L2 * w / n)
        b -= STEP * float(g.mean())
    weights = {f: round(float(v), 5) for f, v in zip(vocab, w) if abs(v) >= PRUNE}
    return RelevanceModel(weights, round(b, 5), threshold, tuple(sorted({e.set_name for e in examples})))


@dataclass
class FoldResult:
    set_name: str
    documents: int
    rules_correct: int
    rules_missed: int  # outage documents judged not
    rules_false: int  # other documents judged outages
    model_correct: int  # the model alone at `threshold`
    both_correct: int  # the pipeline: rules, then the model where they found nothing
    both_missed: int
    both_false: int


def cross_validate(examples: list[Example], threshold: float = THRESHOLD) -> list[FoldResult]:
    """Leave each set out in turn: train on the others, judge the left-out set by the rules alone, the model alone
    and the pipeline (the model asked where the rules found no outage)."""
    from nlp.extract import Extractor

    rules = Extractor(rules_only=True)
    results = []
    for name in dict.fromkeys(e.set_name for e in examples):
        model = train([e for e in examples if e.set_name != name], threshold)
        both = Extractor(relevance_model=model)
        held = [e for e in examples if e.set_name == name]
        r = FoldResult(name, len(held), 0, 0, 0, 0, 0, 0, 0)
        for e in held:
            by_rules = bool(rules.extract(e.document)["is_outage"])
            p = prepare(e.document)
            by_model = model.probability(p.title, p.text) >= threshold
            by_both = bool(both.extract(e.document)["is_outage"])
            r.rules_correct += by_rules == e.is_outage
            r.rules_missed += e.is_outage and not by_rules
            r.rules_false += by_rules and not e.is_outage
            r.model_correct += by_model == e.is_outage
            r.both_correct += by_both == e.is_outage
            r.both_missed += e.is_outage and not by_both
            r.both_false += by_both and not e.is_outage
        results.append(r)
    return results


def format_folds(results: list[FoldResult]) -> str:
    lines = ["| left out | docs | rules alone | missed / false | model alone | rules then model | missed / false |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    total = FoldResult("all", *(sum(getattr(r, k) for r in results) for k in
                                ("documents", "rules_correct", "rules_missed", "rules_false", "model_correct", "both_correct",
                                 "both_missed", "both_false")))
    for r in [*results, total]:
        lines.append(f"| {r.set_name} | {r.documents} | {r.rules_correct / r.documents:.3f} | {r.rules_missed} / {r.rules_false} | "
                     f"{r.model_correct / r.documents:.3f} | {r.both_correct / r.documents:.3f} | {r.both_missed} / {r.both_false} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m nlp.train_relevance", description=__doc__.splitlines()[0])
    ap.add_argument("--cross-validate", action="store_true", help="leave one set out at a time and print the figures")
    ap.add_argument("--leave-out", action="append", default=[], metavar="SET", help="train without this set (repeatable)")
    ap.add_argument("--threshold", type=float, default=THRESHOLD, help=f"probability from which the model says outage (default {THRESHOLD})")
    ap.add_argument("--out", type=Path, default=DATA_DIR / MODEL_FILE)
    args = ap.parse_args(argv)
    unknown = [s for s in args.leave_out if s not in TRAINING_SETS]
    if unknown:
        print(f"error: not a training set: {', '.join(unknown)} (sets: {', '.join(TRAINING_SETS)})", file=sys.stderr)
        return 2
    examples = load_examples(tuple(s for s in TRAINING_SETS if s not in args.leave_out))
    if args.cross_validate:
        print(format_folds(cross_validate(examples, args.threshold)))
        return 0
    model = train(examples, args.threshold)
    args.out.write_text(json.dumps(model.to_json(), indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(model.weights)} weights from {len(examples)} documents of {len(model.trained_on)} sets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
