"""Which pages a build reuses from the build cache, decided on MkDocs' objects without importing MkDocs.

`hooks/buildcache.py` hands this module MkDocs' files and pages (read only by
their attributes: ``file.src_uri``, ``page.meta``, ``file.inclusion.is_excluded()``
…) at three points of a build:

- `give_plans`, once the navigation is known: each article page gets the plan the
  last build left for it, when it still holds (`digest.site.plans`);
- `settle`, once every page is read: the key of each whole page, which pages the
  cache holds whole (written from it, not from the theme's template), and the
  plans kept for the next build;
- `write_held`, after the sitemap: the pages the cache holds are written into the
  site folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from digest.site import images, paths, plans
from digest.site.cache import CACHE
from digest.site.pagecache import PageCache, outline
from digest.site.pagewriter import PageWriter
from digest.site.rendered import Target, flat_toc

Page = Any
"""MkDocs' page (``mkdocs.structure.pages.Page``), or the hook's ``CachedPage``."""
File = Any
"""MkDocs' file (``mkdocs.structure.files.File``)."""


def target(file: File | None) -> Target:
    """What a link to ``file`` resolves to: its address, and whether the built site leaves it out."""
    return None if file is None else (file.url, file.inclusion.is_excluded())


def neighbours(page: Page) -> list[Any]:
    """The previous and next pages and the section a page shows (as plain data)."""
    return outline([p for p in (page.previous_page, page.next_page, page.parent) if p is not None])


def give_plans(cache: PageCache, pages: Iterable[Page], lookup: Callable[[str], File | None]) -> None:
    """Give each article page the plan the last build left for it, if it still holds (`digest.site.plans`).

    ``pages`` are the hook's pages for the included files; ``lookup`` finds a file by its path.
    """
    for page in pages:
        file = page.file
        if not paths.is_article(file.src_uri):
            continue
        if CACHE.preview is not None and not file.is_modified():  # a dirty build does not read it anyway
            continue
        found, _ = CACHE.article(file.src_uri)
        if found is None or not (file_key := CACHE.file_key(found)):
            continue
        addresses = (file.src_uri, file.dest_uri, page.url, file.inclusion.name, CACHE.serving, neighbours(page))
        image = images.for_article(found.article, CACHE.images)
        page.plan_key = plans.inputs_key(cache.plan_digest, addresses, (file_key, image))
        page.plan = plans.find(cache.store, page.plan_key, lambda path: target(lookup(path)))


def held(page: Page) -> bool:
    """Whether the page can be written from the cache: built, and kept out of search (its entry is an article's)."""
    unsearched = bool((page.meta.get("search") or {}).get("exclude"))
    return unsearched and not page.file.inclusion.is_excluded()


def shown(page: Page) -> dict[str, Any]:
    """What a template can show of a page besides its HTML and the site's settings."""
    return {
        "src": page.file.src_uri,
        "addresses": [page.url, page.canonical_url, page.abs_url, page.edit_url, page.is_homepage],
        "title": page.title,
        "meta": page.meta,
        "toc": flat_toc(page.toc),
        "near": neighbours(page),
        "excluded": page.file.inclusion.is_excluded(),
    }


def settle(
    cache: PageCache,
    pages: Iterable[Page],
    config: Any,
    *,
    reads: set[str],
    listed: set[str],
    evaluated: Sequence[Callable[..., Any]],
    read_after_all: Callable[[Page], None],
) -> None:
    """Key every page the hook made (``pages``), once all are read, and note those the cache holds whole.

    ``reads`` are the template variables the theme reads; ``listed`` the addresses of
    pages with a tag listing (never planned: they show every page's tags); ``evaluated``
    the ``page_context`` handlers whose values are part of a page's key (`pagecache.EVALUATED_HANDLERS`);
    ``read_after_all`` reads and renders a page whose plan no longer holds; ``config`` is MkDocs' configuration.
    """
    fast = cache.fast
    for page in pages:
        file, plan = page.file, page.plan
        if plan is not None:
            if fast and "pages" not in reads and plan.site_digest == cache.site_digest:
                page.page_key = plan.page_key  # found in the cache by `plans.find`
                if held(page) and cache.has_page(plan.page_key):
                    _hold(cache, file, plan.page_key)
                    cache.unread += 1
                    continue
            read_after_all(page)
        if "pages" in reads or page.render_key is None or page.content is None:  # a page listing every page
            continue
        values: dict[str, Any] = {}
        for method in evaluated if fast else ():  # what they will add to the template's values
            values = method(values, page=page, config=config, nav=cache.nav) or values
        made = page.made
        content = made.digest if made is not None and page.content is made.content else page.content
        page.page_key = cache.page_key(page.render_key, content, {**shown(page), "values": values})
        if fast and held(page) and cache.has_page(page.page_key):
            _hold(cache, file, page.page_key)
        if fast and held(page) and page.plan_key and made is not None and page.url not in listed:
            kept = plans.Plan.of(cache.site_digest, page.page_key, page.render_key, page.meta, made)
            plans.keep(cache.store, page.plan_key, kept)


def _hold(cache: PageCache, file: File, page_key: bytes) -> None:
    kept = cache.site is not None and cache.site.unchanged(file.dest_uri, page_key)
    cache.skipped.append((file, page_key, kept))


def write_held(cache: PageCache) -> list[File]:
    """Write the pages the cache holds whole into the site folder; the files written (MkDocs leaves them out)."""
    done = []
    for file, page_key, kept in cache.skipped:
        data = b"" if kept else cache.page(page_key, count=False)
        if data is None:  # gone since (another build's clean-up): MkDocs builds the page
            continue
        done.append(file)
        if data.strip():
            os.makedirs(os.path.dirname(file.abs_dest_path), exist_ok=True)
            with open(file.abs_dest_path, "wb") as handle:
                handle.write(data)
    return done


def hand_to_writer(cache: PageCache) -> tuple[PageWriter, list[File]]:
    """A preview's new site folder: a writer for the pages the cache holds whole, and the files it took on.

    The preview serves while the writer writes them (`digest.site.pagewriter`); MkDocs leaves them out.
    """
    found = [(file, cache.store.location(page_key)) for file, page_key, _ in cache.skipped]
    writer = PageWriter((file.abs_dest_path, where) for file, where in found if where)
    return writer, [file for file, _ in found if file.abs_dest_path in writer.taken]
