"""Page shapes from the tune half of blind battery 11 (`tests/inputs/blind_pages11`), each reproduced first on an
invented page here: a section's site on its paper's subdomain whose JSON-LD names the owning company, the masthead's
"The" where the page writes the name bare only inside longer names or before a noun, a writer named after a "Words:"
label, a wire story's reporters credited under its byline.
"""

from __future__ import annotations

import json

from digest.config import SiteConfig
from digest.readers.siteforms import printed_form
from tests.inputs.publisher_pages import HEADLINE, PARAGRAPHS, Page, converted

PUBLISHER = "https://schema.org"


def _ld(publisher: str) -> dict[str, object]:
    company = {"@type": "Organization", "name": publisher}
    return {"@context": PUBLISHER, "@type": "NewsArticle", "headline": HEADLINE, "publisher": company}


def test_a_section_s_site_whose_json_ld_names_the_owning_company_is_its_paper_s_masthead(config: SiteConfig) -> None:
    page = Page(
        title=f"Echo Business: {HEADLINE}",
        meta=(("og:site_name", "Echo Business"),),
        ld=(_ld("Kelmouth Echo Media Inc."),),
        header="<a href='/'><img src='/logo.svg' alt='The Kelmouth Echo | Business'></a>",
        byline="By Ann Roe",
        footer="© 2026 Kelmouth Echo Media Inc. Echo Business is published by The Kelmouth Echo, Kelmouth.",
        canonical="https://business.kelmouthecho.com/harbour/wall-repairs",
    )
    assert converted(page.html(), config)[:2] == ("The Kelmouth Echo", None)
    # no masthead printing the domain's name, or a name with other words than an owner's: as declared
    bare = Page(
        title=f"Echo Business: {HEADLINE}",
        meta=(("og:site_name", "Echo Business"),),
        ld=(_ld("Kelmouth Echo Media Inc."),),
        byline="By Ann Roe",
        canonical="https://business.kelmouthecho.com/harbour/wall-repairs",
    )
    assert converted(bare.html(), config)[0] == "Kelmouth Echo Media"
    blog = Page(
        meta=(("og:site_name", "Kelmouth Echo Sounds"),),
        header="<a href='/'><img src='/logo.svg' alt='Kelmouth Echo'></a>",
        byline="By Ann Roe",
        canonical="https://sounds.kelmouthecho.com/harbour/wall-repairs",
    )
    assert converted(blog.html(), config)[0] == "Kelmouth Echo Sounds"


def test_the_masthead_s_the_stays_where_the_page_writes_the_name_bare_only_in_longer_names_or_before_a_noun() -> None:
    text = "The Kelmouth Echo. Not edited by Kelmouth Echo staff. Copyright Kelmouth Echo Publications Ltd."
    assert printed_form("Kelmouth Echo", ["The Kelmouth Echo"], text) == "The Kelmouth Echo"
    footer = "The Kelmouth Echo. About · Kelmouth Echo · Contact. © 2026 Kelmouth Echo"
    assert printed_form("Kelmouth Echo", ["The Kelmouth Echo"], footer) == "Kelmouth Echo"
    section = "The Kelmouth Echo. Kelmouth Echo Sport"  # bare before another name's word: still bare
    assert printed_form("Kelmouth Echo", ["The Kelmouth Echo"], section) == "Kelmouth Echo"


def test_a_wire_story_s_carrier_is_named_with_its_masthead_s_the(config: SiteConfig) -> None:
    page = Page(
        title=f"{HEADLINE} | Kelmouth Echo",
        meta=(("og:site_name", "Kelmouth Echo"),),
        ld=(_ld("Kelmouth Echo Publications Pvt Ltd"),),
        header="<a href='/'><img src='/logo.svg' alt='The Kelmouth Echo'></a>",
        first="KELMOUTH (AP) — ",
        byline="By Ann Roe, Associated Press",
        after=("(This story has not been edited by Kelmouth Echo staff and is auto-generated from a feed.)",),
        footer="Copyright © 2026 Kelmouth Echo Publications Pvt Ltd. All rights reserved.",
        canonical="https://www.kelmouthecho.in/news/wall-repairs",
    )
    assert converted(page.html(), config)[:3] == ("The Associated Press", "The Kelmouth Echo", ("Ann Roe",))


def test_a_writer_named_after_a_words_label_is_the_author_not_the_photographer(config: SiteConfig) -> None:
    page = Page(
        meta=(("og:site_name", "The Kelmouth Echo"),),
        under="<div class='article__credits'><p class='credits'><span>Words:</span> Isobel Tarrant "
        "<span>Photography:</span> Ruairi Vane</p></div>",
        canonical="https://www.kelmouthecho.com/news/wall-repairs",
    )
    assert converted(page.html(), config)[2] == ("Isobel Tarrant",)


def test_a_wire_story_s_reporters_credited_under_its_byline_are_its_authors(config: SiteConfig) -> None:
    credit = (
        "<div class='meta'><div class='byline'>Reuters <span>|</span> <time>May 6, 2019 4:12 PM</time></div>"
        "<p class='contributors'>Reporting by Nadia Tarrant and Omar Vane; Writing by Tom Keel-Banks; "
        "Editing by Alexandra Roe</p></div>"
    )
    page = Page(
        meta=(("og:site_name", "The Kelmouth Echo"),),
        under=credit,
        first="KELMOUTH, May 6 (Reuters) - ",
        canonical="https://www.kelmouthecho.com/news/wall-repairs",
    )
    assert sorted(converted(page.html(), config)[2]) == ["Nadia Tarrant", "Omar Vane", "Tom Keel-Banks"]


def test_a_copy_s_carrier_is_named_as_its_masthead_prints_it(config: SiteConfig) -> None:
    ld = _ld("The Tarn Post")
    page = (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{HEADLINE}</title>"
        '<link rel="canonical" href="https://www.tarnpost.com/news/2019/05/06/wall/">'
        '<meta property="og:site_name" content="FeedHarbour">'
        '<meta property="og:url" content="https://www.feedharbour.com/story/tarn-post/wall-1x2">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
        "<body><header><a href='/'><img src='/b.png' alt='Feed Harbour'></a></header>"
        f"<article><h1>{HEADLINE}</h1>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}</article></body></html>"
    ).encode()
    assert converted(page, config)[:2] == ("The Tarn Post", "Feed Harbour")
