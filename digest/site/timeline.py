"""The timeline: every article newest first, grouped by year, month and day.

Articles without a publication date are filed under the date they were added
and marked as such. Up to `SPLIT_THRESHOLD` articles the timeline is one page;
above it, ``/timeline/`` lists the years (with their months) and each year has
its own page ``/timeline/<year>/``, so no page grows with the whole archive.
A year with more than `MONTH_SPLIT` articles is split again: its page lists
the months, each with its page ``/timeline/<year>/<month>/``, so no page grows
with the archive. Headings carry fixed anchors (``y2025``, ``m2025-02``, ``d2025-02-04``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby

from digest.config import Topic
from digest.site import paths
from digest.site.generated import GeneratedFile, front
from digest.site.listing import PageLinks, Texts, entry_item
from digest.site.text import count, day_heading, month_heading
from digest.store.collection import Entry

SPLIT_THRESHOLD = 200
"""Above this many articles the timeline is split into one page per year."""
MONTH_SPLIT = 400
"""Above this many articles a year's page lists its months, and each month has its page."""


def _year(entry: Entry) -> int:
    return entry.article.sort_date.year


def _month(entry: Entry) -> tuple[int, int]:
    day = entry.article.sort_date
    return (day.year, day.month)


def month_anchor(year: int, month: int) -> str:
    return f"m{year}-{month:02d}"


def _year_body(
    entries: Sequence[Entry], page_src: str, topics: Mapping[str, Topic], level: int, texts: Texts
) -> list[str]:
    """Month and day headings (starting at ``level``) with their articles; ``entries`` newest first."""
    parts: list[str] = []
    links = PageLinks(page_src, topics, texts)
    for (year, month), in_month in groupby(entries, key=_month):
        parts.append(f"{'#' * level} {month_heading(year, month)} {{ #{month_anchor(year, month)} }}")
        for day, in_day in groupby(in_month, key=lambda e: e.article.sort_date):
            parts.append(f"{'#' * (level + 1)} {day_heading(day)} {{ #d{day.isoformat()} }}")
            parts.append("\n".join(entry_item(e, links) for e in in_day))
    return parts


def pages(entries: Sequence[Entry], topics: Mapping[str, Topic], texts: Texts | None = None) -> list[GeneratedFile]:
    """The timeline page(s) for ``entries`` (already newest first, drafts left out)."""
    src = paths.TIMELINE
    texts = {} if texts is None else texts
    years = [(year, list(group)) for year, group in groupby(entries, key=_year)]
    parts = ["# Timeline", f"{count(len(entries), 'article')}, newest first."]
    if not entries:
        parts.append("No articles yet.")
    if len(entries) <= SPLIT_THRESHOLD:
        for year, in_year in years:
            parts.append(f"## {year} {{ #y{year} }}")
            parts += _year_body(in_year, src, topics, 3, texts)
        return [GeneratedFile(src, front() + "\n\n".join(parts) + "\n", "the timeline")]
    result = []
    for year, in_year in years:
        year_src = paths.year_page(year)
        months = [(key, list(group)) for key, group in groupby(in_year, key=_month)]
        by_month = len(in_year) > MONTH_SPLIT

        links = ", ".join(
            f"[{month_heading(y, m)}]({_month_target(y, m, src, by_month)}) ({len(got)})" for (y, m), got in months
        )
        parts.append(f"## [{year}]({paths.link(src, year_src)}) {{ #y{year} }}")
        parts.append(f"{count(len(in_year), 'article')}: {links}")
        body = [f"# Timeline: {year}", f"[All years]({paths.link(year_src, src)})"]
        if not by_month:
            body += _year_body(in_year, year_src, topics, 2, texts)
        else:
            body.append(f"{count(len(in_year), 'article')}, by month:")
            body.append(
                "\n".join(
                    f"- [{month_heading(y, m)}]({_month_target(y, m, year_src, by_month)}): {len(got)}"
                    for (y, m), got in months
                )
            )
            for (y, m), got in months:
                result.append(_month_page(y, m, got, topics, texts))
        result.append(GeneratedFile(year_src, front() + "\n\n".join(body) + "\n", f"the timeline page of {year}"))
    return [GeneratedFile(src, front() + "\n\n".join(parts) + "\n", "the timeline"), *result]


def _month_target(year: int, month: int, from_src: str, by_month: bool) -> str:
    """Where a month's articles are: its own page, or its heading on the year's page."""
    if by_month:
        return paths.link(from_src, paths.month_page(year, month))
    return paths.link(from_src, paths.year_page(year), month_anchor(year, month))


def _month_page(
    year: int, month: int, entries: Sequence[Entry], topics: Mapping[str, Topic], texts: Texts
) -> GeneratedFile:
    src = paths.month_page(year, month)
    up = f"[{year}]({paths.link(src, paths.year_page(year))}) · [All years]({paths.link(src, paths.TIMELINE)})"
    body = [f"# Timeline: {month_heading(year, month)}", up, *_year_body(entries, src, topics, 2, texts)]
    label = f"the timeline page of {month_heading(year, month)}"
    return GeneratedFile(src, front() + "\n\n".join(body) + "\n", label)
