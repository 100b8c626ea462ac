"""Names used as places without a preposition before them: the rest of a list of places ("in Stockton and
Thornaby"), and a place before its people or its office ("Millbrook residents", "the Bellingham mayor").

A name "in", "at", "from" ... is used as a place (`digest.chain.entities`); so is each name listed after it, joined by
commas, "and" or "or", and a name followed by a word that only a place is followed by (`PLACE_NOUNS`). A name used
as a place is not the start of a longer organisation's name ("Millbrook" is no short form of "Millbrook Civic
Association"; `digest.chain.names`).
"""

from __future__ import annotations

from collections.abc import Sequence

from digest.text.tokens import Token

LOCATIVE = frozenset(["in", "at", "from", "near", "outside", "around", "across", "into", "inside", "within", "to"])
"""The prepositions before a name used as a place."""
PLACE_NOUNS = frozenset(
    {"resident", "residents", "neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "mayor", "townsfolk"}
)
"""Lower-case words after a name that make it a place: its people, its quarter, its mayor."""
_LIST_LINKS = frozenset({",", "and", "or"})


def locatives(tokens: Sequence[Token], spans: Sequence[tuple[int, Sequence[Token]]]) -> frozenset[int]:
    """The starts of the spans of a sentence used as places.

    >>> from digest.text.tokens import tokenize
    >>> tokens = tokenize("He robbed homes in Stockton and Thornaby on Monday, Ann Roe said.")
    >>> sorted(locatives(tokens, [(4, tokens[4:5]), (6, tokens[6:7]), (11, tokens[11:13])]))
    [4, 6]
    >>> tokens = tokenize("Millbrook residents met Ann Roe.")
    >>> sorted(locatives(tokens, [(0, tokens[0:1]), (3, tokens[3:5])]))
    [0]
    """
    found: set[int] = set()
    end = -1  # where the last span used as a place ended
    for start, span in spans:
        before = tokens[start - 1].text.casefold() if start > 0 else ""
        after = start + len(span)
        listed = end >= 0 and before in _LIST_LINKS and _linked(tokens, end, start)
        if before in LOCATIVE or listed or (after < len(tokens) and tokens[after].text in PLACE_NOUNS):
            found.add(start)
            end = after
    return frozenset(found)


def _linked(tokens: Sequence[Token], end: int, start: int) -> bool:
    """Whether only list links (a comma, "and", "or", ", and") stand between a span ending at ``end`` and one
    starting at ``start``."""
    between = [t.text.casefold() for t in tokens[end:start]]
    return 0 < len(between) <= 2 and all(w in _LIST_LINKS for w in between)
