"""Article files in the build cache: parsed files kept as plain values, and which files are unchanged.

A parsed file is kept as tuples (`plain`): unpickling a frozen dataclass field by
field takes three times as long.

Reading and hashing every article file is a good part of a build where nothing
changed (10,000 files at 10,000 articles). After each build the cache folder
keeps, for every article file, its stamp (modification time, size and inode
change time, `digest.site.preview.stamp`) and the key its bytes gave. A file
whose stamp is the same is the file that was read: every write sets the change
time, and no tool sets it back. Its key is taken without reading it. A fresh
clone (or a restored cache) has new stamps on every file: each is read, so what
decides "unchanged" stays the content. A file changed in the two seconds before
the build is not recorded (read again next time): on a file system whose times
are coarse, an edit right after the build read it could leave the same stamp.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import pickle
import time
from pathlib import Path
from typing import Any

from digest.contract.articlefile import ParsedFile
from digest.contract.model import Article
from digest.site.preview import Stamp

RECORD = "articles.stamps"
SETTLED_NS = 2_000_000_000
"""How long before a build a file's times must be for its stamp to be recorded."""


class StampRecord:
    """The stamps and keys of one folder's article files, from the last build that read them in ``context``.

    ``context`` is everything else the keys depend on (software, topics, how paths are shown):
    a record made in another context is not used.
    """

    def __init__(self, cache_folder: Path, context: bytes, now_ns: int | None = None) -> None:
        self.path = cache_folder / RECORD
        self.context = context
        self._settled = (time.time_ns() if now_ns is None else now_ns) - SETTLED_NS
        """A stamp with a time after this is not recorded (see the module docstring)."""
        self.known: dict[str, tuple[Stamp, bytes]] = self._read()
        self.now: dict[str, tuple[Stamp, bytes]] = {}

    def _read(self) -> dict[str, tuple[Stamp, bytes]]:
        try:
            with open(self.path, "rb") as handle:
                context, known = pickle.load(handle)
        except Exception:  # none yet, or damaged: every file is read
            return {}
        return known if context == self.context and isinstance(known, dict) else {}

    def key_of(self, src: str, stamp: Stamp) -> bytes | None:
        """The key of ``src`` when its stamp is the one recorded (``None``: read the file)."""
        found = self.known.get(src)
        return found[1] if found is not None and stamp is not None and found[0] == stamp else None

    def note(self, src: str, stamp: Stamp, file_key: bytes) -> None:
        if stamp is not None and file_key and stamp[0] < self._settled and stamp[2] < self._settled:
            self.now[src] = (stamp, file_key)

    def save(self) -> None:
        """Keep this build's stamps (written only when they changed; atomic)."""
        if self.now == self.known:
            return
        tmp = self.path.with_name(f".{RECORD}.{os.getpid()}.tmp")
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(pickle.dumps((self.context, self.now), protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, self.path)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def plain(parsed: ParsedFile) -> tuple[Any, ...]:
    """``parsed`` as tuples, for the build cache (`from_plain` reads it back)."""
    article = parsed.article
    values = tuple(getattr(article, name) for name in _ARTICLE_FIELDS) if article is not None else None
    return (values, parsed.problems, parsed.meta)


def from_plain(found: object, shown: str) -> ParsedFile | None:
    """The parsed file `plain` kept (``None``: anything else, a miss)."""
    if not isinstance(found, tuple) or len(found) != 3:
        return None
    values, problems, meta = found
    return ParsedFile(shown, Article(*values) if values is not None else None, problems, meta)


_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))
