"""How much a sentence's capitals prove that a word is a name.

Capitals prove little in a heading (a line in Title Case: `digest.chain.wording.is_heading`), in a sentence in
another language (`digest.chain.foreign`), in a quoted tweet ("@handle: ..."), in a short caption with its photo
credit ("Dolls from Praia. Photo by Ann Roe"), and in a headline quoted inside a sentence (`headline_quote`): names
found only there count only where English prose names them too (`digest.chain.tags`). A verb in -ing opening a
sentence before its object is no name either ("Reading through the report", not the town).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from digest.chain.foreign import foreign
from digest.chain.quoted import MAX_TITLE
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


_QUOTES = frozenset({"“", "”", '"'})
MIN_CAPITALS = 3


def headline_quote(
    tokens: Sequence[Token], spans: Sequence[tuple[int, list[Token]]], function_words: Collection[str]
) -> frozenset[int]:
    """Starts of the spans inside a quoted headline: a quotation in double quotes (taken in pairs) and in Title Case
    (every word capitalised or a function word, the first capitalised, three capitalised words or more), longer than
    a title the span finder reads whole (`digest.chain.quoted.MAX_TITLE` words), that it reads as two names or more
    ("“Reading the Feeble Record of Envoys through the Roe Affair”"): a work's title stays a name."""
    quotes = [k for k, t in enumerate(tokens) if t.text in _QUOTES]
    found: set[int] = set()
    for start, end in zip(quotes[::2], quotes[1::2], strict=False):  # each opening quote, then its closing one
        inner = [t for t in tokens[start + 1 : end] if t.word]
        if len(inner) <= MAX_TITLE or not inner[0].capitalised or sum(t.capitalised for t in inner) < MIN_CAPITALS:
            continue
        if all(t.capitalised or t.text.casefold() in function_words for t in inner):
            starts = [s for s, _span in spans if start < s < end]
            found.update(starts if len(starts) > 1 else ())
    return frozenset(found)


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
