"""Writing article files: unique file names, atomic replacement.

`ContentIndex` knows every article already in ``content/articles/`` by id and
every name taken in that folder. What to write (a new file, an update, nothing)
is decided by `digest.store.reconcile`; this module only writes.

`write_atomic` writes a temporary file in the same folder, flushes it to disk and
renames it over the target, so a reader (or a crash, or a SIGKILL) sees the old
file or the new one, never half of one. The temporary file is hidden
(``.<name>.<random>.tmp``), so nothing reads it as an article; the next
``digest convert`` removes any that a killed run left (`digest.store.lock`).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from digest.contract import articlefile
from digest.paths import TooLarge, read_file
from digest.store.collection import article_files
from digest.text import yamlio
from digest.text.slug import slugify

ARTICLES = "articles"
FILE_MODE = 0o644


class ContentIndex:
    """The articles already in a content folder, by id, and the file names taken."""

    def __init__(self, content: Path) -> None:
        self.content = content
        self.folder = content / ARTICLES
        self.by_id: dict[str, Path] = {}
        self.names: set[str] = set()
        """Casefolded names in the folder (files, folders, hidden files): never given to a new article."""
        self.unreadable: list[str] = []
        if self.folder.is_dir():
            self.names = {p.name.casefold() for p in self.folder.iterdir()}
            for path in article_files(content):
                article_id = self._read_id(path)
                if article_id:
                    self.by_id.setdefault(article_id, path)

    def _read_id(self, path: Path) -> str | None:
        try:
            text = read_file(path, articlefile.MAX_ARTICLE_BYTES).decode("utf-8")
        except (OSError, UnicodeDecodeError):
            self.unreadable.append(path.as_posix())
            return None
        parts = articlefile.split(text)  # only the frontmatter: a flaw elsewhere must not hide the id
        try:
            meta = yamlio.load(parts[0]) if parts else None
        except yamlio.YAMLProblem:
            return None
        value = meta.get("id") if isinstance(meta, dict) else None
        return value if isinstance(value, str) else None

    def existing(self, article_id: str) -> Path | None:
        return self.by_id.get(article_id)

    def claim_name(self, title: str, article_id: str) -> Path:
        """A file name for a new article, never one that exists (in any letter case) or is already claimed."""
        base = slugify(title) or f"article-{article_id}"
        candidates = (f"{base}.md" if n == 1 else f"{base}-{n}.md" for n in _counter())
        name = next(c for c in candidates if c.casefold() not in self.names)
        self.names.add(name.casefold())
        return self.folder / name

    def claim_id(self, article_id: str, path: Path) -> None:
        self.by_id[article_id] = path


def _counter() -> Iterator[int]:
    n = 1
    while True:
        yield n
        n += 1


def write_new(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, only if no file has that name; else raise `FileExistsError`.

    The complete file is linked into place, which fails when the name is taken, so
    nothing is ever overwritten (also not a file made in the meantime).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temporary(path, text.encode("utf-8"))
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: claim the name, then move the complete file over it
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _temporary(path: Path, data: bytes) -> str:
    """A hidden temporary file beside ``path`` holding ``data``, flushed to disk; its name."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), FILE_MODE)  # mkstemp makes it private (0600)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def write_atomic(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` atomically; return False when the content was already there."""
    data = text.encode("utf-8")
    try:
        if read_file(path, len(data)) == data:  # a folder or a pipe in the way raises OSError
            return False
    except (FileNotFoundError, TooLarge):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temporary(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True
