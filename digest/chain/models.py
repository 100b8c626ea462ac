"""A model's or a numbered thing's whole name ("Boeing 737 Max", "iPhone 17 Pro", "FTSE 100", "Windows 10"), for
`digest.chain.entities.Extractor`.
"""

from __future__ import annotations

import re
from collections import Counter

from digest.chain.gazetteer import place_kind
from digest.chain.trimming import Evidence
from digest.text.tokens import Token

_DIGITS = re.compile(r"\d{1,4}")
MAX_MODEL_WORDS = 2
MIN_MODEL_MENTIONS = 2
"""A one-word name and a number with nothing after them ("FTSE 100") make a model's name when written this often
(the title counts); a brand and a model ("Hoka Clifton 9") once."""
_MAGNITUDES = frozenset({"million", "billion", "trillion", "percent", "per", "hundred", "thousand"})
"""Words after a number that make it a count or an amount ("Vantorra 12 million"), not a model's number."""


def _counted(after: Token | None) -> bool:
    """Whether the word after a number makes it a count ("an NBA All-Star 18 times", "12 million")."""
    if after is None or not after.lower:
        return False
    return after.text in _MAGNITUDES or (len(after.text) > 3 and after.text.endswith("s"))


def model_name(
    name: str,
    span: list[Token],
    tokens: list[Token],
    end: int,
    first: bool,
    *,
    evidence: Evidence,
    numbered: Counter[tuple[str, str]],
) -> str | None:
    """The name, its number and the capitalised word after it; not a counted common noun ("Week 13", the article
    writing "week"), a place ("Leeds 2", a score) nor a word opening the sentence ("Nearly 300"). ``numbered``
    counts each capitalised word and the number after it over the article."""
    if not name.endswith(span[-1].text) or (first and len(span) == 1) or place_kind(name) is not None:
        return None
    last = span[-1].text
    if evidence.common_noun(last) or last.casefold() in evidence.rules.ignore:
        return None
    if not _DIGITS.fullmatch(number := tokens[end].text):
        return None
    words = [number]
    for token in tokens[end + 1 : end + 1 + MAX_MODEL_WORDS]:
        if not token.word or token.capitals or not (token.capitalised or any(c.isdigit() for c in token.text)):
            break
        words.append(token.text)
    once = len(span) > 1 and not _counted(tokens[end + 1] if end + 1 < len(tokens) else None)
    if len(words) == 1 and not once and numbered[(last, number)] < MIN_MODEL_MENTIONS:
        return None  # "Category 5 hurricane" once, "an NBA All-Star 18 times"; "the FTSE 100" twice is a name
    return f"{name} {' '.join(words)}"
