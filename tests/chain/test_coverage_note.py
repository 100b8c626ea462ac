"""A note that the post belongs to the site's coverage ("This post is part of the series ...") is no
article text: it is removed, so it neither starts the summary nor gives tags. The text is invented."""

from __future__ import annotations

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.document import RawDocument
from tests.conftest import ADDED


def test_a_coverage_note_opening_a_post_is_removed(config: SiteConfig) -> None:
    doc = RawDocument(
        original="feed.xml#1",
        title="Harbour strike enters its second week",
        paragraphs=(
            "This post is part of the series we run on the Eastholm Harbour Strike 2024.",
            "Dock workers in Eastholm stayed away from the cranes for an eighth day on Monday.",
            "The union said talks with the port authority would resume on Thursday.",
        ),
    )
    article = convert_document(doc, config, ADDED).article
    assert article.summary.startswith("Dock workers in Eastholm")
    assert "the series we run" not in article.body
    assert "Eastholm Harbour Strike" not in article.tags


def test_a_summary_does_not_open_on_the_end_of_a_cut_sentence(config: SiteConfig) -> None:
    """The issue's "of oil that spilled ...": a first paragraph starting in lower case lost its start."""
    doc = RawDocument(
        original="page.html",
        title="Harbour oil spill cleaned",
        paragraphs=(
            "of fuel that leaked into the harbour last week, officials in Eastholm said on Tuesday.",
            "Crews worked through the night to clean the beaches of Eastholm.",
        ),
    )
    assert convert_document(doc, config, ADDED).article.summary.startswith("Crews worked")
    kept = RawDocument(original="page.html", title="Phones", paragraphs=("eReaders sold well in Eastholm this week.",))
    assert convert_document(kept, config, ADDED).article.summary.startswith("eReaders sold")
