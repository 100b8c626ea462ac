"""The pages a preview takes from the build cache, written while it already serves.

``mkdocs serve`` serves nothing until its first build is done, and when the build
cache holds every article page, a fifth of that build is writing those pages'
files into the preview's new, empty folder (10,000 folders and files at 10,000
articles). A `PageWriter` writes them in a thread of its own once MkDocs has left
them out of the build: the preview serves its home page while they are being
written (one to two seconds at 10,000 articles), and a rebuild, or the preview's end,
waits for the writer first (``hooks/buildcache.py``).

Each pack file the pages are in is opened when the writer is made, so the cache's
clean-up at the end of the build (which may delete packs) never takes a page away.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import IO


class PageWriter:
    """Writes files from blobs of the build cache's packs, in a thread, in the order given."""

    def __init__(self, pages: Iterable[tuple[str, tuple[Path, int, int]]]) -> None:
        """``pages``: each file's path and where its content is (pack file, offset, length)."""
        self._packs: dict[Path, IO[bytes] | None] = {}
        self._todo: list[tuple[str, IO[bytes], int, int]] = []
        for dest, (pack, offset, length) in pages:
            if pack not in self._packs:
                try:
                    self._packs[pack] = open(pack, "rb")  # noqa: SIM115 - closed by the thread
                except OSError:
                    self._packs[pack] = None
            handle = self._packs[pack]
            if handle is not None:
                self._todo.append((dest, handle, offset, length))
        self.taken = frozenset(dest for dest, *_ in self._todo)
        """The files the writer will write (a page whose pack is gone is not among them)."""
        self.failed: list[str] = []
        self._thread = threading.Thread(target=self._write, name="digest-pages", daemon=True)
        self._thread.start()

    def _write(self) -> None:
        try:
            for dest, handle, offset, length in self._todo:
                try:
                    handle.seek(offset)
                    data = handle.read(length)
                    if len(data) != length:
                        raise OSError(f"{handle.name}: cut short")
                    if data.strip():  # as MkDocs, which writes no file for an empty page
                        os.makedirs(os.path.dirname(dest), exist_ok=True)
                        with open(dest, "wb") as out:
                            out.write(data)
                except OSError:
                    self.failed.append(dest)
        finally:
            for pack in self._packs.values():
                if pack is not None:
                    with contextlib.suppress(OSError):
                        pack.close()

    def wait(self) -> list[str]:
        """Wait until every file is written; the files that could not be (their paths)."""
        self._thread.join()
        return self.failed
