"""Values made from every article at once, kept between builds by the contents of all the article files.

The generated pages (home, topics, timeline, tags; `digest.site.pages.build_pages`)
are a pure function of the valid articles, the topics and a few settings. At
10,000 articles making them again costs a build where nothing changed about half a
second, and a preview's start is such a build. `kept` gives them back from the
build cache when no article file changed (the build cache's key of every parsed
file says so: its bytes, path, the topics' names and the software) and the other
inputs are the same; any change makes them again, all of them (an added article
moves every listing it is in).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar, cast

from digest.config import Topic
from digest.site.buildcache import Store, key
from digest.site.generated import GeneratedFile
from digest.site.listing import Texts
from digest.site.pages import build_pages
from digest.store.collection import Entry

T = TypeVar("T")


def inputs_key(name: str, file_keys: Iterable[tuple[str, bytes]], inputs: str) -> bytes | None:
    """The key of the value ``name`` made from the article files ``(src, file key)`` and ``inputs``.

    ``inputs`` is the ``repr`` of everything else the value is made from (plain values whose
    ``repr`` is the same in every run). ``None`` (never kept) when a file has no key (no build cache).
    """
    parts: list[str | bytes] = [name, inputs]
    for src, file_key in sorted(file_keys):
        if not file_key:
            return None
        parts += [src, file_key]
    return key(*parts)


def kept(store: Store | None, value_key: bytes | None, make: Callable[[], T], kind: type) -> T:
    """The value kept under ``value_key``, or ``make()`` (then kept); a kept value not of ``kind`` is a miss."""
    if store is None or value_key is None:
        return make()
    found = store.load(value_key)
    if isinstance(found, kind):
        return cast(T, found)
    value = make()
    store.dump(value_key, value)
    return value


def generated_pages(
    store: Store | None,
    entries: Sequence[Entry],
    file_key: Callable[[Entry], bytes],
    topics: Sequence[Topic],
    *,
    site_name: str,
    texts: Texts,
    drafts: bool,
) -> list[GeneratedFile]:
    """`build_pages`, kept in ``store`` by the key (``file_key``) of every article's file and the other inputs."""
    inputs = repr((tuple(topics), site_name, drafts))
    made_key = inputs_key("pages", ((e.src, file_key(e)) for e in entries), inputs)
    return kept(store, made_key, lambda: build_pages(entries, topics, site_name, texts, drafts=drafts), list)
