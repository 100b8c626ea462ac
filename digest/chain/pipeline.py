"""The conversion chain: one raw document in, one `Article` out.

    identify source -> clean -> sentences -> summarize -> tag -> topics -> Article

Categories the input states (feeds, page metadata) are mapped to topics by
`digest.chain.categories`; as tags they only add weight to the entities the text
names (`digest.chain.tags`), since a page's keywords are often section labels.

A web page's body keeps what only the rules measured right on real pages remove
(`digest.chain.profiles.EXTRACTED`), with its structure (`digest.text.blocks`); its
summary, tags and topics are made from the paragraphs the scraped-text rules keep
too, without table rows (`_described`).

Each step is a plain function of its own module; this module only sequences
them, so the order of the chain can be read in `convert_document`.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from digest.chain import (
    agencytails,
    bios,
    boxes,
    cards,
    carried,
    categories,
    clean,
    datelines,
    greetings,
    profiles,
    runins,
    sources,
    summarize,
    tags,
    topics,
)
from digest.chain.initials import own_initials
from digest.config import SiteConfig
from digest.contract.model import Article
from digest.readers.document import RawDocument
from digest.text import blocks, markdown, sentences
from digest.text.blocks import Kind
from digest.text.dates import date_from_url


@dataclass(frozen=True, slots=True)
class Conversion:
    """A converted article with what the chain removed and noticed."""

    article: Article
    removed: tuple[clean.Removed, ...]
    notes: tuple[str, ...]
    text: str = ""
    """The article file (`digest.contract.articlefile.render`) when a worker rendered it already, else ``""``."""
    places: tuple[int, ...] = ()
    """For each of ``removed``, the number of Markdown blocks of the body before it; empty when every kept
    paragraph is one Markdown block."""


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
    profile = profiles.EXTRACTED if doc.extracted else profiles.SCRAPED
    kinds = tuple(b.kind for b in doc.blocks)
    clean_with = functools.partial(
        clean.clean, doc.paragraphs, config.boilerplate, names, repeated, title=doc.title, bylines=bylines, kinds=kinds
    )
    cleaned = clean_with(profile=profile)
    scraped = clean_with(profile=profiles.DESCRIBED) if doc.extracted else cleaned
    removed = frozenset(r.index for r in (*cleaned.removed, *scraped.removed))
    described = _described(
        doc, cleaned, scraped, boxes.summary_box(doc.blocks, config.boilerplate, removed, doc.standfirst)
    )
    notes = list(doc.notes)
    if cleaned.everything_looked_like_boilerplate:
        notes.append("every paragraph looked like boilerplate; the text is kept as it was")
    lang = doc.lang if doc.lang and doc.lang != "en" else None
    split = sentences.split_paragraphs(described, lang or "en")
    opening = cards.after_card(cards.after_pull_quote(summarize.after_standfirst(split, doc.standfirst), doc.blocks))
    opening = greetings.after_greeting(opening, names)
    rules = bios.for_opening(config.boilerplate, opening[0].text if opening else "", bylines)
    items = runins.numbered_items(opening, doc.blocks)  # "1. Rail", "2. Rain": the dek starts at the first item
    summary, lead_note = summarize.dek(
        items or opening,
        rules,
        cleaned.kept if doc.extracted else None,
        lang or "en",
        live=doc.live,
        title=doc.title,
        numbered=items is not None,
    )
    if lead_note := lead_note or summarize.gallery_note(doc.pictures, cleaned.kept):
        notes.append(lead_note)
    excluded = sources.self_references(doc, source, via, config.sources)
    title = ov_title if (ov_title := doc.overrides.title) else sources.strip_site_name(doc.title, excluded)
    tag_sentences, lead = datelines.tagged_opening(split)  # a dateline in capitals goes, its places are given
    ov = doc.overrides
    stated_topics, stated_tags = categories.map_categories(doc.categories, config)
    if lang:  # no English tagging: the categories the input states are the only tags
        found_tags = stated_tags
    else:
        own = own_initials(excluded, [sentence.text for sentence in tag_sentences])
        subject = sources.title_subject(title, excluded)  # "Verdant Harvest Foods to open plant": its own news
        not_about = [n for n in (*excluded, *own, *bylines) if n not in subject]  # else never its tags
        found_tags = tags.extract_tags(
            title, tag_sentences, config.entities, not_about, stated=doc.categories, works=doc.works, filed=lead.places
        )
    tag_list = _merge(ov.tags, found_tags, config.entities.max_tags)
    topic_list = ov.topics or topics.assign_topics(title, described, tag_list, config.topics, config.fallback_topic)
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
    body, places = _body(doc, cleaned)
    article = Article(
        title=title,
        date=date,
        added=added,
        source=source,
        via=via,
        url=ov.url or doc.url,
        authors=ov.authors
        or carried.not_the_source(
            sources.not_publishers(agencytails.without_agency(doc.authors, config.sources), config.sources), source, via
        ),
        topics=topic_list,
        tags=tag_list,
        summary=summary,
        id=doc.stable_id,
        original=doc.original,
        lang=lang,
        image=doc.image,
        featured=ov.featured,
        note=ov.note,
        body=body,
    )
    return Conversion(article, cleaned.removed, tuple(notes), places=places)


def _described(
    doc: RawDocument, kept: clean.Cleaned, scraped: clean.Cleaned, box: frozenset[int] = frozenset()
) -> tuple[str, ...]:
    """The body's paragraphs the summary, tags and topics are made from.

    A page's body keeps what only the rules measured right on real pages remove; its
    labels, link lists, bios and sign-ups, which the scraped-text rules remove, still
    make poor summaries and tags, so those steps read the paragraphs both keep, and no
    table row (data, not sentences), nor the list of a box of key points above the article (``box``,
    `digest.chain.boxes`). On the 110 annotated real pages this keeps every
    metadata score at or above its floor (``python -m tests.eval.real.meta``).
    """
    if scraped is kept or scraped.everything_looked_like_boilerplate:
        return kept.kept
    gone = {r.index for r in kept.removed} | {r.index for r in scraped.removed} | box
    both = tuple(b.text for i, b in enumerate(doc.blocks) if i not in gone and b.kind is not Kind.ROW)
    return both or kept.kept


def _body(doc: RawDocument, cleaned: clean.Cleaned) -> tuple[str, tuple[int, ...]]:
    """The kept paragraphs as Markdown, with the structure the input gave them, and each removal's place.

    A removal's place is the number of Markdown blocks of the body before it
    (`digest.store.removals`); a list or a table is one Markdown block.
    """
    if not doc.blocks:
        return markdown.paragraphs(cleaned.kept), ()
    gone = {r.index for r in cleaned.removed}
    kept = [i for i in range(len(doc.blocks)) if i not in gone]
    chunks = blocks.layout([doc.blocks[i] for i in kept])
    chunk_of = {kept[k]: n for n, (_, members) in enumerate(chunks) for k in members}
    places = []
    for removed in cleaned.removed:
        before = [chunk_of[i] for i in kept if i < removed.index and i in chunk_of]
        places.append(before[-1] + 1 if before else 0)
    return "\n\n".join(text for text, _ in chunks), tuple(places)


def _merge(first: tuple[str, ...], then: tuple[str, ...], limit: int) -> tuple[str, ...]:
    """``first`` then ``then``, without case-insensitive repeats, capped at ``limit``."""
    seen: dict[str, str] = {}
    for tag in (*first, *then):
        seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())[: max(limit, len(first))]
