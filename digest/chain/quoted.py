"""Quoted titles inside a sentence ("‘Jewels after Jewels’", "“It Was Just an Accident,”"): where the span finder
of `digest.chain.spans` may run a name over its small words and its possessives."""

from __future__ import annotations

from digest.text.tokens import Token

_OPENING = frozenset({"“", '"', "‘"})
_CLOSING = frozenset({"”", '"', "’"})


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
        if token.possessive and token.capitalised and tokens[start - 1].text == "‘":
            return True  # "‘Jewels after Jewels’": a plural's closing quote reads as its apostrophe
        if not token.word or not (token.capitalised or token.text in _TITLE_SMALL):
            return False
    return False
