"""A deterministic seeded database for dashboard, export and CLI tests (and the speed benchmark).

`build_fixture_db(path)` writes a small, hand-made world through the real store functions
(`data.db.open_db`, `data.store.*`) plus direct inserts into the incidents, disagreements and
overrides tables (which `nlp.incidents.rebuild_incidents` normally fills). Everything is
fixed — ids, times, values — so tests can assert exact figures:

- 3 sources (AWS health: vendor, healthy; GitHub status: vendor, failing since the last run; The Ledger: press)
- 2 refresh runs with per-source fetches (the second fails for GitHub status)
- 7 documents, 4 incidents, 3 disagreements, 1 override

`seed_scale(path, n_documents)` writes a synthetic database of any size (about one incident per
five documents) with bulk inserts, for `benchmarks/bench_dashboard.py`.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from data.db import open_db, transaction
from data.models import FetchedDocument, TimelineUpdate, render_timeline_text, stable_id
from data.store import finish_run, start_run, store_documents, store_extraction, sync_sources

CREATED = "2026-01-05T00:00:00Z"
PIPELINE = "fixture-1"


@dataclass(frozen=True)
class FixtureSource:
    id: str
    name: str
    kind: str
    provider: str | None
    url: str
    format: str | None = None
    fetch_articles: bool = False
    enabled: bool = True


SOURCES = [
    FixtureSource("aws-health", "AWS Health", "vendor", "AWS", "https://status.aws.example/rss", "aws-health-rss"),
    FixtureSource("github-status", "GitHub status", "vendor", "GitHub", "https://www.githubstatus.example/history.atom", "statuspage-atom"),
    FixtureSource("ledger", "The Ledger", "press", None, "https://ledger.example.org/feed.xml", "rss", True),
]

# Incident ids, exposed for tests.
INC_COST_EXPLORER = "inc_aws_cost_explorer"
INC_DYNAMODB = "inc_aws_dynamodb_dns"
INC_GITHUB_ACTIONS = "inc_github_actions"
INC_CLOUDFLARE = "inc_cloudflare_config"
INCIDENT_IDS = [INC_COST_EXPLORER, INC_DYNAMODB, INC_GITHUB_ACTIONS, INC_CLOUDFLARE]

# A title a test can search for with full-text search; only one document carries "Kiro".
SEARCH_WORD = "Kiro"

# Expected headline figures, worked out by hand from the rows below. Durations are 13.0 (Cost
# Explorer), 15.0 (DynamoDB), 1.5 (GitHub) and unknown (Cloudflare): the median of the known is 13.0.
EXPECTED = {
    "n_incidents": 4,
    "n_providers": 3,
    "median_duration_hours": 13.0,
    "n_disagreements": 3,
    "n_incidents_with_disagreement": 2,
    "ai_status_counts": {"denied": 1, "none": 3},
}


def _doc(source_id, kind, key, title, text, *, provider=None, published=None, outlet=None, timeline=None, url=None):
    return FetchedDocument(
        source_id=source_id,
        source_kind=kind,
        doc_key=key,
        url=url or key.removeprefix("url:"),
        title=title,
        text=text,
        provider=provider,
        published_at=published,
        outlet=outlet,
        format="fixture",
        timeline=timeline or [],
    )


def _claim(text: str, quote: str, attribute: str, value, normalized, speaker_kind: str, speaker=None, polarity="asserts"):
    start = text.index(quote)
    return {
        "attribute": attribute,
        "value": value,
        "normalized": normalized,
        "polarity": polarity,
        "speaker_kind": speaker_kind,
        "speaker": speaker,
        "quote": quote,
        "start": start,
        "end": start + len(quote),
        "confidence": 0.9,
    }


# ---------------------------------------------------------------- the documents

AWS_STATEMENT = (
    "Amazon said the Cost Explorer event in one region of mainland China was brief and extremely limited. "
    "It was caused by user error: misconfigured access controls, not AI, the company said."
)
LEDGER_KIRO = (
    "Amazon's AI coding agent Kiro decided to delete and recreate the environment, people familiar with the matter said. "
    "The AWS Cost Explorer outage in mainland China lasted 13 hours."
)
DYNAMO_UPDATES = [
    TimelineUpdate("investigating", "2025-10-20T06:48:00Z", "We are investigating increased error rates for DynamoDB in us-east-1."),
    TimelineUpdate("identified", "2025-10-20T09:26:00Z", "The issue is a DNS resolution problem for the DynamoDB endpoint."),
    TimelineUpdate("resolved", "2025-10-20T21:53:00Z", "Services have recovered."),
    TimelineUpdate("postmortem", "2025-10-23T18:00:00Z", "A latent race condition in DNS management removed the endpoint record."),
]
DYNAMO_TEXT = render_timeline_text("Increased error rates in us-east-1", DYNAMO_UPDATES)
LEDGER_DYNAMO = (
    "A sweeping AWS outage in us-east-1 took down apps worldwide on Monday. "
    "Engineers traced it to a DNS problem at DynamoDB, and the disruption lasted about 15 hours."
)
GITHUB_UPDATES = [
    TimelineUpdate("investigating", "2026-01-02T14:00:00Z", "We are investigating degraded performance for Actions."),
    TimelineUpdate("resolved", "2026-01-02T15:30:00Z", "A faulty deployment was rolled back and Actions has recovered."),
]
GITHUB_TEXT = render_timeline_text("Degraded performance for GitHub Actions", GITHUB_UPDATES)
LEDGER_CLOUDFLARE = (
    "Cloudflare's network faltered on Tuesday after a configuration change, according to Downdetector data. "
    "<script>alert('x')</script> Sites across Europe returned errors."
)
LEDGER_EARNINGS = "Amazon reported quarterly earnings on Thursday. Nothing was down."


def _documents():
    return [
        _doc("aws-health", "vendor", "aws-health:cost-explorer-2025-12", "Statement on Cost Explorer", AWS_STATEMENT,
             provider="AWS", published="2025-12-16T10:00:00Z", url="https://aws.example/statement-cost-explorer"),
        _doc("ledger", "press", "url:https://ledger.example.org/kiro", "AI agent Kiro behind AWS outage, staff say", LEDGER_KIRO,
             published="2025-12-15T08:00:00Z", outlet="The Ledger"),
        _doc("aws-health", "vendor", "aws-health:dynamodb-2025-10-20", "Increased error rates in us-east-1", DYNAMO_TEXT,
             provider="AWS", published="2025-10-20T06:48:00Z", timeline=DYNAMO_UPDATES, url="https://status.aws.example/dynamodb"),
        _doc("ledger", "press", "url:https://ledger.example.org/us-east-1", "AWS outage takes down apps worldwide", LEDGER_DYNAMO,
             published="2025-10-20T09:00:00Z", outlet="The Ledger"),
        _doc("github-status", "vendor", "github-status:actions-2026-01-02", "Degraded performance for GitHub Actions", GITHUB_TEXT,
             provider="GitHub", published="2026-01-02T14:00:00Z", timeline=GITHUB_UPDATES, url="https://www.githubstatus.example/incidents/1"),
        _doc("ledger", "press", "url:https://ledger.example.org/cloudflare", "Cloudflare falters across Europe", LEDGER_CLOUDFLARE,
             published="2025-11-18T12:00:00Z", outlet="The Ledger"),
        _doc("ledger", "press", "url:https://ledger.example.org/earnings", "Amazon earnings", LEDGER_EARNINGS,
             published="2025-10-30T12:00:00Z", outlet="The Ledger"),
    ]


def _extractions():
    """(doc_key, incident_id, mention fields, claims) for each outage document."""
    return [
        ("aws-health:cost-explorer-2025-12", INC_COST_EXPLORER,
         {"provider": "AWS", "services": ["AWS Cost Explorer"], "regions": ["mainland China"], "start": "2025-12",
          "cause_category": "human_error", "ai_involved": False},
         [_claim(AWS_STATEMENT, "was brief and extremely limited", "duration", "brief", None, "vendor", "Amazon"),
          _claim(AWS_STATEMENT, "It was caused by user error: misconfigured access controls", "cause",
                 "user error: misconfigured access controls", "human_error", "vendor", "Amazon"),
          _claim(AWS_STATEMENT, "not AI", "ai", "not AI", False, "vendor", "Amazon", "denies")]),
        ("url:https://ledger.example.org/kiro", INC_COST_EXPLORER,
         {"provider": "AWS", "services": ["AWS Cost Explorer"], "regions": ["mainland China"], "start": "2025-12",
          "duration_hours": 13.0, "cause_category": "ai_agent", "ai_involved": True, "ai_role": "agent_action"},
         [_claim(LEDGER_KIRO, "Amazon's AI coding agent Kiro decided to delete and recreate the environment", "cause",
                 "AI coding agent deleted and recreated the environment", "ai_agent", "press", "people familiar with the matter"),
          _claim(LEDGER_KIRO, "Amazon's AI coding agent Kiro decided to delete and recreate the environment", "ai",
                 "AI agent action", True, "press", "people familiar with the matter"),
          _claim(LEDGER_KIRO, "lasted 13 hours", "duration", "13 hours", 13.0, "press")]),
        ("aws-health:dynamodb-2025-10-20", INC_DYNAMODB,
         {"provider": "AWS", "services": ["DynamoDB"], "regions": ["us-east-1"], "start": "2025-10-20T06:48:00Z",
          "end": "2025-10-20T21:53:00Z", "duration_hours": 15.1, "cause_category": "dns"},
         [_claim(DYNAMO_TEXT, "The issue is a DNS resolution problem for the DynamoDB endpoint.", "cause",
                 "DNS resolution problem", "dns", "vendor", "AWS Health")]),
        ("url:https://ledger.example.org/us-east-1", INC_DYNAMODB,
         {"provider": "AWS", "services": ["DynamoDB"], "regions": ["us-east-1"], "start": "2025-10-20",
          "duration_hours": 15.0, "cause_category": "dns"},
         [_claim(LEDGER_DYNAMO, "traced it to a DNS problem at DynamoDB", "cause", "DNS problem", "dns", "press"),
          _claim(LEDGER_DYNAMO, "took down apps worldwide", "scope", "apps worldwide", "global", "press")]),
        ("github-status:actions-2026-01-02", INC_GITHUB_ACTIONS,
         {"provider": "GitHub", "services": ["GitHub Actions"], "start": "2026-01-02T14:00:00Z",
          "end": "2026-01-02T15:30:00Z", "duration_hours": 1.5, "cause_category": "deployment"},
         [_claim(GITHUB_TEXT, "A faulty deployment was rolled back", "cause", "faulty deployment", "deployment", "vendor", "GitHub")]),
        ("url:https://ledger.example.org/cloudflare", INC_CLOUDFLARE,
         {"provider": "Cloudflare", "regions": ["Europe"], "start": "2025-11-18", "cause_category": "config_change"},
         [_claim(LEDGER_CLOUDFLARE, "after a configuration change", "cause", "configuration change", "config_change", "press")]),
    ]


def _incident_rows():
    base = {"pipeline_version": PIPELINE, "created_at": CREATED, "updated_at": CREATED, "status": "active"}
    return [
        {**base, "id": INC_COST_EXPLORER, "provider": "AWS", "title": "AWS Cost Explorer outage in mainland China",
         "services": json.dumps(["AWS Cost Explorer"]), "regions": json.dumps(["mainland China"]),
         "started_at": "2025-12", "ended_at": None, "duration_hours": 13.0, "duration_basis": "press", "start_basis": "press",
         "vendor_cause": "human_error", "press_cause": "ai_agent", "cause_category": "ai_agent", "cause_basis": "press",
         "ai_status": "denied", "ai_role": "agent_action", "n_documents": 2, "n_vendor_documents": 1, "n_press_documents": 1,
         "first_press_at": "2025-12-15T08:00:00Z", "first_vendor_at": "2025-12-16T10:00:00Z", "ack_delay_hours": 26.0,
         "n_disagreements": 2, "max_severity": 0.9},
        {**base, "id": INC_DYNAMODB, "provider": "AWS", "title": "DynamoDB DNS failure in us-east-1",
         "services": json.dumps(["DynamoDB"]), "regions": json.dumps(["us-east-1"]),
         "started_at": "2025-10-20T06:48:00Z", "ended_at": "2025-10-20T21:53:00Z", "duration_hours": 15.0,
         "duration_basis": "status_page", "start_basis": "status_page", "vendor_cause": "dns", "press_cause": "dns",
         "cause_category": "dns", "cause_basis": "status_page", "ai_status": "none", "n_documents": 2,
         "n_vendor_documents": 1, "n_press_documents": 1, "first_press_at": "2025-10-20T09:00:00Z",
         "first_vendor_at": "2025-10-20T06:48:00Z", "ack_delay_hours": -2.2, "n_disagreements": 1, "max_severity": 0.4},
        {**base, "id": INC_GITHUB_ACTIONS, "provider": "GitHub", "title": "GitHub Actions degraded",
         "services": json.dumps(["GitHub Actions"]), "regions": json.dumps([]),
         "started_at": "2026-01-02T14:00:00Z", "ended_at": "2026-01-02T15:30:00Z", "duration_hours": 1.5,
         "duration_basis": "status_page", "start_basis": "status_page", "vendor_cause": "deployment",
         "cause_category": "deployment", "cause_basis": "status_page", "ai_status": "none", "n_documents": 1,
         "n_vendor_documents": 1, "n_press_documents": 0, "first_vendor_at": "2026-01-02T14:00:00Z", "n_disagreements": 0},
        {**base, "id": INC_CLOUDFLARE, "provider": "Cloudflare", "title": "Cloudflare errors across Europe",
         "services": json.dumps([]), "regions": json.dumps(["Europe"]), "started_at": "2025-11-18",
         "duration_hours": None, "press_cause": "config_change", "cause_category": "config_change", "cause_basis": "press",
         "ai_status": "none", "n_documents": 1, "n_vendor_documents": 0, "n_press_documents": 1,
         "first_press_at": "2025-11-18T12:00:00Z", "n_disagreements": 0},
    ]


def _disagreement_rows(claim_ids):
    def ids(incident, attribute, kind):
        return json.dumps(claim_ids.get((incident, attribute, kind), []))

    return [
        {"id": "dis_cost_explorer_cause", "incident_id": INC_COST_EXPLORER, "attribute": "cause", "kind": "contradiction",
         "vendor_value": "human_error", "press_value": "ai_agent",
         "vendor_claim_ids": ids(INC_COST_EXPLORER, "cause", "vendor"), "press_claim_ids": ids(INC_COST_EXPLORER, "cause", "press"),
         "severity": 0.9, "summary": "Amazon blames user error; the press says its AI agent Kiro deleted the environment.",
         "created_at": CREATED},
        {"id": "dis_cost_explorer_duration", "incident_id": INC_COST_EXPLORER, "attribute": "duration", "kind": "magnitude",
         "vendor_value": "brief", "press_value": "13 hours",
         "vendor_claim_ids": ids(INC_COST_EXPLORER, "duration", "vendor"), "press_claim_ids": ids(INC_COST_EXPLORER, "duration", "press"),
         "severity": 0.7, "summary": "Amazon calls it brief; the press reports 13 hours.", "created_at": CREATED},
        {"id": "dis_dynamodb_scope", "incident_id": INC_DYNAMODB, "attribute": "scope", "kind": "omission",
         "vendor_value": None, "press_value": "global", "vendor_claim_ids": "[]",
         "press_claim_ids": ids(INC_DYNAMODB, "scope", "press"),
         "severity": 0.4, "summary": "The press describes a worldwide outage; AWS never states its scope.", "created_at": CREATED},
    ]


def build_fixture_db(path: str | Path) -> Path:
    """Write the small deterministic world to `path` (which must not exist yet); return the path."""
    path = Path(path)
    db = open_db(path)
    sync_sources(db, SOURCES)
    documents = _documents()

    run_1 = start_run(db, "refresh", pipeline_version=PIPELINE)
    store_documents(db, documents)
    finish_run(db, run_1, "ok", n_sources=3, n_sources_ok=3, n_new_documents=len(documents))
    run_2 = start_run(db, "refresh", pipeline_version=PIPELINE)
    finish_run(db, run_2, "partial", n_sources=3, n_sources_ok=2, n_sources_failed=1)

    doc_id = {d.doc_key: d.document_id for d in documents}
    claim_ids: dict[tuple[str, str, str], list[str]] = {}
    with transaction(db):
        for key, incident_id, mention, claims in _extractions():
            store_extraction(db, doc_id[key], {"is_outage": True, "language": "en", "pipeline_version": PIPELINE,
                                               "incidents": [{"primary": True, **mention, "claims": claims}]})
            db.execute("UPDATE mentions SET incident_id = ?, assignment_reason = 'fixture' WHERE document_id = ?",
                       [incident_id, doc_id[key]])
            db.execute("UPDATE claims SET incident_id = ? WHERE document_id = ?", [incident_id, doc_id[key]])
            for claim in claims:
                cid = stable_id("clm", doc_id[key], claim["attribute"], claim["start"], claim["end"])
                claim_ids.setdefault((incident_id, claim["attribute"], claim["speaker_kind"]), []).append(cid)
        earnings = doc_id["url:https://ledger.example.org/earnings"]
        store_extraction(db, earnings, {"is_outage": False, "language": "en", "pipeline_version": PIPELINE, "incidents": []})

        db["incidents"].insert_all(_incident_rows(), alter=False)
        db["disagreements"].insert_all(_disagreement_rows(claim_ids))
        db["overrides"].insert({
            "created_at": "2026-01-06T09:00:00Z", "author": "fixture-reviewer", "reason": "status page names the service",
            "action": "set_field", "incident_id": INC_GITHUB_ACTIONS,
            "payload": json.dumps({"field": "services", "value": ["GitHub Actions"]}), "active": 1,
            "applied_at": "2026-01-06T09:00:01Z",
        })
        _seed_source_health(db, run_1, run_2)
    db.close()
    return path


def _seed_source_health(db, run_1: int, run_2: int) -> None:
    rows = [
        (run_1, "aws-health", "ok", 200, 3, 3, 120.0, None),
        (run_1, "ledger", "ok", 200, 4, 4, 340.0, None),
        (run_1, "github-status", "ok", 200, 1, 1, 95.0, None),
        (run_2, "aws-health", "not_modified", 304, 0, 0, 45.0, None),
        (run_2, "ledger", "ok", 200, 4, 0, 300.0, None),
        (run_2, "github-status", "error", 503, 0, 0, 80.0, "HTTP 503 from www.githubstatus.example"),
    ]
    for run, source, status, http, entries, new, latency, error in rows:
        db["source_fetches"].insert({
            "run_id": run, "source_id": source, "started_at": CREATED, "finished_at": CREATED, "status": status,
            "http_status": http, "n_entries": entries, "n_new": new, "latency_ms": latency, "error": error,
            "problems": json.dumps([{"code": "http_503", "message": error, "severity": "error", "url": None}]) if error else None,
        })
    health = {
        "aws-health": {"last_success_at": "2026-01-05T06:00:00Z", "last_status": "not_modified", "last_latency_ms": 45.0},
        "ledger": {"last_success_at": "2026-01-05T06:00:00Z", "last_status": "ok", "last_latency_ms": 300.0},
        "github-status": {"last_success_at": "2026-01-04T06:00:00Z", "last_status": "error", "last_latency_ms": 80.0,
                          "last_error": "HTTP 503 from www.githubstatus.example", "last_error_at": "2026-01-05T06:00:00Z",
                          "consecutive_failures": 1},
    }
    for source_id, update in health.items():
        db["sources"].update(source_id, update)
        db.execute("UPDATE sources SET n_documents = (SELECT COUNT(*) FROM documents WHERE source_id = ?) WHERE id = ?",
                   [source_id, source_id])


# ---------------------------------------------------------------- scale


PROVIDERS = ["AWS", "Microsoft Azure", "Google Cloud", "Cloudflare", "GitHub", "Slack", "OpenAI", "Fastly"]
CAUSES = ["dns", "config_change", "software_bug", "deployment", "network_bgp", "power", "hardware", "capacity",
          "cyberattack", "third_party", "human_error", "ai_agent", "unknown"]
AI_STATUSES = ["none"] * 12 + ["alleged", "acknowledged", "denied"]
KINDS = ["contradiction", "denial", "magnitude", "scope", "omission", "drift"]
ATTRIBUTES = ["cause", "ai", "duration", "scope", "start"]
WORDS = ("outage region service customers error engineers restored network database storage latency "
         "statement spokesperson update investigating resolved").split()


def seed_scale(path: str | Path, n_documents: int, *, seed: int = 7) -> Path:
    """A synthetic database with `n_documents` documents and about n/5 incidents (bulk inserts, seeded RNG)."""
    rng = random.Random(seed)
    path = Path(path)
    db = open_db(path)
    sync_sources(db, [FixtureSource(f"src-{i}", f"Source {i}", "vendor" if i < 8 else "press",
                                    PROVIDERS[i] if i < 8 else None, f"https://src{i}.example/feed") for i in range(12)])
    n_incidents = max(1, n_documents // 5)
    incidents, documents, mentions, claims, disagreements = [], [], [], [], []
    for i in range(n_incidents):
        provider = rng.choice(PROVIDERS)
        day = rng.randrange(0, 3 * 365)
        started = f"{2023 + day // 365}-{1 + (day % 365) // 31:02d}-{1 + day % 28:02d}T{rng.randrange(24):02d}:00:00Z"
        n_dis = rng.choice([0, 0, 0, 1, 2])
        # Real rows carry an accounts JSON of a few kB (claims per attribute and side), which sits
        # before `status` in the row; the benchmark must pay for reading past it.
        accounts = {a: {side: [{"claim_id": f"clm_{i}_{a}_{side}_{k}", "document_id": f"doc_{i}", "value": rng.choice(WORDS),
                                "normalized": rng.choice(CAUSES), "polarity": "asserts", "speaker_kind": side,
                                "speaker": "spokesperson", "at": started} for k in range(2)]
                        for side in ("vendor", "press")} for a in ATTRIBUTES}
        incidents.append({
            "id": f"inc_{i:07d}", "provider": provider, "title": f"{provider} incident {i}",
            "services": json.dumps([f"Service {rng.randrange(20)}"]), "regions": json.dumps([]),
            "started_at": started, "duration_hours": round(rng.lognormvariate(1.0, 1.2), 2), "duration_basis": "status_page",
            "vendor_cause": rng.choice(CAUSES), "press_cause": rng.choice(CAUSES), "cause_category": rng.choice(CAUSES),
            "ai_status": rng.choice(AI_STATUSES), "n_documents": 5, "n_vendor_documents": 2, "n_press_documents": 3,
            "first_press_at": started, "first_vendor_at": started, "ack_delay_hours": round(rng.uniform(-5, 30), 1),
            "n_disagreements": n_dis, "max_severity": round(rng.random(), 2) if n_dis else None,
            "accounts": json.dumps(accounts), "pipeline_version": PIPELINE, "created_at": CREATED, "updated_at": CREATED, "status": "active",
        })
        for k in range(n_dis):
            disagreements.append({
                "id": f"dis_{i:07d}_{k}", "incident_id": f"inc_{i:07d}", "attribute": rng.choice(ATTRIBUTES),
                "kind": rng.choice(KINDS), "vendor_value": "a", "press_value": "b", "vendor_claim_ids": "[]",
                "press_claim_ids": "[]", "severity": round(rng.random(), 2), "summary": f"Accounts differ on incident {i}.",
                "created_at": CREATED,
            })
    for d in range(n_documents):
        incident = incidents[d % n_incidents]
        doc_id = f"doc_{d:08d}"
        source = d % 12
        text = " ".join(rng.choice(WORDS) for _ in range(60))
        documents.append({
            "id": doc_id, "doc_key": f"src-{source}:{d}", "source_id": f"src-{source}",
            "source_kind": "vendor" if source < 8 else "press", "provider": incident["provider"],
            "url": f"https://src{source}.example/{d}", "title": f"{incident['provider']} {rng.choice(WORDS)} {d}",
            "text": text, "published_at": incident["started_at"], "fetched_at": CREATED,
            "content_sha256": f"{d:064d}", "is_outage": 1, "needs_extraction": 0,
        })
        mentions.append({"id": f"{doc_id}#0", "document_id": doc_id, "idx": 0, "is_primary": 1,
                         "provider": incident["provider"], "incident_id": incident["id"]})
        claims.append({"id": f"clm_{d:08d}", "document_id": doc_id, "mention_id": f"{doc_id}#0",
                       "incident_id": incident["id"], "attribute": "cause", "value": incident["cause_category"],
                       "normalized": json.dumps(incident["cause_category"]), "speaker_kind": documents[-1]["source_kind"],
                       "quote": text[:40], "start": 0, "end": 40})
    with transaction(db):
        for table, rows in (("incidents", incidents), ("documents", documents), ("mentions", mentions),
                            ("claims", claims), ("disagreements", disagreements)):
            db[table].insert_all(rows, batch_size=2000)
        run = db.execute("INSERT INTO fetch_runs (command, started_at, finished_at, status) VALUES "
                         "('refresh', ?, ?, 'ok')", [CREATED, CREATED]).lastrowid
        for i in range(12):
            db["source_fetches"].insert({"run_id": run, "source_id": f"src-{i}", "status": "ok", "n_entries": 20,
                                         "latency_ms": 100.0})
    db.close()
    return path
