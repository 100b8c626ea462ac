"""Reusing rendered pages between builds: what a page was made from, and what it made.

A page is built in two steps, and each is cached under a key made of all it
depends on (`digest.site.buildcache.key`):

1. **Markdown to HTML** (`Rendered`): the key holds the software
   (`digest.site.fingerprint.software`), the Markdown settings of ``mkdocs.yml``,
   the page's path and address, and its Markdown as the plugins and hooks left
   it. The rendering also depends on the pages its links point to: `Rendered`
   keeps each link target it looked up with the address it had, and is reused only
   while every one still has it (`PageCache.rendered`). The warnings the rendering
   logged are kept and logged again, so a reused page warns (and fails
   ``--strict``) as it did.
2. **The page around it** (the theme's template): the key holds the software,
   every setting of ``mkdocs.yml``, the theme's own files, the navigation, and
   everything of the page a template can show: its HTML, title, metadata, table
   of contents, addresses, neighbours, and what plugins added to the template's
   values (`PageCache.page_key`).

The renderings themselves are `digest.site.rendered`. The hook
(``hooks/buildcache.py``) moves MkDocs' objects in and out; nothing here knows MkDocs.
"""

from __future__ import annotations

import io
import logging
import os
import pickle
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2
import jinja2.meta

from digest.site.buildcache import Store, key
from digest.site.fingerprint import software, stable, tree
from digest.site.outputs import SiteFolder
from digest.site.rendered import Rendered, Target, replay

PAGE_SETTINGS_LEFT_OUT = frozenset({"config_file_path", "docs_dir", "site_dir", "dev_addr", "watch", "hooks", "strict"})
"""Settings that never change a page: where files are, what is watched, whether warnings fail the build."""
KNOWN_HANDLERS = frozenset(
    {
        "material.plugins.search.plugin",  # indexes the page (pages written from the cache are kept out of search)
        "material.plugins.tags.plugin",  # the page's tags, linked to the tag listings (in the key)
        "hooks/tags.py",  # the page's tag chips, from its tags: worked out for the key (EVALUATED_HANDLERS)
        "mkdocs.contrib.search",
        "hooks/head.py",  # the page's feed links and sharing metadata: worked out for the key (EVALUATED_HANDLERS)
        "hooks/buildcache.py",
    }
)
"""Modules whose page-template handlers add only what depends on the page and the site's settings."""
EVALUATED_HANDLERS = frozenset({"hooks/head.py", "hooks/tags.py"})
"""Known handlers whose values are worked out for every page and put in its key: they only add values,
from the page and the site's settings, and are cheap (Material's tags plugin is neither: its values
come from the page's tags and the tag listings, which are in the key)."""
MARKDOWN_SETTINGS = ("markdown_extensions", "mdx_configs", "validation", "use_directory_urls")
"""The settings the Markdown of a page is rendered with (links are checked against the pages)."""


def _logging_kinds() -> list[str]:
    """The kinds of rendering this build can take, its own last, by what its loggers let through.

    A rendering keeps the messages logged while it was made, so one made under
    ``mkdocs build -q`` lacks the warnings a normal build shows: a quiet build can
    take a normal build's renderings, not the other way round. Under ``-v``, MkDocs
    notes no links to anchors, so verbose renderings stand apart.
    """
    level = logging.getLogger("mkdocs").getEffectiveLevel()
    own = "verbose" if level <= logging.DEBUG else "normal" if level <= logging.WARNING else "quiet"
    root = logging.getLogger().getEffectiveLevel()
    return [f"{kind},{root}" for kind in (["normal", "quiet"] if own == "quiet" else [own])]


class PageCache:
    """The two steps of one build, cached in ``store`` (see the module docstring)."""

    def __init__(self, store: Store, settings: Mapping[str, Any], theme_dir: str | None, config_dir: str) -> None:
        self.store = store
        plain = {k: v for k, v in settings.items() if k not in PAGE_SETTINGS_LEFT_OUT}
        if "plugins" in plain:  # a plugin's settings, not its state (which fills up during a build)
            plugins = plain["plugins"].items()
            plain["plugins"] = {name: getattr(p, "config", type(p).__qualname__) for name, p in plugins}
        markdown = {name: settings.get(name) for name in MARKDOWN_SETTINGS}
        self._render_digests = [key("render", software(), stable(markdown), kind) for kind in _logging_kinds()]
        self._site = key("page", software(), stable(plain), tree(theme_dir), tree(config_dir))
        self.site_digest = self._site
        """Changes with the navigation and the pages holding tag listings (`set_site`)."""
        self.plan_digest = key(self._site, self._render_digests[-1])
        """What every page is made with, known before any is read (`digest.site.plans`)."""
        self.nav: Any = None
        """The build's navigation (MkDocs' object), read once every page has its title."""
        self.files: Any = None
        self.fast = False
        """Whether pages the cache holds whole skip the template step (`fast_path`)."""
        self.skipped: list[tuple[Any, bytes, bool]] = []
        """Pages written from the cache, not from the theme's template: (MkDocs' file, key, file kept as it was)."""
        self.written: list[tuple[str, bytes]] = []
        """Pages the theme's template wrote: (path in the site folder, key)."""
        self.site: SiteFolder | None = None
        """The site folder, when the last build's files are kept (``mkdocs build``)."""
        self.reused = 0
        self.unread = 0
        """Pages reused without being read or rendered (`digest.site.plans`)."""
        self.rendered_pages = 0
        self.renderings = 0
        """Pieces of Markdown rendered (pages, and groups of long listings)."""

    def render_keys(self, src: str, url: str, markdown: str) -> list[bytes]:
        """The keys a rendering of ``markdown`` can be found under, the one to keep a new one under last."""
        return [key(digest, src, url, markdown) for digest in self._render_digests]

    def rendered(self, render_keys: Sequence[bytes], lookup: Callable[[str], Target]) -> tuple[bytes, Rendered] | None:
        """The first rendering stored under ``render_keys`` whose link targets are all as they were, and its key."""
        for render_key in render_keys:
            found = self.store.load(render_key)
            if not isinstance(found, Rendered) or any(lookup(path) != target for path, target in found.targets):
                continue
            for piece in found.pieces:  # the page's groups stay in the cache: the next edit renders one, not all
                self.store.has(piece)
            return render_key, found
        return None

    def keep_rendered(self, render_key: bytes, rendered: Rendered) -> None:
        self.store.dump(render_key, rendered)
        self.renderings += 1

    def obtain(
        self, render_keys: Sequence[bytes], lookup: Callable[[str], Target], make: Callable[[], Rendered]
    ) -> tuple[bytes, Rendered]:
        """The rendering `rendered` finds (its messages logged again), or the one ``make`` gives, kept; and its key."""
        found = self.rendered(render_keys, lookup)
        if found is not None:
            replay(found[1].messages)
            return found
        made = make()
        self.keep_rendered(render_keys[-1], made)
        return render_keys[-1], made

    def set_site(self, navigation: Any, listings: Any, day: str = "") -> None:
        """What every page shows of the others: the navigation and where tags link to (plain data).

        ``day`` is the build's date when the theme shows it on pages.
        """
        self.site_digest = key(self._site, stable(navigation), stable(listings), day)

    def page_key(self, render_key: bytes, content: str | bytes, page: Mapping[str, Any]) -> bytes:
        """The key of a whole page: its HTML, and ``page``, what a template can show of it besides.

        ``content`` is what the rendering under ``render_key`` gave and plugins made of
        it (a link whose target went renders differently under the same Markdown), or
        the rendering's `Rendered.digest` when no plugin changed its text: hashing
        every page's HTML again is a tenth of a build where nothing changed.

        ``page`` is written with `pickle` (ten times as fast as `stable`) without its memo,
        so equal values give equal bytes whichever objects they share (a metadata key read
        from the cache is another string object than the same key written in a hook), or
        with `stable` when it does not pickle (or holds a cycle).
        """
        try:
            buffer = io.BytesIO()
            pickler = pickle.Pickler(buffer, protocol=5)
            pickler.fast = True  # no memo: shared objects are written each time they appear
            pickler.dump(page)
            written = buffer.getvalue()
        except Exception:
            written = stable(page).encode("utf-8", "surrogatepass")
        if isinstance(content, bytes):
            return key(self.site_digest, render_key, "as rendered", content, written)
        return key(self.site_digest, render_key, "changed", content, written)

    def has_page(self, page_key: bytes) -> bool:
        """Whether the cache holds the page (counted as reused)."""
        found = self.store.has(page_key)
        self.reused += found
        return found

    def page(self, page_key: bytes, *, count: bool = True) -> bytes | None:
        """The page's file as the last build wrote it, if the cache has it (counted as reused, unless told)."""
        found = self.store.get(page_key)
        if found is not None and count:
            self.reused += 1
        return found

    def keep_page(self, page_key: bytes, data: bytes) -> None:
        self.store.put(page_key, data)
        self.rendered_pages += 1

    def summary(self) -> str:
        """One line on what the build reused."""
        total = self.reused + self.rendered_pages
        return (
            f"Build cache: {self.reused} of {total} pages reused ({self.unread} not read), "
            f"{self.rendered_pages} built, {self.renderings} pieces of Markdown rendered ({self.store.folder})"
        )


def fast_path(handlers: Iterable[str]) -> bool:
    """Whether pages can be written from the cache without running the template step's events.

    ``handlers`` are the modules of the handlers of ``on_page_context`` and
    ``on_post_page``. A page written from the cache skips them, which is right only
    when what they add depends on nothing but the page and the site's settings,
    which are in the key: true of `KNOWN_HANDLERS`, unknown of any other.
    """
    return all(h in KNOWN_HANDLERS for h in handlers)


def outline(items: Iterable[Any]) -> list[Any]:
    """Navigation items (title, address, children) as plain data, for `PageCache.set_navigation`."""
    return [
        [type(item).__name__, getattr(item, "title", None), getattr(item, "url", None), outline(item.children or [])]
        if getattr(item, "children", None) is not None
        else [type(item).__name__, getattr(item, "title", None), getattr(item, "url", None)]
        for item in items
    ]


def nav_paths(nav: Any) -> set[str]:
    """Every path the ``nav`` setting of ``mkdocs.yml`` names (its pages are MkDocs' own, with their titles).

    >>> sorted(nav_paths([{"Home": "index.md"}, {"More": ["a.md", {"B": "b/c.md"}]}, "https://x.org/"]))
    ['a.md', 'b/c.md', 'index.md']
    """
    if isinstance(nav, str):
        return set() if "://" in nav else {nav.lstrip("/")}
    if isinstance(nav, Mapping):
        return set().union(*(nav_paths(v) for v in nav.values()))
    if isinstance(nav, list | tuple):
        return set().union(*(nav_paths(v) for v in nav))
    return set()


def template_variables(env: jinja2.Environment, folder: str | None) -> set[str]:
    """The template values the templates under ``folder`` (the theme's ``custom_dir``) read.

    Material's own templates read neither ``pages`` (every page of the site) nor
    ``build_date_utc``; an override that does makes pages depend on every other
    page, or on the day (see the hook).
    """
    found: set[str] = set()
    if not folder or not os.path.isdir(folder):
        return found
    for path in sorted(Path(folder).rglob("*.html")):
        try:
            found |= jinja2.meta.find_undeclared_variables(env.parse(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, jinja2.TemplateSyntaxError):
            found.add("pages")  # unreadable: assume the worst
    return found
