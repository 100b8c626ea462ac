"""Openings written the way other pages write the kinds of line the batteries found: the same mechanism must hold for
a paraphrase, not only for the sentence it was fitted on. Each line below opens an invented article before its lead;
the dek starts at the lead. Texts are invented."""

from __future__ import annotations

import pytest

from digest.chain.datelines import read_lead
from digest.chain.pipeline import convert_document
from digest.chain.textnotes import text_note
from digest.config import SiteConfig
from digest.readers.document import RawDocument
from tests.chain.harbour import LEAD, MORE, summary
from tests.conftest import ADDED


@pytest.mark.parametrize(
    "line",
    [
        "Narrated by an AI voice.",
        "Translated using machine translation and checked by our editors.",
        "This article is more than 2 years old.",
        "This content is free to read. Please consider supporting local journalism.",
        "A version of this story appeared in print on Monday.",
        "This is the third story in a series on the future of Kelmouth harbour.",
        "Day 3 of our series on the harbour.",
        "Get breaking news alerts on your phone with our free app.",
        "This material may not be published, broadcast, rewritten or redistributed.",
    ],
)
def test_a_line_on_the_page_or_the_text_itself_is_no_lead(line: str, config: SiteConfig) -> None:
    assert summary(config, line, LEAD, *MORE).startswith(LEAD)


@pytest.mark.parametrize(
    "lead",
    [
        "This story begins in 1998, when the harbour board first voted to rebuild the north wall.",
        "This is the story of a harbour wall that three boards voted to rebuild and nobody did.",
        "Translated by her daughter, the fisherman's letters tell of forty winters behind the north wall.",
    ],
)
def test_a_story_that_speaks_of_itself_as_a_story_keeps_its_lead(lead: str, config: SiteConfig) -> None:
    assert not text_note(lead)
    assert summary(config, lead, *MORE).startswith(lead)


@pytest.mark.parametrize(
    ("dateline", "places"),
    [
        ("KELMOUTH, Maine (AP) _ ", ("Kelmouth",)),  # old wire copy: an underscore for the dash
        ("Kelmouth, Maine (AP) _ ", ("Kelmouth",)),
        ("Kelmouth, Maine, USA — ", ("Kelmouth",)),  # a place, its state and its country
    ],
)
def test_datelines_written_other_ways_go(dateline: str, places: tuple[str, ...], config: SiteConfig) -> None:
    assert read_lead(dateline + LEAD).text == LEAD
    assert read_lead(dateline + LEAD).places == places
    assert summary(config, dateline + LEAD, *MORE).startswith(LEAD)


def test_an_underscore_is_a_dash_only_between_a_dateline_and_a_capital() -> None:
    assert read_lead("KELMOUTH _ a word the board wrote with a line under it _ is back.").places == ()
    assert read_lead("Kelmouth said the file harbour_wall_v2 was lost.").text.startswith("Kelmouth said")


def test_a_lead_or_a_last_paragraph_in_lower_case_is_no_bio_nor_heading(config: SiteConfig) -> None:
    # boilerplate cues are matched ignoring case: a capital the cue asks for must still be a capital
    paragraphs = (
        "The new mayor of Kelmouth is a former teacher who grew up on the harbour.",
        "She took office on Monday and promised to rebuild the north wall before the winter storms.",
        "The work will cost about 4 million pounds and close the fish market's quay for most of the summer.",
        "The harbour board is the oldest member of the port alliance.",
    )
    document = RawDocument(original="page.txt", title="New mayor takes office", paragraphs=paragraphs)
    body = convert_document(document, config, ADDED).article.body
    assert all(p in body for p in paragraphs)
    countdown = "About ten days remain before the elections in Kelmouth."
    assert summary(config, countdown + " " + LEAD, *MORE).startswith(countdown)


@pytest.mark.parametrize(
    "opening",
    [
        "Ann Roe is a teacher who lost her job on Monday when the Kelmouth school board closed the harbour school.",
        "Tom Vale was a student at the harbour school when the north wall first broke in 1998.",
        "Kelmouth Harbour Trust is a member of the port alliance that voted on Monday to rebuild the north wall.",
    ],
)
def test_an_opening_shaped_like_a_bio_stays_when_no_writer_is_known(opening: str, config: SiteConfig) -> None:
    document = RawDocument(original="page.txt", title="School to close", paragraphs=(opening, *MORE))
    article = convert_document(document, config, ADDED).article
    assert opening in article.body
    assert article.summary.startswith(opening[:40])


def test_a_writer_s_bio_above_the_text_still_goes(config: SiteConfig) -> None:
    bio = "Ann Roe is a freelance writer based in Kelmouth."
    document = RawDocument(original="page.txt", title="School to close", paragraphs=(bio, LEAD, *MORE))
    assert bio not in convert_document(document, config, ADDED).article.body
