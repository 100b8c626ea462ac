"""MkDocs hook: the incremental preview of ``make serve`` (``mkdocs serve --dirty``).

`digest.site.preview` says what the preview keeps between rebuilds; this module
starts and stops it, and lets plugins see the metadata of the pages the dirty
build does not read (Material's tags index lists every page).
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files, InclusionLevel

from digest.site import paths, preview
from digest.site.cache import CACHE


def on_startup(command: str, dirty: bool) -> None:
    CACHE.preview = preview.Preview() if command == "serve" and dirty else None


@event_priority(110)  # before Material's tags plugin fills its listings from what on_page_markdown saw
def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    if CACHE.preview is None:
        return env
    env.bytecode_cache = CACHE.preview.templates  # templates compiled once, not once per rebuild
    for file in files.documentation_pages(inclusion=InclusionLevel.is_in_serve):
        if file.page is not None and file.page.markdown is None:  # a page the dirty build did not read
            if paths.is_article(file.src_uri):
                file.page.markdown = ""  # hooks/articles.py gives it its metadata
            else:
                file.page.read_source(config)
            # plugins see the page's metadata, but no Markdown: no listing on a page that is not built
            config.plugins.on_page_markdown("", page=file.page, config=config, files=files)
    return env


def on_shutdown() -> None:
    if CACHE.preview:
        CACHE.preview.close()
