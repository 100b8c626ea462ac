"""Order, filtering and the Markdown of one article in a listing."""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from digest.site import listing
from tests.site.helpers import assert_inert, entry, to_html


def test_newest_first_sorts_by_filed_date_then_title_then_id() -> None:
    items = [
        entry("b same day", "2025-02-04", id="b1"),
        entry("Older", "2024-01-01"),
        entry("A same day", "2025-02-04", id="z9"),
        entry("a same day", "2025-02-04", id="a2"),
        entry("a same day", "2025-02-04", id="a1"),
        entry("Undated", None),  # filed under the date added, 2026-11-28
    ]
    ordered = [(e.article.title, e.article.id) for e in listing.newest_first(items)]
    assert ordered == [
        ("Undated", "undated"),
        ("A same day", "z9"),
        ("a same day", "a1"),
        ("a same day", "a2"),
        ("b same day", "b1"),
        ("Older", "older"),
    ]


def test_order_does_not_depend_on_input_order() -> None:
    items = [entry(f"T{i % 3}", f"2025-0{1 + i % 2}-01", id=f"id{i}") for i in range(8)]
    assert listing.newest_first(items) == listing.newest_first(list(reversed(items)))


def test_drafts_are_left_out_and_named() -> None:
    items = [entry("Kept", "2025-01-01"), entry("Hidden", "2025-01-02", draft=True)]
    assert [e.article.title for e in listing.published(items)] == ["Kept"]
    assert listing.drafts(items) == ["articles/hidden.md"]


def test_by_topic_keeps_order_skips_unknown_and_repeats(config: SiteConfig) -> None:
    items = [
        entry("One", "2025-01-02", topics=("Health", "Politics", "Health")),
        entry("Two", "2025-01-01", topics=("Politics", "Not a topic")),
    ]
    grouped = listing.by_topic(items, config.topics)
    assert {k: [e.article.title for e in v] for k, v in grouped.items()} == {
        "Health": ["One"],
        "Politics": ["One", "Two"],
    }


def test_undated_article_is_marked_with_its_added_date() -> None:
    assert listing.date_text(entry("X", None).article) == "date unknown, added 28 November 2026"
    assert listing.date_text(entry("X", "2025-02-04").article) == "4 February 2025"


@pytest.mark.parametrize(
    ("source", "via", "expected"),
    [
        ("The Independent", "Criminal Justice News", "The Independent via Criminal Justice News"),
        ("The Independent", None, "The Independent"),
        (None, "Criminal Justice News", "Criminal Justice News"),
        (None, None, ""),
    ],
)
def test_source_text(source: str | None, via: str | None, expected: str) -> None:
    assert listing.source_text(entry("X", source=source, via=via).article) == expected


def test_entry_block_links_article_and_topics_relative_to_the_page(config: SiteConfig) -> None:
    topics = {t.title: t for t in config.topics}
    item = entry("Deal", "2025-02-04", topics=("Criminal Justice",), tags=("Nayib Bukele",))
    html = to_html(listing.entry_block(item, listing.PageLinks("topics/health.md", topics), level=2, tags=True))
    assert '<a href="../articles/deal.md">Deal</a>' in html
    assert '<a href="criminal-justice.md">Criminal Justice</a>' in html
    assert 'class="digest-meta"' in html
    assert "Nayib Bukele" in html


HOSTILE = '<script>alert(1)</script> [x](javascript:alert(1)) {: onclick="x"} **b**'


def test_untrusted_text_never_becomes_markup(config: SiteConfig) -> None:
    topics = {t.title: t for t in config.topics}
    item = entry(HOSTILE, "2025-02-04", source=HOSTILE, via=HOSTILE, summary=HOSTILE, tags=(HOSTILE,))
    for text in (
        listing.entry_block(item, listing.PageLinks("index.md", topics), tags=True),
        listing.entry_item(item, listing.PageLinks("timeline/index.md", topics)),
    ):
        assert_inert(to_html(text))


def test_timeline_item_marks_undated_articles_only(config: SiteConfig) -> None:
    topics = {t.title: t for t in config.topics}
    links = listing.PageLinks("timeline/index.md", topics)
    assert listing.UNDATED in listing.entry_item(entry("X", None), links)
    assert listing.UNDATED not in listing.entry_item(entry("X", "2025-01-01"), links)
