"""RSS 2.0 and JSON Feed 1.1 documents for the whole digest and for each topic.

Feeds are written from the article collection (never from rendered pages), so
they hold each article once, under ``mkdocs build`` and ``mkdocs serve`` alike.
Every item carries title, link (the article's page on this site), date (the
publication date, else the date added), summary and source. `links` gives the
``<link rel="alternate">`` entries for a page's head.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from feedgen.feed import FeedGenerator

from digest.config import Topic
from digest.site import paths
from digest.site.generated import GeneratedFile
from digest.site.listing import by_topic, newest_first, published
from digest.store.collection import Entry

FEED_ITEMS = 50
"""Each feed holds the newest this many articles."""
RSS = "application/rss+xml"
JSON_FEED = "application/feed+json"
UNKNOWN_SOURCE = "Unknown source"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True, slots=True)
class Feed:
    """One feed: what it is called, the page it belongs to, where it is written, its entries."""

    title: str
    description: str
    page: str
    """The page the feed follows (home or a topic page), as a docs path."""
    rss: str
    json: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class FeedLink:
    """One ``<link rel="alternate">`` of a page's head; ``href`` is a site-relative path."""

    title: str
    type: str
    href: str


def feeds(entries: Iterable[Entry], topics: Sequence[Topic], site_name: str, description: str) -> list[Feed]:
    """The digest's feed and one per topic that has articles (drafts left out)."""
    shown = newest_first(published(entries))
    result = [
        Feed(
            site_name, description or site_name, paths.HOME, paths.FEED_RSS, paths.FEED_JSON, tuple(shown[:FEED_ITEMS])
        )
    ]
    grouped = by_topic(shown, topics)
    for topic in topics:
        if topic.title in grouped:
            title = f"{site_name}: {topic.title}"
            rss, js = paths.topic_feed(topic.slug, "xml"), paths.topic_feed(topic.slug, "json")
            items = tuple(grouped[topic.title][:FEED_ITEMS])
            result.append(Feed(title, topic.description or title, paths.topic_page(topic.slug), rss, js, items))
    return result


def links_by_page(topics: Sequence[Topic], site_name: str) -> dict[str | None, list[FeedLink]]:
    """Every topic page's feed links, and (under ``None``) every other page's."""
    found: dict[str | None, list[FeedLink]] = {None: links("", topics, site_name)}
    for topic in topics:
        src = paths.topic_page(topic.slug)
        found[src] = links(src, topics, site_name)
    return found


def links(page_src: str, topics: Sequence[Topic], site_name: str) -> list[FeedLink]:
    """Feed links for a page's head: the digest's feeds, plus the topic's on a topic page."""
    found = [
        FeedLink(f"{site_name} (RSS)", RSS, paths.FEED_RSS),
        FeedLink(f"{site_name} (JSON Feed)", JSON_FEED, paths.FEED_JSON),
    ]
    for topic in topics:
        if page_src == paths.topic_page(topic.slug):
            title = f"{site_name}: {topic.title}"
            found.append(FeedLink(f"{title} (RSS)", RSS, paths.topic_feed(topic.slug, "xml")))
            found.append(FeedLink(f"{title} (JSON Feed)", JSON_FEED, paths.topic_feed(topic.slug, "json")))
    return found


def absolute_urls(site_url: str, urls: Mapping[str, str]) -> Callable[[str], str]:
    """Docs path -> absolute URL, from the site's URL and each file's site-relative URL.

    A path missing from ``urls`` (a feed being generated) is served at its own path.

    >>> absolute = absolute_urls("https://example.org/digest", {"index.md": "./", "articles/a.md": "articles/a/"})
    >>> absolute("index.md"), absolute("articles/a.md"), absolute("feed-x.xml")
    ('https://example.org/digest/', 'https://example.org/digest/articles/a/', 'https://example.org/digest/feed-x.xml')
    """
    base = site_url if site_url.endswith("/") else site_url + "/"

    def absolute(src: str) -> str:
        url = urls.get(src)
        return base + (quote(src, safe="/-._~") if url is None else url.removeprefix("./"))

    return absolute


def _published_at(entry: Entry) -> dt.datetime:
    day = entry.article.sort_date
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def source_name(entry: Entry) -> str:
    """The item's source: ``Publisher`` or ``Publisher via Aggregator``; never empty."""
    article = entry.article
    if article.source and article.via:
        return f"{article.source} via {article.via}"
    return article.source or article.via or UNKNOWN_SOURCE


def _summary(entry: Entry) -> str:
    return entry.article.summary or entry.article.title


def rss(feed: Feed, absolute: Callable[[str], str]) -> str:
    """The feed as RSS 2.0; ``absolute`` maps a docs path to the absolute URL of its page or file."""
    gen = FeedGenerator()
    gen.title(feed.title)
    gen.description(feed.description)
    gen.link(href=absolute(feed.rss), rel="self")
    gen.link(href=absolute(feed.page), rel="alternate")  # after "self": feedgen's <link> is the last one set
    gen.language("en")
    gen.generator("Digest")
    gen.lastBuildDate(_published_at(feed.entries[0]) if feed.entries else EPOCH)
    for entry in feed.entries:
        page = absolute(entry.src)
        item = gen.add_entry(order="append")
        item.title(entry.article.title)
        item.link(href=page)
        item.guid(page, permalink=True)
        item.description(html.escape(_summary(entry), quote=False))
        item.pubDate(_published_at(entry))
        item.source(url=entry.article.url or page, title=source_name(entry))
        for tag in entry.article.tags:
            item.category(term=tag)
    text: str = gen.rss_str(pretty=True).decode("utf-8")
    return text if text.endswith("\n") else text + "\n"


def _json_item(entry: Entry, absolute: Callable[[str], str]) -> dict[str, Any]:
    article = entry.article
    page = absolute(entry.src)
    item: dict[str, Any] = {"id": page, "url": page, "title": article.title}
    if article.url:
        item["external_url"] = article.url
    item["summary"] = _summary(entry)
    item["content_text"] = _summary(entry)
    item["date_published"] = _published_at(entry).isoformat().replace("+00:00", "Z")
    if article.authors:
        item["authors"] = [{"name": a} for a in article.authors]
    if article.tags:
        item["tags"] = list(article.tags)
    item["_digest"] = {"source": source_name(entry), "dated": article.is_dated}
    return item


def json_feed(feed: Feed, absolute: Callable[[str], str]) -> str:
    """The feed as JSON Feed 1.1, one item a line; the source is in each item's ``_digest`` extension.

    Written without indentation (``json`` then uses its C encoder, several times
    faster than the indenting one); a line per item keeps the file readable.
    """
    document: Mapping[str, Any] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.title,
        "home_page_url": absolute(feed.page),
        "feed_url": absolute(feed.json),
        "description": feed.description,
        "language": "en",
    }
    head = json.dumps(document, ensure_ascii=False).removesuffix("}")
    items = [json.dumps(_json_item(e, absolute), ensure_ascii=False) for e in feed.entries]
    return head + ', "items": [' + ("\n" + ",\n".join(items) + "\n" if items else "") + "]}\n"


FeedMemo = dict[tuple[object, ...], tuple[GeneratedFile, GeneratedFile]]
"""Feed documents by everything they are made from, kept between builds."""


def feed_files(
    feed_list: Iterable[Feed], absolute: Callable[[str], str], memo: FeedMemo | None = None
) -> list[GeneratedFile]:
    """Both documents of every feed, as files for the site.

    ``memo`` keeps the documents of the last call: a feed whose entries and
    addresses are unchanged is not written again (it keeps only this call's feeds).
    """
    files: list[GeneratedFile] = []
    used: FeedMemo = {}
    for feed in feed_list:
        key = (feed, *(absolute(src) for src in (feed.page, feed.rss, feed.json, *(e.src for e in feed.entries))))
        made = memo.get(key) if memo is not None else None
        if made is None:
            made = (
                GeneratedFile(feed.rss, rss(feed, absolute), f"the RSS feed {feed.title!r}"),
                GeneratedFile(feed.json, json_feed(feed, absolute), f"the JSON feed {feed.title!r}"),
            )
        used[key] = made
        files += made
    if memo is not None:
        memo.clear()
        memo.update(used)
    return files
