"""Writing article files: unique slugs, atomic replacement, never an editor's file.

`ContentIndex` knows every article already in ``content/articles/`` by id and by
file name. `plan` decides what happens to a freshly converted article:

- new id: a new file named after the title's slug (``-2``, ``-3`` on collision);
- known id, same bytes: unchanged, nothing is written;
- known id, different bytes: the file is left alone (an editor may have changed
  it), and the outcome says so.

`write_atomic` writes a temporary file in the same folder, flushes it to disk and
renames it over the target, so a reader (or a crash) sees the old file or the new
one, never half of one.
"""

from __future__ import annotations

import enum
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from digest import articlefile
from digest.model import Article
from digest.slug import slugify

ARTICLES = "articles"


class Action(enum.Enum):
    WRITE = "written"
    UNCHANGED = "unchanged"
    KEEP = "kept"
    """An existing file with this id differs from the fresh conversion: never overwritten."""


@dataclass(frozen=True, slots=True)
class Plan:
    action: Action
    path: Path
    text: str


class ContentIndex:
    """The articles already in a content folder, by id and by file name."""

    def __init__(self, content: Path) -> None:
        self.folder = content / ARTICLES
        self.by_id: dict[str, Path] = {}
        self.names: set[str] = set()
        self.unreadable: list[str] = []
        if self.folder.is_dir():
            for path in sorted(self.folder.glob("*.md")):
                self.names.add(path.name)
                article_id = self._read_id(path)
                if article_id:
                    self.by_id.setdefault(article_id, path)

    def _read_id(self, path: Path) -> str | None:
        try:
            parsed = articlefile.parse(path.as_posix(), path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            self.unreadable.append(path.as_posix())
            return None
        value = parsed.meta.get("id") if parsed.meta else None
        return value if isinstance(value, str) else None

    def existing(self, article_id: str) -> Path | None:
        return self.by_id.get(article_id)

    def claim_name(self, title: str, article_id: str) -> Path:
        """A file name for a new article, never one that exists or is already claimed."""
        base = slugify(title) or f"article-{article_id}"
        candidates = (f"{base}.md" if n == 1 else f"{base}-{n}.md" for n in _counter())
        name = next(c for c in candidates if c not in self.names)
        self.names.add(name)
        return self.folder / name

    def claim_id(self, article_id: str, path: Path) -> None:
        self.by_id[article_id] = path


def _counter() -> Iterator[int]:
    n = 1
    while True:
        yield n
        n += 1


def plan(article: Article, index: ContentIndex) -> Plan:
    """What to do with a freshly converted article (see the module docstring)."""
    existing = index.existing(article.id)
    if existing is None:
        path = index.claim_name(article.title, article.id)
        index.claim_id(article.id, path)
        return Plan(Action.WRITE, path, articlefile.render(article))
    try:
        current = existing.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return Plan(Action.KEEP, existing, "")
    parsed = articlefile.parse(existing.as_posix(), current)
    if parsed.article is not None:
        article = article.replace(added=parsed.article.added)
    text = articlefile.render(article)
    return Plan(Action.UNCHANGED if text == current else Action.KEEP, existing, text)


def write_atomic(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` atomically; return False when the content was already there."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True
