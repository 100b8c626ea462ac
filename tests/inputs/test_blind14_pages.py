"""Page shapes from the tune half of blind battery 14 (`tests/inputs/blind_pages14`), each reproduced first on an
invented page here: a network's news service story on an affiliate's site, declared by an author field naming the
service and by the byline crediting it after the writer; a station's video page whose text is a pointer to the player
and the clip's machine transcript, in lower case without stops."""

from __future__ import annotations

import pytest

from digest.chain.layout import caseless
from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.html import read_html
from tests.conftest import ADDED
from tests.inputs.publisher_pages import ECHO, HEADLINE, PARAGRAPHS, converted, echo_page

BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
H1 = f"<h1>{HEADLINE}</h1>"


def test_a_network_story_on_an_affiliate_s_site_has_the_network_as_source(config: SiteConfig) -> None:
    byline = "<div class='byline'>By <span>Ann Roe</span>, Halden Network News<span>Published: May 6</span></div>"
    page = echo_page(H1 + byline + BODY, meta='<meta name="author" content="Halden Network News">')
    source, via, authors, _ = converted(page, config)
    assert (source, via, authors) == ("Halden Network News", ECHO, ("Ann Roe",))


@pytest.mark.parametrize("desk", ["Echo Staff", "Metro Desk", "Reporter", "Senior Correspondent"])
def test_the_site_s_own_desk_or_a_job_in_the_author_field_is_no_other_outlet(desk: str, config: SiteConfig) -> None:
    byline = f"<div class='byline'>By <span class='author'>Ann Roe</span>, {desk}</div>"
    page = echo_page(H1 + byline + BODY, meta=f'<meta name="author" content="{desk}">')
    source, via, _, _ = converted(page, config)
    assert (source, via) == (ECHO, None)


def test_an_outlet_in_the_byline_alone_is_the_site_s_own_desk(config: SiteConfig) -> None:
    byline = "<div class='byline'>By <span class='author'>Ann Roe</span>, Halden Network News</div>"
    source, via, _, _ = converted(echo_page(H1 + byline + BODY), config)
    assert (source, via) == (ECHO, None)


TRANSCRIPT = (
    "good evening we start tonight at the harbour where the north wall gave way just after six and the sea came "
    "into the fish market",
    "the harbour board says nobody was hurt but about forty boats have been moved to the outer moorings for the night",
    "engineers will look at the wall at first light and the board expects to say more about repairs by noon tomorrow",
)


def test_a_video_page_s_machine_transcript_is_no_lead_and_its_start_is_the_summary(config: SiteConfig) -> None:
    article = (
        H1
        + "<p>Watch the full report in the player above.</p><h2>Video transcript (auto-generated)</h2>"
        + "".join(f"<p>{p}</p>" for p in TRANSCRIPT)
    )
    (doc,) = read_html("page.html", echo_page(article))
    conversion = convert_document(doc, config, ADDED)
    assert conversion.article.summary.startswith(TRANSCRIPT[0][:40])
    assert any("machine transcript" in note for note in conversion.notes)


def test_prose_with_capitals_and_stops_is_no_machine_transcript() -> None:
    assert caseless(TRANSCRIPT[0])
    assert not caseless("The harbour board says nobody was hurt but about forty boats have been moved for the night.")
    assert not caseless("gallery")
