"""Sentence splitting with sentencex (Wikimedia's rule-based splitter; no downloaded data).

It keeps "U.S.", "Sen.", "a.m.", initials and quoted sentences whole.

>>> split("Sen. Jane Roe met J. R. Doe at 9 a.m. in the U.S. capital. They talked.")
['Sen. Jane Roe met J. R. Doe at 9 a.m. in the U.S. capital.', 'They talked.']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sentencex


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence and where it sits in the article."""

    text: str
    paragraph: int
    """Index of the paragraph (0 is the lead)."""
    index: int
    """Index of the sentence within its paragraph."""


def split(text: str, lang: str = "en") -> list[str]:
    """Split one paragraph into sentences, whitespace trimmed."""
    return [s.strip() for s in sentencex.segment(lang, text) if s.strip()]


def split_paragraphs(paragraphs: Sequence[str], lang: str = "en") -> list[Sentence]:
    """Every sentence of ``paragraphs``, in order, with its position."""
    return [
        Sentence(text, p, i) for p, paragraph in enumerate(paragraphs) for i, text in enumerate(split(paragraph, lang))
    ]
