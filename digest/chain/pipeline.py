"""The conversion chain: one raw document in, one `Article` out.

    identify source -> clean -> sentences -> summarize -> tag -> topics -> Article

Categories the input states (feeds, page metadata) are mapped to topics by
`digest.chain.categories`; as tags they only add weight to the entities the text
names (`digest.chain.tags`), since a page's keywords are often section labels.

Each step is a plain function of its own module; this module only sequences
them, so the order of the chain can be read in `convert_document`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from digest.chain import categories, clean, sources, summarize, tags, topics
from digest.config import SiteConfig
from digest.contract.model import Article
from digest.readers.document import RawDocument, strip_dateline
from digest.text import markdown, sentences
from digest.text.dates import date_from_url


@dataclass(frozen=True, slots=True)
class Conversion:
    """A converted article with what the chain removed and noticed."""

    article: Article
    removed: tuple[clean.Removed, ...]
    notes: tuple[str, ...]
    text: str = ""
    """The article file (`digest.contract.articlefile.render`) when a worker rendered it already, else ``""``."""


def convert_document(
    doc: RawDocument,
    config: SiteConfig,
    added: dt.date,
    repeated: frozenset[str] = frozenset(),
) -> Conversion:
    """Run the whole chain on one document. ``added`` is injected, never read from a clock."""
    source, via = sources.identify(doc, config.sources)
    names = [n for n in (source, via) if n]
    bylines = (*doc.authors, *doc.overrides.authors)
    cleaned = clean.clean(doc.paragraphs, config.boilerplate, names, repeated, title=doc.title, bylines=bylines)
    notes = list(doc.notes)
    if cleaned.everything_looked_like_boilerplate:
        notes.append("every paragraph looked like boilerplate; the text is kept as it was")
    lang = doc.lang if doc.lang and doc.lang != "en" else None
    split = sentences.split_paragraphs(cleaned.kept, lang or "en")
    summary, lead_note = summarize.dek(summarize.after_standfirst(split, doc.standfirst), config.boilerplate)
    if lead_note:
        notes.append(lead_note)
    excluded = sources.self_references(doc, source, via, config.sources)
    title = ov_title if (ov_title := doc.overrides.title) else sources.strip_site_name(doc.title, excluded)
    tag_sentences = [dataclasses.replace(split[0], text=strip_dateline(split[0].text)), *split[1:]] if split else []
    ov = doc.overrides
    stated_topics, stated_tags = categories.map_categories(doc.categories, config)
    if lang:  # no English tagging: the categories the input states are the only tags
        found_tags = stated_tags
    else:
        found_tags = tags.extract_tags(title, tag_sentences, config.entities, excluded, stated=doc.categories)
    tag_list = _merge(ov.tags, found_tags, config.entities.max_tags)
    topic_list = ov.topics or topics.assign_topics(title, cleaned.kept, tag_list, config.topics, config.fallback_topic)
    if stated_topics and not ov.topics:
        found_topics = () if topic_list == (config.fallback_topic,) else topic_list
        topic_list = _merge(stated_topics[: topics.MAX_TOPICS], found_topics, topics.MAX_TOPICS)
    if lang:
        notes.append(f"language '{lang}': tags and topic keywords are English-only and were not extracted")
    date = ov.date or doc.date
    url = ov.url or doc.url
    if date is None and url and (date := date_from_url(url)):
        notes.append("publication date taken from the URL")
    if date is None:
        notes.append("no publication date in the input's metadata; 'date' left out")
    article = Article(
        title=title,
        date=date,
        added=added,
        source=source,
        via=via,
        url=ov.url or doc.url,
        authors=ov.authors or doc.authors,
        topics=topic_list,
        tags=tag_list,
        summary=summary,
        id=doc.stable_id,
        original=doc.original,
        lang=lang,
        image=doc.image,
        featured=ov.featured,
        note=ov.note,
        body=markdown.paragraphs(cleaned.kept),
    )
    return Conversion(article, cleaned.removed, tuple(notes))


def _merge(first: tuple[str, ...], then: tuple[str, ...], limit: int) -> tuple[str, ...]:
    """``first`` then ``then``, without case-insensitive repeats, capped at ``limit``."""
    seen: dict[str, str] = {}
    for tag in (*first, *then):
        seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())[: max(limit, len(first))]
