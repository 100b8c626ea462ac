"""Halves of one name: two single capitalised words joined by a small word ("the Battle of Borodino", "Call of
Duty", "Bread for the World", "Ladies in White") are one name the tagger does not join (neither is an organisation's
word), so each half alone is no entity; `halves` counts such words, `digest.chain.tags` drops a name the article
uses only that way."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence

from digest.text.tokens import Token

LINKS = frozenset({"of", "for"})
"""Small words inside a name of two halves ("Call of Duty", "Bread for the World"); never "in", which joins places
("Ziketan in Qinghai")."""


def _single(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a capitalised word, no acronym."""
    return 0 <= k < len(tokens) and tokens[k].capitalised and not tokens[k].capitals and tokens[k].word


def _plain(tokens: Sequence[Token], k: int) -> bool:
    """Whether position ``k`` holds no capitalised word (or lies outside the sentence)."""
    return not (0 <= k < len(tokens) and tokens[k].word and (tokens[k].capitalised or tokens[k].capitals))


def halves(
    sentences: Iterable[Sequence[Token]], jobs: Collection[str] = (), demonyms: Collection[str] = ()
) -> Counter[str]:
    """Each word written as a half of a two-word name, with how often; never at a sentence's start ("Residents
    of Korvala" may be a sentence's common opening), nor after a job (``jobs``, casefolded: "the Head of Interpol")
    or before a demonym (``demonyms``, casefolded: "Brexit for British exit").

    >>> from digest.text.tokens import tokenize
    >>> sorted(halves([tokenize("He fought in the Battle of Borodino in 1812.")]).items())
    [('Battle', 1), ('Borodino', 1)]
    """
    found: Counter[str] = Counter()
    for tokens in sentences:
        for k in range(1, len(tokens) - 2):
            if tokens[k + 1].text not in LINKS or not _single(tokens, k) or not _plain(tokens, k - 1):
                continue
            if tokens[k].text.casefold() in jobs:
                continue
            j = k + 3 if tokens[k + 2].text == "the" else k + 2
            if _single(tokens, j) and _plain(tokens, j + 1) and tokens[j].text.casefold() not in demonyms:
                found.update((tokens[k].text, tokens[j].text))
    return found
