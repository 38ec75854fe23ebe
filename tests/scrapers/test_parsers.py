"""Parser rules that the real samples do not happen to exercise (inline payloads, our own text)."""

from __future__ import annotations

from datetime import datetime, timezone

from scrapers.parsers import PARSERS, ParseContext
from scrapers.parsers.statuspage import recover_year


def ctx(source_id: str, fmt: str) -> ParseContext:
    return ParseContext(source_id=source_id, source_kind="vendor", provider="Examplehost", format=fmt, fetched_at="2026-01-10T00:00:00Z")


def test_year_recovered_across_new_year_for_a_late_postmortem():
    anchor = datetime(2024, 12, 31, 22, 0, tzinfo=timezone.utc)
    assert recover_year(1, 3, 9, 0, anchor).year == 2025
    assert recover_year(12, 31, 23, 10, anchor).year == 2024


def test_statuspage_atom_updates_after_new_year_get_the_next_year():
    content = (
        "&lt;p&gt;&lt;small&gt;Jan &lt;var data-var='date'&gt; 1&lt;/var&gt;, &lt;var data-var='time'&gt;01:15&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;"
        "&lt;strong&gt;Resolved&lt;/strong&gt; - Builds run normally again.&lt;/p&gt;"
        "&lt;p&gt;&lt;small&gt;Dec &lt;var data-var='date'&gt;31&lt;/var&gt;, &lt;var data-var='time'&gt;23:40&lt;/var&gt; UTC&lt;/small&gt;&lt;br&gt;"
        "&lt;strong&gt;Investigating&lt;/strong&gt; - Builds are queued for a long time.&lt;/p&gt;"
    )
    body = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>'
        "<entry><id>tag:status.examplehost.test,2005:Incident/777</id><published>2024-12-31T23:40:00Z</published>"
        '<updated>2025-01-01T01:15:00Z</updated><link rel="alternate" type="text/html" href="https://status.examplehost.test/incidents/abc123"/>'
        f'<title>Build queue delays</title><content type="html">{content}</content></entry></feed>'
    ).encode()
    (doc,) = PARSERS["statuspage-atom"](body, "https://status.examplehost.test/history.atom", ctx("ex", "statuspage-atom")).documents
    assert [(u.status, u.at) for u in doc.timeline] == [("investigating", "2024-12-31T23:40:00Z"), ("resolved", "2025-01-01T01:15:00Z")]
    assert doc.text.splitlines()[-1] == "Resolved (2025-01-01 01:15 UTC): Builds run normally again."
    assert doc.extra["incident_code"] == "abc123"


def _aws_item(title: str, when: str, guid: str) -> str:
    return (
        f"<item><title><![CDATA[{title}]]></title><link>http://status.aws.amazon.com/</link><pubDate>{when}</pubDate>"
        f'<guid isPermaLink="false">http://status.aws.amazon.com/#{guid}</guid><description><![CDATA[{title} text.]]></description></item>'
    )


def test_aws_items_of_one_service_more_than_a_day_apart_are_two_events():
    items = [
        _aws_item("Service disruption: Elevated errors", "Mon, 05 May 2025 09:00:00 PDT", "s3-eu-central-1_1746460800"),
        _aws_item("Service is operating normally: [RESOLVED] Elevated errors", "Mon, 05 May 2025 11:00:00 PDT", "s3-eu-central-1_1746468000"),
        _aws_item("Performance issues: Slow requests", "Thu, 08 May 2025 09:00:00 PDT", "s3-eu-central-1_1746720000"),
        _aws_item("Informational message: Global console", "Thu, 08 May 2025 10:00:00 PDT", "console_1746723600"),
    ]
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>AWS</title>{"".join(items)}</channel></rss>'.encode()
    out = PARSERS["aws-health-rss"](body, "https://status.aws.amazon.com/rss/all.rss", ctx("aws", "aws-health-rss"))
    keys = sorted(d.doc_key for d in out.documents)
    assert keys == ["aws:console_1746723600", "aws:s3-eu-central-1_1746460800", "aws:s3-eu-central-1_1746720000"]
    first = next(d for d in out.documents if d.doc_key == "aws:s3-eu-central-1_1746460800")
    assert [u.status for u in first.timeline] == ["service disruption", "service is operating normally"]
    assert first.timeline[0].at == "2025-05-05T16:00:00Z"  # 09:00 PDT
    assert first.extra["resolved_at"] == "2025-05-05T18:00:00Z"
    console = next(d for d in out.documents if d.doc_key.startswith("aws:console"))
    assert (console.extra["service"], console.extra["region"]) == ("console", None)


def test_azure_items_keyed_by_guid_with_service_and_region_from_the_title():
    body = (
        '<?xml version="1.0"?><rss xmlns:a10="http://www.w3.org/2005/Atom" version="2.0"><channel><title>Azure Status</title>'
        '<item><guid isPermaLink="false">TRK-4411</guid><title>Storage - West Europe</title>'
        "<description>Summary of impact: Some requests to storage accounts failed.</description>"
        "<pubDate>Thu, 08 May 2025 10:00:00 Z</pubDate><a10:updated>2025-05-08T11:30:00Z</a10:updated></item></channel></rss>"
    ).encode()
    (doc,) = PARSERS["azure-status-rss"](body, "https://azure.status.microsoft/en-us/status/feed/", ctx("azure", "azure-status-rss")).documents
    assert doc.doc_key == "azure:TRK-4411"
    assert (doc.extra["service"], doc.extra["region"]) == ("Storage", "West Europe")
    assert doc.timeline[0].text.startswith("Summary of impact:")


def test_gcp_atom_entries_of_one_incident_become_one_timeline():
    def entry(update: str, title: str, when: str, text: str) -> str:
        return (
            f"<entry><title>{title}</title><id>tag:status.cloud.google.com,2025:feed:INC42.{update}</id>"
            f'<link href="https://status.cloud.google.com/incidents/INC42"/><updated>{when}</updated>'
            f'<summary type="html">&lt;p&gt;{text}&lt;/p&gt;</summary></entry>'
        )

    body = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>GCP</title>'
        + entry("U2", "RESOLVED: Cloud DNS resolution failures", "2025-05-08T12:00:00+00:00", "Resolved.")
        + entry("U1", "Cloud DNS resolution failures", "2025-05-08T10:00:00+00:00", "Investigating.")
        + "</feed>"
    ).encode()
    (doc,) = PARSERS["gcp-atom"](body, "https://status.cloud.google.com/en/feed.atom", ctx("gcp", "gcp-atom")).documents
    assert doc.doc_key == "gcp:INC42" and doc.title == "Cloud DNS resolution failures"
    assert [u.status for u in doc.timeline] == ["update", "resolved"]
    assert doc.extra["resolved_at"] == "2025-05-08T12:00:00Z"


def test_broken_json_ld_is_recorded_as_a_warning_and_the_page_still_parses():
    from scrapers.parsers import PARSERS, ParseContext

    paragraph = "<p>" + "Customers could not reach the storage service for several hours on Monday, the company said. " * 8 + "</p>"
    html = ('<html><head><title>Storage outage</title><meta property="og:title" content="Storage outage hits customers">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script></head>'
            f"<body><article><h1>Storage outage hits customers</h1>{paragraph}</article></body></html>").encode()
    ctx = ParseContext(source_id="wire", source_kind="press", provider=None, format="html-article", fetched_at="2026-11-23T00:00:00Z")
    out = PARSERS["html-article"](html, "https://news.example/storage-outage", ctx)
    assert [d.title for d in out.documents] == ["Storage outage hits customers"]
    assert [(p.code, p.severity) for p in out.problems] == [("bad_json_ld", "warning")]
