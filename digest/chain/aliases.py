"""Second names an article gives an entity in so many words: "Joko Widodo, widely known as Jokowi", and an acronym
of a one-word name made of its syllables' capitals ("the Kuomintang (KMT)").

Both become (short form, name) pairs beside the acronyms of `digest.chain.entities.Extractor._acronym_pairs`:
one entity, shown by its name.
"""

from __future__ import annotations

from collections.abc import Sequence

from digest.text.tokens import Token

_KNOWN = frozenset({"known", "called", "nicknamed"})
_HOW = frozenset({"also", "widely", "better", "commonly", "popularly", "locally", "often", "simply"})
MIN_SPELT_LENGTH = 2


def known_as(tokens: list[Token], spans: Sequence[tuple[int, list[Token]]]) -> list[tuple[str, str]]:
    """(second name, name) for every "<Name>, [also|widely|...] known as <Second>" in one sentence: a name of two
    words or more, the second name of one or two words right after "as"."""
    at = dict(spans)
    found: list[tuple[str, str]] = []
    for start, span in spans:
        k = start + len(span)
        if len(span) < 2 or k + 3 >= len(tokens) or tokens[k].text != ",":
            continue
        k += 1 + (tokens[k + 1].text.casefold() in _HOW)
        if tokens[k].text.casefold() not in _KNOWN or tokens[k + 1].text.casefold() != "as":
            continue
        second = at.get(k + 2)
        if second is not None and len(second) <= 2:
            found.append((" ".join(t.text for t in second), " ".join(t.text for t in span)))
    return found


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
