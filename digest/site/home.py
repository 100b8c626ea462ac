"""The home page: the digest of the last days, as a reader opens it in the morning.

What it shows is fixed by the collection, never by the clock: the newest
``added`` date of the collection is "today", and the home page holds the
articles added in the `DAYS` days up to it, one section per day, newest day
first, featured articles first within each day and then in site order. A quiet
week is topped up with earlier days until `MINIMUM` articles are shown; a busy
one stops at `MAXIMUM`, and the day it stops in says how many more it had.
Featured articles from before those days open the page (at most `FEATURED`),
so an editor's pick stays on it until it is unmarked.

>>> import datetime as dt
>>> from digest.contract.model import Article
>>> def e(n, day, featured=False):
...     a = Article(title=f"A{n}", added=dt.date(2025, 1, day), id=f"a{n}", featured=featured)
...     return Entry(f"articles/a{n}.md", a)
>>> plan = select([e(1, 20), e(2, 20, True), e(3, 19), e(4, 2), e(5, 1, True)], days=3, minimum=3)
>>> [(str(day), [x.src[9:-3] for x in shown], more) for day, shown, more in plan.days]
[('2025-01-20', ['a2', 'a1'], 0), ('2025-01-19', ['a3'], 0)]
>>> [x.src[9:-3] for x in plan.featured]
['a5']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby

from digest.config import Topic
from digest.site import paths
from digest.site.generated import GeneratedFile, front
from digest.site.listing import PageLinks, Texts, entry_block
from digest.site.text import count, day_heading
from digest.store.collection import Entry
from digest.text.markdown import escape

DAYS = 7
"""The home page holds the articles added in the last this many days of the collection."""
MINIMUM = 10
"""Fewer than this and earlier days are added."""
MAXIMUM = 40
"""The home page lists at most this many articles of those days."""
FEATURED = 10
"""At most this many featured articles from before those days open the page."""


@dataclass(frozen=True, slots=True)
class HomePlan:
    """What the home page lists."""

    featured: tuple[Entry, ...]
    """Featured articles added before the days shown."""
    days: tuple[tuple[dt.date, tuple[Entry, ...], int], ...]
    """Each day shown, newest first: its date added, its articles in order, and how many more it had."""


def select(entries: Sequence[Entry], days: int = DAYS, minimum: int = MINIMUM, maximum: int = MAXIMUM) -> HomePlan:
    """The home page's articles; ``entries`` are in site order (newest first, see `digest.site.listing`)."""
    if not entries:
        return HomePlan((), ())
    order = {e.src: i for i, e in enumerate(entries)}
    by_day = sorted(entries, key=lambda e: (-e.article.added.toordinal(), not e.article.featured, order[e.src]))
    newest = by_day[0].article.added
    shown: list[tuple[dt.date, tuple[Entry, ...], int]] = []
    total = 0
    for day, group in groupby(by_day, key=lambda e: e.article.added):
        if (newest - day).days >= days and total >= minimum:
            break
        items = list(group)
        room = max(0, maximum - total)
        shown.append((day, tuple(items[:room]), max(0, len(items) - room)))
        total += min(room, len(items))
        if total >= maximum:
            break
    oldest = shown[-1][0]
    featured = tuple(e for e in entries if e.article.featured and e.article.added < oldest)[:FEATURED]
    return HomePlan(featured, tuple(shown))


def home_page(
    entries: Sequence[Entry], topics: Mapping[str, Topic], site_name: str, texts: Texts | None = None
) -> GeneratedFile:
    """The home page of ``entries`` (site order, drafts left out): see the module docstring."""
    src = paths.HOME
    links = PageLinks(src, topics, texts)
    plan = select(entries)
    intro = (
        f"The latest of {count(len(entries), 'article')}, by the day they were added. Browse them all by "
        f"[topic]({paths.link(src, paths.TOPICS)}), in the [timeline]({paths.link(src, paths.TIMELINE)}) "
        f"or by [tag]({paths.link(src, paths.TAGS)}). Follow it with the "
        f"[RSS feed]({paths.link(src, paths.FEED_RSS)}) or the [JSON Feed]({paths.link(src, paths.FEED_JSON)})."
    )
    parts = [f"# {escape(site_name)}", intro]
    if plan.featured:
        parts.append("## Featured")
        parts += [entry_block(e, links, level=3, tags=True) for e in plan.featured]
    for day, shown, more in plan.days:
        parts.append(f"## {day_heading(day)} {{ #added-{day.isoformat()} }}")
        parts += [entry_block(e, links, level=3, tags=True) for e in shown]
        if more:
            timeline = paths.link(src, paths.TIMELINE)
            parts.append(f"*{count(more, 'more article')} added that day: see the [timeline]({timeline}).*")
    if not entries:
        parts.append("No articles yet.")
    return GeneratedFile(src, front("toc") + "\n\n".join(parts) + "\n", "the home page")
