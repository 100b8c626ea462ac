"""RSS 2.0 and JSON Feed documents: every item has title, link, date, summary and source."""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Callable, Sequence
from xml.etree import ElementTree

import feedparser
import pytest

from digest.config import SiteConfig
from digest.site import feeds
from digest.store.collection import Entry
from tests.site.helpers import entry

SITE = "https://example.org/digest/"


def absolute_for(entries: Sequence[Entry]) -> Callable[[str], str]:
    urls = {"index.md": "./", **{e.src: e.src.removesuffix(".md") + "/" for e in entries}}
    urls |= {f"topics/{s}.md": f"topics/{s}/" for s in ("health", "science", "politics")}
    return feeds.absolute_urls(SITE, urls)


@pytest.fixture
def items() -> list[Entry]:
    return [
        entry("Clinic rota", "2025-06-03", topics=("Health",), source="Digest samples", tags=("Northvale",)),
        entry(
            "Comet & <fragment>",
            "2026-09-14",
            id="comet",
            topics=("Science",),
            source="The Independent",
            via="Criminal Justice News",
            url="https://example.org/original",
            summary="Tiny <b>comet</b> & co.",
        ),
        entry("Undated", None, topics=("Health", "Science"), source=None, summary=""),
        entry("Draft", "2026-10-01", topics=("Health",), draft=True),
    ]


def test_one_feed_for_the_digest_and_one_per_topic_with_articles(config: SiteConfig, items: list[Entry]) -> None:
    built = feeds.feeds(items, config.topics, "Digest", "A digest")
    assert [(f.title, f.rss, f.json) for f in built] == [
        ("Digest", "feed.xml", "feed.json"),
        ("Digest: Health", "feed-health.xml", "feed-health.json"),
        ("Digest: Science", "feed-science.xml", "feed-science.json"),
    ]
    assert [e.article.title for e in built[0].entries] == ["Undated", "Comet & <fragment>", "Clinic rota"]


def test_rss_items_parse_with_everything(config: SiteConfig, items: list[Entry]) -> None:
    feed = feeds.feeds(items, config.topics, "Digest", "A digest")[0]
    parsed = feedparser.parse(feeds.rss(feed, absolute_for(items)))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    assert parsed.feed.title == "Digest"
    assert parsed.feed.link == SITE
    by_title = {e.title: e for e in parsed.entries}
    assert list(by_title) == ["Undated", "Comet & <fragment>", "Clinic rota"]
    comet = by_title["Comet & <fragment>"]
    assert comet.link == SITE + "articles/comet/"
    assert html.unescape(comet.summary) == "Tiny <b>comet</b> & co."
    assert comet.source.title == "The Independent via Criminal Justice News"
    assert comet.source.href == "https://example.org/original"
    assert comet.published_parsed[:3] == (2026, 9, 14)
    undated = by_title["Undated"]
    assert undated.published_parsed[:3] == (2026, 11, 28)  # the date added
    assert undated.summary == "Undated"  # no summary: the title stands in
    assert undated.source.title == feeds.UNKNOWN_SOURCE
    for item in parsed.entries:
        assert item.title
        assert item.link.startswith(SITE)
        assert item.published_parsed
        assert item.summary
        assert item.source.title


def test_rss_summary_markup_is_text_not_html(config: SiteConfig) -> None:
    hostile = [entry("X", "2025-01-01", summary="<script>alert(1)</script>")]
    text = feeds.rss(feeds.feeds(hostile, config.topics, "D", "")[0], absolute_for(hostile))
    assert "<script>" not in text
    assert "&amp;lt;script&amp;gt;" in text  # escaped as HTML, then as XML


def test_json_feed_items(config: SiteConfig, items: list[Entry]) -> None:
    feed = feeds.feeds(items, config.topics, "Digest", "A digest")[1]  # Health
    document = json.loads(feeds.json_feed(feed, absolute_for(items)))
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    assert document["title"] == "Digest: Health"
    assert document["home_page_url"] == SITE + "topics/health/"
    assert document["feed_url"] == SITE + "feed-health.json"
    assert [i["title"] for i in document["items"]] == ["Undated", "Clinic rota"]
    for item in document["items"]:
        assert item["id"] == item["url"]
        assert item["url"].startswith(SITE + "articles/")
        assert dt.datetime.fromisoformat(item["date_published"])
        assert item["summary"]
        assert item["content_text"]
        assert item["_digest"]["source"]
    assert document["items"][1]["_digest"] == {"source": "Digest samples", "dated": True}
    assert document["items"][0]["_digest"]["dated"] is False


def test_feeds_are_deterministic_and_capped(config: SiteConfig) -> None:
    many = [entry(f"S{i:03d}", f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}") for i in range(feeds.FEED_ITEMS + 10)]
    built = feeds.feeds(many, config.topics, "D", "")[0]
    assert len(built.entries) == feeds.FEED_ITEMS
    absolute = absolute_for(many)
    assert feeds.rss(built, absolute) == feeds.rss(
        feeds.feeds(list(reversed(many)), config.topics, "D", "")[0], absolute
    )
    assert feeds.json_feed(built, absolute) == feeds.json_feed(built, absolute)


def test_empty_feed_has_a_fixed_build_date(config: SiteConfig) -> None:
    built = feeds.feeds([], config.topics, "D", "")[0]
    parsed = feedparser.parse(feeds.rss(built, absolute_for([])))
    assert parsed.entries == []
    assert "1970" in parsed.feed.updated


def test_head_links_for_home_and_topic_pages(config: SiteConfig) -> None:
    assert [(link.type, link.href) for link in feeds.links("index.md", config.topics, "D")] == [
        (feeds.RSS, "feed.xml"),
        (feeds.JSON_FEED, "feed.json"),
    ]
    topic = [link.href for link in feeds.links("topics/health.md", config.topics, "D")]
    assert topic == ["feed.xml", "feed.json", "feed-health.xml", "feed-health.json"]


def test_unchanged_feeds_are_not_written_again(config: SiteConfig, items: list[Entry]) -> None:
    absolute = absolute_for(items)
    memo: feeds.FeedMemo = {}
    made = feeds.feeds(items, config.topics, "Digest", "")
    first = feeds.feed_files(made, absolute, memo)
    assert first == feeds.feed_files(made, absolute)  # the same documents with or without the memo
    again = feeds.feed_files(feeds.feeds(items, config.topics, "Digest", ""), absolute, memo)
    assert all(a is b for a, b in zip(first, again, strict=True))
    changed = feeds.feed_files(feeds.feeds(items[:1], config.topics, "Digest", ""), absolute, memo)
    assert changed[0] is not first[0]
    assert len(memo) == len(changed) // 2  # only the last call's feeds are kept


def test_feed_links_by_page(config: SiteConfig) -> None:
    by_page = feeds.links_by_page(config.topics, "Digest")
    assert by_page[None] == feeds.links("articles/x.md", config.topics, "Digest")
    assert by_page["topics/health.md"] == feeds.links("topics/health.md", config.topics, "Digest")
    assert len(by_page["topics/health.md"]) == len(by_page[None]) + 2


@pytest.mark.parametrize("text", ['Fish & <chips> "to go"', "a\rb\tc", "]]> &amp; &#65;", "Ünïcode 🦊"])
def test_rss_text_and_attributes_read_back_as_written(config: SiteConfig, text: str) -> None:
    made = [entry("X", "2025-01-01", id="x", source=text, tags=(text,), url=f"https://example.org/?q={text}")]
    made[0] = Entry(made[0].src, made[0].article.replace(title=text))
    document = ElementTree.fromstring(feeds.rss(feeds.feeds(made, config.topics, text, text)[0], absolute_for(made)))
    item = document.find("channel/item")
    assert item is not None
    assert document.findtext("channel/title") == document.findtext("channel/description") == text
    assert item.findtext("title") == item.findtext("category") == item.findtext("source") == text
    assert item.find("source").get("url") == f"https://example.org/?q={text}"  # type: ignore[union-attr]


def test_json_feed_has_one_item_a_line(config: SiteConfig, items: list[Entry]) -> None:
    text = feeds.json_feed(feeds.feeds(items, config.topics, "Digest", "")[0], absolute_for(items))
    lines = text.splitlines()
    titles = [json.loads(line.rstrip(","))["title"] for line in lines[1:-1]]
    assert titles == ["Undated", "Comet & <fragment>", "Clinic rota"]
    assert text.endswith("]}\n")
    assert json.loads(feeds.json_feed(feeds.feeds([], config.topics, "D", "")[0], absolute_for([])))["items"] == []
