"""The header shown above an article's body on its page.

The header is Markdown placed before the body: the title, a line with source
(and via), authors, publication date and the link to the original, the topics
linking to their pages, the summary as a dek, and an editor's note as an
admonition. Being Markdown, it is indexed by search and its links are resolved
by MkDocs for any ``site_url``. Tags are not here: Material's tags plugin shows
them as chips above the title.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from digest.config import Topic
from digest.contract.model import Article
from digest.problems import Problem
from digest.site import search
from digest.site.listing import SEPARATOR, EntryText, PageLinks, date_text
from digest.text.markdown import escape, link_target

NOTE_TITLE = "Editor’s note"
DRAFT_NOTICE = (
    '!!! warning "Draft"\n\n'
    "    Not published: the built site leaves this article out until its `draft` line is deleted."
)
"""Above a draft's header; its page exists only in the preview (``mkdocs serve``)."""


def display_meta(article: Article, meta: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The page metadata MkDocs and Material print, every text value HTML-escaped.

    Material prints ``page.meta.title`` (in ``<title>`` and the header bar), tag
    names (chips, the tags index) and ``description`` and ``author`` (in
    ``<meta>`` tags) without escaping, and MkDocs' Jinja does not autoescape. All
    come from untrusted frontmatter, so the hook replaces them with these values
    before any template or plugin reads them: title and tags from the article,
    and every other text in ``meta`` (the frontmatter as MkDocs read it; a key
    Digest does not know is only warned about, so without ``--strict`` it
    reaches the templates) escaped where it is, in lists and mappings too.

    >>> day = __import__("datetime").date(2025, 1, 1)
    >>> display_meta(Article(title="A & <b>", added=day, id="x", tags=("<i>",)))
    {'title': 'A &amp; &lt;b&gt;', 'tags': ['&lt;i&gt;']}
    >>> display_meta(Article(title="T", added=day, id="x"), {"description": '"><x>', "hide": ["toc"], "date": day})
    {'description': '&quot;&gt;&lt;x&gt;', 'hide': ['toc'], 'date': datetime.date(2025, 1, 1), 'title': 'T', 'tags': []}
    """
    escaped = {key: _escaped(value) for key, value in (meta or {}).items()}
    return {**escaped, "title": html.escape(article.title), "tags": [html.escape(t) for t in article.tags]}


def _escaped(value: Any) -> Any:
    """``value`` with every text in it HTML-escaped (lists and mappings walked)."""
    if isinstance(value, str):
        return html.escape(value)
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: _escaped(v) for k, v in value.items()}
    return value


def page_meta(article: Article, meta: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Everything the hook puts in an article page's metadata: `display_meta`, and no search parsing.

    ``meta`` is the frontmatter as read (MkDocs does not read it again, see
    `page_source`). The page's text is left out of Material's search plugin;
    `digest.site.search` indexes the article from its frontmatter instead.
    """
    return display_meta(article, meta) | search.excluded()


def missing(src: str, problems: Iterable[Problem]) -> str:
    """Why the article page ``src`` (``articles/x.md``) has no valid article: its errors, one a line.

    >>> missing("articles/x.md", ())
    'articles/x.md: file: changed during the build'
    """
    errors = [str(p) for p in problems if p.severity.is_error()]
    return "\n".join(errors) or f"{src}: file: changed during the build"


PAGE_FRONT = "---\n{}\n---\n\n"
"""An empty YAML frontmatter: MkDocs reads it as no metadata and strips it."""


def page_source(article: Article) -> str:
    r"""The text MkDocs reads for an article's page, without parsing its frontmatter a second time.

    The body is what MkDocs would take from the file (newlines normalised as text
    mode reads them, leading blank lines dropped) under an empty frontmatter; the
    metadata comes from `page_meta`, made from the frontmatter the collection
    already parsed and checked.

    >>> import datetime as dt
    >>> page_source(Article(title="T", added=dt.date(2025, 1, 1), id="x", body="\n\nOne.\r\nTwo.\n"))
    '---\n{}\n---\n\nOne.\nTwo.\n'
    """
    body = article.body
    if "\r" in body:  # as text mode reads the file
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    return PAGE_FRONT + body.lstrip("\n")


def _note(note: str) -> list[str]:
    paragraphs = [escape(p) for p in note.split("\n\n") if p.strip()]
    body = "\n\n".join(f"    {p}" for p in paragraphs)
    return [f'!!! note "{NOTE_TITLE}"', "", body]


def header(
    article: Article,
    page_src: str,
    topics: Sequence[Topic],
    text: EntryText | None = None,
    links: PageLinks | None = None,
) -> str:
    """Markdown for the top of an article page (ends with a blank line); ``topics`` from ``site_config/``.

    ``text`` is the article's escaped text when the listings already made it;
    ``links`` the links to every topic page from a page in ``page_src``'s folder
    (made once for all the articles there).
    """
    text = text or EntryText.of(article)
    meta = [text.source]
    if article.authors:
        meta.append("by " + ", ".join(escape(a) for a in article.authors))
    meta.append(date_text(article))
    if article.url:
        meta.append(f"[Original article]({link_target(article.url)})")
    lines = [DRAFT_NOTICE, ""] if article.draft else []
    lines += [f"# {text.title}", "", SEPARATOR.join(m for m in meta if m), "{ .digest-meta }", ""]
    links = links or PageLinks(page_src, {t.title: t for t in topics if t.title in article.topics})
    linked = links.topics(article)
    if linked:
        lines += [f"Topics: {linked}", "{ .digest-topics }", ""]
    if article.summary:
        lines += [text.summary, "{ .digest-dek }", ""]
    if article.note:
        lines += [*_note(article.note), ""]
    return "\n".join(lines) + "\n"
