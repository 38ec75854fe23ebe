"""Measure incident grouping and disagreement detection on the sample world's gold.

    python -m nlp.incidents.evaluate [--sample DIR] [--mode gold|extracted|both] [--details]

Builds a temporary database from data/sample/documents.jsonl through the real store, fills
mentions either from the gold labels (labels.jsonl: grouping and disagreements measured on
their own) or from the extractor (nlp.extract.Extractor: the whole pipeline), rebuilds
incidents and scores:
- clustering: pairwise precision/recall over (document, gold incident) items — two items are a
  pair when they share an incident;
- disagreements: (gold incident, attribute, kind) triples against gold_incidents.jsonl; a
  predicted incident stands for the gold incident most of its mentions belong to.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from data.db import open_db, transaction
from data.models import FetchedDocument
from data.store import document_input, store_documents, store_extraction
from nlp.incidents.rebuild import rebuild_incidents
from nlp.incidents.times import parse_window

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"


@dataclass
class Scores:
    mode: str
    cluster_precision: float = 0.0
    cluster_recall: float = 0.0
    # Recall over gold pairs whose two mentions the pipeline produced at all: grouping's own share,
    # separated from mentions extraction never found.
    cluster_recall_produced: float = 0.0
    recall_ceiling: float = 0.0
    disagreement_precision: float = 0.0
    disagreement_recall: float = 0.0
    n_items: int = 0
    n_incidents: int = 0
    n_gold_incidents: int = 0
    n_predicted_disagreements: int = 0
    n_gold_disagreements: int = 0
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    split_gold: list[str] = field(default_factory=list)
    mixed_incidents: list[str] = field(default_factory=list)
    seconds: float = 0.0


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def to_fetched(line: dict[str, Any]) -> FetchedDocument:
    return FetchedDocument(
        source_id=line.get("source_id") or "sample",
        source_kind=line.get("source_kind") or "press",
        doc_key=line.get("doc_key") or f"url:{line.get('url')}",
        url=line.get("url"),
        title=line.get("title") or "",
        text=line.get("text") or "",
        provider=line.get("provider"),
        published_at=line.get("published"),
        outlet=line.get("outlet"),
    )


def build_database(path: Path, documents: list[dict[str, Any]]):
    db = open_db(path)
    fetched = [to_fetched(d) for d in documents]
    store_documents(db, fetched)
    return db, {d["id"]: f.document_id for d, f in zip(documents, fetched)}


def fill_from_labels(db, labels: list[dict[str, Any]], id_map: dict[str, str]) -> None:
    with transaction(db):
        for label in labels:
            doc_id = id_map[label["id"]]
            store_extraction(db, doc_id, {**label, "id": doc_id, "pipeline_version": "gold"})


def fill_from_extractor(db, id_map: dict[str, str]) -> None:
    from nlp.extract import Extractor  # the NLP stage; only needed in this mode

    rows = list(db.query("SELECT id, url, title, text, published_at, outlet, source_kind, provider FROM documents"))
    inputs = [document_input(r) for r in rows]
    with transaction(db):
        for row, result in zip(rows, Extractor().extract_many(inputs)):
            store_extraction(db, row["id"], result)


def _align(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> dict[int, str]:
    """Predicted mention index -> gold incident of the same document (primary to primary, else by provider and time)."""
    out: dict[int, str] = {}
    free = list(range(len(gold)))
    for p in sorted(pred, key=lambda m: not m["is_primary"]):
        best = None
        for gi in free:
            g = gold[gi]
            if bool(g.get("primary")) != p["is_primary"]:
                continue
            same_provider = (g.get("provider") or "").lower() == (p["provider"] or "").lower()
            gw, pw = parse_window(g.get("start")), parse_window(p["start"])
            near = gw is not None and pw is not None and gw.widened(2 * 86400).overlaps(pw)
            score = (p["is_primary"] and same_provider) * 2 + same_provider + near
            if (p["is_primary"] or same_provider) and (best is None or score > best[0]):
                best = (score, gi)
        if best is not None:
            out[p["idx"]] = gold[best[1]]["gold_incident"]
            free.remove(best[1])
    return out


def _pairs(groups: dict[Any, list[int]]) -> set[tuple[int, int]]:
    return {pair for members in groups.values() for pair in combinations(sorted(members), 2)}


def score(db, mode: str, labels: list[dict[str, Any]], gold_incidents: list[dict[str, Any]], id_map: dict[str, str]) -> Scores:
    result = Scores(mode)
    gold_by_doc = {id_map[l["id"]]: l.get("incidents") or [] for l in labels}
    mentions = defaultdict(list)
    for r in db.query("SELECT id, document_id, idx, is_primary, provider, start, incident_id FROM mentions"):
        mentions[r["document_id"]].append({**r, "is_primary": bool(r["is_primary"])})
    items: list[tuple[str | None, str | None]] = []  # (gold incident, predicted incident)
    never_produced: set[int] = set()
    for doc_id, gold in gold_by_doc.items():
        pred = mentions.get(doc_id, [])
        aligned = _align(pred, gold)
        for m in pred:
            items.append((aligned.get(m["idx"]), m["incident_id"]))
        for g in gold:
            if g["gold_incident"] not in aligned.values():
                never_produced.add(len(items))
                items.append((g["gold_incident"], None))  # a gold mention the pipeline never produced
    gold_groups, pred_groups = defaultdict(list), defaultdict(list)
    for i, (g, p) in enumerate(items):
        gold_groups[g if g is not None else f"_none{i}"].append(i)
        pred_groups[p if p is not None else f"_none{i}"].append(i)
    gold_pairs, pred_pairs = _pairs(gold_groups), _pairs(pred_groups)
    hits = len(gold_pairs & pred_pairs)
    result.cluster_precision = hits / len(pred_pairs) if pred_pairs else 1.0
    result.cluster_recall = hits / len(gold_pairs) if gold_pairs else 1.0
    produced = {pair for pair in gold_pairs if not set(pair) & never_produced}
    result.recall_ceiling = len(produced) / len(gold_pairs) if gold_pairs else 1.0
    result.cluster_recall_produced = len(produced & pred_pairs) / len(produced) if produced else 1.0
    result.n_items = len(items)

    votes: dict[str, Counter] = defaultdict(Counter)
    for g, p in items:
        if p is not None and g is not None:
            votes[p][g] += 1
    incident_gold = {p: c.most_common(1)[0][0] for p, c in votes.items()}
    for p, c in votes.items():
        if len(c) > 1:
            result.mixed_incidents.append(f"{p}: {dict(c)}")
    gold_to_pred = defaultdict(set)
    for p, g in incident_gold.items():
        gold_to_pred[g].add(p)
    result.split_gold = sorted(f"{g}: {len(ps)} incidents" for g, ps in gold_to_pred.items() if len(ps) > 1)
    result.n_incidents = db.execute("SELECT COUNT(*) FROM incidents WHERE status = 'active'").fetchone()[0]
    result.n_gold_incidents = len(gold_incidents)

    predicted = set()
    for r in db.query("SELECT incident_id, attribute, kind, summary FROM disagreements WHERE dismissed = 0"):
        predicted.add((incident_gold.get(r["incident_id"], f"?{r['incident_id']}"), r["attribute"], r["kind"]))
    expected = {(g["id"], d["attribute"], d["kind"]) for g in gold_incidents for d in g.get("disagreements") or []}
    found = predicted & expected
    result.disagreement_precision = len(found) / len(predicted) if predicted else 1.0
    result.disagreement_recall = len(found) / len(expected) if expected else 1.0
    result.n_predicted_disagreements, result.n_gold_disagreements = len(predicted), len(expected)
    result.missed = sorted(" / ".join(t) for t in expected - predicted)
    result.false_alarms = sorted(" / ".join(t) for t in predicted - expected)
    return result


def run(mode: str, sample: Path = SAMPLE, workdir: Path | None = None) -> Scores:
    documents = read_jsonl(sample / "documents.jsonl")
    labels = read_jsonl(sample / "labels.jsonl")
    gold_incidents = read_jsonl(sample / "gold_incidents.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        db, id_map = build_database(Path(workdir or tmp) / f"eval-{mode}.db", documents)
        if mode == "gold":
            fill_from_labels(db, labels, id_map)
        else:
            fill_from_extractor(db, id_map)
        started = time.perf_counter()
        rebuild_incidents(db)
        seconds = time.perf_counter() - started
        scores = score(db, mode, labels, gold_incidents, id_map)
        scores.seconds = round(seconds, 3)
        db.conn.close()
    return scores


def format_scores(s: Scores, details: bool) -> str:
    lines = [
        f"mode: {s.mode} mentions ({s.n_items} items, {s.n_incidents} incidents built, {s.n_gold_incidents} gold incidents, rebuild {s.seconds:.2f} s)",
        f"  clustering     pairwise precision {s.cluster_precision:.3f}  recall {s.cluster_recall:.3f}   (targets >= 0.95)",
        f"                 recall over pairs whose mentions were both produced {s.cluster_recall_produced:.3f}"
        f" (ceiling set by missing mentions {s.recall_ceiling:.3f})",
        f"  disagreements  precision {s.disagreement_precision:.3f}  recall {s.disagreement_recall:.3f}   "
        f"({s.n_predicted_disagreements} found, {s.n_gold_disagreements} gold; targets P >= 0.80, R >= 0.90)",
    ]
    if details:
        for title, values in (("missed", s.missed), ("false alarms", s.false_alarms),
                              ("gold incidents split", s.split_gold), ("incidents mixing gold", s.mixed_incidents)):
            lines += [f"  {title}:"] + [f"    {v}" for v in values]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m nlp.incidents.evaluate",
        description="Score incident grouping and disagreements on the sample world.",
        epilog="Example: python -m nlp.incidents.evaluate --mode both --details",
    )
    parser.add_argument("--sample", type=Path, default=SAMPLE, help="folder with documents.jsonl, labels.jsonl, gold_incidents.jsonl")
    parser.add_argument("--mode", choices=("gold", "extracted", "both"), default="both")
    parser.add_argument("--details", action="store_true", help="list misses, false alarms and grouping errors")
    args = parser.parse_args(argv)
    missing = [n for n in ("documents.jsonl", "labels.jsonl", "gold_incidents.jsonl") if not (args.sample / n).is_file()]
    if missing:
        print(f"evaluate: {args.sample} lacks {', '.join(missing)}", file=sys.stderr)
        return 2
    modes = ("gold", "extracted") if args.mode == "both" else (args.mode,)
    for mode in modes:
        try:
            scores = run(mode, args.sample)
        except ImportError as exc:
            print(f"mode: {mode}: extractor not available ({exc})")
            continue
        print(format_scores(scores, args.details), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
