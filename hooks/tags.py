"""MkDocs hook: the tags index on the tags page, and the tag chips on every page (`digest.site.tagsindex`).

Once every page is read (``on_env``), the index of every page's ``tags:`` is added
to the tags page that ``hooks/site.py`` generated; each page's chips link to it.
Material's tags plugin is not needed (it may be added for listings on pages of
one's own: it leaves these chips as they are).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from digest.paths import display_path
from digest.site import paths, tagsindex
from digest.site.cache import CACHE

log = get_plugin_logger(__name__)


@event_priority(0)  # every page read; before hooks/buildcache.py keys the pages by their content
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    file = files.get_file_from_path(paths.TAGS)
    page = file.page if file is not None else None
    CACHE.tags_url = page.url if page is not None else None
    if page is None or page.content is None:
        return env
    read = [
        f.page for f in files.documentation_pages(inclusion=lambda _: True) if f.page and f.page.markdown is not None
    ]
    for p in read:  # an article's tags were checked with its frontmatter; a page of the editor's own is checked here
        if wrong := tagsindex.problem(p.meta.get("tags")):
            log.warning(f"{display_path(Path(p.file.abs_src_path or p.file.src_uri))}: {wrong}")
    tagged = (tagsindex.Tagged.of(p.title, p.url, p.meta.get("tags")) for p in read)
    made, anchors = tagsindex.index((t for t in tagged if t is not None), page.url)
    page.content += made
    if page.present_anchor_ids is not None:
        page.present_anchor_ids |= set(anchors)  # listings link to each tag there
    return env


@event_priority(50)  # before Material's tags plugin, which then leaves the chips as they are
def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    context["tags"] = tagsindex.chips(page.meta.get("tags"), CACHE.tags_url)
    return context
