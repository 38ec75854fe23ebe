"""The sample world: labels agree with the texts, generated files are current, targets hold,
and the loopback server behaves like the real hosts (content types, 304s, redirects)."""

from __future__ import annotations

import filecmp
import json
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import feedparser
import httpx
import pytest

from data.sample_world import SAMPLE_DIR, WORLD_DIR, build, load_world, serve, write_demo_sources
from scrapers.config import parse_sources

REAL_FEEDS = Path(__file__).resolve().parents[1] / "../shared/feeds-real"
AI_PRODUCTS = ("ChatGPT", "Claude", "Gemini", "Copilot", "Sora", "Grok", "Perplexity")


def _jsonl(name: str) -> list[dict]:
    return [json.loads(line) for line in (SAMPLE_DIR / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def world():
    return load_world(WORLD_DIR)


@pytest.fixture(scope="module")
def labels():
    return {record["id"]: record for record in _jsonl("labels.jsonl")}


@pytest.fixture(scope="module")
def documents():
    return {record["id"]: record for record in _jsonl("documents.jsonl")}


@pytest.fixture(scope="module")
def server():
    with serve() as running:
        yield running


def test_world_files_pass_the_check(world):
    assert [str(p) for p in world.problems] == []


def test_every_label_quote_is_verbatim_in_its_document_text(labels, documents):
    for doc_id, label in labels.items():
        text = documents[doc_id]["text"]
        for entry in label["incidents"]:
            for claim in entry["claims"]:
                assert claim["quote"] in text, (doc_id, claim["quote"])
                assert text[claim["start"]:claim["end"]] == claim["quote"]


def test_every_document_has_one_label_and_every_label_a_document(labels, documents):
    assert set(labels) == set(documents)
    assert len(labels) == len(_jsonl("labels.jsonl"))
    assert len(documents) == len(_jsonl("documents.jsonl"))


def test_committed_generated_files_match_a_fresh_build(world, tmp_path):
    build(world, tmp_path)
    for name in ("documents.jsonl", "labels.jsonl", "gold_incidents.jsonl", "sources.toml"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (SAMPLE_DIR / name).read_text(encoding="utf-8"), name
    fresh = sorted(p.relative_to(tmp_path / "site") for p in (tmp_path / "site").rglob("*") if p.is_file())
    committed = sorted(p.relative_to(SAMPLE_DIR / "site") for p in (SAMPLE_DIR / "site").rglob("*") if p.is_file())
    assert fresh == committed
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "site", SAMPLE_DIR / "site", [str(p) for p in fresh], shallow=False)
    assert mismatch == [] and errors == []


def test_check_names_the_file_and_document_of_a_misquoted_label(tmp_path):
    for name in ("_outlets.toml", "_vendors.toml"):
        (tmp_path / name).write_text((WORLD_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "demo-incident.toml").write_text(
        '[incident]\nid = "demo-incident"\nprovider = "GitHub"\ntitle = "Demo"\n'
        '[[documents]]\nid = "demo-doc"\ntype = "press-article"\noutlet = "packetwire"\nslug = "demo"\n'
        'title = "Git pushes failed"\npublished = "2024-08-15T09:00:00Z"\n'
        'body = "Pushes failed for two hours on Wednesday."\n'
        '[documents.label]\nis_outage = true\n[[documents.label.incidents]]\nprimary = true\nprovider = "GitHub"\n'
        '[[documents.label.incidents.claims]]\nattribute = "duration"\nvalue = "three hours"\nnormalized = 3.0\n'
        'polarity = "asserts"\nspeaker_kind = "press"\nspeaker = "Packet Wire"\nquote = "for three hours"\n',
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "data.sample_world", "check", "--world", str(tmp_path)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert "demo-incident.toml [demo-doc]" in result.stdout
    assert "for three hours" in result.stdout


def test_world_has_enough_real_incidents_providers_and_documents(world):
    providers = {incident.provider for incident in world.incidents.values()}
    assert len(world.incidents) >= 30
    assert len(providers) >= 12
    assert len(world.documents) >= 150
    years = {doc.published[:4] for doc in world.documents if doc.label.get("is_outage")}
    assert min(years) <= "2021" and max(years) >= "2025"


def test_at_least_a_third_of_press_entries_are_not_about_outages(world):
    press = [doc for doc in world.documents if doc.outlet]
    not_outage = [doc for doc in press if doc.label.get("is_outage") is False]
    assert press and len(not_outage) * 3 >= len(press)


def test_disagreements_cover_every_kind_in_at_least_ten_incidents(world):
    with_disagreement = [i for i in world.incidents.values() if i.disagreements]
    kinds = {d["kind"] for i in with_disagreement for d in i.disagreements}
    assert len(with_disagreement) >= 10
    assert kinds == {"contradiction", "denial", "magnitude", "scope", "omission", "drift"}


def _primary_entries(world, incident_id: str) -> list[dict]:
    return [
        entry for doc in world.documents for entry in doc.label.get("incidents", [])
        if entry.get("gold_incident", doc.incident_id) == incident_id
    ]


def test_ai_involvement_appears_in_five_incidents_with_every_role(world):
    roles_by_incident = {}
    for incident_id in world.incidents:
        roles = {e.get("ai_role") for e in _primary_entries(world, incident_id) if e.get("ai_involved") is True}
        if roles:
            roles_by_incident[incident_id] = roles
    assert len(roles_by_incident) >= 5
    assert {"agent_action", "ai_generated_change", "ai_in_loop"} <= set().union(*roles_by_incident.values())


def test_ai_services_are_the_victim_in_at_least_three_incidents(world):
    victims = []
    for incident_id in world.incidents:
        entries = _primary_entries(world, incident_id)
        if any(e.get("ai_involved") is True for e in entries):
            continue
        texts = " ".join(
            doc.text for doc in world.documents
            if any(e.get("gold_incident", doc.incident_id) == incident_id for e in doc.label.get("incidents", []))
        )
        if any(product in texts for product in AI_PRODUCTS):
            victims.append(incident_id)
    assert len(victims) >= 3, victims


def test_demo_sources_file_is_valid_and_covers_every_feed(world, tmp_path):
    path = write_demo_sources("http://127.0.0.1:9", tmp_path / "sources.toml")
    parsed = parse_sources(path.read_text(encoding="utf-8"), path)
    ids = {source.id for source in parsed.sources}
    assert parsed.fetch.allow_private_networks is True
    assert parsed.fetch.min_interval_per_host_s == 0
    assert {f"sample-{slug}" for slug in world.outlets} <= ids
    assert {f"sample-{slug}-news" for slug in world.vendors} <= ids
    assert {f"sample-{s}-status" for s, v in world.vendors.items() if v.status_format} <= ids
    assert "sample-newsfinder" in ids
    assert all(s.url.startswith("http://127.0.0.1:9/") for s in parsed.sources)
    assert all(s.fetch_articles for s in parsed.sources if s.kind == "press")


def test_every_document_source_id_is_a_demo_source(documents, tmp_path):
    path = write_demo_sources("http://127.0.0.1:9", tmp_path / "sources.toml")
    ids = {source.id for source in parse_sources(path.read_text(encoding="utf-8")).sources}
    assert {doc["source_id"] for doc in documents.values()} <= ids


def test_server_substitutes_the_base_url_and_answers_304_to_a_conditional_get(server):
    url = f"{server.base_url}/press/packetwire/feed.xml"
    first = httpx.get(url)
    assert first.status_code == 200
    assert first.headers["content-type"].startswith("application/rss+xml")
    assert "{{BASE_URL}}" not in first.text
    assert f"{server.base_url}/press/packetwire/" in first.text
    again = httpx.get(url, headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    by_date = httpx.get(url, headers={"If-Modified-Since": first.headers["last-modified"]})
    assert by_date.status_code == 304


def test_server_answers_404_for_unknown_paths(server):
    assert httpx.get(f"{server.base_url}/press/nowhere.html").status_code == 404


def test_newsfinder_items_redirect_to_the_publisher_page(server):
    feed = feedparser.parse(httpx.get(f"{server.base_url}/newsfinder/rss/search?q=outage").content)
    assert not feed.bozo and feed.entries
    entry = feed.entries[0]
    assert entry.title.endswith(" - " + entry.source.title)
    hop = httpx.get(entry.link)
    assert hop.status_code == 302
    assert hop.headers["location"].startswith(f"{server.base_url}/press/")
    page = httpx.get(entry.link, follow_redirects=True)
    assert page.status_code == 200 and "<article" in page.text
    assert f'<link rel="canonical" href="{page.url}">' in page.text


def test_robots_txt_allows_everything_but_private(server):
    robots = httpx.get(f"{server.base_url}/robots.txt")
    assert robots.headers["content-type"].startswith("text/plain")
    assert "Disallow: /private/" in robots.text


def test_every_served_feed_parses_cleanly_with_one_entry_per_document(server, world):
    for slug, vendor in world.vendors.items():
        if vendor.status_format in ("statuspage-atom", "statuspage-rss", "azure-status-rss"):
            feed = feedparser.parse(httpx.get(server.base_url + vendor.status_path).content)
            assert not feed.bozo, slug
            assert len(feed.entries) == len([d for d in world.documents if d.vendor == slug and d.updates]), slug
    for slug, outlet in world.outlets.items():
        feed = feedparser.parse(httpx.get(server.base_url + outlet.feed_path).content)
        assert not feed.bozo, slug
        assert len(feed.entries) == len([d for d in world.documents if d.outlet == slug]), slug


def test_aws_health_feed_uses_pacific_dates_and_one_item_per_update(server, world):
    response = httpx.get(f"{server.base_url}/status/aws/rss/all.rss")
    feed = feedparser.parse(response.content)
    events = [d for d in world.documents if d.type == "aws-health-event"]
    assert len(feed.entries) == sum(len(d.updates) for d in events)
    for entry in feed.entries:
        assert re.search(r"\d\d:\d\d:\d\d P[SD]T$", entry.published), entry.published
        assert re.match(r"^http://status\.aws\.amazon\.com/#[a-z0-9-]+_\d+$", entry.id)
    times = {u.at for d in events for u in d.updates}
    parsed = {f"{e.published_parsed.tm_year:04d}-{e.published_parsed.tm_mon:02d}-{e.published_parsed.tm_mday:02d}T"
              f"{e.published_parsed.tm_hour:02d}:{e.published_parsed.tm_min:02d}:{e.published_parsed.tm_sec:02d}Z"
              for e in feed.entries}
    assert parsed == times


_UPDATE_PARAGRAPH = re.compile(
    r"<p>\s*<small>[A-Z][a-z]{2} <var data-var='date'>\s?\d{1,2}</var>, <var data-var='time'>\d\d:\d\d</var> UTC</small>"
    r"<br>\s*<strong>[A-Z][a-z]+</strong> - "
)


def _atom_contents(xml: bytes) -> dict[str, str]:
    """Entry id -> the raw (unescaped) content HTML, read without feedparser's sanitising."""
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ElementTree.fromstring(xml)
    return {e.findtext("a:id", namespaces=ns): e.findtext("a:content", namespaces=ns) for e in root.findall("a:entry", ns)}


def test_statuspage_timeline_html_has_the_shape_of_the_real_feed(server, world):
    real = REAL_FEEDS / "statuspage-github-history.atom"
    if not real.exists():
        pytest.skip("../shared/feeds-real is not available")
    assert all(_UPDATE_PARAGRAPH.search(html) for html in _atom_contents(real.read_bytes()).values())
    checked = 0
    for slug, vendor in world.vendors.items():
        if vendor.status_format != "statuspage-atom":
            continue
        for entry_id, html in _atom_contents(httpx.get(server.base_url + vendor.status_path).content).items():
            doc = next(d for d in world.documents if d.vendor == slug and entry_id.endswith(f"Incident/{d.native_id}"))
            assert len(_UPDATE_PARAGRAPH.findall(html)) == len(doc.updates)
            checked += 1
    assert checked > 0


def test_press_pages_carry_news_furniture(server, documents):
    press = [d for d in documents.values() if d["source_kind"] == "press"]
    assert press
    path = press[0]["url"].removeprefix("http://sample.outagewatch.test")
    html = httpx.get(server.base_url + path).text
    for marker in ('"@type": "NewsArticle"', '"datePublished"', 'property="og:title"', 'rel="canonical"',
                   'id="cookie-consent"', 'class="byline"', 'class="related"', "<nav"):
        assert marker in html, marker
