"""Page shapes from the tune halves of blind batteries 8 and 9 (`tests/inputs/blind_pages8`, `blind_pages9`), each
reproduced first on an invented page here: a release a site prints under its note naming the issuer, "submitted by"
the issuer.
"""

from __future__ import annotations

import json

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.html import read_html
from tests.conftest import ADDED
from tests.inputs.publisher_pages import ECHO, HEADLINE, PARAGRAPHS, converted, echo_page

BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
ISSUER = "Tallow Valley Health"
RELEASE = f"KELMOUTH, Maine – {ISSUER} today announced a contract to supply the stone for the harbour wall."


def test_a_release_under_the_site_s_note_is_the_issuer_s_and_starts_at_its_own_lead(config: SiteConfig) -> None:
    note = f"<p><em>The following is a news release from {ISSUER}. {ECHO} prints notices as they were sent.</em></p>"
    byline = f"<div class='byline'><span class='posted-by'>Submitted by {ISSUER}</span></div>"
    ld: dict[str, object] = {
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "author": {"@type": "Organization", "name": ISSUER},
    }
    (doc,) = read_html("page.html", echo_page(f"<h1>{HEADLINE}</h1>{byline}{note}<p>{RELEASE}</p>{BODY}", ld=ld))
    article = convert_document(doc, config, ADDED).article
    assert (article.source, article.via) == (ISSUER, ECHO)
    assert article.summary.startswith(f"{ISSUER} today announced a contract")
    assert article.authors == ()


def test_an_agency_named_after_the_writer_in_a_byline_is_no_part_of_the_writer_s_name(config: SiteConfig) -> None:
    spans = (
        "<div class='byline'><span class='byline-author'>Nadia Penrose</span> <span class='byline-agency'>AAP</span>"
    )
    spans += "</div>"
    paragraphs = "<div class='byline'><p>By Tomas Reyes and Nadia Penrose</p><p class='src'>Bloomberg</p></div>"
    for byline in (spans, paragraphs):
        (doc,) = read_html("page.html", echo_page(f"<h1>{HEADLINE}</h1>{byline}{BODY}"))
        assert convert_document(doc, config, ADDED).article.authors[-1] == "Nadia Penrose"


def test_a_byline_after_the_date_gives_the_writer_s_name_as_printed(config: SiteConfig) -> None:
    meta = '<meta name="author" content="Sile Ni Bhriain">'
    line = (
        "<div class='entry-meta'><time datetime='2019-05-06'>Mon, 6 May, 2019 - 09:15</time> &middot; By "
        "<a href='/author/sile-ni-bhriain' rel='author'>Síle Ní Bhriain</a></div>"
    )
    (doc,) = read_html("page.html", echo_page(f"<h1>{HEADLINE}</h1>{line}{BODY}", meta=meta))
    assert convert_document(doc, config, ADDED).article.authors == ("Síle Ní Bhriain",)


def test_a_byline_after_an_empty_date_and_a_separator_names_the_writer(config: SiteConfig) -> None:
    line = (
        "<div class='entry-meta'><time datetime='2019-05-06'></time> &middot; by <a href='/author/mo'>Morwenna "
        "Trelawny-Oke</a> | 6 May 2019 | <a href='#comments'>4 Comments</a></div>"
    )
    (doc,) = read_html("page.html", echo_page(f"<h1>{HEADLINE}</h1>{line}{BODY}"))
    assert convert_document(doc, config, ADDED).article.authors == ("Morwenna Trelawny-Oke",)


def test_a_station_declaring_its_call_letters_alone_is_named_as_its_masthead_names_it(config: SiteConfig) -> None:
    ld = {"@type": "NewsArticle", "headline": HEADLINE, "publisher": {"@type": "Organization", "name": "KVRL News 4"}}
    page = (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{HEADLINE} | KVRL News 4</title>"
        '<meta property="og:site_name" content="KVRL"><link rel="canonical" href="https://www.kvrl4.com/news/wall">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
        "<body><header><div class='logo'><a href='/'>KVRL News 4</a></div></header>"
        f"<article><h1>{HEADLINE}</h1><p>KELMOUTH, Maine (AP) — {PARAGRAPHS[0]}</p>{BODY}</article></body></html>"
    ).encode()
    (doc,) = read_html("page.html", page)
    article = convert_document(doc, config, ADDED).article
    assert (article.source, article.via) == ("The Associated Press", "KVRL News 4")


def test_a_label_the_headline_prints_before_a_colon_stays_though_the_declared_title_leaves_it_out(
    config: SiteConfig,
) -> None:
    printed = f"Guest essay: {HEADLINE}"
    page = echo_page(f"<h1>{printed}</h1>{BODY}", meta=f'<meta property="og:title" content="{HEADLINE}">')
    assert converted(page, config)[3] == printed
    flagged = echo_page(f"<h1>EXCLUSIVE {HEADLINE}</h1>{BODY}", meta=f'<meta property="og:title" content="{HEADLINE}">')
    assert converted(flagged, config)[3] == HEADLINE


def test_a_site_declaring_its_name_with_magazine_after_it_is_named_as_its_other_declarations_agree(
    config: SiteConfig,
) -> None:
    ld = {"@type": "Article", "headline": HEADLINE, "publisher": {"@type": "Organization", "name": "Fern & Tide"}}
    page = (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{HEADLINE} | Fern &amp; Tide</title>"
        '<meta property="og:site_name" content="Fern &amp; Tide Magazine">'
        '<link rel="canonical" href="https://fernandtide.org/features/harbour-wall">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
        "<body><header><a class='logo' href='/'>Fern &amp; Tide</a></header>"
        f"<article><h1>{HEADLINE}</h1>{BODY}</article><footer>&copy; 2019 Fern &amp; Tide</footer></body></html>"
    ).encode()
    assert converted(page, config)[:2] == ("Fern & Tide", None)


def test_a_gallery_of_numbered_captions_under_its_introduction_opens_on_no_lead(config: SiteConfig) -> None:
    figures = "".join(
        f"<figure><img src='/p{k}.jpg' alt=''><figcaption><b>{k}/4</b> Stone for the wall arrives by barge, load {k}."
        "</figcaption></figure>"
        for k in range(1, 5)
    )
    intro = f"<p>{PARAGRAPHS[0]}</p>"
    (doc,) = read_html("page.html", echo_page(f"<h1>{HEADLINE}</h1>{intro}{figures}<p>{PARAGRAPHS[1]}</p>"))
    conversion = convert_document(doc, config, ADDED)
    assert conversion.article.summary.startswith(PARAGRAPHS[0][:40])
    assert any("unusable" in note for note in conversion.notes)
    (plain,) = read_html("page.html", echo_page(f"<h1>{HEADLINE}</h1>{BODY}{figures[:140]}</figcaption></figure>"))
    assert not any("unusable" in note for note in convert_document(plain, config, ADDED).notes)
