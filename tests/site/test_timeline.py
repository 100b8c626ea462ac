"""The timeline: grouping, undated articles, and the per-year split."""

from __future__ import annotations

import re

from digest.config import SiteConfig
from digest.site import timeline
from digest.site.listing import UNDATED, newest_first
from tests.site.helpers import entry


def headings(markdown: str) -> list[str]:
    return re.findall(r"^#+ .*$", markdown, flags=re.MULTILINE)


def test_grouped_by_year_month_day_newest_first(config: SiteConfig) -> None:
    topics = {t.title: t for t in config.topics}
    items = newest_first(
        [
            entry("March", "2024-03-12"),
            entry("June b", "2025-06-03"),
            entry("June a", "2025-06-03"),
            entry("January", "2026-01-20"),
        ]
    )
    (page,) = timeline.pages(items, topics)
    assert page.src == "timeline/index.md"
    assert headings(page.content) == [
        "# Timeline",
        "## 2026 { #y2026 }",
        "### January 2026 { #m2026-01 }",
        "#### Tuesday 20 January 2026 { #d2026-01-20 }",
        "## 2025 { #y2025 }",
        "### June 2025 { #m2025-06 }",
        "#### Tuesday 3 June 2025 { #d2025-06-03 }",
        "## 2024 { #y2024 }",
        "### March 2024 { #m2024-03 }",
        "#### Tuesday 12 March 2024 { #d2024-03-12 }",
    ]
    order = re.findall(r"\*\*\[([^\]]+)\]", page.content)
    assert order == ["January", "June a", "June b", "March"]


def test_undated_article_under_added_date_and_marked(config: SiteConfig) -> None:
    topics = {t.title: t for t in config.topics}
    (page,) = timeline.pages(newest_first([entry("Undated", None), entry("Dated", "2025-01-01")]), topics)
    day = page.content.split("Saturday 28 November 2026")[1].split("##")[0]
    assert "Undated" in day
    assert UNDATED in day
    assert UNDATED not in page.content.split("2025 {")[1]


def test_large_archive_splits_into_year_pages(config: SiteConfig) -> None:
    topics = {t.title: t for t in config.topics}
    n = timeline.SPLIT_THRESHOLD + 1
    items = newest_first([entry(f"S{i:04d}", f"{2023 + i % 3}-{1 + i % 12:02d}-{1 + i % 28:02d}") for i in range(n)])
    built = timeline.pages(items, topics)
    assert [p.src for p in built] == ["timeline/index.md", "timeline/2025.md", "timeline/2024.md", "timeline/2023.md"]
    index = built[0].content
    assert "](2025.md)" in index
    assert "](2025.md#m2025-12)" in index
    assert "**[" not in index  # the index lists years and months, not articles
    listed = sum(p.content.count("- **[") for p in built[1:])
    assert listed == n
    assert built[1].content.split("---\n", 2)[-1].lstrip().startswith("# Timeline: 2025")
    assert "[All years](index.md)" in built[1].content


def test_at_threshold_it_is_one_page(config: SiteConfig) -> None:
    topics = {t.title: t for t in config.topics}
    items = newest_first([entry(f"S{i}", f"20{10 + i % 10}-01-01") for i in range(timeline.SPLIT_THRESHOLD)])
    assert [p.src for p in timeline.pages(items, topics)] == ["timeline/index.md"]


def test_a_large_year_is_split_into_month_pages(config: SiteConfig) -> None:
    topics = {t.title: t for t in config.topics}
    n = timeline.MONTH_SPLIT + 10
    busy = [entry(f"B{i:04d}", f"2025-{1 + i % 3:02d}-{1 + i % 28:02d}") for i in range(n)]
    quiet = [entry("Q1", "2024-05-01"), entry("Q2", "2024-06-01")]
    built = {p.src: p.content for p in timeline.pages(newest_first(busy + quiet), topics)}
    assert sorted(built) == [
        "timeline/2024.md",
        "timeline/2025.md",
        "timeline/2025/01.md",
        "timeline/2025/02.md",
        "timeline/2025/03.md",
        "timeline/index.md",
    ]
    assert "[March 2025](2025/03.md) (" in built["timeline/index.md"]  # straight to the month's page
    assert "](2024.md#m2024-06)" in built["timeline/index.md"]  # a small year keeps its anchors
    year = built["timeline/2025.md"]
    assert "- [February 2025](2025/02.md): " in year
    assert "**[" not in year  # the year lists months, not articles
    assert sum(built[f"timeline/2025/0{m}.md"].count("- **[") for m in (1, 2, 3)) == n
    march = built["timeline/2025/03.md"]
    assert "[2025](../2025.md) · [All years](../index.md)" in march
    assert "](../../articles/b0002.md)" in march
