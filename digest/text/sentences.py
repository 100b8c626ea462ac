"""Sentence splitting with sentencex (Wikimedia's rule-based splitter; no downloaded data).

It keeps "U.S.", "Sen.", "a.m.", initials and quoted sentences whole.

>>> split("Sen. Jane Roe met J. R. Doe at 9 a.m. in the U.S. capital. They talked.")
['Sen. Jane Roe met J. R. Doe at 9 a.m. in the U.S. capital.', 'They talked.']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

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
    """Split one paragraph into sentences, whitespace trimmed; a piece opening with a dash continues the one before
    it (a dateline's "(EFE).- " is no sentence's end).

    >>> split("Madrid, Dec 5 (EFE).- Rain fell. It stopped.")
    ['Madrid, Dec 5 (EFE).- Rain fell.', 'It stopped.']
    """
    found: list[str] = []
    for piece in (s.strip() for s in sentencex.segment(lang, text)):
        if found and piece[:1] in "-–—" and piece[1:2] == " ":
            glue = "" if found[-1] + piece in text else " "
            found[-1] += glue + piece
        elif piece:
            found.append(piece)
    return found


def split_paragraphs(paragraphs: Sequence[str], lang: str = "en") -> list[Sentence]:
    """Every sentence of ``paragraphs``, in order, with its position."""
    return [
        Sentence(text, p, i) for p, paragraph in enumerate(paragraphs) for i, text in enumerate(split(paragraph, lang))
    ]


_NAME_END = re.compile(r"\b(?:Jr|Sr|Inc|Ltd|Corp|Co|Plc|plc|LLC|PhD|D\.C)\.\s+(?=([A-Z][\w'’-]*))")
"""An abbreviation that ends a name ("Jr.", "Inc.", "D.C.") before a capitalised word."""
_COMPANY_BEFORE = re.compile(r"(?:[A-Z][\w'’&.-]*|&|and)\s+$")
"""What a company's "Co." follows: a capitalised word, "&" or "and" ("Devices Co.", "Smith & Co.")."""


def at_name_ends(sentences: Iterable[Sentence], continues: frozenset[str]) -> list[Sentence]:
    """The sentences, each also split after an abbreviation ending a name when a capitalised word follows that
    does not continue the name (``continues``, casefolded: "Martin Luther King Jr. Day"): the splitter keeps
    "Ann Roe Jr. Tom Lee said" whole.

    >>> [s.text for s in at_name_ends([Sentence("He met Ann Roe Jr. Tom Lee said so.", 0, 0)], frozenset())]
    ['He met Ann Roe Jr.', 'Tom Lee said so.']
    """
    found: list[Sentence] = []
    for sentence in sentences:
        text, start = sentence.text, 0
        for match in _NAME_END.finditer(text):
            if text.startswith("Co.", match.start()) and not _COMPANY_BEFORE.search(text[: match.start()]):
                continue  # "Portaferry, Co. Down", "from Co. Antrim": a county, not a company's legal form
            if match.group(1).casefold() not in continues:
                found.append(replace(sentence, text=text[start : match.end()].strip()))
                start = match.end()
        found.append(replace(sentence, text=text[start:]) if start else sentence)
    return found
