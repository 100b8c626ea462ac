"""Page shapes from the tune halves of blind batteries 4 and 5 (`tests/inputs/blind_pages4`, `blind_pages5`), each
reproduced first on an invented page here: a headline whose declared title leaves out its subtitle after a colon, a
site that declares its name only as its domain and names itself in words in the link to its home page, a carried
press release under the site's note on it, a surname with its particle hyphened on, a byline under the block holding
the headline and its standfirst, writers each marked by name in one byline, a broadcast's host.
"""

from __future__ import annotations

import lxml.html

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers import bylines, credits
from digest.readers.html import read_html
from tests.conftest import ADDED
from tests.inputs.publisher_pages import ECHO, HEADLINE, PARAGRAPHS, URL, converted, echo_page

BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def test_a_declared_title_without_the_headline_s_subtitle_is_a_short_form_of_it(config: SiteConfig) -> None:
    full = f"{HEADLINE}: what the stone will cost"
    page = echo_page(f"<h1>{full}</h1>{BODY}", meta=f'<meta property="og:title" content="{HEADLINE}">')
    assert converted(page, config)[3] == full


def test_a_site_declaring_only_its_domain_is_named_as_its_home_link_names_it(config: SiteConfig) -> None:
    page = (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>" + HEADLINE + "</title>"
        '<meta property="og:site_name" content="kelmouthechonews.com">'
        '<link rel="canonical" href="https://www.kelmouthechonews.com/news/harbour-wall-repairs"></head>'
        "<body><header><p class='site-title'><a href='/' rel='home'>The Kelmouth Echo</a></p></header>"
        f"<article><h1>{HEADLINE}</h1>{BODY}</article><footer><p>Powered by WordPress</p></footer></body></html>"
    ).encode()
    assert converted(page, config)[0] == ECHO


RELEASE = (
    "KELMOUTH, May 6, 2019 /Harbourline Newswire/ -- Penhallow Stoneworks, a quarrying company, today announced "
    "a contract to supply the stone for the repair of the Kelmouth harbour wall."
)


def test_a_carried_release_s_summary_starts_after_the_site_s_note_on_it(config: SiteConfig) -> None:
    note = f"<p>The following is a press release. {ECHO} has not edited its content.</p>"
    article = f"<h1>{HEADLINE}</h1>{note}<p><strong>Stone to come by barge from Penhallow</strong></p><p>{RELEASE}</p>"
    (doc,) = read_html("page.html", echo_page(article + BODY))
    assert convert_document(doc, config, ADDED).article.summary.startswith("Penhallow Stoneworks, a quarrying")


def test_a_surname_with_its_particle_hyphened_on_is_a_name(config: SiteConfig) -> None:
    ld: dict[str, object] = {
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "author": {"@type": "Person", "name": "Rania al-Masri"},
    }
    page = echo_page(f"<h1>{HEADLINE}</h1><p class='byline'>By Rania al-Masri</p>{BODY}", ld=ld)
    assert converted(page, config)[2] == ("Rania al-Masri",)


def test_an_agency_s_story_names_the_writer_under_the_headline_s_block() -> None:
    article = (
        f"<div class='storyhead'><h1>{HEADLINE}</h1><h2 class='standfirst'>Stone will come by barge</h2></div>"
        "<div class='byline'>By Tamsin Okoro-Blake &middot; <b>AFP</b></div>"
        f"<p><b>Kelmouth (AFP)</b> - {PARAGRAPHS[0]}</p>"
    )
    headed = credits.under_headline(lxml.html.fromstring(echo_page(article)))
    assert bylines.page_authors(["AFP"], "AFP", [ECHO], URL, headed=headed) == ("Tamsin Okoro-Blake",)


def test_writers_each_marked_by_name_in_one_byline_are_all_its_authors(config: SiteConfig) -> None:
    ld: dict[str, object] = {
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "author": [{"@type": "Person", "name": "Ona Ferrer-Blake"}],
    }
    byline = (
        "<div class='story__byline'><span class='byline__name'>Ona Ferrer-Blake</span> and "
        "<span class='byline__name'>Marta Vidal i Serra</span> "
        "<span class='byline__place'>Kelmouth and Truro</span></div>"
    )
    page = echo_page(f"<h1>{HEADLINE}</h1>{byline}{BODY}", ld=ld)
    assert converted(page, config)[2] == ("Ona Ferrer-Blake", "Marta Vidal i Serra")


def test_a_broadcast_s_host_is_no_author_of_its_transcript(config: SiteConfig) -> None:
    turns = "".join(
        f"<p>{turn}</p>"
        for turn in (
            "JUNE OKAFOR-LIND: Welcome back. Harrowgate Buses says its electric fleet will run all winter.",
            "PETRA VOSS: Batteries lose range as they cool, and heating the cabin takes more of it.",
            "JUNE OKAFOR-LIND: Is the company ready for that?",
            "PETRA VOSS: It has bought spare buses, which is the honest answer to the problem.",
        )
    )
    meta = (
        "<div class='meta'><span class='author-line'>Hosted by June Okafor-Lind</span> <time>May 6, 2019</time></div>"
    )
    assert converted(echo_page(f"<h1>{HEADLINE}</h1>{meta}{turns}"), config)[2] == ()
