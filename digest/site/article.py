"""The header shown above an article's body on its page.

The header is Markdown placed before the body: the title, a line with source
(and via), authors, publication date and reading time, the topics linking to
their pages, the summary as a dek (left out when the body's opening already
says it, as a lead summary does: a reader would see it twice), a "Read the original at
<source>" link, and an editor's note as an admonition; `footer` repeats the
link under the body. Being Markdown, it is indexed by search and its links are resolved
by MkDocs for any ``site_url``. Tags are not here: Material's tags plugin shows
them as chips above the title.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from digest.config import Topic
from digest.contract.model import Article
from digest.problems import Problem
from digest.site import search
from digest.site.listing import SEPARATOR, EntryText, PageLinks, date_text
from digest.text.markdown import escape, link_target

NOTE_TITLE = "Editor’s note"
WORDS_PER_MINUTE = 230
"""Reading speed behind the reading time."""
_NOT_WORD = re.compile(r"[\W_]+")
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
    >>> display_meta(Article(title="T", added=day, id="x", summary='The <b>"lead"</b>.'))["description"]
    'The &lt;b&gt;&quot;lead&quot;&lt;/b&gt;.'

    The description is the summary (Material writes it into ``<meta name="description">``),
    unless the frontmatter sets one.
    """
    escaped = {key: _escaped(value) for key, value in (meta or {}).items()}
    shown = {**escaped, "title": html.escape(article.title), "tags": [html.escape(t) for t in article.tags]}
    if article.summary and "description" not in escaped:  # the page's <meta name="description">
        shown["description"] = html.escape(" ".join(article.summary.split()))
    return shown


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


def reading_minutes(body: str) -> int:
    r"""Minutes a reader needs for ``body`` at `WORDS_PER_MINUTE` (at least 1).

    Words are counted as runs of text between spaces and line breaks (a count
    that costs microseconds, not a tokenizer's milliseconds, per article).

    >>> reading_minutes("word " * 460), reading_minutes("Short.")
    (2, 1)
    """
    words = body.count(" ") + body.count("\n") + 1
    return max(1, round(words / WORDS_PER_MINUTE))


def summary_opens_body(summary: str, body: str) -> bool:
    r"""Whether the body's opening already says the summary (punctuation, case and Markdown escapes aside).

    A lead summary is the first sentences of the body, possibly after a short
    opening line; within the first ``2 × len(summary) + 200`` characters a
    reader meets it anyway, so a dek would say it twice.

    >>> summary_opens_body("The council voted. It met late.", "The council voted.\n\nIt met *late*. More.")
    True
    >>> summary_opens_body("It met late.", "PORTHALLOW: It met late. The council voted.")
    True
    >>> summary_opens_body("The council voted.", "A long report. " * 40 + "The council voted.")
    False
    """
    wanted = _NOT_WORD.sub("", summary.casefold())
    if not wanted:
        return True
    window = body[: 2 * len(summary) + 200]  # escapes and markup lengthen the text a little
    return wanted in _NOT_WORD.sub("", window.casefold())


def original_link(article: Article) -> str:
    """``[Read the original at The Independent](url)`` (empty without a URL)."""
    if not article.url:
        return ""
    source = escape(article.source or article.via or "")
    text = f"Read the original at {source}" if source else "Read the original article"
    return f"[{text}]({link_target(article.url)}){{ .digest-original }}"


def footer(article: Article) -> str:
    """Markdown for the end of an article page: the link to the original again (empty without one)."""
    link = original_link(article)
    return f"\n\n{link}\n{{ .digest-source }}\n" if link else ""


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
    meta.append(f"{reading_minutes(article.body)} min read")
    lines = [DRAFT_NOTICE, ""] if article.draft else []
    lines += [f"# {text.title}", "", SEPARATOR.join(m for m in meta if m), "{ .digest-meta }", ""]
    links = links or PageLinks(page_src, {t.title: t for t in topics if t.title in article.topics})
    linked = links.topics(article)
    if linked:
        lines += [f"Topics: {linked}", "{ .digest-topics }", ""]
    if article.summary and not summary_opens_body(article.summary, article.body):
        lines += [text.summary, "{ .digest-dek }", ""]
    if article.url:
        lines += [original_link(article), "{ .digest-source }", ""]
    if article.note:
        lines += [*_note(article.note), ""]
    return "\n".join(lines) + "\n"
