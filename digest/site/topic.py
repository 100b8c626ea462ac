"""One topic's pages: all its articles newest first, split per year when there are many.

Up to `SPLIT_THRESHOLD` articles a topic is one page, ``/topics/<slug>/``.
Above it, that page shows the newest `LATEST` articles and the years, and each
year has its page ``/topics/<slug>/<year>/`` with that year's articles under
month headings (anchors ``m2025-02``, as on the timeline); a year with more
than `digest.site.timeline.MONTH_SPLIT` lists its months instead, each with its
page ``/topics/<slug>/<year>/<month>/``, so no page grows with the archive. The topic's feeds stay where they are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby

from digest.config import Topic
from digest.site import paths
from digest.site.generated import GeneratedFile, front
from digest.site.listing import PageLinks, Texts, entry_block
from digest.site.text import count, month_heading
from digest.site.timeline import MONTH_SPLIT, month_anchor
from digest.store.collection import Entry
from digest.text.markdown import escape

SPLIT_THRESHOLD = 100
"""Above this many articles a topic's page is split into one page per year."""
LATEST = 20
"""A split topic's page opens with this many of its newest articles."""

Blocks = dict[tuple[str, int, str], str]
"""Each article's block by (folder, heading level, ``src``): pages in one folder link alike, so they share it.
Year pages share one key, `YEARS`: every page they link to is outside ``topics/<slug>/``, so the links read
the same from every topic's folder."""
YEARS = "topics/*"
MONTHS = "topics/*/*"


def year_page(slug: str, year: int) -> str:
    """The page of one year of a topic."""
    return f"topics/{slug}/{year}.md"


def _blocks(
    entries: Sequence[Entry], page_src: str, links: PageLinks, level: int, made: Blocks, *, folder: str = ""
) -> list[str]:
    folder = folder or page_src.rpartition("/")[0]
    parts = []
    for e in entries:
        key = (folder, level, e.src)
        block = made.get(key)
        if block is None:
            block = made[key] = entry_block(e, links, level=level, tags=True)
        parts.append(block)
    return parts


def _page(src: str, label: str, parts: Sequence[str]) -> GeneratedFile:
    return GeneratedFile(src, front("toc") + "\n\n".join(p for p in parts if p) + "\n", label)


def pages(
    topic: Topic,
    entries: Sequence[Entry],
    topics: Mapping[str, Topic],
    texts: Texts | None = None,
    blocks: Blocks | None = None,
) -> list[GeneratedFile]:
    """The topic's page, and its year pages when it has more than `SPLIT_THRESHOLD` articles.

    ``entries`` are newest first; ``blocks`` keeps each article's block for the
    other topics' pages (see `Blocks`).
    """
    src = paths.topic_page(topic.slug)
    made: Blocks = {} if blocks is None else blocks
    parts = [f"# {escape(topic.title)}"]
    if topic.description:
        parts.append(escape(topic.description))
    feeds = f"[RSS]({paths.link(src, paths.topic_feed(topic.slug, 'xml'))}) · " + (
        f"[JSON Feed]({paths.link(src, paths.topic_feed(topic.slug, 'json'))})"
    )
    parts.append(f"*{count(len(entries), 'article')}* · {feeds} · [All topics]({paths.link(src, paths.TOPICS)})")
    links = PageLinks(src, topics, texts)
    label = f"the topic page of {topic.title!r}"
    if len(entries) <= SPLIT_THRESHOLD:
        return [_page(src, label, parts + _blocks(entries, src, links, 2, made))]
    years = [(year, list(group)) for year, group in groupby(entries, key=lambda e: e.article.sort_date.year)]
    index = ", ".join(
        f"[{year}]({paths.link(src, year_page(topic.slug, year))}) ({len(in_year)})" for year, in_year in years
    )
    parts += [f"By year: {index}", "## Latest", *_blocks(entries[:LATEST], src, links, 3, made)]
    result = [_page(src, label, parts)]
    for year, in_year in years:
        result += _year(topic, year, in_year, topics, texts=texts, made=made)
    return result


def month_page(slug: str, year: int, month: int) -> str:
    """The page of one month of a topic (when its year has more than `digest.site.timeline.MONTH_SPLIT`)."""
    return f"topics/{slug}/{year}/{month:02d}.md"


def _year(
    topic: Topic, year: int, entries: Sequence[Entry], topics: Mapping[str, Topic], *, texts: Texts | None, made: Blocks
) -> list[GeneratedFile]:
    """The year's page; above `MONTH_SPLIT` articles it lists the months, each with its page."""
    src = year_page(topic.slug, year)
    title = escape(topic.title)
    parts = [
        f"# {title}: {year}",
        f"{count(len(entries), 'article')}, newest first · [All of {title}]"
        f"({paths.link(src, paths.topic_page(topic.slug))})",
    ]
    months = [
        (key, list(group))
        for key, group in groupby(entries, key=lambda e: (e.article.sort_date.year, e.article.sort_date.month))
    ]
    label = f"the {year} page of the topic {topic.title!r}"
    if len(entries) > MONTH_SPLIT:
        parts.append(
            "\n".join(
                f"- [{month_heading(y, m)}]({paths.link(src, month_page(topic.slug, y, m))}): {len(got)}"
                for (y, m), got in months
            )
        )
        return [
            _page(src, label, parts),
            *(_month(topic, y, m, got, topics, texts=texts, made=made) for (y, m), got in months),
        ]
    links = PageLinks(src, topics, texts)
    for (y, m), in_month in months:
        parts.append(f"## {month_heading(y, m)} {{ #{month_anchor(y, m)} }}")
        parts += _blocks(in_month, src, links, 3, made, folder=YEARS)
    return [_page(src, label, parts)]


def _month(
    topic: Topic,
    year: int,
    month: int,
    entries: Sequence[Entry],
    topics: Mapping[str, Topic],
    *,
    texts: Texts | None,
    made: Blocks,
) -> GeneratedFile:
    src = month_page(topic.slug, year, month)
    title = escape(topic.title)
    everything = paths.link(src, paths.topic_page(topic.slug))
    up = f"[{year}]({paths.link(src, year_page(topic.slug, year))}) · [All of {title}]({everything})"
    heading = month_heading(year, month)
    parts = [f"# {title}: {heading}", up, *_blocks(entries, src, PageLinks(src, topics, texts), 2, made, folder=MONTHS)]
    return _page(src, f"the {heading} page of the topic {topic.title!r}", parts)
