"""Page shapes from the tune half of blind battery 10 (`tests/inputs/blind_pages10`), each reproduced first on an
invented page here: a site named as its masthead prints the name it declares otherwise ("KelmouthEcho" declared, "The
Kelmouth Echo" on its link home), a name with "&" on a domain that writes "and", a copy on an aggregator whose
canonical link is the original paper's, a byline marked by a test hook instead of a class, a review's writer declared
in its JSON-LD ``Review``.
"""

from __future__ import annotations

import json

import pytest

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.html import read_html
from digest.readers.masthead import matches
from digest.readers.persons import person
from digest.readers.siteforms import printed_form
from tests.conftest import ADDED
from tests.inputs.publisher_pages import HEADLINE, PARAGRAPHS, converted

BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _page(site: str, header: str, *, url: str = "https://www.kelmouthecho.com/news/wall", ld: str = "") -> bytes:
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{HEADLINE} | {site}</title>"
        f'<meta property="og:site_name" content="{site}"><link rel="canonical" href="{url}">{ld}</head>'
        f"<body><header>{header}</header><article><h1>{HEADLINE}</h1>{BODY}</article>"
        "<footer><p>Terms and privacy</p></footer></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("declared", "header", "expected"),
    [
        ("KelmouthEcho", "<a href='/'>Kelmouth Echo</a>", "Kelmouth Echo"),  # run together: the masthead's words
        ("Kelmouth Echo", "<a href='/'>The Kelmouth Echo</a>", "The Kelmouth Echo"),  # with its article
        ("KelmouthEcho", "<a href='/'><img src='/l.png' alt='Kelmouth Echo'></a>", "Kelmouth Echo"),  # a logo's
        ("The Kelmouth Echo", "<a href='/'>Kelmouth Echo</a>", "The Kelmouth Echo"),  # fewer words: as declared
        ("Kelmouth Echo", "<a href='/'>The Echo Group</a>", "Kelmouth Echo"),  # another name: as declared
        ("Kelmouth Echo", "<a href='/'>KELMOUTH ECHO</a>", "Kelmouth Echo"),  # in capitals: as declared
        ("Kelmouth Echo", "<a href='/'>The Kelmouth Echo</a><p>© Kelmouth Echo</p>", "Kelmouth Echo"),  # "The": logo's
        ("KelmouthEcho", "<a href='/'>The Kelmouth Echo</a><p>© Kelmouth Echo</p>", "Kelmouth Echo"),
    ],
)
def test_a_site_is_named_as_its_masthead_prints_the_name_it_declares(
    config: SiteConfig, declared: str, header: str, expected: str
) -> None:
    assert converted(_page(declared, header), config)[:2] == (expected, None)


def test_a_masthead_s_printed_form_is_the_same_name_in_more_words() -> None:
    assert printed_form("FernTide", ["Fern & Tide"]) == "Fern & Tide"
    assert printed_form("Fern+Tide", ["Fern and Tide", "Fern & Tide"]) == "Fern and Tide"
    assert printed_form("Pōneke Post", ["The Pōneke Post"], "The Pōneke Post") == "The Pōneke Post"
    assert printed_form("Poneke Post", ["The Pōneke Post"], "The Pōneke Post") == "The Pōneke Post"  # its accents
    unsaid = "The Pōneke Post, Pōneke Post, Poneke Post"  # the article only on the masthead: the accents alone
    assert printed_form("Poneke Post", ["The Pōneke Post"], unsaid) == "Pōneke Post"
    assert printed_form("Fern Tide", ["Fern Tide News"]) == "Fern Tide"


def test_a_name_with_an_ampersand_or_a_plus_is_the_name_of_a_domain_that_writes_and() -> None:
    assert (matches("Fern & Tide", "fernandtide"), matches("Fern+Tide", "fernandtide")) == (2, 2)
    assert matches("AT&T", "att") == 2


def test_a_name_with_an_ampersand_beats_the_company_s_longer_name_on_a_domain_that_writes_and(
    config: SiteConfig,
) -> None:
    company = {"@type": "Organization", "name": "Fern and Tide Media"}
    ld = {"@type": "Article", "headline": HEADLINE, "publisher": company}
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    page = _page("Fern &amp; Tide", "", url="https://fernandtide.com/features/harbour-wall", ld=script)
    assert converted(page, config)[:2] == ("Fern & Tide", None)
    plus = _page("Fern+Tide", "<a href='/'>Fern &amp; Tide</a>", url="https://fernandtide.co.uk/features/wall")
    assert converted(plus, config)[:2] == ("Fern & Tide", None)


def test_a_copy_whose_own_address_is_an_aggregator_s_is_the_paper_s_story_via_the_aggregator(
    config: SiteConfig,
) -> None:
    ld = {"@type": "NewsArticle", "headline": HEADLINE, "publisher": {"@type": "Organization", "name": "The Tarn Post"}}
    page = (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{HEADLINE}</title>"
        '<link rel="canonical" href="https://www.tarnpost.com/news/2019/05/06/wall/">'
        '<meta property="og:site_name" content="FeedHarbour">'
        '<meta property="og:url" content="https://www.feedharbour.com/story/tarn-post/wall-1x2">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
        "<body><header><a href='/'><img src='/b.png' alt='FeedHarbour'></a></header>"
        f"<article><h1>{HEADLINE}</h1>{BODY}</article></body></html>"
    ).encode()
    assert converted(page, config)[:2] == ("The Tarn Post", "FeedHarbour")


def test_a_byline_marked_by_a_test_hook_names_the_writer_the_metadata_does_not(config: SiteConfig) -> None:
    ld = {"@type": "NewsArticle", "headline": HEADLINE, "author": {"@type": "Organization", "name": "AAP"}}
    byline = (
        "<div data-testid='byline'><span data-testid='author-name'>Bridget Tallow</span> "
        "<span data-testid='author-org'>(AAP)</span> <time>May 6 2019 - 11:30am</time></div>"
    )
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    page = _page("The Kelmouth Echo", "", ld=script).replace(
        f"<h1>{HEADLINE}</h1>".encode(), f"<h1>{HEADLINE}</h1>{byline}".encode()
    )
    assert converted(page, config)[2] == ("Bridget Tallow",)


def test_a_review_s_writer_declared_in_its_json_ld_is_its_author(config: SiteConfig) -> None:
    ld = {"@type": "Review", "headline": HEADLINE, "author": [{"@type": "Person", "name": "Hamish Tallow-Grant"}]}
    byline = "<div><span>Hamish Tallow-Grant</span><span>Transport Tech Editor</span></div>"
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    page = _page("The Kelmouth Echo", "", ld=script).replace(
        f"<h1>{HEADLINE}</h1>".encode(), f"<h1>{HEADLINE}</h1>{byline}".encode()
    )
    (doc,) = read_html("page.html", page)
    assert convert_document(doc, config, ADDED).article.authors == ("Hamish Tallow-Grant",)


def test_a_bracket_after_a_writer_s_name_ends_it() -> None:
    assert person("Bridget Tallow (AAP) May 6 2019 - 11:30am") == "Bridget Tallow"
    assert person("Nadia Penrose [Reuters]") == "Nadia Penrose"
