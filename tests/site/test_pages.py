"""The generated pages' Markdown: which pages exist, what they list, in which order."""

from __future__ import annotations

import datetime as dt
import re

from digest.config import SiteConfig
from digest.site import home, paths, timeline, topic
from digest.site.generated import GeneratedFile
from digest.site.listing import newest_first
from digest.site.pages import build_pages
from digest.store.collection import Entry
from tests.site.helpers import assert_inert, entry, to_html

LINK = re.compile(r"\]\(([^)]+)\)")


def titles_linked(markdown: str, prefix: str) -> list[str]:
    return [m for m in LINK.findall(markdown) if m.startswith(prefix)]


def by_src(built: list[GeneratedFile]) -> dict[str, str]:
    return {p.src: p.content for p in built}


def test_pages_for_topics_with_articles_only(config: SiteConfig) -> None:
    items = [entry("A", "2025-01-01", topics=("Health",)), entry("B", "2025-01-02", topics=("Health", "Science"))]
    srcs = [p.src for p in build_pages(items, config.topics, "Digest")]
    assert srcs == [
        "index.md",
        "topics/index.md",
        "topics/health.md",
        "topics/science.md",
        "timeline/index.md",
        "tags.md",
    ]


def test_topics_index_in_config_order_with_counts_and_descriptions(config: SiteConfig) -> None:
    items = [
        entry("A", "2025-01-01", topics=("Science",)),
        entry("B", "2025-01-02", topics=("Health", "Science")),
    ]
    text = by_src(build_pages(items, config.topics, "Digest"))[paths.TOPICS]
    assert titles_linked(text, "") == ["health.md", "science.md"]  # topics.yml lists Health first
    assert "*1 article*" in text
    assert "*2 articles*" in text
    assert config.topic("Science").description in text  # type: ignore[union-attr]


def test_topic_page_lists_its_articles_newest_first_with_tags(config: SiteConfig) -> None:
    items = [
        entry("Old", "2024-01-01", topics=("Health",), tags=("Priya Halvorsen",)),
        entry("New", "2025-06-03", topics=("Health",)),
        entry("Elsewhere", "2025-07-01", topics=("Science",)),
    ]
    text = by_src(build_pages(items, config.topics, "Digest"))["topics/health.md"]
    assert titles_linked(text, "../articles/") == ["../articles/new.md", "../articles/old.md"]
    assert "Tags: [Priya Halvorsen](../tags.md#tag:priya-halvorsen)" in text
    assert "../feed-health.xml" in text
    assert text.startswith("---\nhide:\n  - toc\nsearch:\n  exclude: true\n---\n")


def test_home_featured_first_then_latest_without_repeats(config: SiteConfig) -> None:
    items = [entry(f"Story {i:02d}", f"2025-01-{i + 1:02d}") for i in range(30)]
    items.append(entry("Old but featured", "2020-01-01", featured=True, added=dt.date(2026, 10, 1)))
    text = by_src(build_pages(items, config.topics, "Digest"))[paths.HOME]
    linked = titles_linked(text, "articles/")
    assert linked[0] == "articles/old-but-featured.md"
    assert linked[1:] == [f"articles/story-{i:02d}.md" for i in range(29, -1, -1)]  # all added on one day
    assert text.index("## Featured") < text.index("## Saturday 28 November 2026")


def test_home_caps_featured(config: SiteConfig) -> None:
    items = [entry(f"Today {i}", "2025-01-01") for i in range(home.MINIMUM)]
    items += [entry(f"F{i:02d}", f"2025-01-{i + 1:02d}", featured=True, added=dt.date(2026, 1, 1)) for i in range(13)]
    text = by_src(build_pages(items, config.topics, "Digest"))[paths.HOME]
    featured = text.split("## Featured")[1].split("\n## ")[0]
    assert len(titles_linked(featured, "articles/")) == home.FEATURED


def test_home_shows_the_last_days_of_the_collection_by_day_featured_first(config: SiteConfig) -> None:
    def added(title: str, day: int, **fields: object) -> Entry:
        return entry(title, "2025-01-01", added=dt.date(2026, 3, day), **fields)

    items = [added("Mon A", 2), added("Mon B", 2, featured=True), added("Sun", 1), added("Feb", 1, id="x")]
    items += [added(f"Old {i}", 1, id=f"old-{i}") for i in range(12)]
    items = [e for e in items if e.article.id != "x"]
    items += [entry("Long ago", "2025-01-01", added=dt.date(2026, 2, 1))]
    plan = home.select(newest_first(items))
    shown = [(str(day), [e.article.title for e in got]) for day, got, _ in plan.days]
    assert shown[0] == ("2026-03-02", ["Mon B", "Mon A"])  # the newest day added, featured first
    assert shown[1][0] == "2026-03-01"
    assert [day for day, _ in shown] == ["2026-03-02", "2026-03-01"]  # "Long ago" is 29 days older
    # relative to the collection, not the clock: the same articles give the same page on any day
    assert build_pages(items, config.topics, "D") == build_pages(list(reversed(items)), config.topics, "D")


def test_a_quiet_week_is_topped_up_and_a_busy_day_says_how_many_more(config: SiteConfig) -> None:
    quiet = [entry(f"Q{i}", "2025-01-01", added=dt.date(2026, 1, 1) + dt.timedelta(days=30 * i)) for i in range(12)]
    plan = home.select(newest_first(quiet))
    assert sum(len(got) for _, got, _ in plan.days) == home.MINIMUM
    busy = [entry(f"B{i:02d}", "2025-01-01") for i in range(home.MAXIMUM + 5)]
    text = by_src(build_pages(busy, config.topics, "Digest"))[paths.HOME]
    assert len(titles_linked(text, "articles/")) == home.MAXIMUM
    assert "*5 more articles added that day: see the [timeline](timeline/index.md).*" in text


def test_home_links_topics_timeline_tags_and_feeds(config: SiteConfig) -> None:
    text = by_src(build_pages([entry("A", "2025-01-01")], config.topics, "Digest"))[paths.HOME]
    for target in ("topics/index.md", "timeline/index.md", "tags.md", "feed.xml", "feed.json"):
        assert f"]({target})" in text


def test_drafts_are_on_no_page(config: SiteConfig) -> None:
    items = [entry("Public", "2025-01-01"), entry("Secret", "2025-01-02", draft=True, topics=("Health",))]
    built = by_src(build_pages(items, config.topics, "Digest"))
    assert "topics/health.md" not in built
    assert not any("secret" in text.lower() for text in built.values())


def test_empty_site_still_has_every_index(config: SiteConfig) -> None:
    built = by_src(build_pages([], config.topics, "Digest"))
    assert list(built) == ["index.md", "topics/index.md", "timeline/index.md", "tags.md"]
    assert "No articles yet." in built["index.md"]


def test_tags_page_is_filled_in_by_digest_not_by_materials_listing(config: SiteConfig) -> None:
    tags = next(p for p in build_pages([], config.topics, "Digest") if p.src == paths.TAGS)
    assert tags.filled_in  # the index is added once every page was read (digest.site.tagsindex)
    assert "material/tags" not in tags.content  # Material's plugin would list every tag a second time


def test_every_page_ends_with_one_newline(config: SiteConfig) -> None:
    for page in build_pages([entry("A", "2025-01-01")], config.topics, "Digest"):
        assert page.content.endswith("\n")
        assert not page.content.endswith("\n\n")


def test_hostile_site_name_and_articles_render_inert(config: SiteConfig) -> None:
    hostile = '<img src=x onerror="alert(1)"> [x](javascript:alert(1)) **b**'
    items = [entry(hostile, "2025-01-01", summary=hostile, source=hostile, tags=(hostile,), id="h1")]
    for page in build_pages(items, config.topics, hostile):
        body = page.content.split("---\n", 2)[-1]
        assert_inert(to_html(body))


def test_output_is_deterministic(config: SiteConfig) -> None:
    items = [entry(f"S{i}", f"2025-0{1 + i % 9}-01", topics=("Health", "Science")[: 1 + i % 2]) for i in range(20)]
    assert build_pages(items, config.topics, "D") == build_pages(list(reversed(items)), config.topics, "D")


def test_every_generated_page_is_left_out_of_search_parsing(config: SiteConfig) -> None:
    items = [entry(f"S{i:03d}", f"{2023 + i % 3}-01-{1 + i % 28:02d}", topics=("Health",)) for i in range(250)]
    built = build_pages(items, config.topics, "Digest")
    assert len(built) > 6  # the timeline is split into years
    for page in built:
        assert page.content.startswith("---\n"), page.src
        assert "\nsearch:\n  exclude: true\n---\n" in page.content, page.src
    assert [p.src for p in built if p.filled_in] == [paths.TAGS]  # Material's tags plugin fills it in


def test_an_article_on_several_topic_pages_reads_the_same_on_each(config: SiteConfig) -> None:
    items = [
        entry("Both", "2025-06-03", topics=("Health", "Science"), tags=("Priya Halvorsen",), summary="Both *x*."),
        entry("Health only", "2025-06-04", topics=("Health",)),
    ]
    by_title = {t.title: t for t in config.topics}
    health, science = (t for t in config.topics if t.title in ("Health", "Science"))
    shared: topic.Blocks = {}
    listed = {t: [e for e in items if t.title in e.article.topics] for t in (health, science)}
    made = [topic.pages(t, listed[t], by_title, {}, shared) for t in (health, science)]
    alone = [topic.pages(t, listed[t], by_title) for t in (health, science)]
    assert made == alone
    assert sorted(src for _, _, src in shared) == ["articles/both.md", "articles/health-only.md"]


def test_a_large_topic_is_split_per_year_newest_first(config: SiteConfig) -> None:
    n = topic.SPLIT_THRESHOLD + 20
    items = [entry(f"H{i:03d}", f"{2023 + i % 3}-0{1 + i % 9}-{1 + i % 28:02d}", topics=("Health",)) for i in range(n)]
    built = by_src(build_pages(items, config.topics, "Digest"))
    assert sorted(s for s in built if s.startswith("topics/health")) == [
        "topics/health.md",
        "topics/health/2023.md",
        "topics/health/2024.md",
        "topics/health/2025.md",
    ]
    main = built["topics/health.md"]
    newest = [e.src for e in newest_first(items)]
    assert titles_linked(main, "../articles/") == ["../" + s for s in newest[: topic.LATEST]]
    assert "By year: [2025](health/2025.md) (" in main
    assert "../feed-health.xml" in main  # the feed stays
    year = built["topics/health/2024.md"]
    in_2024 = [e.src for e in newest_first(items) if e.article.sort_date.year == 2024]
    assert titles_linked(year, "../../articles/") == ["../../" + s for s in in_2024]
    assert "## August 2024 { #m2024-08 }" in year
    small = by_src(build_pages(items[: topic.SPLIT_THRESHOLD], config.topics, "Digest"))
    assert not any(s.startswith("topics/health/") for s in small)


def test_a_large_year_of_a_topic_is_split_into_month_pages(config: SiteConfig) -> None:
    n = timeline.MONTH_SPLIT + 10
    items = [entry(f"H{i:03d}", f"2025-0{1 + i % 2}-{1 + i % 28:02d}", topics=("Health",)) for i in range(n)]
    built = by_src(build_pages(items, config.topics, "Digest"))
    assert sorted(s for s in built if s.startswith("topics/health")) == [
        "topics/health.md",
        "topics/health/2025.md",
        "topics/health/2025/01.md",
        "topics/health/2025/02.md",
    ]
    assert "- [February 2025](2025/02.md): " in built["topics/health/2025.md"]
    february = built["topics/health/2025/02.md"]
    assert "[2025](../2025.md) · [All of Health](../../health.md)" in february
    assert len(titles_linked(february, "../../../articles/")) == n // 2
