"""Press and vendor pages and their feeds, with the furniture real news sites carry.

Article pages have navigation, a cookie banner, a byline, related links, JSON-LD, og: tags and
a canonical link, so the scraper's article extraction has real work to do. The newsfinder feed
imitates a Google-News search: items link to redirect tokens, titles end " - Outlet".
"""

from __future__ import annotations

import json
from html import escape as html_escape
from xml.sax.saxutils import escape

from data.sample_world.render_status import BASE, rfc822, rfc822_gmt
from data.sample_world.world import Document, Outlet, Vendor, paragraph_text, short_hash


def page_path(doc: Document) -> str:
    yyyy, mm = doc.yyyy_mm
    if doc.outlet:
        return f"/press/{doc.outlet}/{yyyy}/{mm}/{doc.slug}.html"
    return f"/vendors/{doc.vendor}/{doc.slug}.html"


def feed_summary(doc: Document) -> str:
    if isinstance(doc.summary, str) and doc.summary.strip():
        return " ".join(doc.summary.split())
    first = paragraph_text(doc.paragraphs[0]) if doc.paragraphs else ""
    return first if len(first) <= 280 else first[:277].rsplit(" ", 1)[0] + "..."


def _body_html(doc: Document) -> str:
    out = []
    for paragraph in doc.paragraphs:
        if paragraph.startswith("## "):
            out.append(f"      <h2>{html_escape(paragraph[3:], quote=False)}</h2>")
        else:
            out.append(f"      <p>{html_escape(paragraph, quote=False)}</p>")
    return "\n".join(out)


def _date_line(published: str) -> str:
    from data.sample_world.render_status import parse_utc

    when = parse_utc(published)
    return f"{when.strftime('%B')} {when.day}, {when.year} {when.strftime('%H:%M')} UTC"


def press_page(doc: Document, outlet: Outlet, related: list[Document]) -> str:
    url = BASE + page_path(doc)
    author = doc.author or f"{outlet.name} staff"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": doc.title,
        "datePublished": doc.published,
        "dateModified": str(doc.raw.get("updated", doc.published)),
        "author": [{"@type": "Person", "name": author}],
        "publisher": {"@type": "Organization", "name": outlet.name, "url": f"{BASE}/press/{outlet.slug}/"},
        "mainEntityOfPage": url,
        "description": feed_summary(doc),
    }
    related_html = "\n".join(
        f'        <li><a href="{BASE}{page_path(r)}">{html_escape(r.title)}</a></li>' for r in related
    )
    title = html_escape(doc.title)
    summary = html_escape(feed_summary(doc))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | {html_escape(outlet.name)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{summary}">
  <meta name="author" content="{html_escape(author)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{html_escape(outlet.name)}">
  <meta property="og:title" content="{title}">
  <meta property="og:description" content="{summary}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{doc.published}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page {outlet.slug}">
  <div id="cookie-consent" class="cookie-banner" role="dialog">
    <p>We use cookies to measure readership and keep you signed in. You can change your choice at any time.</p>
    <button type="button">Accept all</button> <button type="button">Only necessary</button>
  </div>
  <header class="site-header">
    <a class="logo" href="{BASE}/press/{outlet.slug}/">{html_escape(outlet.name)}</a>
    <span class="tagline">{html_escape(outlet.tagline)}</span>
    <nav aria-label="Sections">
      <ul>
        <li><a href="{BASE}/press/{outlet.slug}/cloud/">Cloud</a></li>
        <li><a href="{BASE}/press/{outlet.slug}/security/">Security</a></li>
        <li><a href="{BASE}/press/{outlet.slug}/business/">Business</a></li>
        <li><a href="{BASE}/press/{outlet.slug}/newsletters/">Newsletters</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <article class="story">
      <header>
        <h1 class="headline">{title}</h1>
        <p class="standfirst">{summary}</p>
        <p class="byline">By <a rel="author" href="{BASE}/press/{outlet.slug}/authors/{short_hash('author', author, length=8)}/">{html_escape(author)}</a>
          &middot; <time datetime="{doc.published}">{_date_line(doc.published)}</time></p>
      </header>
      <div class="story-body">
{_body_html(doc)}
      </div>
      <footer class="story-tags"><a href="{BASE}/press/{outlet.slug}/cloud/">Cloud</a></footer>
    </article>
    <aside class="related">
      <h2>More from {html_escape(outlet.name)}</h2>
      <ul>
{related_html}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>&copy; {doc.published[:4]} {html_escape(outlet.name)}, a fictional outlet of the outagewatch sample world.</p>
    <p><a href="{BASE}/press/{outlet.slug}/about/">About</a> &middot; <a href="{BASE}/press/{outlet.slug}/privacy/">Privacy</a></p>
  </footer>
</body>
</html>
"""


def vendor_page(doc: Document, vendor: Vendor) -> str:
    url = BASE + page_path(doc)
    title = html_escape(doc.title)
    summary = html_escape(feed_summary(doc))
    byline = f'<p class="post-author">{html_escape(doc.author)}</p>' if doc.author else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} - {html_escape(vendor.provider)}</title>
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{title}">
  <meta property="og:description" content="{summary}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{doc.published}">
</head>
<body>
  <header class="corp-header"><a href="{BASE}/vendors/{vendor.slug}/">{html_escape(vendor.provider)} Newsroom</a>
    <nav><a href="{BASE}/vendors/{vendor.slug}/">News</a> <a href="{BASE}/vendors/{vendor.slug}/press-kit/">Press kit</a></nav>
  </header>
  <main>
    <article>
      <h1>{title}</h1>
      <p class="post-date"><time datetime="{doc.published}">{_date_line(doc.published)}</time></p>
      {byline}
{_body_html(doc)}
    </article>
  </main>
  <footer><p>{html_escape(vendor.provider)} &middot; Media enquiries through the press office.</p></footer>
</body>
</html>
"""


def _newest_first(docs: list[Document]) -> list[Document]:
    return sorted(docs, key=lambda d: (d.published, d.id), reverse=True)


def _link(doc: Document, outlet: Outlet | None = None) -> str:
    link = BASE + page_path(doc)
    if outlet and outlet.tracking_query:
        link += "?" + outlet.tracking_query
    return escape(link)


def rss_feed(title: str, home: str, description: str, docs: list[Document], outlet: Outlet | None, content: bool = False) -> str:
    ns = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"' if content else ""
    newest = _newest_first(docs)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"{ns}>',
        "<channel>",
        f"  <title>{escape(title)}</title>",
        f"  <link>{home}</link>",
        f"  <description>{escape(description)}</description>",
        "  <language>en</language>",
    ]
    if newest:
        lines.append(f"  <lastBuildDate>{rfc822(newest[0].published)}</lastBuildDate>")
    for doc in newest:
        lines += [
            "  <item>",
            f"    <title>{escape(doc.title)}</title>",
            f"    <link>{_link(doc, outlet)}</link>",
            f'    <guid isPermaLink="false">{escape(BASE + page_path(doc))}</guid>',
            f"    <pubDate>{rfc822(doc.published)}</pubDate>",
        ]
        if doc.author:
            lines.append(f"    <dc:creator>{escape(doc.author)}</dc:creator>")
        lines.append(f"    <description>{escape(feed_summary(doc))}</description>")
        if content:
            excerpt = "".join(f"<p>{html_escape(paragraph_text(p), quote=False)}</p>" for p in doc.paragraphs[:2])
            lines.append(f"    <content:encoded><![CDATA[{excerpt}]]></content:encoded>")
        lines.append("  </item>")
    lines += ["</channel>", "</rss>"]
    return "\n".join(lines) + "\n"


def atom_feed(outlet: Outlet, docs: list[Document]) -> str:
    newest = _newest_first(docs)
    updated = newest[0].published if newest else "2019-01-01T00:00:00Z"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
        f"  <id>tag:{outlet.slug}.sample,2019:feed</id>",
        f"  <title>{escape(outlet.name)}</title>",
        f"  <subtitle>{escape(outlet.tagline)}</subtitle>",
        f'  <link rel="alternate" type="text/html" href="{BASE}/press/{outlet.slug}/"/>',
        f'  <link rel="self" type="application/atom+xml" href="{BASE}{outlet.feed_path}"/>',
        f"  <updated>{updated}</updated>",
    ]
    for doc in newest:
        lines += [
            "  <entry>",
            f"    <id>tag:{outlet.slug}.sample,2019:story-{short_hash('story', doc.id, length=10)}</id>",
            f'    <title type="html">{escape(html_escape(doc.title, quote=False))}</title>',
            f'    <link rel="alternate" type="text/html" href="{_link(doc, outlet)}"/>',
            f"    <published>{doc.published}</published>",
            f"    <updated>{doc.raw.get('updated', doc.published)}</updated>",
            f"    <author><name>{escape(doc.author or outlet.name + ' staff')}</name></author>",
            f'    <summary type="html">{escape("<p>" + html_escape(feed_summary(doc), quote=False) + "</p>")}</summary>',
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def outlet_feed(outlet: Outlet, docs: list[Document]) -> tuple[str, str]:
    home = f"{BASE}/press/{outlet.slug}/"
    if outlet.feed_format == "atom":
        return atom_feed(outlet, docs), "application/atom+xml"
    content = outlet.feed_format == "rss-content"
    return rss_feed(outlet.name, home, outlet.tagline, docs, outlet, content=content), "application/rss+xml"


def newsroom_feed(vendor: Vendor, docs: list[Document]) -> str:
    return rss_feed(
        f"{vendor.provider} Newsroom", f"{BASE}/vendors/{vendor.slug}/",
        f"Statements and posts from {vendor.provider}", docs, None,
    )


def newsfinder_token(doc: Document) -> str:
    """Long opaque tokens, like the aggregator's article ids."""
    return "CBMi" + short_hash("newsfinder", doc.id, length=40)


def newsfinder_feed(docs: list[tuple[Document, Outlet]]) -> str:
    ordered = sorted(docs, key=lambda pair: (pair[0].published, pair[0].id), reverse=True)
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">',
        "<channel>",
        "  <generator>NFS</generator>",
        '  <title>"outage" - Newsfinder</title>',
        f"  <link>{BASE}/newsfinder/search?q=outage</link>",
        "  <language>en-US</language>",
        "  <copyright>Copyright of the listed publishers</copyright>",
        "  <description>Newsfinder search results</description>",
    ]
    if ordered:
        lines.append(f"  <lastBuildDate>{rfc822_gmt(ordered[0][0].published)}</lastBuildDate>")
    for doc, outlet in ordered:
        token = newsfinder_token(doc)
        link = f"{BASE}/newsfinder/articles/{token}?oc=5"
        description = (
            f'<a href="{link}" target="_blank">{html_escape(doc.title, quote=False)}</a>'
            f'&nbsp;&nbsp;<font color="#6f6f6f">{html_escape(outlet.name, quote=False)}</font>'
        )
        lines += [
            "  <item>",
            f"    <title>{escape(doc.title + ' - ' + outlet.name)}</title>",
            f"    <link>{escape(link)}</link>",
            f'    <guid isPermaLink="false">{token}</guid>',
            f"    <pubDate>{rfc822_gmt(doc.published)}</pubDate>",
            f"    <description>{escape(description)}</description>",
            f'    <source url="{BASE}/press/{outlet.slug}/">{escape(outlet.name)}</source>',
            "  </item>",
        ]
    lines += ["</channel>", "</rss>"]
    return "\n".join(lines) + "\n"
