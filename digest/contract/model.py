"""The `Article` model: the one contract between the converter, editors and the site.

An article file is YAML frontmatter followed by a Markdown body::

    ---
    title: El Salvador's president agrees to take U.S. prison inmates, for a fee
    date: 2025-02-04
    added: 2026-11-28
    source: The Independent
    topics:
    - Immigration
    tags:
    - Nayib Bukele
    summary: El Salvador's President Nayib Bukele has confirmed ...
    id: 6f1c0a9e2b7d
    original: inbox/000_485ba8381d172209.txt
    ---
    Body paragraphs in Markdown.

`FIELDS` fixes the key order of every file the converter writes. The model holds
values only; reading, validating and writing live in `digest.contract.articlefile`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Final


@dataclass(frozen=True, slots=True)
class Article:
    """One news article of the digest, as stored in ``content/articles/<slug>.md``."""

    title: str
    """Headline, plain text."""
    added: dt.date
    """Date the article entered the digest. Always set; injected by the caller."""
    id: str
    """Stable identifier derived from the URL or the raw content."""
    date: dt.date | None = None
    """Publication date, only from explicit metadata; ``None`` when unknown."""
    source: str | None = None
    """Publisher, e.g. ``The Independent``."""
    via: str | None = None
    """Aggregator the article came through, when it was republished."""
    url: str | None = None
    """Link to the original article."""
    authors: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    """Topic titles from ``site_config/topics.yml``."""
    tags: tuple[str, ...] = ()
    """People, places and organisations, most salient first."""
    summary: str = ""
    """Plain-text summary made of whole sentences of the body."""
    original: str | None = None
    """Path of the raw input the article was converted from (POSIX, project-relative)."""
    lang: str | None = None
    """ISO 639-1 language code when the article is not in English."""
    image: str | None = None
    """Lead image URL declared by the source page."""
    featured: bool = False
    """Editor field: show first on the home page."""
    draft: bool = False
    """Editor field: keep out of the built site."""
    note: str | None = None
    """Editor field: an editor's note shown above the article."""
    body: str = field(default="", repr=False)
    """Markdown body, without frontmatter."""

    @property
    def sort_date(self) -> dt.date:
        """The date the article is filed under: publication date, else the date added."""
        return self.date if self.date is not None else self.added

    @property
    def is_dated(self) -> bool:
        """True when the publication date is known."""
        return self.date is not None

    def replace(self, **changes: object) -> Article:
        """Return a copy with ``changes`` applied (the model itself is frozen)."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


FIELDS: Final[tuple[str, ...]] = (
    "title",
    "date",
    "added",
    "source",
    "via",
    "url",
    "authors",
    "topics",
    "tags",
    "summary",
    "id",
    "original",
    "lang",
    "image",
    "featured",
    "draft",
    "note",
)
"""Frontmatter keys in the order the writer emits them."""

REQUIRED: Final[frozenset[str]] = frozenset({"title"})
"""Keys every article file must carry; besides, ``date`` or ``added`` (``added`` defaults to ``date``), and
``id`` unless the file's path is known (`digest.contract.validate.derived_id`)."""

EDITOR_FIELDS: Final[frozenset[str]] = frozenset({"featured", "draft", "note"})
"""Keys only editors set; the converter never writes them unless they were already there."""

LIST_FIELDS: Final[frozenset[str]] = frozenset({"authors", "topics", "tags"})
BOOL_FIELDS: Final[frozenset[str]] = frozenset({"featured", "draft"})
DATE_FIELDS: Final[frozenset[str]] = frozenset({"date", "added"})
TEXT_FIELDS: Final[frozenset[str]] = frozenset(
    {"title", "source", "via", "url", "summary", "id", "original", "lang", "image", "note"}
)

KNOWN_EXTRA_KEYS: Final[frozenset[str]] = frozenset({"hide", "search", "template", "status"})
"""MkDocs / Material page keys an editor may legitimately add; accepted without warning."""
