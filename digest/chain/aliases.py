"""Second names an article gives an entity in so many words: "Joko Widodo, widely known as Jokowi", "the Department
of Forestry and Fire Protection, or Cal Fire", and an acronym
of a one-word name made of its syllables' capitals ("the Kuomintang (KMT)").

Both become (short form, name) pairs beside the acronyms of `digest.chain.pairs.acronym_pairs`:
one entity, shown by its name.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from digest.chain.gazetteer import ascii_fold
from digest.chain.splits import text_of
from digest.chain.trimming import Evidence
from digest.text.tokens import Token

_KNOWN = frozenset({"known", "called", "nicknamed"})
_QUOTES = frozenset("\"“‘'")
_HOW = frozenset({"also", "widely", "better", "commonly", "popularly", "locally", "often", "simply"})
_FORMALLY = frozenset({"formally", "officially", "properly", "legally", "now", "still", "usually"})
MIN_SPELT_LENGTH = 2
MAX_SHORT_WORDS = 3
MIN_PREFIX = 3
"""A short form's words are three letters or more, each the start of a word of the name."""


def known_as(
    sentences: Sequence[list[Token]], spans: Sequence[Sequence[tuple[int, list[Token]]]], evidence: Evidence
) -> list[tuple[str, str]]:
    """(second name, name) for every "<Name>, [also|widely|...] known as <Second>": a name of two words or more
    (trimmed of its role), the second name of one or two words right after "as" (or its opening quote)."""
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
        if (called := _as_is_known(tokens, k + 1, at)) is not None:
            found.append((" ".join(t.text for t in called), span))  # "the Swiss ..., as ETH Zurich is formally known"
            continue
        k += 1 + (tokens[k + 1].text.casefold() in _HOW)
        if tokens[k].text.casefold() not in _KNOWN or tokens[k + 1].text.casefold() != "as":
            continue
        second = at.get(k + 2) or (at.get(k + 3) if tokens[k + 2].text in _QUOTES else None)  # 'known as "El Tío"'
        if second is not None and len(second) <= 2:
            found.append((" ".join(t.text for t in second), span))
    return found


def _as_is_known(tokens: list[Token], k: int, at: dict[int, list[Token]]) -> list[Token] | None:
    """The name in "as <Name> is [formally] known" from ``tokens[k]``, one to three words."""
    second = at.get(k + 1) if tokens[k].text.casefold() == "as" else None
    if second is None or len(second) > MAX_SHORT_WORDS:
        return None
    verb = k + 1 + len(second)
    how = verb + 1 + (verb + 1 < len(tokens) and tokens[verb + 1].text.casefold() in _HOW | _FORMALLY)
    if how >= len(tokens) or tokens[verb].text.casefold() not in {"is", "was"}:
        return None
    return second if tokens[how].text.casefold() in _KNOWN else None


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
    return short if _prefixes(short, text_of(span)) or syllabic(short, text_of(span)) else None


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


def syllabic(short: str, name: str) -> bool:
    """Whether a one-word short form is made of the starts of the name's words, in order, the first word's first
    and at least two of them ("Codelco" of "Corporación Nacional del Cobre", "Pemex" of "Petróleos Mexicanos").

    >>> syllabic("Codelco", "Corporación Nacional del Cobre"), syllabic("Cobre", "Corporación Nacional del Cobre")
    (True, False)
    >>> syllabic("Petrobras", "Petróleo Brasileiro")
    True
    """
    letters, words = ascii_fold(short).casefold(), ascii_fold(name).casefold().split()  # "Petrobras", "Petróleo"
    if " " in short or not letters.isalpha() or len(words) < 2 or letters[0] != words[0][0]:
        return False

    @functools.cache
    def split(at: int, word: int) -> int:  # the fewest words whose starts spell letters[at:], from words[word:]
        if at == len(letters):
            return 0
        best = len(words) + 1
        for k in range(word, len(words)):
            for end in range(at + 1, len(letters) + 1):
                if not words[k].startswith(letters[at:end]):
                    break
                best = min(best, 1 + split(end, k + 1))
            if at == 0:
                break  # the first letters are the first word's
        return best

    return 2 <= split(0, 0) <= len(words)


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
