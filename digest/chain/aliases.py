"""Second names an article gives an entity in so many words: "Joko Widodo, widely known as Jokowi", "the Department
of Forestry and Fire Protection, or Cal Fire", and an acronym
of a one-word name made of its syllables' capitals ("the Kuomintang (KMT)").

Both become (short form, name) pairs beside the acronyms of `digest.chain.pairs.acronym_pairs`:
one entity, shown by its name.
"""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.splits import text_of
from digest.chain.trimming import Evidence
from digest.text.tokens import Token

_KNOWN = frozenset({"known", "called", "nicknamed"})
_HOW = frozenset({"also", "widely", "better", "commonly", "popularly", "locally", "often", "simply"})
MIN_SPELT_LENGTH = 2
MAX_SHORT_WORDS = 3
MIN_PREFIX = 3
"""A short form's words are three letters or more, each the start of a word of the name."""


def known_as(
    sentences: Sequence[list[Token]], spans: Sequence[Sequence[tuple[int, list[Token]]]], evidence: Evidence
) -> list[tuple[str, str]]:
    """(second name, name) for every "<Name>, [also|widely|...] known as <Second>": a name of two words or more
    (trimmed of its role), the second name of one or two words right after "as"."""
    found: list[tuple[str, str]] = []
    for tokens, spans_of in zip(sentences, spans, strict=True):
        for second, span in _known_as(tokens, spans_of):
            name = evidence.trim(evidence.split(span)[-1], False)
            found += [(second, text_of(name))] if len(name) >= 2 else []
    return found


def _known_as(tokens: list[Token], spans: Sequence[tuple[int, list[Token]]]) -> list[tuple[str, list[Token]]]:
    at = dict(spans)
    found: list[tuple[str, list[Token]]] = []
    for start, span in spans:
        k = start + len(span)
        if len(span) < 2 or k + 3 >= len(tokens) or tokens[k].text != ",":
            continue
        if (shorter := _or_short(tokens, k + 1, at, span)) is not None:
            found.append((shorter, span))  # "the Department of Forestry and Fire Protection, or Cal Fire,"
            continue
        k += 1 + (tokens[k + 1].text.casefold() in _HOW)
        if tokens[k].text.casefold() not in _KNOWN or tokens[k + 1].text.casefold() != "as":
            continue
        second = at.get(k + 2)
        if second is not None and len(second) <= 2:
            found.append((" ".join(t.text for t in second), span))
    return found


def _or_short(tokens: list[Token], k: int, at: dict[int, list[Token]], span: list[Token]) -> str | None:
    """The short form after ", or" when each of its words begins a word of the name ("Cal Fire" of "California
    Department of Forestry and Fire Protection") and a comma or a full stop closes it."""
    second = at.get(k + 1) if tokens[k].text == "or" else None
    if second is None or len(second) > MAX_SHORT_WORDS or len(second) >= len(span):
        return None
    end = k + 1 + len(second)
    if end < len(tokens) and tokens[end].text not in {",", ".", ")", ";"}:
        return None
    short = " ".join(t.text for t in second)
    return short if _prefixes(short, text_of(span)) else None


def _prefixes(short: str, name: str) -> bool:
    words = name.casefold().split()
    return all(len(w) >= MIN_PREFIX and any(n.startswith(w) for n in words) for w in short.casefold().split())


def clipped(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` with a word clipped: each of its words begins a word of the name, one of them
    cut short ("Cal Fire" of "California Department of Forestry and Fire Protection"; not "Los Angeles" of "Los
    Angeles County", nor "Ed Roe" of "Edward Roe")."""
    words = name.casefold().split()
    if len(words) <= len(short.split()):
        return False  # "Ed Roe" beside "Edward Roe": a nickname, not a short form
    cut = any(any(n.startswith(w) and n != w for n in words) and w not in words for w in short.casefold().split())
    return cut and _prefixes(short, name)


def spelt_within(acronym: str, word: str) -> bool:
    """Whether an acronym's letters come in order inside one long word, the first its first ("KMT" of
    "Kuomintang"; not "TMK").

    >>> spelt_within("KMT", "Kuomintang"), spelt_within("TMK", "Kuomintang"), spelt_within("KM", "Kim")
    (True, False, False)
    """
    letters = acronym.casefold()
    text = word.casefold()
    if len(letters) < MIN_SPELT_LENGTH or len(text) < 2 * len(letters) or text[0] != letters[0]:
        return False
    at = 0
    for letter in letters:
        at = text.find(letter, at) + 1
        if not at:
            return False
    return True
