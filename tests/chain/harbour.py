"""The invented harbour story that the paraphrase checks wrap their lines in: a lead, three more paragraphs, and
what conversion makes of the story with a line placed around them (its summary, its body)."""

from __future__ import annotations

from digest.chain.pipeline import Conversion, convert_document
from digest.config import SiteConfig
from digest.readers.document import RawDocument
from tests.conftest import ADDED

TITLE = "Harbour board to rebuild wall"
LEAD = "The Kelmouth harbour board voted 6-1 on Monday night to rebuild the north wall before the winter storms."
MORE = (
    "The work will cost about 4 million pounds and close the fish market's quay for most of the summer.",
    "Fishermen who moor inside the wall said they were relieved, though several asked why it took so long.",
    "Board chair Ann Roe said the vote ended two years of argument over who should pay for the wall.",
)


def converted(config: SiteConfig, *paragraphs: str, title: str = TITLE) -> Conversion:
    """The story's conversion from ``paragraphs`` read as plain text."""
    return convert_document(RawDocument(original="page.txt", title=title, paragraphs=paragraphs), config, ADDED)


def summary(config: SiteConfig, *paragraphs: str) -> str:
    return converted(config, *paragraphs).article.summary


def body(config: SiteConfig, *paragraphs: str) -> str:
    return converted(config, *paragraphs).article.body
