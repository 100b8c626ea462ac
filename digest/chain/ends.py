"""Where a name ends or starts, when the words around it were written without a break (`digest.chain.trimming`).

- at a dotted abbreviation followed only by words the article writes in lower case: a sentence the
  splitter did not end there ("Fort Worth P.D. Open the door!");
- at the organisation, when one of its units follows ("Lakeview Conference West Division",
  "Hale Police Department Drug Unit": the conference, the department);
- before letters after a person's name: an honour, a degree or a seat ("Ann Roe QC", "Tom Hale OBE",
  "Ann Roe PhD", "John Roe MP"), never a generation ("John Roe III");
- before the job of a person named next, after an organisation's name the article writes alone ("Mercy Ridge Health
  President and CEO Ann Roe");
- after a word glued before a given name and a surname that the article writes alone, the word itself no given
  name, no place's first word and no organisation's: wherever the span is ("former Beatle George Harrison" beside
  "George Harrison");
- before "of" after a person's full name, a given name first or a known place after it: where the person is from or
  works ("House Republican Leader Corinne Westergaard of Bend", its role trimmed), no part of the name ("Catherine
  of Aragon" has one word before it, "Little Sisters of the Poor" no given name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from digest.chain.gazetteer import place_kind
from digest.chain.given import given
from digest.chain.wording import PLACE_PREFIXES, SUFFIXES, UNITS
from digest.text.tokens import Token

_LETTERS = re.compile(r"^(?:[A-Z]{2,4}|Ph\.?D\.?|D\.?Phil|M\.?Phil|Esq\.?|Bt)$")
"""Post-nominal letters: capitals (QC, OBE, MP, FRS), or a degree or style written in mixed case."""
_ROMAN = re.compile(r"^[IVX]+$")
_JOBS_AFTER = frozenset(
    {"president", "chairman", "chairwoman", "chair", "ceo", "director", "spokesman", "spokeswoman", "spokesperson"}
)
"""Jobs written after the name of the organisation their holder heads or speaks for, before the holder's name ("Mercy
Ridge Health President and CEO Ann Roe"). Not every job that leads a body (`digest.chain.splits.LEADS`): "Team Leader",
"Brand Executive" and "Gaming Head" end names of their own."""


def stop(words: list[Token], common_noun: Callable[[str], bool]) -> list[Token]:
    """The name up to a dotted abbreviation that only words the article writes in lower case follow."""
    for k, token in enumerate(words[:-1]):
        if token.capitals and token.text.endswith(".") and all(common_noun(t.text) for t in words[k + 1 :]):
            return words[: k + 1]
    return words


def parent(words: list[Token], org_words: frozenset[str]) -> list[Token]:
    """The organisation a unit belongs to, when the name ends with the unit."""
    if len(words) < 4 or words[-1].text.casefold() not in UNITS:
        return words
    for k in range(len(words) - 2, 0, -1):
        if words[k].text.casefold() in org_words:
            return words[: k + 1]
    return words


def hometown(words: list[Token], person_like: Callable[[list[Token]], bool]) -> list[Token]:
    """A person's full name without "of" and what follows it: where the person is from or works.

    >>> from digest.text.tokens import tokenize
    >>> [t.text for t in hometown(tokenize("Corinne Westergaard of Bend"), lambda w: len(w) == 2)]
    ['Corinne', 'Westergaard']
    """
    at = next((k for k, t in enumerate(words) if t.text == "of"), 0)
    if at < 2 or not person_like(words[:at]):
        return words
    place = " ".join(t.text for t in words[at + 1 :])
    return words[:at] if place_kind(place) is not None or given(words[0].text) else words


def job_after(words: list[Token], named: Callable[[list[Token]], bool]) -> list[Token]:
    """An organisation's name without the job of the person named after it ("Mercy Ridge Health President" of "...
    President and CEO Ann Roe"), when the article names the organisation on its own (``named``).

    >>> from digest.text.tokens import tokenize
    >>> [t.text for t in job_after(tokenize("Mercy Ridge Health President"), lambda w: True)]
    ['Mercy', 'Ridge', 'Health']
    """
    if len(words) >= 3 and words[-1].text.casefold() in _JOBS_AFTER and named(words[:-1]):
        return words[:-1]
    return words


def post_nominal(words: list[Token]) -> bool:
    """Whether the last of three or more words is letters after a name (the caller checks that the words before
    it are a person's name).

    >>> from digest.text.tokens import tokenize
    >>> post_nominal(tokenize("Ann Roe QC")), post_nominal(tokenize("John Roe III")), post_nominal(tokenize("Roe QC"))
    (True, False, False)
    """
    last = words[-1].text if len(words) >= 3 else ""
    return bool(_LETTERS.fullmatch(last)) and not _ROMAN.fullmatch(last) and last.casefold() not in SUFFIXES


def context_before(
    words: list[Token],
    alone: frozenset[str],
    lower_words: frozenset[str],
    org_words: frozenset[str],
    known: Callable[[str], bool],
) -> bool:
    """Whether the first of ``words`` is context before a person's name: two or three words after it, a given name
    first, that the article writes as a span of their own (``alone``, casefolded), and it no given name
    (``lower_words``: what the article writes in lower case), no place's first word, no organisation's word, no
    ``known`` name."""
    head, rest = words[0], words[1:]
    if not 2 <= len(rest) <= 3 or " ".join(t.text for t in rest).casefold() not in alone or not given(rest[0].text):
        return False
    word = head.text.casefold()
    if word in PLACE_PREFIXES or word in org_words or known(head.text):
        return False
    return head.capitalised and not given(head.text, lower_words)


def numeral(words: list[Token], pairs: Collection[str], alone: Collection[str]) -> bool:
    """Whether a last "I" is a numeral after a name, not the pronoun ("the Honda I bought"): the article writes the
    word before it with another Roman numeral too, or that numeral alone ("World War I and II"; ``pairs``: two
    capitalised words in a row, ``alone``: spans, casefolded).

    >>> from digest.text.tokens import tokenize
    >>> numeral(tokenize("World War I"), {"war ii"}, ()), numeral(tokenize("Honda I"), (), ())
    (True, False)
    """
    if len(words) < 2 or words[-1].text != "I":
        return False
    last = words[-2].text.casefold()
    return any(f"{last} {n}" in pairs or n in alone for n in _OTHER_NUMERALS)


_OTHER_NUMERALS = ("ii", "iii", "iv")
