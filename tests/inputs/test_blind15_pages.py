"""Page shapes from the tune half of blind battery 15 (`tests/inputs/blind_pages15`), each reproduced first on an
invented page here: national news agencies credited by their initials; a page whose metadata declares the agency its
publisher while its title and address name the site that carried the story; a site declaring only its domain, whose
title (after a "»") and copyright line give its full name, which the domain writes without one word; datelines with an
agency's bare initials or an ordinal day."""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.chain.harbour import LEAD, MORE, summary
from tests.inputs.publisher_pages import PARAGRAPHS, converted

BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
TITLE = "Council approves harbour wall repairs"


def _page(url: str, head: str, title: str, footer: str = "", byline: str = "") -> bytes:
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{title}</title>"
        f'<link rel="canonical" href="{url}">{head}</head><body><main><article><h1>{TITLE}</h1>'
        f"<div class='byline'>{byline}</div>{BODY}</article></main><footer><p>{footer}</p></footer></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("initials", "agency"),
    [("GNA", "Ghana News Agency"), ("KNA", "Kenya News Agency"), ("APP", "Associated Press of Pakistan")],
)
def test_a_national_agency_credited_by_its_initials_is_the_source(
    initials: str, agency: str, config: SiteConfig
) -> None:
    page = _page(
        "https://www.tidewatertimes.example/news/harbour",
        f'<meta property="og:site_name" content="Tidewater Times"><meta name="author" content="{initials}">',
        f"{TITLE} | Tidewater Times",
    )
    source, via, _, _ = converted(page, config)
    assert (source, via) == (agency, "Tidewater Times")


def test_the_agency_declared_publisher_leaves_the_title_s_site_as_the_via(config: SiteConfig) -> None:
    ld = '{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Anadolu Agency"}}'
    page = _page(
        "https://www.kelmouthexaminer.example/business/harbour",
        f'<script type="application/ld+json">{ld}</script>',
        f"{TITLE} – The Kelmouth Daily Examiner",
        byline="Ann Roe | Anadolu",
    )
    source, via, _, _ = converted(page, config)
    assert (source, via) == ("Anadolu Agency", "The Kelmouth Daily Examiner")


def test_a_domain_declared_as_the_site_gives_way_to_the_full_name_it_shortens(config: SiteConfig) -> None:
    page = _page(
        "https://harbourclarion.example/news/harbour",
        '<meta property="og:site_name" content="harbourclarion.example">',
        f"{TITLE} » The Kelmouth Harbour Clarion",
        footer="© 2026 The Kelmouth Harbour Clarion. Kelmouth.",
    )
    source, _, _, title = converted(page, config)
    assert (source, title) == ("The Kelmouth Harbour Clarion", TITLE)


@pytest.mark.parametrize(
    "dateline",
    ["Accra, Dec. 6, GNA – ", "DUBAI, 5th December, 2026 (WAM) -- ", "KELMOUTH, 21st March 2026 (Reuters) - "],
)
def test_datelines_with_bare_initials_or_an_ordinal_day_open_no_dek(dateline: str, config: SiteConfig) -> None:
    assert summary(config, dateline + LEAD, *MORE).startswith(LEAD)


@pytest.mark.parametrize(("byline", "source"), [("By Ann Roe, PA", "PA Media"), ("Erie, PA", "Tidewater Times")])
def test_an_agency_s_capitals_after_a_writer_name_it_not_after_a_town(
    byline: str, source: str, config: SiteConfig
) -> None:
    page = _page(
        "https://www.tidewatertimes.example/news/harbour",
        '<meta property="og:site_name" content="Tidewater Times"><meta name="author" content="Ann Roe">',
        f"{TITLE} | Tidewater Times",
        byline=byline,
    )
    assert converted(page, config)[0] == source
