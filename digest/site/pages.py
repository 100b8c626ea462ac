"""The generated pages: home, topics index, one page per topic, timeline and tags index.

`build_pages` is the one entry point the hook calls: articles and topics in,
Markdown pages out, each with its source path and a label for messages. Nothing
here knows about MkDocs; MkDocs resolves the relative ``.md`` links.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from digest.config import Topic
from digest.site import paths, timeline
from digest.site.generated import GeneratedFile, front
from digest.site.listing import PageLinks, Texts, by_topic, entry_block, listed, newest_first
from digest.site.text import count
from digest.store.collection import Entry
from digest.text.markdown import escape

HOME_FEATURED = 10
"""At most this many featured articles open the home page."""
HOME_LATEST = 20
"""Then this many of the most recent other articles."""
TAGS_DIRECTIVE = "<!-- material/tags -->"
"""Where Material's tags plugin renders its index of every tag."""


def _page(src: str, label: str, head: str, parts: Iterable[str], *, filled_in: bool = False) -> GeneratedFile:
    return GeneratedFile(src, head + "\n\n".join(p for p in parts if p) + "\n", label, filled_in)


def home_page(
    entries: Sequence[Entry], topics: Mapping[str, Topic], site_name: str, texts: Texts | None = None
) -> GeneratedFile:
    """The latest digest: featured articles first, then the most recent others."""
    src = paths.HOME
    links = PageLinks(src, topics, texts)
    featured = [e for e in entries if e.article.featured][:HOME_FEATURED]
    shown = {e.src for e in featured}
    latest = [e for e in entries if e.src not in shown][:HOME_LATEST]
    intro = (
        f"The latest of {count(len(entries), 'article')}. Browse them by "
        f"[topic]({paths.link(src, paths.TOPICS)}), in the [timeline]({paths.link(src, paths.TIMELINE)}) "
        f"or by [tag]({paths.link(src, paths.TAGS)}). Follow it with the "
        f"[RSS feed]({paths.link(src, paths.FEED_RSS)}) or the [JSON Feed]({paths.link(src, paths.FEED_JSON)})."
    )
    parts = [f"# {escape(site_name)}", intro]
    if featured:
        parts += ["## Featured", *(entry_block(e, links, level=3) for e in featured)]
    if latest:
        parts.append("## Latest" if featured else "## Latest articles")
        parts += [entry_block(e, links, level=3) for e in latest]
    if not entries:
        parts.append("No articles yet.")
    return _page(src, "the home page", front("toc"), parts)


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


def topic_page(
    topic: Topic,
    entries: Sequence[Entry],
    topics: Mapping[str, Topic],
    texts: Texts | None = None,
    blocks: dict[str, str] | None = None,
) -> GeneratedFile:
    """One topic: its description and its articles newest first, with summaries and tags.

    ``blocks`` keeps each article's block (by ``src``) for the other topic pages:
    they share the folder ``topics/``, so the block, links included, reads the same there.
    """
    src = paths.topic_page(topic.slug)
    parts = [f"# {escape(topic.title)}"]
    if topic.description:
        parts.append(escape(topic.description))
    feeds = f"[RSS]({paths.link(src, paths.topic_feed(topic.slug, 'xml'))}) · " + (
        f"[JSON Feed]({paths.link(src, paths.topic_feed(topic.slug, 'json'))})"
    )
    parts.append(f"*{count(len(entries), 'article')}* · {feeds} · [All topics]({paths.link(src, paths.TOPICS)})")
    links = PageLinks(src, topics, texts)
    made = {} if blocks is None else blocks
    for e in entries:
        block = made.get(e.src)
        if block is None:
            block = made[e.src] = entry_block(e, links, level=2, tags=True)
        parts.append(block)
    return _page(src, f"the topic page of {topic.title!r}", front("toc"), parts)


def tags_index() -> GeneratedFile:
    """The page where Material's tags plugin lists every tag and its articles."""
    return _page(paths.TAGS, "the tags index", front(), ["# Tags", TAGS_DIRECTIVE], filled_in=True)


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
    blocks: dict[str, str] = {}  # an article on several topic pages is written once
    pages += [topic_page(t, grouped[t.title], by_title, texts, blocks) for t in topics if t.title in grouped]
    pages += timeline.pages(shown, by_title, texts)
    pages.append(tags_index())
    return pages
