"""The header above an article's body."""

from __future__ import annotations

import html as html_module

from digest.config import SiteConfig
from digest.site.article import NOTE_TITLE, footer, header
from digest.site.listing import PageLinks
from tests.site.helpers import article, assert_inert, elements, to_html

SRC = "articles/deal.md"


def test_header_shows_title_source_date_original_topics_dek(config: SiteConfig) -> None:
    item = article(
        "Deal",
        "2025-02-04",
        source="The Independent",
        via="Criminal Justice News",
        url="https://example.org/news/deal?id=1",
        topics=("Criminal Justice", "Politics"),
        authors=("Jane Roe",),
        summary="A summary sentence.",
    )
    html = to_html(header(item, SRC, config.topics))
    found = elements(html)
    assert found[0][0] == "h1"
    links = [a["href"] for tag, a in found if tag == "a"]
    assert links == ["../topics/criminal-justice.md", "../topics/politics.md", "https://example.org/news/deal?id=1"]
    assert "The Independent via Criminal Justice News" in html
    assert "by Jane Roe" in html
    assert "4 February 2025 · 1 min read" in html
    assert '<p class="digest-dek">A summary sentence.</p>' in html  # the body does not open with it
    assert ">Read the original at The Independent</a>" in html


def test_undated_article_says_so(config: SiteConfig) -> None:
    assert "date unknown, added 28 November 2026" in header(article("X"), SRC, config.topics)


def test_note_is_an_admonition_with_every_paragraph(config: SiteConfig) -> None:
    html = to_html(header(article("X", note="First point.\n\nSecond <b>point</b>."), SRC, config.topics))
    assert '<div class="admonition note">' in html
    assert NOTE_TITLE in html
    assert "<p>First point.</p>" in html
    assert "Second &lt;b&gt;point&lt;/b&gt;." in html


def test_no_optional_parts_when_absent(config: SiteConfig) -> None:
    html = to_html(header(article("X", summary="", topics=(), source=None), SRC, config.topics))
    assert "digest-dek" not in html
    assert "digest-topics" not in html
    assert "admonition" not in html


def test_hostile_values_render_inert(config: SiteConfig) -> None:
    hostile = '<script>alert(1)</script> [x](javascript:alert(1)) {: onclick="x"} **b**'
    item = article(hostile, source=hostile, via=hostile, summary=hostile, note=hostile, authors=(hostile,))
    assert_inert(to_html(header(item, SRC, config.topics)))


def test_url_with_brackets_and_quotes_stays_one_link(config: SiteConfig) -> None:
    item = article("X", url="https://example.org/a_(b)?q=[1]")
    links = [a["href"] for tag, a in elements(to_html(header(item, SRC, config.topics))) if tag == "a"]
    assert links[-1] == "https://example.org/a_%28b%29?q=%5B1%5D"


def test_topic_links_made_once_per_folder_give_the_same_header(config: SiteConfig) -> None:
    links = PageLinks("articles/any.md", {t.title: t for t in config.topics})
    for topics in [("Criminal Justice", "Politics"), ("Politics", "Politics"), ("Unknown", "Health"), ()]:
        item = article("Deal", "2025-02-04", topics=topics)
        assert header(item, SRC, config.topics, links=links) == header(item, SRC, config.topics)


def test_no_dek_when_the_body_opens_with_the_summary(config: SiteConfig) -> None:
    lead = "Bukele offered to take U.S. prison inmates. He met Rubio on Monday."
    body = "Bukele offered to take U.S. prison inmates.\n\nHe met *Rubio* on Monday.\n\nMore followed."
    html = to_html(header(article("X", summary=lead, body=body), SRC, config.topics))
    assert "digest-dek" not in html
    later = "More followed later that week."
    html = to_html(
        header(article("X", summary=later, body=body + "\n\n" + "Filler. " * 80 + later), SRC, config.topics)
    )
    assert '<p class="digest-dek">More followed later that week.</p>' in html


def test_reading_time_grows_with_the_body(config: SiteConfig) -> None:
    long_read = article("X", body="word " * 2300)
    assert "10 min read" in header(long_read, SRC, config.topics)


def test_the_original_is_named_by_its_source_and_linked_again_under_the_body() -> None:
    item = article("X", source="The [Ledger]", url="https://example.org/x")
    html = to_html(footer(item))
    assert [(a["href"], a.get("class")) for tag, a in elements(html) if tag == "a"] == [
        ("https://example.org/x", "digest-original")
    ]
    assert ">Read the original at The [Ledger]</a>" in html_module.unescape(html)
    assert ">Read the original article</a>" in to_html(footer(article("X", source=None, url="https://e.org/")))
    assert footer(article("X")) == ""  # no URL, no link
