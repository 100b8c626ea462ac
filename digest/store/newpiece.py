"""``digest new``: start a piece an editor writes by hand, as ``content/articles/<slug>.md``.

The file has a complete frontmatter (title, date when given, added, topics, an
empty summary the site fills from the body, the id, ``draft: true`` when the
piece waits for review) and one placeholder line for the body::

    ---
    title: Harbour town votes to fund a seawall
    added: 2026-11-28
    topics:
    - Politics
    summary:
    id: 3f9c0a1b2d4e
    ---

    Write the article here.

A name already taken (in any letter case) is refused, never overwritten nor
given a suffix: two pieces with one headline are more likely a mistake than
two articles. Every problem is reported at once, in the lines ``digest check``
prints (an unknown topic with its "did you mean").
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from digest.contract import articlefile
from digest.contract.validate import PLACEHOLDER, derived_id
from digest.paths import display_path, printable
from digest.problems import Problem, ProblemsError, has_errors
from digest.store import lock
from digest.store.writer import ARTICLES, ContentIndex, write_new
from digest.text import yamlio
from digest.text.slug import slugify


@dataclass(frozen=True, slots=True)
class Piece:
    """What an editor says about a piece they are about to write."""

    title: str
    added: dt.date
    """Today, as the command line says; never read from a clock here."""
    date: dt.date | None = None
    topics: tuple[str, ...] = ()
    draft: bool = False


def canonical_topics(given: Sequence[str], topics: Collection[str]) -> tuple[str, ...]:
    """``given`` with each topic written as ``site_config`` writes it when only the letter case differs.

    >>> canonical_topics(["health", "Wolrd", "World"], {"Health", "World"})
    ('Health', 'Wolrd', 'World')
    """
    by_fold: dict[str, list[str]] = {}
    for title in sorted(topics):
        by_fold.setdefault(title.casefold(), []).append(title)
    out = []
    for topic in given:
        matches = by_fold.get(topic.strip().casefold(), [])
        out.append(matches[0] if topic not in topics and len(matches) == 1 else topic.strip())
    return tuple(dict.fromkeys(out))


def piece_text(piece: Piece, article_id: str) -> str:
    """The new file: the frontmatter in the contract's order, a blank line, the placeholder."""
    meta: dict[str, object] = {"title": piece.title}
    if piece.date is not None:
        meta["date"] = piece.date
    meta["added"] = piece.added
    meta["topics"] = list(piece.topics)
    head = yamlio.dump(meta)
    tail = {"id": article_id, **({"draft": True} if piece.draft else {})}
    return f"---\n{head}summary:\n{yamlio.dump(tail)}---\n\n{PLACEHOLDER}\n"


def start_piece(content: Path, piece: Piece, topics: Collection[str] | None) -> Path:
    """Write the new piece's file and return its path; raise `ProblemsError` with every problem.

    Holds the content folder's lock (`digest.store.lock`), so a ``digest convert``
    running at the same time cannot claim the same name.
    """
    slug = slugify(piece.title)
    path = content / ARTICLES / f"{slug or 'untitled'}.md"
    shown = display_path(path)
    src = f"{ARTICLES}/{path.name}"
    if not slug:
        raise ProblemsError([Problem(shown, "title", f"{piece.title!r} has no letters or digits to name the file")])
    if printable(piece.title) != piece.title and "\n" not in piece.title.strip():  # a new line: the contract says
        raise ProblemsError([Problem(shown, "title", f"contains control characters: {printable(piece.title)!r}")])
    with lock.hold(content):
        index = ContentIndex(content)
        article_id = derived_id(src)
        n = 1
        while article_id in index.by_id:  # a renamed file kept the id this name gives
            n += 1
            article_id = derived_id(f"{src}#{n}")
        text = piece_text(piece, article_id)
        problems = list(articlefile.parse(shown, text, topics, src=src).problems)
        taken = next((name for name in _names(index.folder) if name.casefold() == path.name.casefold()), None)
        if taken is not None:
            what = "already exists" if taken == path.name else f"is taken: {display_path(index.folder / taken)} exists"
            problems.insert(0, Problem(shown, "file", f"{what}; not overwritten (edit it, or choose another headline)"))
        if has_errors(problems):
            raise ProblemsError([p for p in problems if p.severity.is_error()])
        try:
            write_new(path, text)
        except FileExistsError:
            raise ProblemsError([Problem(shown, "file", "already exists; not overwritten")]) from None
    return path


def _names(folder: Path) -> list[str]:
    try:
        return sorted(os.listdir(folder))
    except FileNotFoundError:
        return []
