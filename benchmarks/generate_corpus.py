"""Generate a large synthetic document corpus (DESIGN.md §4 JSONL) for throughput benchmarks.

For timing ingest/extract/incident building at scale only: the texts are assembled from
templates, so they say nothing about extraction quality (use the labelled sample world and
`python -m nlp.evaluate` for that). Same seed, same file.

Example:
    python benchmarks/generate_corpus.py benchmarks/output/corpus-50k.jsonl --count 50000 --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

PROVIDERS = {
    "AWS": (["Amazon EC2", "Amazon S3", "DynamoDB", "Lambda", "AWS Cost Explorer", "CloudFront"], ["us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2"]),
    "Microsoft Azure": (["Azure Front Door", "Azure Storage", "Entra ID", "Azure SQL"], ["East US", "West Europe", "Central US"]),
    "Google Cloud": (["Compute Engine", "BigQuery", "Cloud Storage", "Cloud Run"], ["us-central1", "europe-west3", "asia-east1"]),
    "Cloudflare": (["CDN", "DNS", "Workers", "Access"], ["Europe", "North America", "global"]),
    "GitHub": (["Git Operations", "Actions", "Pages", "Copilot"], []),
    "Slack": (["Messaging", "Huddles", "Workflows"], []),
    "OpenAI": (["ChatGPT", "API", "Sora"], []),
    "Fastly": (["CDN", "Compute"], ["Europe", "North America"]),
    "Akamai": (["Edge DNS", "CDN"], ["global"]),
    "Meta": (["Facebook", "Instagram", "WhatsApp"], []),
    "Oracle Cloud": (["OCI Compute", "Autonomous Database"], ["us-ashburn-1"]),
    "Atlassian": (["Jira", "Confluence"], []),
}
CAUSES = [
    "a misconfigured DNS record", "a faulty configuration change", "a software bug in a recent release",
    "a failed deployment", "a BGP route leak", "a power failure at a data centre", "a cooling failure during a heatwave",
    "a failed network switch", "an unexpected surge in traffic", "a problem at an upstream provider",
    "an operator's mistyped command", "an AI coding agent that deleted a resource",
]
OPENERS = [
    "{provider} customers reported errors with {service} on {day}.",
    "A disruption at {provider} left {service} unavailable for some users {when}.",
    "{service}, run by {provider}, stopped responding for a number of customers {when}.",
    "Users of {provider}'s {service} ran into failures {when}, according to reports on social media.",
]
CAUSE_LINES = [
    "The company said the problem was caused by {cause}.",
    "According to people familiar with the matter, {cause} was to blame.",
    "{provider} later attributed the incident to {cause}.",
    "An engineer who worked on the recovery said {cause} had set it off.",
    "The cause has not been confirmed, though analysts pointed to {cause}.",
]
DURATION_LINES = [
    "Service was restored after {hours} hours.",
    "The outage lasted about {hours} hours.",
    "It took roughly {hours} hours before the company declared the incident resolved.",
    "{provider} described the event as brief.",
]
SCOPE_LINES = [
    "The company said only a small number of customers in {region} were affected.",
    "Monitoring firms saw failures from several continents.",
    "Downdetector logged thousands of reports at the peak.",
    "The problem appeared confined to {region}.",
]
FILLER = [
    "The provider has published a preliminary review and promised a fuller account.",
    "Customers asked for service credits on community forums.",
    "Analysts said incidents of this kind tend to renew questions about concentration risk.",
    "Several dependent applications reported knock-on problems.",
    "The company apologised and said it would add safeguards to its release process.",
    "Engineers rolled back the most recent change while they investigated.",
]
IRRELEVANT = [
    "{provider} announced a new {service} tier with lower prices for long-running workloads.",
    "{provider} reported quarterly revenue growth ahead of analyst expectations.",
    "A security advisory from {provider} urged customers to patch an agent used with {service}.",
    "A football club said its star striker faces a two-month outage with a knee injury.",
    "An insurer launched a home policy that pays out during a prolonged power outage.",
    "A monitoring startup raised a funding round to help companies measure downtime.",
    "A mapping app added an outage map feature showing local power cuts.",
    "{provider} opened a new office and said it would hire several hundred engineers.",
]
OUTLETS = ["Packet Wire", "The Cloud Courier", "Ledger Tech", "Uptime Herald", "Datacenter Daily"]


@dataclass(frozen=True)
class GeneratedDocument:
    id: str
    url: str
    title: str
    text: str
    published: str
    outlet: str | None
    source_kind: str
    provider: str | None

    def as_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)


def _outage_text(rng: random.Random, provider: str, service: str, region: str, when: str, day: str) -> str:
    fields = {"provider": provider, "service": service, "region": region or "one region", "when": when, "day": day,
              "cause": rng.choice(CAUSES), "hours": rng.choice(["two", "three", "four", "13", "six and a half", "nearly 15"])}
    sentences = [rng.choice(OPENERS)]
    picks = [CAUSE_LINES, DURATION_LINES, SCOPE_LINES]
    rng.shuffle(picks)
    sentences += [rng.choice(group) for group in picks[: rng.randint(1, 3)]]
    sentences += rng.sample(FILLER, rng.randint(0, 5))
    paragraphs, current = [], []
    for sentence in sentences:
        current.append(sentence.format(**fields))
        if rng.random() < 0.4:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def generate(count: int, seed: int):
    """Yield `count` documents; about a third are not about outages."""
    rng = random.Random(seed)
    start = datetime(2019, 1, 1, tzinfo=timezone.utc)
    names = sorted(PROVIDERS)
    for number in range(count):
        provider = rng.choice(names)
        services, regions = PROVIDERS[provider]
        service = rng.choice(services)
        region = rng.choice(regions) if regions else ""
        published = start + timedelta(minutes=rng.randrange(0, 8 * 365 * 24 * 60))
        day = published.strftime("%A")
        when = rng.choice([f"on {day}", "earlier this week", f"on {published:%B} {published.day}", "overnight"])
        vendor = rng.random() < 0.2
        if rng.random() < 1 / 3:
            text = rng.choice(IRRELEVANT).format(provider=provider, service=service)
            text += " " + " ".join(rng.sample(FILLER[2:3] + ["Details were published on the company's website."], 1))
            title = text.split(".")[0][:90]
        else:
            text = _outage_text(rng, provider, service, region, when, day)
            title = f"{provider} {service} {rng.choice(['outage', 'disruption', 'incident', 'errors'])} {when}"
        outlet = None if vendor else rng.choice(OUTLETS)
        slug = f"bench-{number:07d}"
        yield GeneratedDocument(
            id=slug,
            url=f"http://bench.outagewatch.test/{'vendor' if vendor else 'press'}/{slug}.html",
            title=title,
            text=text,
            published=published.strftime("%Y-%m-%dT%H:%M:%SZ"),
            outlet=outlet,
            source_kind="vendor" if vendor else "press",
            provider=provider if vendor else None,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write a synthetic JSONL corpus for benchmarks (not a quality measure).",
        epilog="Example: python benchmarks/generate_corpus.py benchmarks/output/corpus.jsonl --count 20000 --seed 1",
    )
    parser.add_argument("output", type=Path, help="JSONL file to write")
    parser.add_argument("--count", type=int, default=10_000, help="number of documents (default 10000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed; same seed, same corpus")
    args = parser.parse_args(argv)
    if args.count <= 0:
        print("error: --count must be positive", file=sys.stderr)
        return 2
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as handle:
        for doc in generate(args.count, args.seed):
            handle.write(doc.as_json() + "\n")
    print(f"wrote {args.count} documents to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
