"""Parsers against real captured feeds and pages (../shared/feeds-real; skipped when absent).

Expected values were read off the captured files by hand (see SOURCES.md there).
"""

from __future__ import annotations

import json

import pytest

from scrapers.parsers import PARSERS, ParseContext, detect_format


def parse_file(path, fmt=None, *, source_id="real", kind="vendor", provider="Vendor", url="https://example.com/feed"):
    body = path.read_bytes()
    fmt = fmt or detect_format(body, None, url)
    ctx = ParseContext(source_id=source_id, source_kind=kind, provider=provider, format=fmt, fetched_at="2026-11-23T00:00:00Z")
    return fmt, PARSERS[fmt](body, url, ctx)


def test_github_history_atom_yields_one_document_per_incident_with_years_recovered(real_feed):
    fmt, out = parse_file(real_feed("statuspage-github-history.atom"), source_id="github-status")
    assert fmt == "statuspage-atom"
    assert len(out.documents) == 25 and not out.problems
    first = out.documents[0]
    assert first.doc_key == "github-status:31233568"
    assert first.title == "Intermittent failures creating agent tasks"
    assert first.timeline[-1].status == "resolved"
    assert first.timeline[-1].at == "2026-08-21T00:37:00Z"  # "Aug 21, 00:37 UTC" + year of <published>
    assert first.extra["resolved_at"] == "2026-08-21T00:37:00Z"
    assert first.text.startswith("Intermittent failures creating agent tasks\n\n")
    assert all(doc.timeline for doc in out.documents)
    assert all(u.at.startswith("2026-") for doc in out.documents for u in doc.timeline)


def test_github_history_with_active_incident_has_no_resolution(real_feed):
    _, out = parse_file(real_feed("statuspage-github-history-2026-07-09-active-incident.atom"), source_id="gh")
    active = out.documents[0]
    assert active.timeline[0].status == "investigating"
    assert active.timeline[-1].status == "update"
    assert active.extra["resolved_at"] is None
    assert active.timeline[0].at < active.timeline[-1].at


def test_statuspage_incidents_json_gives_timeline_impact_and_components(real_feed):
    raw = json.loads(real_feed("statuspage-github-incidents-2024-09-17.json").read_text())
    fmt, out = parse_file(real_feed("statuspage-github-incidents-2024-09-17.json"), source_id="gh")
    assert fmt == "statuspage-json"
    assert [d.doc_key for d in out.documents] == [f"gh:{i['id']}" for i in raw["incidents"]]
    doc, incident = out.documents[0], raw["incidents"][0]
    assert doc.extra["impact"] == incident["impact"]
    assert len(doc.timeline) == len(incident["incident_updates"])
    assert doc.timeline[0].status == "investigating" and doc.timeline[-1].status == "resolved"
    assert doc.extra["components"], "affected components are kept"
    assert doc.url == incident["shortlink"]


def test_statuspage_summary_json_lists_the_unresolved_incident(real_feed):
    _, out = parse_file(real_feed("statuspage-github-summary-2020-04-02-outage.json"))
    assert len(out.documents) == 1
    assert out.documents[0].extra["status"] == "investigating"
    assert out.documents[0].published_at == "2020-04-02T20:20:54Z"


def test_claude_summary_timeline_runs_investigating_to_monitoring(real_feed):
    _, out = parse_file(real_feed("statuspage-claude-summary-2026-10-07-incident.json"))
    statuses = [u.status for u in out.documents[0].timeline]
    assert statuses[0] == "investigating" and statuses[-1] == "monitoring" and "identified" in statuses


def test_openai_variant_without_resolution_fields_and_with_markdown_links(real_feed):
    _, out = parse_file(real_feed("openai-status-summary-2026-09-29-incident.json"), source_id="openai")
    assert out.documents and not out.problems
    for doc in out.documents:
        assert len(doc.doc_key.split(":", 1)[1]) == 26  # ULID ids
        assert doc.extra["resolved_at"] is None
        assert "](" not in doc.text  # Markdown link syntax reduced to its words


def test_aws_health_rss_service_region_from_guid_and_pst_converted_to_utc(real_feed):
    fmt, out = parse_file(real_feed("aws-health-all-rss-2021-12-20.xml"), source_id="aws")
    assert fmt == "aws-health-rss"
    assert len(out.documents) == 1  # two updates of one event, hours apart
    event = out.documents[0]
    assert event.doc_key == "aws:internetconnectivity-us-gov-west-1_1639584617"
    assert (event.extra["service"], event.extra["region"]) == ("internetconnectivity", "us-gov-west-1")
    assert [u.at for u in event.timeline] == ["2021-12-15T16:10:17Z", "2021-12-15T20:16:32Z"]  # 08:10:17 / 12:16:32 PST
    assert event.timeline[-1].status == "service is operating normally"
    assert event.title == "Internet Connectivity"


def test_aws_health_rss_separates_services(real_feed):
    _, out = parse_file(real_feed("aws-health-all-rss-2021-12-27.xml"), source_id="aws")
    services = sorted((d.extra["service"], d.extra["region"]) for d in out.documents)
    assert services == [("directoryservice", "us-east-1"), ("internetconnectivity", "ap-south-1")]
    directory = next(d for d in out.documents if d.extra["service"] == "directoryservice")
    assert directory.published_at == "2021-12-23T01:57:40Z"  # Wed 22 Dec 17:57:40 PST


def test_gcp_incidents_json_full_history(real_feed):
    path = real_feed("gcp-incidents.json")
    raw = json.loads(path.read_text())
    fmt, out = parse_file(path, source_id="gcp", url="https://status.cloud.google.com/incidents.json")
    assert fmt == "gcp-incidents-json"
    assert len(out.documents) == 157 and not out.problems
    by_key = {d.doc_key: d for d in out.documents}
    for incident in raw:
        doc = by_key[f"gcp:{incident['id']}"]
        assert len(doc.timeline) == len(incident["updates"])
        if "end" in incident:
            assert doc.extra["resolved_at"] is not None
        if any(u["status"] == "AVAILABLE" for u in incident["updates"]):
            assert doc.timeline[-1].status == "available"
    first = by_key[f"gcp:{raw[0]['id']}"]
    assert first.url == f"https://status.cloud.google.com/{raw[0]['uri']}"
    assert first.extra["products"] == [p["title"] for p in raw[0]["affected_products"]]


def test_gcp_atom_feed_groups_updates_by_incident(real_feed):
    fmt, out = parse_file(real_feed("gcp-feed-2022-04-01.atom"), source_id="gcp-feed")
    assert fmt == "gcp-atom"
    assert [d.doc_key for d in out.documents] == ["gcp-feed:B1hD4KAtcxiyAWkcANfV"]
    doc = out.documents[0]
    assert doc.title.startswith("Global: Cloud Monitoring Metrics")
    assert doc.timeline[-1].status == "resolved" and doc.timeline[-1].at == "2022-04-01T20:13:25Z"


def test_azure_malformed_fragment_is_recorded_and_its_item_kept(real_feed):
    fmt, out = parse_file(real_feed("azure-status-feed-2018-11-12-fragment.xml"), source_id="azure")
    assert fmt == "azure-status-rss"
    assert "malformed_xml" in {p.code for p in out.problems}
    assert len(out.documents) == 1
    doc = out.documents[0]
    assert doc.title == "Virtual Machines/VM Scale Sets - East US 2"
    assert doc.extra["region"] == "East US 2"
    assert doc.timeline[0].text.startswith("Summary of impact:")


def test_the_register_atom_links_unwrapped_to_the_article(real_feed):
    fmt, out = parse_file(real_feed("theregister-headlines.atom"), kind="press", provider=None)
    assert fmt == "atom"
    assert len(out.documents) == 50 and len(out.entries) == 50
    assert all(d.doc_key.startswith("url:https://www.theregister.com/") for d in out.documents)
    assert all(d.author for d in out.documents)
    assert all(d.extra["from_feed_only"] for d in out.documents)


def test_techmeme_numeric_offsets_converted_to_utc(real_feed):
    _, out = parse_file(real_feed("techmeme-feed.rss"), kind="press", provider=None)
    assert len(out.documents) == 15
    assert out.documents[0].published_at == "2023-06-25T22:15:01Z"  # 18:15:01 -0400
    assert out.documents[0].doc_key == "url:http://www.techmeme.com/230625/p9"  # fragment dropped


@pytest.mark.parametrize(
    "name, title_start, published, canonical",
    [
        ("article-kulu-media-meta-outage.html", "Meta Outage Hits Facebook", "2026-06-12T15:11:51Z",
         "https://kulu-media.com/meta-outage-hits-facebook-instagram-and-messenger/"),
        ("article-theverge-ios13.html", "iOS 13 will fix the FaceTime", "2019-07-03T08:22:07Z",
         "https://www.theverge.com/2019/7/3/20680681/ios-13-beta-3-facetime-attention-correction-eye-contact"),
    ],
)
def test_article_pages_give_text_title_time_and_canonical(real_feed, name, title_start, published, canonical):
    fmt, out = parse_file(real_feed(name), kind="press", provider=None, url="https://example.com/fetched.html")
    assert fmt == "html-article"
    doc = out.documents[0]
    assert doc.title.startswith(title_start)
    assert doc.published_at == published
    assert doc.canonical_url == canonical and doc.doc_key == f"url:{canonical}"
    assert len(doc.text) > 1000


def test_ars_article_matches_readability_expected_metadata(real_feed):
    expected = json.loads(real_feed("article-arstechnica-minecraft-exploit.expected-metadata.json").read_text())
    _, out = parse_file(real_feed("article-arstechnica-minecraft-exploit.html"), kind="press", provider=None)
    doc = out.documents[0]
    assert doc.title == expected["title"]
    assert doc.author == expected["byline"]
    assert "Minecraft" in doc.text
