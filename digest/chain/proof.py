"""How much a sentence's capitals prove that a word is a name.

Capitals prove little in a heading (a line in Title Case: `digest.chain.wording.is_heading`), in a sentence in
another language (`digest.chain.foreign`), in a quoted tweet ("@handle: ..."), and in a short caption with its
photo credit ("Dolls from Praia. Photo by Ann Roe"): names found only there count only where English prose names
them too (`digest.chain.tags`). A verb in -ing opening a sentence before its object is no name either ("Reading
through the report", not the town).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.chain.foreign import foreign
from digest.chain.wording import is_heading
from digest.text.prefilter import Screened
from digest.text.sentences import Sentence
from digest.text.tokens import Token


def doubtful(
    sentences: Sequence[Sentence], tokens: Sequence[list[Token]], function_words: frozenset[str]
) -> list[bool]:
    """For each sentence, whether its capitals prove little (see the module doc)."""
    paragraphs = _tweets_and_captions(sentences)
    return [
        is_heading(s.text, words, function_words) or foreign(words) or s.paragraph in paragraphs
        for s, words in zip(sentences, tokens, strict=True)
    ]


_PHOTO_CREDIT = Screened(  # the regex runs only on the sentences that hold one of its words
    re.compile(
        r"\b(?:photo(?:graph)?|image|picture|illustration)s?\s+(?:by|from|posted by|courtesy of|used under)\b|©"
        r"|\bused under an? [\w -]{0,40}licen[cs]e\b",
        re.IGNORECASE,
    )
)
MAX_CAPTION_SENTENCES = 3


def _tweets_and_captions(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Paragraphs whose capitals prove little: a quoted tweet ("@handle: ..."), and a caption with its photo
    credit (a short paragraph: "Dolls from Praia. Photo by Ann Roe (CC BY 2.0)")."""
    count: dict[int, int] = {}
    for s in sentences:
        count[s.paragraph] = count.get(s.paragraph, 0) + 1
    return frozenset(
        s.paragraph
        for s in sentences
        if s.text.lstrip().startswith("@")
        or (_PHOTO_CREDIT.search(s.text) and count[s.paragraph] <= MAX_CAPTION_SENTENCES)
    )


_GERUND_OBJECTS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "our", "my", "your", "its",
     "through", "about", "over", "into", "across", "between", "up", "out", "back", "down"}
)  # fmt: skip
"""Words after a verb in -ing opening a sentence ("Reading through ...", "Making the case ...")."""


def gerund(span: list[Token], tokens: list[Token], start: int) -> bool:
    """A one-word span opening its sentence that is a verb in -ing followed by its object or a preposition."""
    end = start + len(span)
    nxt = tokens[end].text if end < len(tokens) else ""
    return len(span) == 1 and span[0].text.endswith("ing") and nxt in _GERUND_OBJECTS
