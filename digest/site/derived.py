"""Values made from one article file, kept between builds by the file's content.

An article page's metadata and its sharing head are pure functions of the parsed
file and a few settings, yet at 10,000 articles making them again at every build
is a good part of a build where nothing changed. `Derived` keeps each one under
the build cache's key of the parsed file (its bytes, path, topics and the
software: `digest.site.cache.SiteCache`) and the inputs it was made from, in the
build cache (``mkdocs build``: a new process each time) and in memory
(``mkdocs serve``: a rebuild does not read the cache again). A value comes back
as a new object every time (it is stored pickled), so a plugin changing a page's
metadata in place never changes another build's.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Hashable
from typing import Any

from digest.site.buildcache import Store, key


class Derived:
    """Values of one kind (``name``) made from article files, by the file's key and their other inputs."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._kept: dict[str, tuple[bytes, Hashable, bytes]] = {}
        """By article path: (the file's key, the other inputs, the value pickled)."""

    def get(self, src: str, file_key: bytes, inputs: Hashable, store: Store | None, make: Callable[[], Any]) -> Any:
        """The value for the article ``src`` whose parsed file has ``file_key``, made by ``make`` when new.

        ``inputs`` is everything else ``make`` reads: plain values (texts, numbers,
        ``None``, frozen dataclasses of those), whose ``repr`` is the same in every run. Without a
        ``file_key`` (no build cache), the value is made every time.
        """
        if not file_key:
            return make()
        kept = self._kept.get(src)
        if kept is not None and kept[0] == file_key and kept[1] == inputs:
            return pickle.loads(kept[2])
        stored_key = key(file_key, self.name, repr(inputs))  # a tenth of the time of `stable`
        data = store.get(stored_key) if store is not None else None
        if data is None or (value := _loaded(data)) is _MISSING:
            value = make()
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            if store is not None:
                store.put(stored_key, data)
        self._kept[src] = (file_key, inputs, data)
        return value


_MISSING = object()


def _loaded(data: bytes) -> Any:
    """``data`` unpickled; `_MISSING` when it does not unpickle (a damaged cache is a miss)."""
    try:
        return pickle.loads(data)
    except Exception:
        return _MISSING
