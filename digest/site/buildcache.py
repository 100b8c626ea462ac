"""The build cache on disk: blobs found by key, kept between builds in one folder.

`Store` keeps what a build made (rendered pages, parsed articles) in pack files
under the cache folder (``.cache/digest/`` next to ``mkdocs.yml``, `folder_for`);
an index says where each blob lives. Keys are digests of everything a blob was
made from (`key`), so a blob is either right for a build or never asked for:
nothing is ever invalidated, only left unused.

- **Reading** takes one ``pread`` a blob; a pack that went missing is a miss.
- **Writing**: the blobs a build adds are appended to a pack of its own; `commit`
  flushes it to disk, then replaces the index atomically, so a killed build
  leaves the previous index (and a pack nothing refers to, removed later).
- **What is kept**: the blobs the build used or added. A dirty build (``mkdocs
  serve --dirty``) sees a few pages only, so it keeps every blob of the index
  too. Packs mostly made of unused blobs are rewritten (`COMPACT_RATIO`), packs
  with none are deleted.
- Two builds at once (a preview and a build) each write their own pack; their
  commits take turns (a lock file), and an index entry whose pack is gone is a miss.

The blobs are pickles: the folder is the project's own, written by its own builds
(anyone who can write there can edit ``hooks/`` as well).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from digest.site.cachefiles import Location, lock, read_index, remove_unless_locked, write_index, write_tag

FOLDER = ".cache/digest"
"""The cache folder, relative to the folder of ``mkdocs.yml``; removing it gives a cold build."""
COMPACT_RATIO = 2.0
"""Rewrite the packs when they hold this many times the bytes of the blobs still used."""
COMPACT_MIN = 8 << 20
"""Never rewrite less than this many bytes of packs."""
_PACKS = "packs"
_INDEX = "index"


def folder_for(config_file: str | Path) -> Path:
    """The cache folder of the project whose ``mkdocs.yml`` is ``config_file``."""
    return Path(config_file).resolve().parent / FOLDER


def key(*parts: str | bytes) -> bytes:
    """A 16-byte digest of ``parts`` (each length-prefixed, so no two lists of parts give one key).

    >>> key("a", "bc") == key("ab", "c")
    False
    >>> len(key(b"x"))
    16
    """
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.digest()


class Store:
    """Blobs by key in the pack files of ``folder`` (see the module docstring)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._index = read_index(folder / _INDEX)
        self._live: dict[bytes, Location] = {}
        self._readers: dict[str, IO[bytes] | None] = {}
        self._pack: str | None = None
        self._writer: IO[bytes] | None = None
        self._written = 0
        self.hits = 0
        self.added = 0

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, blob_key: bytes) -> bytes | None:
        """The blob stored under ``blob_key`` (``None``: a miss); a blob read is kept at the next commit."""
        where = self._live.get(blob_key) or self._index.get(blob_key)
        if where is None:
            return None
        data = self._read(where)
        if data is None:
            return None
        self._live[blob_key] = where
        self.hits += 1
        return data

    def has(self, blob_key: bytes) -> bool:
        """Whether a blob is stored under ``blob_key`` (kept at the next commit); its pack is not read."""
        where = self._live.get(blob_key) or self._index.get(blob_key)
        if where is not None:
            self._live[blob_key] = where
        return where is not None

    def location(self, blob_key: bytes) -> tuple[Path, int, int] | None:
        """Where the blob is: its pack file (flushed), offset and length (``None``: not stored)."""
        where = self._live.get(blob_key) or self._index.get(blob_key)
        if where is not None and where[0] == self._pack and self._writer is not None:
            self._writer.flush()
        return None if where is None else (self.folder / _PACKS / where[0], where[1], where[2])

    def load(self, blob_key: bytes) -> object | None:
        """`get`, unpickled; a blob that does not unpickle is a miss."""
        data = self.get(blob_key)
        if data is None:
            return None
        try:
            found: object = pickle.loads(data)
        except Exception:
            self._live.pop(blob_key, None)
            return None
        return found

    def put(self, blob_key: bytes, data: bytes) -> None:
        """Store ``data`` under ``blob_key`` (appended to this build's pack)."""
        if blob_key in self._live:
            return
        if self._writer is None:
            (self.folder / _PACKS).mkdir(parents=True, exist_ok=True)
            self._pack = f"{secrets.token_hex(8)}.pack"
            self._writer = open(self.folder / _PACKS / self._pack, "xb")  # noqa: SIM115 - closed by commit/close
            lock(self._writer.fileno(), wait=False)  # another build's clean-up leaves a pack being written alone
        assert self._pack is not None
        self._writer.write(data)
        self._live[blob_key] = (self._pack, self._written, len(data))
        self._written += len(data)
        self.added += 1

    def dump(self, blob_key: bytes, value: object) -> None:
        """`put` ``value`` pickled."""
        self.put(blob_key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def commit(self, *, keep_unused: bool = False) -> None:
        """Make what this build used and added the cache's content (see the module docstring)."""
        if self._writer is not None:
            self._writer.flush()
            os.fsync(self._writer.fileno())
        with self._locked():
            live = dict(self._live)
            if keep_unused:
                live = {**read_index(self.folder / _INDEX), **self._index, **live}
            present = {name for name in {w[0] for w in live.values()} if (self.folder / _PACKS / name).is_file()}
            live = {k: where for k, where in live.items() if where[0] in present}
            if _should_compact(self.folder / _PACKS, live):
                live = self._compact(live)
            write_index(self.folder / _INDEX, live)
            write_tag(self.folder)
            self._remove_unused_packs({where[0] for where in live.values()})
            self._index = live
        self._live = {}
        if self._writer is not None:  # the pack is the cache's now: a later `put` starts another
            self._writer.close()
        self._writer, self._pack, self._written = None, None, 0

    def close(self) -> None:
        """Close the pack files; a pack this build wrote but did not commit is removed."""
        for reader in self._readers.values():
            if reader is not None:
                reader.close()
        self._readers = {}
        if self._writer is not None:  # never committed
            self._writer.close()
            if self._pack is not None:
                (self.folder / _PACKS / self._pack).unlink(missing_ok=True)
        self._writer, self._pack, self._written = None, None, 0

    def _read(self, where: Location) -> bytes | None:
        name, offset, length = where
        if name == self._pack and self._writer is not None:
            self._writer.flush()
        if name not in self._readers:
            try:
                self._readers[name] = open(self.folder / _PACKS / name, "rb")  # noqa: SIM115 - closed by close()
            except OSError:
                self._readers[name] = None
        reader = self._readers[name]
        if reader is None:
            return None
        if hasattr(os, "pread"):
            data = os.pread(reader.fileno(), length, offset)
        else:  # pragma: no cover - Windows
            reader.seek(offset)
            data = reader.read(length)
        return data if len(data) == length else None

    def _compact(self, live: dict[bytes, Location]) -> dict[bytes, Location]:
        """Every live blob copied into one new pack; returns their new locations."""
        name = f"{secrets.token_hex(8)}.pack"
        moved: dict[bytes, Location] = {}
        offset = 0
        with open(self.folder / _PACKS / name, "xb") as out:
            for blob_key, where in sorted(live.items(), key=lambda item: item[1]):
                data = self._read(where)
                if data is None:
                    continue
                out.write(data)
                moved[blob_key] = (name, offset, len(data))
                offset += len(data)
            out.flush()
            os.fsync(out.fileno())
        return moved

    def _remove_unused_packs(self, used: set[str]) -> None:
        for pack in (self.folder / _PACKS).glob("*.pack"):
            if pack.name not in used and pack.name != self._pack:
                remove_unless_locked(pack)
        if self._pack is not None and self._pack not in used:
            if self._writer is not None:
                self._writer.close()
            (self.folder / _PACKS / self._pack).unlink(missing_ok=True)
            self._writer, self._pack, self._written = None, None, 0

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self.folder / "lock", "a+b") as handle:
            lock(handle.fileno(), wait=True)
            yield


def _should_compact(packs: Path, live: dict[bytes, Location]) -> bool:
    names = {where[0] for where in live.values()}
    stored = sum((packs / name).stat().st_size for name in names if (packs / name).is_file())
    used = sum(where[2] for where in live.values())
    return stored > COMPACT_MIN and stored > COMPACT_RATIO * used
