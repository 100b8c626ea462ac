"""A generalisation audit (audit21s) on the inputs' side: how a page names its site and its writers, checked on
paraphrases of the tests of the last rounds (another markup, another separator, another language's byline). First
run, before any rule changed: with `tests/chain/test_audit21.py`, 103 of 125 paraphrases held. Pages are invented."""

from __future__ import annotations

import json

import pytest

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.banner import logo_text
from digest.readers.bylines import page_authors
from digest.readers.html import read_html
from tests.conftest import ADDED
from tests.inputs.publisher_pages import ECHO, HEADLINE, PARAGRAPHS, Page, converted, echo_page

URL = "https://www.kelmouthecho.com/news/wall-repairs"
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _authors(page: bytes, config: SiteConfig) -> tuple[str, ...]:
    (doc,) = read_html("page.html", page)
    return convert_document(doc, config, ADDED).article.authors


@pytest.mark.parametrize("alt", [f"{ECHO} logo", f"Logo of {ECHO}", f"{ECHO} - homepage", f"the logo for {ECHO}"])
def test_a_logo_s_text_calling_it_a_logo_names_the_site(alt: str, config: SiteConfig) -> None:
    page = Page(header=f"<a href='/'><img src='/l.png' alt='{alt}'></a>", canonical=URL)
    assert converted(page.html(), config)[:2] == (ECHO, None)


def test_a_word_holding_logo_is_no_logo_s_description() -> None:
    assert logo_text("Logopedia Weekly") == "Logopedia Weekly"
    assert logo_text("Kelmouth Logos") == "Kelmouth Logos"


def test_a_station_s_channel_number_is_a_word_of_the_longer_name_its_logo_and_copyright_print(
    config: SiteConfig,
) -> None:
    page = Page(
        meta=(("og:site_name", "WKLM"),),
        header="<a href='/'><img src='/l.png' alt='WKLM 7 News'></a>",
        footer="Copyright 2026 WKLM 7 News. All rights reserved.",
        canonical="https://www.wklm7.com/news/wall",
    )
    assert converted(page.html(), config)[:2] == ("WKLM 7 News", None)
    unsigned = Page(
        meta=(("og:site_name", "WKLM"),),
        header="<a href='/'><img src='/l.png' alt='WKLM 7 News'></a>",
        footer="Copyright 2026 Harbourline Broadcasting.",
        canonical="https://www.wklm7.com/news/wall",
    )
    assert converted(unsigned.html(), config)[0] != "WKLM 7 News"


@pytest.mark.parametrize(
    ("byline", "writer"),
    [
        ("Por Ana Ruiz", "Ana Ruiz"),
        ("Door Anke de Vries", "Anke de Vries"),
        ("Par Anne Roux", "Anne Roux"),
        ("Di Marco Bellini", "Marco Bellini"),
        ("Av Ingrid Solberg", "Ingrid Solberg"),
        ("Von Anna Roth", "Anna Roth"),
    ],
)
def test_a_byline_in_another_language_names_its_writer_wherever_the_page_prints_it(
    byline: str, writer: str, config: SiteConfig
) -> None:
    assert page_authors([], byline, [], None) == (writer,)  # the author field
    element = echo_page(f"<h1>{HEADLINE}</h1><div class='byline'>{byline}</div>{BODY}")
    assert _authors(element, config) == (writer,)  # a byline element
    atop = echo_page(f"<h1>{HEADLINE}</h1><div class='story'><p>{byline}</p>{BODY}</div>")
    assert _authors(atop, config) == (writer,)  # atop the text


def test_a_name_opening_on_the_word_alone_is_the_name() -> None:
    assert page_authors([], "Di Morrissey", [], None) == ("Di Morrissey",)  # a name of two words: no byline's word
    assert page_authors([], "Von Drehle", [], None) == ("Von Drehle",)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ({"@context": "https://schema.org", "@graph": [{"@type": "NewsMediaOrganization", "@id": "#org", "name": ECHO},
          {"@type": "NewsArticle", "headline": HEADLINE, "publisher": {"@id": "#org"}}]}, ECHO),
        ({"@type": "NewsArticle", "headline": HEADLINE, "publisher": {"@type": "NewsMediaOrganization", "name": ECHO}},
         ECHO),
    ],
)  # fmt: skip
def test_a_publisher_declared_in_json_ld_only_names_the_site(
    markup: dict[str, object], expected: str, config: SiteConfig
) -> None:
    assert converted(Page(ld=(markup,), canonical=URL).html(), config)[:2] == (expected, None)


@pytest.mark.parametrize("separator", ["·", "—", "|"])
def test_a_title_s_site_suffix_after_another_separator_names_the_site(separator: str, config: SiteConfig) -> None:
    assert converted(Page(title=f"{HEADLINE} {separator} {ECHO}", canonical=URL).html(), config)[:2] == (ECHO, None)


@pytest.mark.parametrize(
    ("byline", "writers"),
    [
        ("Ann Roe · Harbour Reporter", ("Ann Roe",)),
        ("By ANN ROE / Staff writer", ("Ann Roe",)),
        ("Ann Roe, Kelmouth Echo · 3 min read", ("Ann Roe",)),
        ("By Ann Roe | Updated Dec. 5, 2026", ("Ann Roe",)),
        ("By Ann Roe and Tom Vale | Kelmouth Echo", ("Ann Roe", "Tom Vale")),
        ("Reporting by Nadia Tarrant in Kelmouth; Additional reporting by Omar Vane; Editing by Alexandra Roe",
         ("Nadia Tarrant", "Omar Vane")),
    ],
)  # fmt: skip
def test_a_byline_s_writers_with_other_separators_and_tails(byline: str, writers: tuple[str, ...]) -> None:
    assert page_authors([], byline, [ECHO], URL) == writers


def test_a_writer_marked_in_microdata_or_a_test_hook_is_the_author(config: SiteConfig) -> None:
    microdata = (
        "<div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        "<span itemprop='name'>Ann Roe-Lind</span></div>"
    )
    hook = (
        "<div data-testid='byline-container'><a data-testid='author-link' href='/a/ann'>Ann Roe-Lind</a> "
        "<span>(Reuters)</span></div>"
    )
    for byline in (microdata, hook):
        assert _authors(echo_page(f"<h1>{HEADLINE}</h1>{byline}{BODY}"), config) == ("Ann Roe-Lind",)


def test_an_aggregator_s_copy_names_the_paper_its_json_ld_declares_and_the_aggregator(config: SiteConfig) -> None:
    ld = {"@type": "NewsArticle", "headline": HEADLINE, "publisher": {"@type": "Organization", "name": "Tallow Herald"}}
    page = (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{HEADLINE}</title>"
        '<link rel="canonical" href="https://www.tallowherald.co.uk/news/2019/05/06/wall/">'
        '<meta property="og:site_name" content="ReaderBay">'
        '<meta property="og:url" content="https://news.readerbay.net/articles/tallow-herald/wall-77">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
        "<body><header><a href='/'><img src='/b.png' alt='ReaderBay'></a></header>"
        f"<article><h1>{HEADLINE}</h1>{BODY}</article></body></html>"
    ).encode()
    assert converted(page, config)[:2] == ("Tallow Herald", "ReaderBay")


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("Story and photos by Ann Roe", ("Ann Roe",)),  # two roles one writer had, writing among them
        ("Text & photos by Ann Roe", ("Ann Roe",)),
        ("Words and pictures by Ann Roe · Graphics by Tom Vale", ("Ann Roe",)),
        ("Editing and fact-checking by Tom Vale", ()),  # no writing among them
    ],
)
def test_a_credit_of_two_roles_joined_by_and_is_read_as_one_credit(line: str, writers: tuple[str, ...]) -> None:
    assert page_authors([], line, [], None) == writers
