"""Page shapes found by mechanism on the sixth and seventh blind batteries' tune halves (`tests/inputs/blind_pages6`,
`blind_pages7`), each reproduced here first on invented declarations and pages: a publication hosted on a
platform's subdomain, which spells its name; a company's name declared with its site's section ("Harbourpay Blog"
for harbourpay.example/blog/...); an article's lead printed as bare text in a ``<div>`` above its paragraphs; a
shown byline naming more writers than the metadata, before a bar and a desk's label ("Ann Roe & Tom Vale |
Harbour studio") or with the agency glued to the last name ("By ANN ROE and TOM K. VALE Associated Press"); a
masthead whose umlaut its domain writes out ("Harbour-Börse" on harbour-boerse.example) beside an edition's label.

First run, before any rule changed: every test of a shape failed (the guards beside them, what must not change,
passed).
"""

from __future__ import annotations

import pytest

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.bylines import page_authors
from digest.readers.html import read_html
from digest.readers.masthead import site_name
from tests.conftest import ADDED
from tests.inputs.publisher_pages import HEADLINE, PARAGRAPHS, URL

HOSTED = "https://harbourletter.letterhost.example/p/the-sea-wall"


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        (["The Harbour Letter"], "The Harbour Letter"),  # a publication on a platform's subdomain
        (["Harbour Letter", "@harbourletter"], "Harbour Letter"),
    ],
)
def test_a_name_of_several_words_spelling_the_subdomain_is_the_publication(declared: list[str], expected: str) -> None:
    assert site_name(declared, "The sea wall", HOSTED) == expected


def test_a_masthead_is_the_domain_s_name_with_its_umlauts_written_out() -> None:
    url = "https://english.harbour-boerse.example/companies/takeover"
    assert site_name(["HBB English Edition"], "Takeover | Harbour-Börse", url) == "Harbour-Börse"


def test_a_word_that_is_a_subdomain_is_still_no_name() -> None:
    assert site_name(["Hosted", "@gazette"], "Story | Hosted", "https://hosted.gazette.example/x/1") == "gazette"


def test_a_section_on_a_subdomain_is_no_publication_beside_the_domain_s_name() -> None:
    url = "https://dealsdesk.the-harbour-gazette.example/gifts"
    assert site_name(["The Harbour Gazette", "Deals Desk"], "Gifts | Deals Desk", url) == "The Harbour Gazette"


@pytest.mark.parametrize(
    ("declared", "url", "expected"),
    [
        (["Harbourpay Blog", "Harbourpay Technologies Ltd"], "https://harbourpay.example/blog/series-a", "Harbourpay"),
        (["Harbourpay Newsroom"], "https://www.harbourpay.example/newsroom/2026/raise", "Harbourpay"),
        (["Harbourpay Engineering"], "https://engineering.harbourpay.example/posts/x", "Harbourpay Engineering"),
        (["Harbourpay Blog"], "https://harbourpay.example/posts/series-a", "Harbourpay Blog"),
        (["Harbour 8 News"], "https://www.harbour8.example/news/local/bridge", "Harbour 8 News"),  # a masthead
    ],
)
def test_a_company_s_name_with_the_section_of_its_address_is_the_company(
    declared: list[str], url: str, expected: str
) -> None:
    assert site_name(declared, "We raised money", url) == expected


INTRO = (
    "Harbour councillors have rejected a plan to sell the old fish market, setting up a fight with the mayor over "
    "the town's biggest building project in a decade."
)


def _intro_page(intro: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{HEADLINE}</title>"
        f'<link rel="canonical" href="{URL}"></head><body><article><header><h1>{HEADLINE}</h1></header>'
        f"<div class='article-body'>{intro}{paragraphs}</div></article></body></html>"
    ).encode()


def test_a_lead_in_a_div_of_bare_text_is_the_article_s_first_paragraph(config: SiteConfig) -> None:
    (doc,) = read_html("page.html", _intro_page(f"<div class='article-intro'>{INTRO}</div>"))
    assert doc.paragraphs[0] == INTRO
    assert convert_document(doc, config, ADDED).article.summary.startswith(INTRO[:40])


@pytest.mark.parametrize(
    "box",
    [
        "<div class='promo'>Subscribe today</div>",  # a line, no prose
        "<div class='ad'><span>Advertisement</span></div>",  # an element inside: not bare text
    ],
)
def test_a_div_that_holds_no_prose_stays_out(box: str) -> None:
    (doc,) = read_html("page.html", _intro_page(box))
    assert doc.paragraphs[0] == PARAGRAPHS[0]


@pytest.mark.parametrize(
    ("stated", "shown", "expected"),
    [
        ("Ann Roe", "Ann Roe & Tom Vale | Harbour studio", ("Ann Roe", "Tom Vale")),
        (
            "ANN ROE; TOM K VALE Associated Press",
            "By ANN ROE and TOM K. VALE Associated Press",
            ("Ann Roe", "Tom K. Vale"),
        ),
    ],
)
def test_a_shown_byline_names_every_writer(stated: str, shown: str, expected: tuple[str, ...]) -> None:
    assert page_authors([], stated, ["The Kelmouth Echo"], URL, [shown]) == expected
