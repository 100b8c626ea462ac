"""Saved web pages (``.html``/``.htm``): the article's paragraphs and the metadata the page declares.

trafilatura finds the main text (navigation, cookie banners, related links,
share tools and comments are left out) with its structure, and the title and
authors; the publication date, canonical URL, lead image, language and site name
come from `digest.readers.htmlmeta`, which reads declared metadata only. The text
comes as blocks (`digest.readers.htmlblocks`: paragraphs, subheadings, list items,
quotations, table rows; `continuation` reads an article split between containers
alike to its end), which the chain writes as Markdown; it runs only the
cleaning rules measured right on a page's text (`digest.chain.profiles.EXTRACTED`).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import lxml.html
from lxml import etree
from trafilatura import bare_extraction

from digest.problems import InputError
from digest.readers import (
    banner,
    bylines,
    credits,
    emphasis,
    headlines,
    htmlmeta,
    masthead,
    pageshape,
    printednames,
    reporters,
    roles,
    sitename,
    standfirst,
    textdivs,
)
from digest.readers.baretext import bare_text, whole_page_glued
from digest.readers.decode import decode
from digest.readers.document import RawDocument, fold, shorten_title
from digest.readers.htmlblocks import continuation, element_blocks, has_layout_table, opening
from digest.readers.htmltext import article_link, declared_charset, squash
from digest.text.blocks import Block

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
FAST = False
"""trafilatura's fast mode skips its readability/jusText fallbacks: 2.5x faster on a 300 KB page
(12.7 vs 5.1 pages/s here) but it lost share lines and "more from" links on the table-layout
sample (evaluation F1 0.968 vs 0.990). Quality wins; see benchmarks/bench_html.py."""
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False)
"""Comments and processing instructions left out, as trafilatura parses a page itself: a comment inside a
paragraph made its extraction lose the paragraph."""
DATE_PARAMS = {"extensive_search": False, "original_date": True, "max_date": "2999-12-31"}
"""trafilatura's own date is not used (see htmlmeta); a fixed bound keeps its date search off the clock."""


def parse_page(path: str, text: str) -> lxml.html.HtmlElement:
    """The page's element tree; `InputError` when there is no HTML document in ``text``."""
    text = _XML_DECLARATION.sub("", text.lstrip("\ufeff"), count=1)
    if not text.strip():
        raise InputError(path, "is empty (no HTML)")
    try:
        tree = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(path, f"is not a readable HTML page: {exc}") from None
    if tree.find("body") is None and tree.find("head") is None:
        raise InputError(path, "is not an HTML page (no <head> or <body>)")
    return tree


def _site_names(declared_sites: list[str], extracted: str | None) -> list[str]:
    """The names the page declares for its site, and the one the extractor found when it is another name."""
    stated = _stated_sitename(extracted)
    if stated and stated.casefold() in {d.casefold() for d in declared_sites}:
        stated = None  # only a declared name with its case changed ("nj" -> "Nj")
    logins = {d[1:].casefold(): d[1:] for d in declared_sites if d.startswith("@")}
    stated = logins.get(stated.casefold(), stated) if stated else None  # a handle's login, capitalised: as declared
    return [*declared_sites, *([stated] if stated else [])]


def read_html(path: str, data: bytes, charset: str | None = None, url: str | None = None) -> list[RawDocument]:
    """Read one saved page. ``charset`` is what an HTTP header declared; ``url`` where it was fetched."""
    text, note = decode(path, data, declared=charset or declared_charset(data))
    tree = parse_page(path, text)
    _drop_image_captions(tree)
    _drop_dialogs(tree)
    textdivs.as_paragraphs(tree)
    meta = htmlmeta.meta_values(tree)
    ld = htmlmeta.json_ld(tree)
    url = article_link(url) or htmlmeta.saved_from(text)
    canonical = htmlmeta.canonical_link(tree, meta, url)
    url = url or _own_address(meta, canonical)
    declared_sites = htmlmeta.site_names(meta, ld)
    page_title = squash(tree.findtext(".//title") or "")
    titles = [*htmlmeta.declared_titles(meta, ld), page_title]
    h1s = [squash(h1.text_content()) for h1 in tree.iter("h1")][:5]
    byline_elements = credits.byline_elements(tree)
    shown_bylines = credits.byline_texts(byline_elements)
    found = _extract(tree, canonical or url, tables=True)
    if found is not None and found.body is not None and has_layout_table(found.body):
        found = _extract(tree, canonical or url, tables=False)
    if found is None or found.body is None:
        raise InputError(path, "no article text found (an index page, or a page that needs JavaScript?)")
    site_names = _site_names(declared_sites, found.sitename)
    shown = sitename.shown(tree)
    site = sitename.site(shown, site_names, page_title, canonical or url, ld)
    sites = [s for s in (site, *declared_sites) if s]
    carrier = sitename.carrier(shown, site_names, page_title, url, canonical)
    where = canonical or url
    title, title_note = shorten_title(headlines.headline(squash(found.title or ""), titles, h1s, sites, where))
    if not title:
        raise InputError(path, "has no title (no <title>, og:title or <h1>)")
    linked = credits.author_links(tree)
    headed = credits.under_headline(tree)
    lined = credits.byline_texts(byline_elements, lines=True)
    stated_author = credits.relined(found.author or "", lined)
    names = bylines.page_authors(
        htmlmeta.people(ld), stated_author, sites, where, shown_bylines, linked=linked, headed=headed
    )
    names = roles.writers_only(
        printednames.as_printed(printednames.as_linked(names, linked), [*linked, *shown_bylines]),
        roles.other_roles(tree),
    )  # a photographer declared an author: none
    hosts = roles.hosts(tree)
    names = tuple(n for n in names if n.casefold() not in hosts)  # a broadcast's host, even alone: no writer
    blocks = whole_page_glued(tree, element_blocks(found.body), title)
    blocks = _drop_title(bare_text(tree, blocks + continuation(tree, blocks)), title)
    blocks, names = _drop_bylines(blocks, names, sites, where)
    blocks = opening(tree, blocks) + blocks
    if not blocks:
        raise InputError(path, "has a title but no article text")
    categories = dict.fromkeys(squash(c) for c in [*(found.categories or []), *(found.tags or [])] if squash(c))
    return [
        RawDocument(
            original=path,
            title=title,
            paragraphs=tuple(b.text for b in blocks),
            blocks=tuple(blocks),
            extracted=True,
            date=htmlmeta.published_date(tree, meta, ld, canonical or url),
            url=canonical or url,
            source=site,
            via=carrier if carrier != site else None,
            authors=names or reporters.closing_reporters(_credit_lines(tree, blocks), sites, where),
            lang=htmlmeta.language(tree, meta),
            image=htmlmeta.lead_image(meta, canonical or url),
            categories=tuple(categories),
            standfirst=standfirst.standfirst(tree, meta),
            credits=tuple(
                dict.fromkeys(
                    c for c in (stated_author, *lined, *htmlmeta.credited(meta, ld), *credits.bracketed(tree)) if c
                )
            ),
            banner=banner.banner_site(tree, canonical or url),
            live=htmlmeta.live_blog(ld) or pageshape.timed_entries(tree),
            pictures=pageshape.numbered_pictures(tree),
            picture_credits=pageshape.picture_credits(tree),
            providers=tuple(n for n in htmlmeta.providers(ld) if not masthead.is_site(n, [site or ""], where)),
            works=emphasis.marked_titles(tree),
            notes=tuple(n for n in (note, title_note) if n),
        )
    ]


_CAPTION_TAGS = frozenset({"em", "i", "small", "figcaption", "cite"})
MAX_CAPTION_WORDS = 40


def _drop_image_captions(tree: lxml.html.HtmlElement) -> None:
    """Leave out the caption a paragraph prints under its picture ("<p><img><br><em>Residents wait ...</em></p>"):
    a paragraph holding an image whose every word is in italics or small print, short. It would open the dek."""
    for paragraph in list(tree.iter("p")):
        if paragraph.find(".//img") is None or (paragraph.text or "").strip():
            continue
        texts = [c for c in paragraph if (c.text_content() or "").strip()]
        tails = any((c.tail or "").strip() for c in paragraph)
        if not texts or tails or any(not isinstance(c.tag, str) or c.tag not in _CAPTION_TAGS for c in texts):
            continue
        if sum(len(c.text_content().split()) for c in texts) <= MAX_CAPTION_WORDS:
            for child in texts:
                child.drop_tree()


MAX_DIALOG_WORDS = 80


def _drop_dialogs(tree: lxml.html.HtmlElement) -> None:
    """Leave out a short dialog the page lays over its text (``role="dialog"``: a consent or cookie box): the
    extractor takes it for the opening of a short page's text."""
    for element in tree.xpath("//*[@role='dialog' or @role='alertdialog']"):
        if len(element.text_content().split()) <= MAX_DIALOG_WORDS and element.getparent() is not None:
            element.drop_tree()


def _own_address(meta: dict[str, list[str]], canonical: str | None) -> str | None:
    """Where a page says it is itself (``og:url``) when its canonical link is another site's: a copy an aggregator
    shows, linked to the original paper's page, is read at the aggregator's address (`sitename.carrier`)."""
    own = next((u for v in meta.get("og:url", ()) if (u := article_link(v, canonical))), None)
    different = own and canonical and masthead.registered_label(own) != masthead.registered_label(canonical)
    return own if different else None


def _extract(tree: lxml.html.HtmlElement, url: str | None, *, tables: bool) -> Any:
    """trafilatura's main text and metadata (None when it found no text)."""
    return bare_extraction(
        tree,
        url=url,
        fast=FAST,
        with_metadata=True,
        include_comments=False,
        include_tables=tables,
        include_images=False,
        include_links=False,
        date_extraction_params=DATE_PARAMS,
    )


def _stated_sitename(name: str | None) -> str | None:
    """trafilatura's site name unless it was only derived from the host name."""
    if not name or ("." in name and " " not in name):
        return None
    return squash(name)


_CREDIT_TAIL = 3
"""The last paragraphs, where a closing credit line names a story's reporters."""


def _credit_lines(tree: lxml.html.HtmlElement, blocks: list[Block]) -> list[str]:
    """The text's last paragraphs, then the page's credit lines (`reporters.credit_lines`): a story's reporters."""
    return [*(b.text for b in blocks[-_CREDIT_TAIL:]), *reporters.credit_lines(tree)]


def _drop_title(blocks: list[Block], title: str) -> list[Block]:
    """Leave out leading blocks that only repeat the headline, and the headline glued before the text when the
    extractor fell back to the page's whole text as one paragraph (a short page: "Headline The lead ...")."""
    key = fold(title)
    while blocks and fold(blocks[0].text) == key:
        blocks.pop(0)
    if len(blocks) == 1 and key and blocks[0].text.startswith(title + " "):
        blocks = [dataclasses.replace(blocks[0], text=blocks[0].text[len(title) + 1 :])]
    return blocks


def _drop_bylines(
    blocks: list[Block], names: tuple[str, ...], sites: list[str], where: str | None
) -> tuple[list[Block], tuple[str, ...]]:
    """Leave out byline paragraphs ("By Jane Doe, 3 March") among the first three (`credits.byline_line`); with no
    ``names``, the people of such a byline are the page's authors (`digest.readers.credits.opening_byline`)."""
    names = names or credits.opening_byline([b.text for b in blocks[:3]], sites, where)
    keys = [n.casefold() for n in names]
    head = [b for b in blocks[:3] if not credits.byline_line(b.text, keys)]
    return head + blocks[3:], names
