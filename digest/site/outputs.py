"""The site folder kept between builds, so an unchanged page's file is neither deleted nor written again.

``mkdocs build`` empties the site folder, then writes every file: at 10,000
articles, removing and writing 10,000 folders is a good part of a warm build.
`SiteFolder` moves the folder aside before MkDocs empties it (one rename) and
back once it did, so the files are still there; then:

- a page the cache holds (`digest.site.pagecache`) keeps its file when the file is
  the one the last build wrote for the same key: same size, times and inode as
  recorded then (`unchanged`); any other file is written again;
- every other file is written by MkDocs and its plugins, as always;
- at the end (`finish`), a file that this build neither wrote nor kept is removed:
  the folder holds what a clean build writes, and nothing else. The files are
  listed with their stamps when the folder comes back; a file the build wrote has
  another stamp by the end (every write sets its change time, which no tool can
  set back), or was not there.

A kept page is recognised by its ``stat`` stamp (size, modification and change
times, inode), recorded in the cache folder after each build that finished;
without a record (a fresh clone, a build that failed), the folder is emptied and
written as MkDocs would.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import shutil
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from digest.site.buildcache import key

Stamp = tuple[int, int, int, int]
"""Size, modification time, change time (nanoseconds) and inode of a file."""
_ASIDE = ".digest-previous"


def _stamp(st: os.stat_result) -> Stamp:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _walk(root: str) -> dict[str, Stamp]:
    """Every file under ``root`` (paths relative to it, ``/``-separated) and its stamp."""
    found: dict[str, Stamp] = {}
    stack = [""]
    while stack:
        prefix = stack.pop()
        try:
            entries = list(os.scandir(os.path.join(root, prefix) if prefix else root))
        except OSError:
            continue
        for entry in entries:
            name = f"{prefix}/{entry.name}" if prefix else entry.name
            if entry.is_dir(follow_symlinks=False):
                stack.append(name)
            else:
                with contextlib.suppress(OSError):
                    found[name] = _stamp(entry.stat(follow_symlinks=False))
    return found


class SiteFolder:
    """The site folder of one build and the record of the last build's files (see the module docstring)."""

    def __init__(self, site_dir: str, cache_folder: Path) -> None:
        self.site_dir = os.path.abspath(site_dir)
        self.record = cache_folder / f"site-{key(self.site_dir).hex()}.record"
        self._aside = self.site_dir + _ASIDE
        self._pages: dict[str, tuple[Stamp, bytes]] = {}
        self._walking: Future[dict[str, Stamp]] | None = None
        self.kept = False
        """Whether the last build's files are in the folder (the record matched)."""

    def set_aside(self) -> None:
        """Before MkDocs empties the folder: move it aside when the record says what it holds."""
        if os.path.lexists(self._aside):
            _remove(self._aside)  # left by a build that failed before taking it back
        recorded = _read(self.record)
        if recorded is None or not os.path.isdir(self.site_dir) or os.path.islink(self.site_dir):
            return
        self.record.unlink(missing_ok=True)  # from now on the folder changes; a failed build leaves no record
        try:
            os.rename(self.site_dir, self._aside)
        except OSError:
            return
        self._pages = recorded
        self.kept = True

    def take_back(self) -> None:
        """After MkDocs emptied the folder: put the previous files back (nothing when none were set aside)."""
        if not self.kept:
            return
        if os.path.lexists(self.site_dir):  # something wrote there already: the folder is not ours to restore
            self.kept = False
            _remove(self._aside)
            return
        try:
            os.rename(self._aside, self.site_dir)
        except OSError:
            self.kept = False
            _remove(self._aside)
            return
        # the listing runs beside the build (it waits on the file system, not on Python)
        pool = ThreadPoolExecutor(max_workers=1)
        self._walking = pool.submit(_walk, self.site_dir)
        pool.shutdown(wait=False)  # the thread ends with the listing

    def unchanged(self, dest: str, page_key: bytes) -> bool:
        """Whether the file at ``dest`` (relative) is the one the last build wrote for ``page_key``."""
        recorded = self._pages.get(dest)
        return recorded is not None and recorded[1] == page_key and self.returned.get(dest) == recorded[0]

    @property
    def returned(self) -> dict[str, Stamp]:
        """The files the folder held when it came back, with their stamps."""
        return self._walking.result() if self._walking is not None else {}

    def wait(self) -> None:
        """Wait until the folder is listed: call it before the build writes anything there."""
        self.returned  # noqa: B018 - the listing's result, waited for

    def finish(self, pages: Iterable[tuple[str, bytes]], kept: Iterable[str]) -> None:
        """Remove what the build neither wrote nor ``kept``; record the pages' files and keys.

        ``pages`` holds the pages the cache knows (path relative to the folder, key).
        """
        now = _walk(self.site_dir)
        keep = set(kept)
        returned = self.returned
        stale = [p for p, stamp in now.items() if returned.get(p) == stamp and p not in keep]
        for path in stale:
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(self.site_dir, path))
            del now[path]
        _remove_empty_folders(self.site_dir, {os.path.dirname(p) for p in stale})
        record = {dest: (now[dest], k) for dest, k in pages if dest in now}
        tmp = self.record.with_name(f".{self.record.name}.tmp")
        self.record.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, self.record)


def _read(path: Path) -> dict[str, tuple[Stamp, bytes]] | None:
    try:
        with open(path, "rb") as handle:
            found = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
        return None
    return found if isinstance(found, dict) else None


def _remove(path: str) -> None:
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _remove_empty_folders(root: str, folders: set[str]) -> None:
    """Remove each of ``folders`` (relative) and its parents up to ``root`` while they are empty."""
    for start in sorted(folders, key=lambda f: -f.count("/")):
        folder = start
        while folder:
            try:
                os.rmdir(os.path.join(root, folder))
            except OSError:
                break
            folder = os.path.dirname(folder)
