"""Size limits on what one document may hand to the conversion chain.

The raw file size is checked before reading (`digest.readers.decode.check_size`). These
limits apply to the text a reader extracted, whatever the format, so the time and
memory of one conversion stay bounded: some steps of the chain grow faster than
linearly with the length of one sentence, and a "paragraph" of a megabyte is a
file without line breaks, not an article.

The longest real news articles are around 60,000 characters; a single paragraph
rarely passes 3,000.
"""

from __future__ import annotations

from collections.abc import Sequence

from digest.problems import InputError
from digest.readers.document import RawDocument

MAX_TEXT_CHARS = 500_000
"""Most characters of article text one document may have."""
MAX_PARAGRAPH_CHARS = 50_000
"""Most characters one paragraph may have."""


def check_document(doc: RawDocument) -> None:
    """Raise `InputError` naming the document when its text is over a limit."""
    for number, paragraph in enumerate(doc.paragraphs, start=1):
        if len(paragraph) > MAX_PARAGRAPH_CHARS:
            raise InputError(
                doc.original,
                f"paragraph {number} is {len(paragraph):,} characters long (a file without line breaks?); "
                f"at most {MAX_PARAGRAPH_CHARS:,} are converted",
            )
    total = sum(len(p) for p in doc.paragraphs)
    if total > MAX_TEXT_CHARS:
        raise InputError(doc.original, f"has {total:,} characters of text; at most {MAX_TEXT_CHARS:,} are converted")


def within_limits(docs: Sequence[RawDocument]) -> tuple[list[RawDocument], list[InputError]]:
    """The documents within the limits, and an error for each of the others."""
    kept: list[RawDocument] = []
    refused: list[InputError] = []
    for doc in docs:
        try:
            check_document(doc)
        except InputError as exc:
            refused.append(exc)
        else:
            kept.append(doc)
    return kept, refused
