"""A model's or a numbered thing's whole name ("Boeing 737 Max", "iPhone 17 Pro", "FTSE 100", "Windows 10"), for
`digest.chain.entities.Extractor`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from digest.chain.gazetteer import place_kind
from digest.chain.given import frequent
from digest.chain.trimming import Evidence
from digest.text.tokens import Token

_DIGITS = re.compile(r"\d{1,4}")
_BRAND = re.compile(r"^(?!Mac|Fitz)[A-Z][a-z]{3,}[A-Z][a-z]")
"""A word with a capital inside after four letters or more: a brand's ("LoopCell", "AlcoCheck"); no surname's ("McRae",
"MacLeod", "FitzGerald") nor given name's ("DeShawn", "LaToya")."""
MAX_MODEL_WORDS = 2
EVENTS = frozenset({
    "summit", "show", "festival", "expo", "exhibition", "fair", "games", "awards", "conference", "championship",
    "championships", "cup", "olympics", "tournament", "marathon", "week", "convention", "symposium", "forum", "open",
    "classic", "gala", "biennale", "biennial", "triennial",
})  # fmt: skip
"""Last words of an event's name, which a year after it belongs to ("Game Summit 2025", "Chelsea Flower Show 2025")."""
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
    writing "week"; an event's year is its own: "Game Summit 2025" when it writes "the summit"), a place ("Leeds 2",
    a score) nor a word opening the sentence ("Nearly 300"). ``numbered`` counts each capitalised word and the number
    after it over the article."""
    if not name.endswith(span[-1].text) or (first and len(span) == 1) or place_kind(name) is not None:
        return None
    last = span[-1].text
    held = event_year(span, tokens[end].text)  # "Game Summit 2025" where the article writes "the summit"
    if (evidence.common_noun(last) and not held) or last.casefold() in evidence.rules.ignore:
        return None
    if not _DIGITS.fullmatch(number := tokens[end].text):
        return None
    words = [number]
    for token in tokens[end + 1 : end + 1 + MAX_MODEL_WORDS]:
        if not token.word or token.capitals or not (token.capitalised or any(c.isdigit() for c in token.text)):
            break
        words.append(token.text)
    brand = len(span) == 1 and bool(_BRAND.search(last))  # "LoopCell 20": a brand's one word, once
    once = (len(span) > 1 or brand) and not _counted(tokens[end + 1] if end + 1 < len(tokens) else None)
    if len(words) == 1 and not once and numbered[(last, number)] < MIN_MODEL_MENTIONS:
        return None  # "Category 5 hurricane" once, "an NBA All-Star 18 times"; "the FTSE 100" twice is a name
    return f"{name} {' '.join(words)}"


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def event_year(span: list[Token], number: str) -> bool:
    """Whether ``number`` is a year after an event's name of two words or more ("Game Summit 2025": `EVENTS`)."""
    return len(span) > 1 and span[-1].text.casefold() in EVENTS and bool(_YEAR.fullmatch(number))


def product_lines(named: Iterable[tuple[str, bool, bool]]) -> frozenset[str]:
    """The names, casefolded, of a round-up's product headings: a line in Title Case that is a brand and a model with
    its number alone ("Tarvo Glide 7", "Orsk Velo 250"), two words or more before a number that is no year, and the
    start of that name; not a person's name and a score ("J. Roe 12", "Ann Roe 12"). ``named``: each mention's text,
    whether found in such a line, and whether it starts a model's name.

    >>> sorted(product_lines([("Orsk Velo 250", True, False), ("Orsk Velo", True, True), ("Day 2", True, False)]))
    ['orsk velo', 'orsk velo 250']
    """
    named = tuple(named)
    found = set()
    for text, heading, _model in named:
        *words, last = text.split()
        person = frequent(words[0]) if words else False  # "Ann Roe 12", "J. Roe 12": a table's row, a score
        if heading and len(words) >= 2 and _DIGITS.fullmatch(last) and not _YEAR.fullmatch(last) and not person:
            if any(len(w.rstrip(".")) == 1 for w in words):
                continue
            found.add(text.casefold())
    return frozenset(
        found | {t.casefold() for t, h, m in named if h and m and any(f.startswith(f"{t.casefold()} ") for f in found)}
    )
