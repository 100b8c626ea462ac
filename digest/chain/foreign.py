"""Sentences in another language inside an English article: quotations given in their own language before
their translation ("Como decía ...", "Nous avons ..."). Their capitalised words are no evidence of names in
English, so names found only there are trusted as little as names found only in headings.

A sentence is foreign when it holds more of one other language's stop words (jusText's lists, without the
words English shares) than English ones, and at least `MIN_FOREIGN` of them.

>>> from digest.text.tokens import tokenize
>>> foreign(tokenize("El gobierno y la oposición no llegaron a un acuerdo sobre la Ley General del Trabajo."))
True
>>> foreign(tokenize("Ana de la Cruz, the mayor of La Paz, said the law was passed on Monday."))
False
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import justext

from digest.text.tokens import Token

LANGUAGES = (
    "Spanish", "Portuguese", "French", "Italian", "German", "Dutch", "Catalan", "Romanian", "Indonesian", "Malay",
    "Swahili", "Tagalog", "Turkish", "Polish", "Czech", "Swedish", "Norwegian_Bokmal", "Danish", "Finnish",
)  # fmt: skip
"""Languages written in Latin letters whose quotations English articles carry (another script is caught
by `digest.chain.junk`)."""
MIN_FOREIGN = 3
MIN_WORDS = 5


@functools.cache
def _stop_words() -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    english = frozenset(justext.get_stoplist("English"))
    known = justext.get_stoplists()
    others = tuple(frozenset(justext.get_stoplist(lang)) - english for lang in LANGUAGES if lang in known)
    return english, others


def foreign(tokens: Sequence[Token]) -> bool:
    """Whether a sentence is written in another language than English (see the module doc)."""
    words = [t.text.casefold() for t in tokens if t.word]
    if len(words) < MIN_WORDS:
        return False
    english, others = _stop_words()
    theirs = max(sum(w in stop for w in words) for stop in others)
    return theirs >= MIN_FOREIGN and theirs > sum(w in english for w in words)
