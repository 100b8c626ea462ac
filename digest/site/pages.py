"""The generated pages: home (`digest.site.home`), topics index, topic pages (`digest.site.topic`), timeline, tags.

`build_pages` is the one entry point the hook calls: articles and topics in,
Markdown pages out, each with its source path and a label for messages. Nothing
here knows about MkDocs; MkDocs resolves the relative ``.md`` links.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from digest.config import Topic
from digest.site import paths, timeline
from digest.site import topic as topic_pages
from digest.site.generated import GeneratedFile, front
from digest.site.home import home_page
from digest.site.listing import Texts, by_topic, listed, newest_first
from digest.site.text import count
from digest.store.collection import Entry
from digest.text.markdown import escape


def _page(src: str, label: str, head: str, parts: Iterable[str], *, filled_in: bool = False) -> GeneratedFile:
    return GeneratedFile(src, head + "\n\n".join(p for p in parts if p) + "\n", label, filled_in)


def topics_index(grouped: Mapping[str, Sequence[Entry]], topics: Sequence[Topic]) -> GeneratedFile:
    """Every topic that has articles, in ``topics.yml`` order, with its description and count."""
    src = paths.TOPICS
    parts = ["# Topics"]
    for topic in topics:
        entries = grouped.get(topic.title)
        if not entries:
            continue
        heading = f"## [{escape(topic.title)}]({paths.link(src, paths.topic_page(topic.slug))})"
        described = f"{escape(topic.description)} " if topic.description else ""
        parts += [heading, f"{described}*{count(len(entries), 'article')}*"]
    if len(parts) == 1:
        parts.append("No topics have articles yet.")
    return _page(src, "the topics index", front(), parts)


def tags_index() -> GeneratedFile:
    """The tags page: a heading; the index of every tag and its pages follows it (`digest.site.tagsindex`)."""
    return _page(paths.TAGS, "the tags index", front("toc"), ["# Tags"], filled_in=True)


def build_pages(
    entries: Iterable[Entry],
    topics: Sequence[Topic],
    site_name: str,
    texts: Texts | None = None,
    *,
    drafts: bool = False,
) -> list[GeneratedFile]:
    """Every generated page of the site, from all (valid) entries; drafts are left out unless ``drafts``.

    ``texts`` holds articles' escaped texts from earlier builds (it gains the new ones);
    ``drafts`` lists the drafts too, marked as such (``mkdocs serve`` previews them).
    """
    shown = newest_first(listed(entries, drafts))
    by_title = {t.title: t for t in topics}
    grouped = by_topic(shown, topics)
    texts = {} if texts is None else texts  # each article's text escaped once for all pages
    pages = [home_page(shown, by_title, site_name, texts), topics_index(grouped, topics)]
    blocks: topic_pages.Blocks = {}  # an article on several topic pages is written once
    for t in topics:
        if t.title in grouped:
            pages += topic_pages.pages(t, grouped[t.title], by_title, texts, blocks)
    pages += timeline.pages(shown, by_title, texts)
    pages.append(tags_index())
    return pages
