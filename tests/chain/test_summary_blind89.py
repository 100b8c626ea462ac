"""Openings that are no lead, from the tune halves of blind batteries 8 and 9, each reproduced first on invented
text: a transcript whose turns are headed by their speakers' lines. Texts are invented."""

from __future__ import annotations

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.document import RawDocument
from tests.conftest import ADDED

GREETING = "Good afternoon, and welcome to the Harrowgate Mills second-quarter results call for investors."
CALL = (
    GREETING + " Please hold while we connect the last participants.",
    "Orla Penhaligon -- Director of Investor Relations",
    "Thank you. With me is our chief executive, who will take you through the quarter before we turn to questions.",
    "Tomas Verlaine -- Chief Executive Officer",
    "Thanks, Orla. Sales rose 6% in the quarter, led by our flour business, and margins held despite wheat prices.",
    "Orla Penhaligon -- Director of Investor Relations",
    "We will now take questions from analysts on the line.",
)


def test_a_transcript_headed_by_its_speakers_lines_is_flagged_and_its_dek_is_its_first_turn(
    config: SiteConfig,
) -> None:
    doc = RawDocument(original="call.txt", title="Harrowgate Mills Q2 results call transcript", paragraphs=CALL)
    conversion = convert_document(doc, config, ADDED)
    assert conversion.article.summary.startswith(GREETING)
    assert any("unusable" in note for note in conversion.notes)


def test_prose_naming_people_with_their_jobs_is_no_transcript(config: SiteConfig) -> None:
    paragraphs = (
        "Harrowgate Mills said on Tuesday that sales rose 6% in the second quarter, led by its flour business.",
        "Orla Penhaligon -- the director of investor relations -- said margins held.",
        "Tomas Verlaine, the chief executive, said wheat prices would ease by the winter.",
    )
    doc = RawDocument(original="news.txt", title="Harrowgate Mills sales rise", paragraphs=paragraphs)
    assert not any("unusable" in note for note in convert_document(doc, config, ADDED).notes)
