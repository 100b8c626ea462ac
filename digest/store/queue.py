"""``digest drafts``: the review queue, the articles marked ``draft: true``, oldest first.

An article waits in the queue from the day it was added; publishing it is
deleting its ``draft`` line (or setting it to ``false``). The queue is read like
the site reads the articles (`digest.store.collection.load_articles`), without
the topic list, so an article with an unknown topic is still listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from digest.paths import display_path, printable
from digest.store.collection import Entry


def oldest_first(entries: Iterable[Entry]) -> list[Entry]:
    """The drafts among ``entries``: added first, then published first, then title, id and file."""
    drafts = [e for e in entries if e.article.draft]
    return sorted(
        drafts,
        key=lambda e: (e.article.added, e.article.sort_date, e.article.title.casefold(), e.article.id, e.src),
    )


def line(entry: Entry, content: Path) -> str:
    """``2026-11-28  content/articles/x.md  Title · The Ledger · published 2025-03-12``."""
    article = entry.article
    source = article.source or "source unknown"
    if article.via:
        source = f"{source} via {article.via}"
    published = f"published {article.date.isoformat()}" if article.date else "publication date unknown"
    where = display_path(content / entry.src)
    return f"{article.added.isoformat()}  {where}  {printable(article.title)} · {printable(source)} · {published}"
