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
