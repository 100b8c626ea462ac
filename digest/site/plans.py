"""Article pages a warm build never reads: what the last build learnt of each, found before any page is read.

A build where little changed still reads every article page, renders it (from the
cache), and works out the key of the whole page, only to find that the cache holds
the page (`digest.site.pagecache`): at 10,000 articles that is half of such a build.
A `Plan` is what MkDocs and the plugins need of a page the cache holds whole: its
metadata and title (the tag listings show them), its anchors and links to anchors
(checked once every page is known), the messages its rendering logged (logged
again), and the key of the whole page.

A plan is kept under `inputs_key`: everything the page is made from that is known
before the pages are read (the software and settings, the article file's content,
its lead image, the page's addresses, its neighbours in the navigation, its
inclusion). What is known only later is checked then: every link target the
rendering looked up must be as it was (`find`), and the navigation and tag
listings (`Plan.site_digest`) must be unchanged once every page is read; a plan
that fails either is dropped and its page read after all (the hook does that).

Only the page handlers in `PLANNED_HANDLERS` may run while pages are read: an
unknown plugin there could make a page from anything, so it turns plans off.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from digest.site.buildcache import Store, key
from digest.site.rendered import Message, Rendered, Target

PLANNED_HANDLERS = frozenset({"hooks/articles.py", "hooks/buildcache.py", "material.plugins.tags.plugin"})
"""Modules whose handlers of the reading events (``pre_page``, ``page_read_source``,
``page_markdown``, ``page_content``) make a page from its article file and the site's
settings alone, and collect nothing but its metadata (Material's tags plugin: the page's
tags, given by the plan's metadata)."""
READING_EVENTS = ("pre_page", "page_read_source", "page_markdown", "page_content")
"""MkDocs' events run while a page is read and rendered (``mkdocs.commands.build._populate_page``)."""


@dataclass(frozen=True, slots=True)
class Plan:
    """What a build needs of an article page the cache holds whole (see the module docstring)."""

    site_digest: bytes
    """`PageCache.site_digest` when the page was made: the navigation and tag listings it shows."""
    page_key: bytes
    render_key: bytes
    pieces: tuple[bytes, ...]
    meta: Mapping[str, Any]
    """The page's metadata as every plugin and hook left it."""
    title: str | None
    """The title the rendering found."""
    anchors: frozenset[str] | None
    anchor_links: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] | None
    targets: tuple[tuple[str, Target], ...]
    messages: tuple[Message, ...]

    def __reduce__(self) -> tuple[type[Plan], tuple[Any, ...]]:
        """Pickled as its fields in order: a frozen dataclass unpickles field by field, three times as slowly."""
        return (Plan, tuple(getattr(self, f) for f in self.__slots__))

    @classmethod
    def of(cls, site: bytes, page_key: bytes, render_key: bytes, meta: Mapping[str, Any], made: Rendered) -> Plan:
        """The plan of a page made (or found) in this build, whose rendering is ``made``."""
        links = (made.anchors, made.anchor_links, made.targets)
        return cls(site, page_key, render_key, made.pieces, meta, made.title, *links, made.messages)


def can_plan(handlers: Iterable[str]) -> bool:
    """Whether the modules of the reading events' handlers all make pages as `PLANNED_HANDLERS` do."""
    return all(h in PLANNED_HANDLERS for h in handlers)


def inputs_key(site: bytes, page: Sequence[Any], article: Sequence[Any]) -> bytes:
    """The key a page's plan is kept under.

    ``site`` is `PageCache.plan_digest` (software, settings, theme, ``site_config/``,
    the build's kind); ``page`` the page's path, addresses, inclusion and
    neighbours; ``article`` the build cache's key of its article file and the
    ``repr`` of its other inputs (plain values whose ``repr`` is the same in every run).
    """
    return key(site, "plan", repr(tuple(page)), *(a if isinstance(a, bytes) else repr(a) for a in article))


def find(store: Store, plan_key: bytes, lookup: Callable[[str], Target]) -> Plan | None:
    """The plan kept under ``plan_key``, if its page, rendering and link targets are all still there and as they were.

    A plan found keeps its page, rendering and groups in the cache (`Store.has`).
    """
    plan = store.load(plan_key)
    if not isinstance(plan, Plan) or any(lookup(path) != target for path, target in plan.targets):
        return None
    if not (store.has(plan.page_key) and store.has(plan.render_key)):
        return None
    for piece in plan.pieces:
        store.has(piece)
    return plan


def keep(store: Store, plan_key: bytes, plan: Plan) -> None:
    """Keep ``plan`` for the next build (under the key `find` is given), unless its metadata does not pickle."""
    try:
        data = pickle.dumps(plan, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a plugin's object in the metadata: the page is read at every build
        return
    store.put(plan_key, data)


def planned(page: object) -> bool:
    """Whether ``page`` (MkDocs' page) is read from a plan in this build: its Markdown is not read."""
    return getattr(page, "plan", None) is not None
