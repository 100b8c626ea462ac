"""Quoted titles inside a sentence ("‘Jewels after Jewels’", "“It Was Just an Accident,”"): where the span finder
of `digest.chain.spans` may run a name over its small words and its possessives."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from digest.chain.wording import YEAR
from digest.text.tokens import Token

_STRAIGHT_PAIR = re.compile(r"(?<![\w'‘’])'(?=\w)((?:[^'\n]|(?<=\w)'(?=\w)){1,150}?)(?<=[\w.,!?])'(?!\w)")
"""Straight single quotes around words ("the novel 'War and Peace' in"): one opening where no word ends, one closing
where none starts; apostrophes inside the words ("'Tolstoy's Legacy'") are neither."""
_OPENING = frozenset({"“", '"', "‘"})
_CLOSING = frozenset({"”", '"', "’"})


def curl_quotes(text: str) -> str:
    """Straight single quotes around words made the curly ones they stand for, so that a title in them is read as
    one in curly quotes is ("'War and Peace'" as "‘War and Peace’"); apostrophes and unpaired quotes ("the '90s",
    "the players' union") stay."""
    return _STRAIGHT_PAIR.sub(r"‘\1’", text) if "'" in text else text


def quoted_title(tokens: list[Token], start: int, i: int) -> bool:
    """Whether a possessive at ``i - 1`` is inside a quoted title of capitalised words ("“Dawson’s Creek”")."""
    if start == 0 or tokens[start - 1].text not in _OPENING:
        return False
    end = i
    while end < len(tokens) and tokens[end].capitalised:
        end += 1
    return end > i and end < len(tokens) and tokens[end].text in _CLOSING


_TITLE_SMALL = frozenset(
    {"a", "an", "the", "and", "or", "nor", "but", "of", "for", "to", "in", "on", "at", "by", "with", "from", "after"}
)
"""Small words a title in Title Case leaves in lower case."""
MAX_TITLE = 10
_INSIDE_CLOSE = frozenset({",", "."})
"""Punctuation American style writes inside a closing quote."""


def in_quoted_title(tokens: list[Token], start: int, i: int) -> bool:
    """Whether the small word at ``i`` is inside a quoted title in Title Case ("‘Jewels after Jewels’"): every
    word up to the closing quote capitalised or small, the last capitalised."""
    if start == 0 or tokens[start - 1].text not in _OPENING or tokens[i].text not in _TITLE_SMALL:
        return False
    for end in range(i + 1, min(start + MAX_TITLE, len(tokens))):
        token = tokens[end]
        if token.text in _OPENING | _CLOSING:
            last = tokens[end - 2] if tokens[end - 1].text in _INSIDE_CLOSE and end - 2 > i else tokens[end - 1]
            return last.capitalised  # "“It Was Just an Accident,”": a comma or a full stop inside the quotes
        if token.text in _INSIDE_CLOSE and end + 1 < len(tokens) and tokens[end + 1].text in _CLOSING:
            continue
        if YEAR.fullmatch(token.text) and end + 1 < len(tokens) and tokens[end + 1].text in _CLOSING:
            return tokens[end - 1].capitalised  # "“Planning and Development Act 2024”": a law's year
        if token.possessive and token.capitalised and tokens[start - 1].text == "‘":
            return True  # "‘Jewels after Jewels’": a plural's closing quote reads as its apostrophe
        if not token.word or not (token.capitalised or token.text in _TITLE_SMALL):
            return False
    return False


WORKS = frozenset({
    "film", "movie", "album", "novel", "book", "memoir", "series", "show", "sitcom", "drama", "miniseries", "song",
    "single", "play", "musical", "opera", "podcast", "game", "documentary", "sequel", "prequel", "biopic", "painting",
    "poem", "collection", "anthology", "comic", "manga", "anime", "EP", "mixtape", "record", "ballet", "franchise",
})  # fmt: skip
"""Nouns naming a kind of work: the Title Case run right after one is the work's title ("the film The Boy and the
Heron", "her debut novel The Ministry of Time")."""
ARTICLES = frozenset({"The", "A", "An"})
_CUED_SMALL = frozenset({"a", "an", "the", "and", "or", "of", "to"})
"""Small words a title written after its kind's noun may hold: not those that say where or how it was shown ("the
song Mr. Brightside at Wembley Stadium", "the series Ripley on Netflix", "the film Jaws in 1975")."""


def cued_title(tokens: list[Token], start: int, i: int) -> bool:
    """Whether the small word at ``i`` is inside a work's title written without quotes right after the noun for
    its kind ("the album The Rise and Fall of a Midwest Princess"): every word up to the end of the run capitalised
    or small, the last capitalised; "and" and "or" only in a title opening with an article ("The Boy and the
    Heron"; not "the film Barbie and Warner Bros.")."""
    if start == 0 or tokens[start - 1].text not in WORKS or tokens[i].text not in _CUED_SMALL:
        return False
    if tokens[i].text in {"and", "or"} and tokens[start].text not in ARTICLES:
        return False
    for end in range(i + 1, min(start + MAX_TITLE, len(tokens))):
        token = tokens[end]
        if token.capitalised:
            return True
        if not token.word or token.text not in _CUED_SMALL:
            return False
    return False


def quoted_titles(sentences: Sequence[Sequence[Token]]) -> Counter[str]:
    """Titles in quotes, casefolded, with how often each is quoted: two words or more between an opening and a
    closing quote, every one capitalised or a title's small word, the first and the last capitalised
    ("‘War and Peace’")."""
    found: Counter[str] = Counter()
    for tokens in sentences:
        for start, token in enumerate(tokens[:-1]):
            if token.text not in _OPENING:
                continue
            words: list[str] = []
            for inner in tokens[start + 1 : start + 1 + MAX_TITLE]:
                if inner.text in _CLOSING or inner.text in _INSIDE_CLOSE:
                    if len(words) > 1 and words[-1][:1].isupper():
                        found[" ".join(words).casefold()] += 1
                    break
                if not inner.word or not (inner.capitalised or (words and inner.text in _TITLE_SMALL)):
                    break
                words.append(inner.text)
                if inner.possessive and token.text == "‘":  # its closing quote read as an apostrophe ("Iron’")
                    if len(words) > 1:
                        found[" ".join(words).casefold()] += 1
                    break
    return found
