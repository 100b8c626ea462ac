"""Sentences in another language inside an English article: quotations given in their own language before
their translation ("Como decía ...", "Nous avons ..."). Their capitalised words are no evidence of names in
English, so names found only there are trusted as little as names found only in headings.

A sentence is foreign when it holds more of one other language's stop words (jusText's lists, without the
words English shares) than English ones, and at least `MIN_FOREIGN` of them; a capitalised word beside another (after
the first) is part of a name, no stop word (`_named`).

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


_ENGLISH: tuple[int, ...] = (-1,)
"""What `_stop_words` gives for an English stop word."""


@functools.cache
def _stop_words() -> dict[str, tuple[int, ...]]:
    """Each stop word -> the indexes of the other languages it is one of (not English's); `_ENGLISH` for English's."""
    english = frozenset(justext.get_stoplist("English"))
    known = justext.get_stoplists()
    table: dict[str, list[int]] = {}
    for index, language in enumerate(lang for lang in LANGUAGES if lang in known):
        for word in frozenset(justext.get_stoplist(language)) - english:
            table.setdefault(word, []).append(index)
    found: dict[str, tuple[int, ...]] = dict.fromkeys(english, _ENGLISH)
    found.update((word, tuple(indexes)) for word, indexes in table.items())
    return found


def _named(words: Sequence[Token], k: int) -> bool:
    """Whether the word at ``k`` (after a sentence's first) is part of a name: capitalised, of two letters or more,
    beside another capitalised word ("Werner Obuya": "Werner" and "Rafael" are Finnish stop words); an initial
    stays a word ("L. C." of a citation's authors)."""
    token = words[k]
    if k == 0 or not token.capitalised or len(token.text.rstrip(".")) < 2:
        return False
    return words[k - 1].capitalised or (k + 1 < len(words) and words[k + 1].capitalised)


def foreign(tokens: Sequence[Token]) -> bool:
    """Whether a sentence is written in another language than English (see the module doc)."""
    words = [t for t in tokens if t.word]
    if len(words) < MIN_WORDS:
        return False
    found = (_stop_words().get(t.text.casefold()) for k, t in enumerate(words) if not _named(words, k))
    stop = [langs for langs in found if langs is not None]
    ours = stop.count(_ENGLISH)
    if len(stop) - ours < MIN_FOREIGN:
        return False  # most sentences: too few stop words of other languages
    counts = [0] * len(LANGUAGES)
    for langs in stop:
        if langs is not _ENGLISH:
            for index in langs:
                counts[index] += 1
    theirs = max(counts)
    return theirs >= MIN_FOREIGN and theirs > ours
