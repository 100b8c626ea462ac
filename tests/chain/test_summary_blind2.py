"""Openings found by mechanism on the second blind battery's tune half (`tests/inputs/blind_pages2`), each
reproduced here on invented text first: an agency's own story whose lead opens with the agency's credit after
labels above the article, a live blog the page declares as one (JSON-LD ``LiveBlogPosting``) whose entries have
no stamps the extractor kept, a broadcast transcript whose turns are labelled with a role and a name in
capitals, and a gallery's numbered captions as the dek.

First run, before any rule changed: every test here failed but the controls (a story that names its own
publisher in a sentence of boilerplate, an article page that is no live blog).
"""

from __future__ import annotations

import json

import pytest

from digest.chain.clean import clean
from digest.chain.nolead import numbered_picture
from digest.chain.pipeline import convert_document
from digest.chain.summarize import dek
from digest.config import SiteConfig
from digest.readers.html import read_html
from digest.text.sentences import split_paragraphs
from tests.conftest import ADDED
from tests.inputs.publisher_pages import HEADLINE, PARAGRAPHS, URL

LEAD = "The county water board voted on Tuesday to raise household rates by nine percent, the first rise in six years."
LABELS = ("General news", HEADLINE, "Rates to rise, more homes covered", "04 December 2026 15:20")


def test_a_lead_opening_with_the_agency_s_credit_is_no_boilerplate(config: SiteConfig) -> None:
    lead = f"(KNA) - PORT ARDENT, DEC 4 - {LEAD}"
    kept = clean([*LABELS, lead, *PARAGRAPHS], config.boilerplate, ["KNA"], title=HEADLINE).kept
    assert lead in kept
    appeal = "Support KNA: subscribe to our reporting from just one pound a week."
    kept = clean([*LABELS, appeal, *PARAGRAPHS], config.boilerplate, ["KNA"], title=HEADLINE).kept
    assert appeal not in kept


ENTRIES = (
    (
        "Business groups give a cautious welcome",
        "The chamber of commerce says leaving rates relief in place for "
        "small shops will help high streets, but warns about the growth forecast.",
    ),
    (
        "What the freeze means for drivers",
        "Motoring groups say keeping fuel duty where it is saves the average driver about eighty pounds a year.",
    ),
    (
        "The chancellor sits down",
        "The chancellor has finished her statement after just under an hour, and "
        "reaction follows through the afternoon.",
    ),
)


def _live_page(kind: str, *, times: bool = True) -> bytes:
    ld = {"@context": "https://schema.org", "@type": kind, "headline": HEADLINE}
    posts = "".join(
        f"<div class='post'>{f'<time>14:0{k}</time>' if times else ''}<h3>{h}</h3><p>{p}</p></div>"
        for k, (h, p) in enumerate(ENTRIES)
    )
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{HEADLINE}</title>"
        f'<link rel="canonical" href="{URL}"><script type="application/ld+json">{json.dumps(ld)}</script></head>'
        f"<body><div class='live-header'><h1>{HEADLINE}</h1></div><div class='live-feed'>{posts}</div></body></html>"
    ).encode()


def test_a_page_declared_a_live_blog_has_no_lead(config: SiteConfig) -> None:
    (doc,) = read_html("live.html", _live_page("LiveBlogPosting"))
    conversion = convert_document(doc, config, ADDED)
    assert any("lead unusable" in note for note in conversion.notes)
    assert conversion.article.summary.startswith("The chamber of commerce says")
    (doc,) = read_html("article.html", _live_page("NewsArticle", times=False))  # a time opening each entry: live
    assert not any("lead unusable" in note for note in convert_document(doc, config, ADDED).notes)


TRANSCRIPT = (
    "HOST, ANN ROE: Minister, welcome to the program.",
    "MINISTER, TOM VALE: Good morning, Ann.",
    "ROE: The water board's figures are out on Wednesday. Will household rates rise again?",
    "VALE: I won't pre-empt the figures, but the pipes in the oldest districts have to be replaced this decade.",
    "ROE: Will there be help for households that struggle to pay?",
    "VALE: The hardship fund continues until June, and we will look at it again after that.",
)


def test_a_transcript_s_dek_is_its_first_question_past_the_greetings(config: SiteConfig) -> None:
    summary, note = dek(split_paragraphs(TRANSCRIPT), config.boilerplate, TRANSCRIPT)
    assert note is not None
    assert summary.startswith("The water board's figures are out on Wednesday. Will household rates rise again?")


CAPTIONS = (
    "1/4 Swimmers in fancy dress race into the sea at Kelmouth for the charity's winter dip on Sunday.",
    "2/4 Organisers said four hundred people took part, the most since the first dip in 1998.",
    "3/4 Volunteers from the lifeboat station served soup and tea on the harbour wall.",
)


def test_a_gallery_s_dek_leaves_out_the_pictures_numbers(config: SiteConfig) -> None:
    summary, note = dek(split_paragraphs(CAPTIONS), config.boilerplate, CAPTIONS)
    assert note is not None
    assert summary.startswith("Swimmers in fancy dress race into the sea")
    assert "2/4" not in summary


NUMBERINGS = {
    "over the count": "{k}/4 {c}",
    "in words": "{k} of 4 {c}",
    "labelled, with a colon": "Image {k}/4: {c}",
    "in brackets": "({k}/4) {c}",
}


@pytest.mark.parametrize("numbering", NUMBERINGS.values(), ids=NUMBERINGS.keys())
def test_a_gallery_s_numbers_are_no_part_of_its_dek(numbering: str, config: SiteConfig) -> None:
    captions = [numbering.format(k=k, c=c[4:]) for k, c in enumerate(CAPTIONS, 1)]
    summary, note = dek(split_paragraphs(captions), config.boilerplate, captions)
    assert note is not None
    assert summary.startswith("Swimmers in fancy dress race into the sea")


def test_a_statement_opening_with_a_share_is_no_picture_s_number() -> None:
    assert not numbered_picture("24/7 cover was promised by the board.")
    assert not numbered_picture("7 of 4 is no count.")


def test_a_transcript_s_thanks_and_its_note_are_no_dek(config: SiteConfig) -> None:
    turns = [
        "The following is an edited transcript of the minister's interview on Sunday Agenda.",
        "PRESENTER: Minister, thanks for joining us.",
        "MINISTER: Thank you for having me.",
        *(t.split(": ", 1)[0].split(", ")[0] + ": " + t.split(": ", 1)[1] for t in TRANSCRIPT[2:]),
    ]
    summary, note = dek(split_paragraphs(turns), config.boilerplate, turns)
    assert note is not None
    assert summary.startswith("The water board's figures are out on Wednesday.")


def test_a_live_entry_s_time_without_a_dash_is_no_part_of_its_dek(config: SiteConfig) -> None:
    entries = [f"14:0{k} GMT {text}" if k % 2 else f"14:0{k} {text}" for k, (_, text) in enumerate(ENTRIES)]
    summary, note = dek(split_paragraphs(entries), config.boilerplate, entries)
    assert note is not None
    assert summary.startswith("The chamber of commerce says")


def test_a_place_and_a_date_before_a_colon_are_no_part_of_the_dek(config: SiteConfig) -> None:
    summary, note = dek(split_paragraphs([f"Kelmouth, 6 December: {LEAD}"]), config.boilerplate)
    assert note is None
    assert summary.startswith("The county water board voted")
