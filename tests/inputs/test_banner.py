"""A news agency's page carried for a newspaper wears the paper's banner: the agency is the source, the paper the
via (issue 11). The banner's first home link decides; a page's own logo, or a text link to a sister site, is no
carrier. The pages are invented."""

from __future__ import annotations

import pytest

from digest.chain.sources import identify
from digest.config import SiteConfig
from digest.readers.html import read_html

AGENCY_PAGE = "https://hosted.ap.org/harbourgazette/article/1f2e/harbour-wall-repairs-begin"
_BODY = (
    "<article><h1>Harbour wall repairs begin</h1>"
    + "".join(
        f"<p>Crews started work on the old harbour wall on Monday, paragraph {n}, and the council said the job "
        "would take most of the spring because the stone has to be brought in by barge from the quarry.</p>"
        for n in range(1, 6)
    )
    + "</article>"
)


def _page(banner: str, url: str = AGENCY_PAGE) -> bytes:
    return (
        f'<html><head><title>Harbour wall repairs begin | Hosted</title><link rel="canonical" href="{url}"></head>'
        f"<body><header role=banner>{banner}</header>{_BODY}</body></html>"
    ).encode()


LOGO = '<a href="https://www.harbourgazette.example/"><img src="/l.png" alt="The Harbour Gazette"></a>'


@pytest.mark.parametrize(
    ("banner", "carrier"),
    [
        (LOGO, "The Harbour Gazette"),
        ('<a href="https://harbourgazette.example"></a><h1>' + LOGO + "</h1>", "The Harbour Gazette"),  # empty first
        ('<a href="/"><img src="/own.png" alt="AP"></a>' + LOGO, None),  # the page's own logo comes first
        ('<a href="https://www.harbourgazette.example/">The Harbour Gazette</a>', None),  # a text link: no logo
        ('<a href="https://www.harbourgazette.example/"><img alt="Read the paper"></a>', None),  # not its name
        ('<a href="https://www.harbourgazette.example/sport/"><img alt="The Harbour Gazette"></a>', None),  # no home
    ],
)
def test_the_banner_names_the_site_a_page_is_carried_for(banner: str, carrier: str | None) -> None:
    (doc,) = read_html("page.html", _page(banner))
    assert doc.banner == carrier


def test_an_agency_page_carried_for_a_paper_has_the_agency_as_source_and_the_paper_as_via(config: SiteConfig) -> None:
    (doc,) = read_html("page.html", _page(LOGO))
    assert identify(doc, config.sources) == ("The Associated Press", "The Harbour Gazette")


def test_a_banner_is_no_via_for_a_page_that_is_not_an_agencys(config: SiteConfig) -> None:
    url = "https://www.eastbaytimes.example/2025/03/14/harbour-wall"
    logo = '<a href="https://www.eastbaygroup.example/"><img alt="East Bay Group"></a>'
    (doc,) = read_html("page.html", _page(logo, url))
    assert doc.banner == "East Bay Group"
    assert identify(doc, config.sources)[1] is None


def test_a_malformed_link_in_the_banner_or_the_canonical_is_no_address(config: SiteConfig) -> None:
    """ "http://[bad" cannot be parsed: it is ignored, and the page is read as if it had no such link."""
    bad = '<a href="http://[bad/"><img alt="Harbour Gazette"></a>'
    page = _page(bad).replace(b'<link rel="canonical" href="', b'<link rel="canonical" href="http://[bad/x" data-x="')
    (doc,) = read_html("page.html", page, url=AGENCY_PAGE)
    assert doc.banner is None
    assert doc.url == AGENCY_PAGE
