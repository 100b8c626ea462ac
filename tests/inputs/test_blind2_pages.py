"""Page shapes from the second blind battery's tune half (`tests/inputs/blind_pages2`), each reproduced first on an
invented page here: where a page credits the news agency whose story it carries (a closing line that only names
the agency, "Source: ..." at the end, the agency in brackets below the story's own container, JSON-LD's
``sourceOrganization``), where it names its writer when its metadata names a desk or the site (a byline under
the headline with the writer's job, a name in its own element beside the date, a ``writer`` element), a byline
naming the place after the writer, and a desk's flag printed in the headline that the declared headline leaves out.

First run, before any rule changed: every test here failed but the control cases (a bare place in the body, the
headline without a flag).
"""

from __future__ import annotations

import pytest

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.html import read_html
from tests.conftest import ADDED
from tests.inputs.publisher_pages import ECHO, HEADLINE, PARAGRAPHS, URL, converted, echo_page

BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def _ld(**fields: object) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE, **fields}


CARRIED = {
    "closing line naming the agency": f"<h1>{HEADLINE}</h1>{BODY}<p>Australian Associated Press</p>",
    "closing source line": f"<h1>{HEADLINE}</h1>{BODY}<p class='source'>Source: PA Media</p>",
    "agency in brackets below the story's container": f"<h1>{HEADLINE}</h1><div class='entry'>{BODY}</div>"
    "<p class='credit'>(Kyodo)</p>",
}


@pytest.mark.parametrize("article", CARRIED.values(), ids=CARRIED.keys())
def test_a_line_crediting_an_agency_makes_the_story_the_agencys(article: str, config: SiteConfig) -> None:
    source, via, _, _ = converted(echo_page(article), config)
    assert source in {"Australian Associated Press", "PA Media", "Kyodo News"}
    assert via == ECHO


def test_the_source_organisation_declared_makes_the_story_the_agencys(config: SiteConfig) -> None:
    ld = _ld(sourceOrganization={"@type": "Organization", "name": "PA Media"})
    assert converted(echo_page(f"<h1>{HEADLINE}</h1>{BODY}", ld=ld), config)[:2] == ("PA Media", ECHO)


def test_an_agency_quoted_in_the_story_or_a_bare_place_makes_no_wire_story(config: SiteConfig) -> None:
    article = f"<h1>{HEADLINE}</h1>{BODY}<p>Reuters reported the figures first.</p><p>(Kelmouth)</p>"
    assert converted(echo_page(article), config)[:2] == (ECHO, None)


DESK = {"@type": "Person", "name": "Staff"}
WRITERS = {
    "byline with the writer's job": (f"<h1>{HEADLINE}</h1><p class='byline'>By Tamsin Okoro-Blake, Staff Writer</p>"),
    "author line with a bar and a job": f"<h1>{HEADLINE}</h1><div class='author-line'>Tamsin Okoro-Blake | Senior "
    "Harbour Editor</div>",
    "writer element": f"<p class='category'>Op-Ed</p><h1>{HEADLINE}</h1><p class='writer'>Tamsin Okoro-Blake</p>",
    "name beside the date under the headline": f"<h1>{HEADLINE}</h1><div class='meta'><span class='name'>Tamsin "
    "Okoro-Blake</span> <span class='date'>Updated May 6 2019 - 11:30am</span></div>",
    "a plain paragraph opening with 'By'": f"<h1>{HEADLINE}</h1><p><strong>BY TAMSIN OKORO-BLAKE</strong></p>",
    "name and job in two spans": f"<h1>{HEADLINE}</h1><div class='c-byline'><span class='c-byline__name'>Tamsin "
    "Okoro-Blake</span><span class='c-byline__role'>Reporter</span></div>",
    "contributor element": f"<h1>{HEADLINE}</h1><div class='contributor'>Tamsin Okoro-Blake</div>",
    "microdata author": f"<h1>{HEADLINE}</h1><p class='date'>May 6, 2019</p><p>Story: <span itemprop='author'>Tamsin "
    "Okoro-Blake</span></p>",
}


@pytest.mark.parametrize("article", WRITERS.values(), ids=WRITERS.keys())
def test_the_writer_a_page_shows_is_the_author_when_its_metadata_names_a_desk(article: str, config: SiteConfig) -> None:
    page = echo_page(
        article + f"<div class='body'>{BODY}</div>", ld=_ld(author=DESK), meta=f'<meta name="author" content="{ECHO}">'
    )
    assert converted(page, config)[2] == ("Tamsin Okoro-Blake",)


def test_a_name_in_the_page_s_list_of_staff_is_no_author(config: SiteConfig) -> None:
    article = f"<h1>{HEADLINE}</h1><div class='body'>{BODY}</div><aside><span class='name'>Ona Vance</span></aside>"
    assert converted(echo_page(article, ld=_ld(author=DESK)), config)[2] == ()


def test_the_place_after_the_writer_in_a_byline_is_no_second_author(config: SiteConfig) -> None:
    article = f"<h1>{HEADLINE}</h1><div class='byline'>By Tamsin Okoro-Blake, Tremarth</div>{BODY}"
    ld = _ld(author={"@type": "Person", "name": "Tamsin Okoro-Blake"})
    assert converted(echo_page(article, ld=ld), config)[2] == ("Tamsin Okoro-Blake",)


def test_two_writers_in_a_byline_are_both_authors(config: SiteConfig) -> None:
    article = f"<h1>{HEADLINE}</h1><div class='byline'>By Tamsin Okoro-Blake and Ona Vance</div>{BODY}"
    ld = _ld(author={"@type": "Person", "name": "Tamsin Okoro-Blake"})
    assert sorted(converted(echo_page(article, ld=ld), config)[2]) == ["Ona Vance", "Tamsin Okoro-Blake"]


def test_a_desk_flag_the_declared_headline_leaves_out_is_no_part_of_the_title(config: SiteConfig) -> None:
    article = f"<h1><span class='flag'>EXCLUSIVE</span> {HEADLINE}</h1>{BODY}"
    page = echo_page(article, ld=_ld(), title=f"EXCLUSIVE: {HEADLINE}")
    assert converted(page, config)[3] == HEADLINE


def test_a_headline_the_declared_one_shortens_otherwise_is_kept(config: SiteConfig) -> None:
    article = f"<h1>Kelmouth: {HEADLINE}</h1>{BODY}"
    page = echo_page(article, ld=_ld(headline=f"Kelmouth: {HEADLINE}"), title=f"Kelmouth: {HEADLINE}")
    assert converted(page, config)[3] == f"Kelmouth: {HEADLINE}"


@pytest.mark.parametrize("byline", ["| BY: Harbourline", "By Staff Reports -", "By Tremarth"])
def test_a_shown_byline_naming_a_brand_or_a_desk_gives_no_author(byline: str, config: SiteConfig) -> None:
    article = f"<h1>{HEADLINE}</h1><p class='byline'>{byline}</p><div class='body'>{BODY}</div>"
    assert converted(echo_page(article, ld=_ld(author=DESK)), config)[2] == ()


def test_a_byline_opening_with_the_agency_the_metadata_names_gives_no_author(config: SiteConfig) -> None:
    article = f"<h1>{HEADLINE}</h1><p class='byline'>KNA <span>Port Ardent</span></p><div class='body'>{BODY}</div>"
    page = echo_page(article, ld=_ld(author={"@type": "Person", "name": "KNA"}))
    assert converted(page, config)[2] == ()


def test_a_story_republished_from_a_partner_is_the_partner_s(config: SiteConfig) -> None:
    footer = "This article is republished from The Conversation under a Creative Commons licence."
    article = f"<h1>{HEADLINE}</h1>{BODY}<p>{footer} Read the original article.</p>"
    assert converted(echo_page(article), config)[:2] == ("The Conversation", ECHO)


@pytest.mark.parametrize("tag", ["(LEAD) ", "(2nd LD) ", "(URGENT) "])
def test_a_desk_tag_printed_in_the_headline_is_no_part_of_the_title(tag: str, config: SiteConfig) -> None:
    assert converted(echo_page(f"<h1>{tag}{HEADLINE}</h1>{BODY}", title=tag + HEADLINE), config)[3] == HEADLINE


TWO = _ld(author=[{"@type": "Person", "name": "Tamsin Okoro-Blake"}, {"@type": "Person", "name": "Ona Vance"}])
ROLES = {
    "photographer after the writer": ("<p class='byline'>By Tamsin Okoro-Blake · Photographs by Ona Vance</p>", 1),
    "editor in a line of their own": ("<p class='byline'>By Tamsin Okoro-Blake</p><p>Edited by Ona Vance</p>", 1),
    "a gallery's pictures, then its text": (
        "<p class='byline'>Photos by Ona Vance · Text by Tamsin Okoro-Blake</p>",
        2,
    ),
    "two writers": ("<p class='byline'>By Tamsin Okoro-Blake and Ona Vance</p>", 2),
}


@pytest.mark.parametrize(("credit", "count"), ROLES.values(), ids=ROLES.keys())
def test_a_declared_author_the_page_credits_with_another_job_is_none(
    credit: str, count: int, config: SiteConfig
) -> None:
    authors = converted(echo_page(f"<h1>{HEADLINE}</h1>{credit}{BODY}", ld=TWO), config)[2]
    assert len(authors) == count
    assert "Tamsin Okoro-Blake" in authors


REST = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
AGENCIES = {
    "dateline with a full stop before its dash": (f"<p>Madrid, May 6 (EFE).- {PARAGRAPHS[0]}</p>{REST}", "EFE"),
    "dateline without a dash": (f"<p>New Delhi, May 6 (PTI) {PARAGRAPHS[0]}</p>{REST}", "Press Trust of India"),
    "tagline naming whose report it is": (
        f"{BODY}<p>This report by The Canadian Press was first published May 6, 2019.</p>",
        "The Canadian Press",
    ),
    "byline in capitals": (f"<p class='byline'>KYODO NEWS</p>{BODY}", "Kyodo News"),
    "credit in brackets ending the story": (f"{BODY}<p>The board meets again in June. (ANSA).</p>", "ANSA"),
    "initials in brackets, then a source line": (
        f"<p>Kelmouth Ports (KPL) {PARAGRAPHS[0]}</p>{REST}<p>Source: Reuters</p>",
        "Reuters",
    ),
}


@pytest.mark.parametrize(("article", "agency"), AGENCIES.values(), ids=AGENCIES.keys())
def test_an_agency_credited_the_ways_agencies_sign_makes_a_wire_story(
    article: str, agency: str, config: SiteConfig
) -> None:
    (doc,) = read_html("page.html", echo_page(f"<h1>{HEADLINE}</h1>{article}"))
    converted = convert_document(doc, config, ADDED).article
    assert (converted.source, converted.via) == (agency, ECHO)
    assert converted.summary.startswith(("Kelmouth council voted", "Kelmouth Ports (KPL) Kelmouth council"))


@pytest.mark.parametrize("closing", ["The Associated Press contributed to this report.", "(With reporting by Reuters)"])
def test_an_agency_that_only_contributed_makes_no_wire_story(closing: str, config: SiteConfig) -> None:
    assert converted(echo_page(f"<h1>{HEADLINE}</h1>{BODY}<p>{closing}</p>"), config)[:2] == (ECHO, None)


@pytest.mark.parametrize("station", ["KXLM 7", "WKTR News"])
def test_a_station_s_call_letters_stay_in_capitals(station: str, config: SiteConfig) -> None:
    head = f"<title>{HEADLINE} - {station.upper()}</title><meta property='og:site_name' content='{station.upper()}'>"
    page = f"<!doctype html><html><head><meta charset=utf-8>{head}</head><body><article><h1>{HEADLINE}</h1>{BODY}"
    (doc,) = read_html("page.html", (page + "</article></body></html>").encode())
    assert convert_document(doc, config, ADDED).article.source == station


def test_a_declared_site_name_with_its_page_after_a_colon_is_the_name(config: SiteConfig) -> None:
    head = f"<title>{HEADLINE}</title><meta property='og:site_name' content='{ECHO}: Home'>"
    page = f"<!doctype html><html><head><meta charset=utf-8>{head}<link rel='canonical' href='{URL}'></head>"
    (doc,) = read_html(
        "page.html", (page + f"<body><article><h1>{HEADLINE}</h1>{BODY}</article></body></html>").encode()
    )
    assert convert_document(doc, config, ADDED).article.source == ECHO


def test_an_agency_s_own_page_naming_it_with_a_mark_gives_the_agency_s_name(config: SiteConfig) -> None:
    url = "https://english.kyodonews.net/news/2019/05/harbour-wall.html"
    head = f"<title>{HEADLINE} | Kyodo News+</title><meta property='og:site_name' content='Kyodo News+'>"
    page = f"<!doctype html><html><head><meta charset=utf-8>{head}<link rel='canonical' href='{url}'></head>"
    (doc,) = read_html(
        "page.html", (page + f"<body><article><h1>{HEADLINE}</h1>{BODY}</article></body></html>").encode()
    )
    assert convert_document(doc, config, ADDED).article.source == "Kyodo News"
