"""Where a name ends, when the words after it were written without a break (see `digest.chain.trimming`).

- at a dotted abbreviation followed only by words the article writes in lower case: a sentence the
  splitter did not end there ("Fort Worth P.D. Open the door!");
- at the organisation, when one of its units follows ("Lakeview Conference West Division",
  "Hale Police Department Drug Unit": the conference, the department);
- before letters after a person's name: an honour, a degree or a seat ("Ann Roe QC", "Tom Hale OBE",
  "Ann Roe PhD", "John Roe MP"), never a generation ("John Roe III").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from digest.chain.wording import SUFFIXES, UNITS
from digest.text.tokens import Token

_LETTERS = re.compile(r"^(?:[A-Z]{2,4}|Ph\.?D\.?|D\.?Phil|M\.?Phil|Esq\.?|Bt)$")
"""Post-nominal letters: capitals (QC, OBE, MP, FRS), or a degree or style written in mixed case."""
_ROMAN = re.compile(r"^[IVX]+$")


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


def post_nominal(words: list[Token]) -> bool:
    """Whether the last of three or more words is letters after a name (the caller checks that the words before
    it are a person's name).

    >>> from digest.text.tokens import tokenize
    >>> post_nominal(tokenize("Ann Roe QC")), post_nominal(tokenize("John Roe III")), post_nominal(tokenize("Roe QC"))
    (True, False, False)
    """
    last = words[-1].text if len(words) >= 3 else ""
    return bool(_LETTERS.fullmatch(last)) and not _ROMAN.fullmatch(last) and last.casefold() not in SUFFIXES
