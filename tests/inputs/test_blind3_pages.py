"""Page shapes from the third blind battery's tune half (`tests/inputs/blind_pages3`), each reproduced first on an
invented page here: a byline whose lines a ``<br>`` parts (the writer, then the agency or the partner newsroom), one
crediting a known newsroom after the writer ("By Ann Roe, Grist": its story, the site the via), a
byline the extractor glued to the lead of a body written straight into ``<article>``, a live blog's writers credited
for its coverage ("Live coverage by ..."), a page whose only address is the one the browser noted in saving it, a
press release a newswire distributed ("/Harbourline Newswire/ --": the issuer's, the site the via), a live page's
"Live:" heading its headline.
"""

from __future__ import annotations

import pytest

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.html import read_html
from tests.conftest import ADDED
from tests.inputs.publisher_pages import ECHO, HEADLINE, PARAGRAPHS, converted, echo_page

BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


BROKEN = {
    "agency under the writer": (
        "<div class='byline'>Tamsin Okoro-Blake<br><span>Australian Associated Press</span></div>",
        "Australian Associated Press",
    ),
    "partner under the writer": (
        "<p class='byline'>Tamsin Okoro-Blake<br><small>Grist</small></p>"
        "<p>This story was first published by Grist.</p>",
        "Grist",
    ),
}


@pytest.mark.parametrize(("byline", "agency"), BROKEN.values(), ids=BROKEN.keys())
def test_a_line_break_in_a_byline_parts_the_writer_from_the_agency(
    byline: str, agency: str, config: SiteConfig
) -> None:
    assert converted(echo_page(f"<h1>{HEADLINE}</h1>{byline}{BODY}"), config)[:3] == (
        agency,
        ECHO,
        ("Tamsin Okoro-Blake",),
    )


def test_a_byline_the_extractor_glued_to_the_lead_is_no_part_of_it(config: SiteConfig) -> None:
    text = "<br><br>".join(PARAGRAPHS)
    article = f"<header><h1>{HEADLINE}</h1><address class='author'>By Tamsin Okoro-Blake</address></header>{text}"
    (doc,) = read_html("page.html", echo_page(article))
    converted = convert_document(doc, config, ADDED).article
    assert converted.summary.startswith(PARAGRAPHS[0][:60])
    assert converted.authors == ("Tamsin Okoro-Blake",)


@pytest.mark.parametrize("role", ["Live coverage", "Live updates"])
def test_a_live_blog_s_writers_credited_for_its_coverage_are_its_authors(role: str, config: SiteConfig) -> None:
    article = f"<h1>{HEADLINE}</h1><div class='live-authors'>{role} by Tamsin Okoro-Blake and Ona Vance</div>{BODY}"
    assert sorted(converted(echo_page(article), config)[2]) == ["Ona Vance", "Tamsin Okoro-Blake"]


PARTNERS = {
    "a partner newsroom after the writer": ("By Tamsin Okoro-Blake, Grist", ("Grist", ECHO)),
    "the site itself after the writer": (f"By Tamsin Okoro-Blake, {ECHO}", (ECHO, None)),
    "a place after the writer": ("By Tamsin Okoro-Blake, Tremarth", (ECHO, None)),
}


@pytest.mark.parametrize(("byline", "expected"), PARTNERS.values(), ids=PARTNERS.keys())
def test_a_byline_crediting_another_known_newsroom_makes_the_story_its(
    byline: str, expected: tuple[str, str | None], config: SiteConfig
) -> None:
    assert converted(echo_page(f"<h1>{HEADLINE}</h1><p class='byline'>{byline}</p>{BODY}"), config)[:2] == expected


def test_the_address_a_browser_noted_when_saving_the_page_names_its_site(config: SiteConfig) -> None:
    page = (
        "<!doctype html>\n<!-- saved from url=(0055)https://www.kelmouthecho.com/news/harbour-wall-repairs -->\n"
        f"<html lang=en><head><meta charset=utf-8><title>{HEADLINE}</title></head><body><header>"
        f"<a class='logo' href='/'>Kelmouth Echo</a></header><article><h1>{HEADLINE}</h1>{BODY}</article></body></html>"
    ).encode()
    (doc,) = read_html("page.html", page)
    assert doc.url == "https://www.kelmouthecho.com/news/harbour-wall-repairs"
    assert convert_document(doc, config, ADDED).article.source == "Kelmouth Echo"


RELEASE = (
    "KELMOUTH, May 6, 2019 /Harbourline Newswire/ -- Penhallow Stoneworks, a quarrying company, today announced "
    "a contract to supply the stone for the repair of the Kelmouth harbour wall."
)


@pytest.mark.parametrize("about", [True, False])
def test_a_release_a_newswire_distributed_is_the_issuer_s(about: bool, config: SiteConfig) -> None:
    boilerplate = (
        "<p><strong>About Penhallow Stoneworks</strong><br>The company runs two quarries.</p>" if about else ""
    )
    article = f"<h1>{HEADLINE}</h1><p>{RELEASE}</p>{BODY}{boilerplate}"
    assert converted(echo_page(article), config)[:2] == ("Penhallow Stoneworks", ECHO)


def test_a_story_opening_with_a_company_s_announcement_stays_the_site_s(config: SiteConfig) -> None:
    lead = "Penhallow Stoneworks, a quarrying company, announced on Monday a contract to supply the stone."
    assert converted(echo_page(f"<h1>{HEADLINE}</h1><p>{lead}</p>{BODY}"), config)[:2] == (ECHO, None)


@pytest.mark.parametrize("label", ["Live: ", "Live updates: "])
def test_a_live_page_s_label_is_part_of_its_headline(label: str, config: SiteConfig) -> None:
    assert (
        converted(echo_page(f"<h1>{label}{HEADLINE}</h1>{BODY}", title=label + HEADLINE), config)[3] == label + HEADLINE
    )
