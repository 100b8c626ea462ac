"""Page shapes from the tune half of blind battery 16 (`tests/inputs/blind_pages16`), each reproduced first on an
invented page here: an article of numbered headings after a line or two of introduction (a morning briefing's "five
things", a weekend listicle) is a list, no lead, and its dek starts at the first item's text; a pull quote or an
epigraph set apart above the article is no lead either, nor a show's sign-on that only names things; the site's own
show is no author; a company announcing its own news is a tag of it; a station's call letters are the publisher's."""

from __future__ import annotations

import pytest

from digest.chain.pipeline import Conversion, convert_document
from digest.config import SiteConfig
from digest.readers.html import read_html
from tests.conftest import ADDED

ITEMS = (
    ("Harbour wall vote", "The Kelmouth harbour board votes tonight on a plan to rebuild the north wall."),
    ("Ferry strike", "Ferry crews will strike on Thursday after talks on pay broke down, their union said."),
    ("Storm warning", "Forecasters have issued a wind warning for the coast from 4pm today."),
    ("And finally", "A Kelmouth woman, 101, has swum in the harbour every morning for 80 years."),
)


def _page(config: SiteConfig, headline: str, body: str, *, site: str = "", head: str = "") -> Conversion:
    """The conversion of an invented saved page: ``body`` under an <h1> of ``headline``, the <title> ending in the
    ``site``'s name when one is given, ``head`` more of the page's metadata."""
    title = f"{headline} | {site}" if site else headline
    page = (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{title}</title>{head}</head><body><main>"
        f"<article><h1>{headline}</h1>{body}</article></main></body></html>"
    ).encode()
    (doc,) = read_html("page.html", page)
    return convert_document(doc, config, ADDED)


def _converted(config: SiteConfig, intro: str, numbers: list[int]) -> Conversion:
    items = "".join(f"<h2>{n}. {head}</h2><p>{text}</p>" for n, (head, text) in zip(numbers, ITEMS, strict=False))
    return _page(config, "Five things to know this Monday", f"<p>{intro}</p>{items}")


@pytest.mark.parametrize(
    ("intro", "numbers"),
    [
        ("Good morning. Here's what's happening today.", [1, 2, 3, 4]),
        ("Looking for something to do this weekend? We've got you covered, whatever the weather.", [1, 2, 3, 4]),
        ("Our countdown of the week's stories.", [4, 3, 2, 1]),
    ],
)
def test_numbered_items_after_a_short_introduction_are_no_lead(
    intro: str, numbers: list[int], config: SiteConfig
) -> None:
    conversion = _converted(config, intro, numbers)
    assert conversion.article.summary.startswith(ITEMS[0][1])
    assert any("unusable" in note and "numbered items" in note for note in conversion.notes)


@pytest.mark.parametrize(
    ("intro", "numbers"),
    [
        (  # a story the items go on to detail: its lead
            "The Kelmouth harbour board will decide tonight whether to spend 4 million pounds on the north wall, the "
            "biggest vote in its history, after two winters of storms that flooded the fish market and the quay, "
            "and here is what it means for the town.",
            [1, 2, 3, 4],
        ),
        ("Good morning. Here's what's happening today.", [1, 3, 5, 7]),  # no run of numbers: headings of a story
        ("Good morning. Here's what's happening today.", [1, 2]),  # two are too few for a list
    ],
)
def test_a_long_introduction_or_no_run_of_numbered_items_keeps_the_lead(
    intro: str, numbers: list[int], config: SiteConfig
) -> None:
    conversion = _converted(config, intro, numbers)
    assert not any("numbered items" in note for note in conversion.notes)


LEAD = "The Kelmouth harbour board voted 6-1 on Monday night to rebuild the north wall before the winter storms."
MORE = "The work will cost about 4 million pounds and close the fish market's quay for most of the summer."


def _opened_by(config: SiteConfig, quote: str) -> str:
    body = f"<blockquote><p>{quote}</p></blockquote><p>{LEAD}</p><p>{MORE}</p>"
    return _page(config, "Harbour wall", body).article.summary


@pytest.mark.parametrize(
    "quote",
    ['"We waited twenty years for this wall, and we will wait no longer."', "The sea takes what it is given."],
)
def test_a_pull_quote_above_the_article_is_no_lead(quote: str, config: SiteConfig) -> None:
    assert _opened_by(config, quote).startswith(LEAD)


def test_a_long_block_quote_that_opens_the_article_stays_its_lead(config: SiteConfig) -> None:
    statement = (
        "The board has decided, after two years of argument and four public meetings, that the north wall will be "
        "rebuilt in stone before the winter storms, and that the fish market's quay will close for most of the "
        "summer while the work goes on."
    )
    assert _opened_by(config, statement).startswith(statement[:40])


def _authors(config: SiteConfig, author: str) -> tuple[str, ...]:
    head = f'<meta property="og:site_name" content="Harbour & Main"><meta name="author" content="{author}">'
    body = f"<div class='byline'>By {author}</div><p>{LEAD}</p><p>{MORE}</p>"
    return _page(config, "Harbour wall", body, site="Harbour & Main", head=head).article.authors


def test_a_desk_or_show_of_the_site_named_with_an_ampersand_is_no_author(config: SiteConfig) -> None:
    assert _authors(config, "Harbour &amp; Main Podcasts") == ()
    assert _authors(config, "Ann Roe &amp; Tom Vale") == ("Ann Roe", "Tom Vale")


def test_a_show_s_sign_on_says_nothing_for_a_transcript_s_dek(config: SiteConfig) -> None:
    turns = (
        "ANN ROE: From Harbour & Main, this is The Long Table. My guest today runs the last boatyard on the Kelmouth "
        "quay, and she has been up since four this morning.",
        "TOM VALE: Thanks for having me. The tide does not wait for anyone.",
        "ANN ROE: The board voted on Monday to rebuild the north wall. What does that mean for you?",
        "TOM VALE: Four months without a quay. We will have to haul the boats out at Pellow instead.",
    )
    body = "".join(f"<p>{t}</p>" for t in turns)
    summary = _page(config, "Transcript: The Long Table", body).article.summary
    assert summary.startswith("My guest today runs the last boatyard")


def _tags(config: SiteConfig, title: str) -> tuple[str, ...]:
    body = (
        "<p>Harbourline Foods will open a plant in Kelmouth next year, the company said on Monday, creating 300 jobs."
        "</p><p>Ann Roe, chief executive of Harbourline Foods, said Kelmouth's harbour made it the right place. Roe "
        "said the plant would make oat milk.</p>"
    )
    head = '<meta property="og:site_name" content="Harbourline Foods">'
    return _page(config, title, body, site="Harbourline Foods", head=head).article.tags


def test_a_company_announcing_its_own_news_is_a_tag_of_it(config: SiteConfig) -> None:
    assert "Harbourline Foods" in _tags(config, "Harbourline Foods to open Kelmouth plant")
    assert "Harbourline Foods" not in _tags(config, "Kelmouth to get oat milk plant")  # the site's, not its subject


def test_a_station_s_call_letters_without_its_channel_are_no_tag_of_its_stories(config: SiteConfig) -> None:
    body = f"<p>{LEAD}</p><p>Ann Roe told WKLM the ferry would stay in Harlow until Friday. {MORE}</p>"
    head = '<meta property="og:site_name" content="WKLM 7">'
    assert "WKLM" not in _page(config, "Ferry halted", body, site="WKLM 7", head=head).article.tags
