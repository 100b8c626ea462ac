"""A body named by a list of its portfolios before its organisation word: "the Foreign, Commonwealth and
Development Office" is one name, found by `digest.chain.spans` as three spans ("Foreign", "Commonwealth",
"Development Office"), joined here (for `digest.chain.entities`), and nothing more.

The list follows "the" and is closed by "and" or "&" before a span of two words or more that ends in an organisation
word; each earlier part is one capitalised word and no acronym (the first may be two: "the National Heart, Lung, and
Blood Institute"), the first no place ("the Leeds, Bradford and
Harrogate Fire Service" lists places that each have a service; "Commonwealth", a town's name too, may follow).
The commas stay in the joined span, as in `digest.chain.joins`.
"""

from __future__ import annotations

from digest.chain.gazetteer import place_kind
from digest.chain.joins import Spans
from digest.text.tokens import Token

MAX_PARTS = 5
"""The most one-word parts before the last one."""
_CLOSING = frozenset({"and", "&"})


def listed_bodies(tokens: list[Token], spans: Spans, org_words: frozenset[str]) -> Spans:
    """The spans with "the <A>, <B> and <C> <Organisation>" joined into one."""
    out = list(spans)
    for k in range(len(out) - 1, -1, -1):
        start, span = out[k]
        opened = len(span) == 2 and span[0].text == "The"  # "The Foreign, ...": a sentence's first span holds "The"
        after_the = opened or (start > 0 and tokens[start - 1].text.casefold() == "the")
        first = span[1:] if opened else span
        if not after_the or not _opening_part(first) or place_kind(first[0].text) is not None:
            continue
        end, j = start + len(span), k + 1
        while j < len(out) and j - k <= MAX_PARTS and end < len(tokens) and tokens[end].text == ",":
            if out[j][0] != end + 1 or not _part(out[j][1]):
                break
            end, j = end + 2, j + 1
        if j >= len(out):
            continue
        last_start, last = out[j]
        if _closes(tokens, end, last_start, last, org_words, listed=j > k + 1):
            out[k : j + 1] = [(start, tokens[start : last_start + len(last)])]
    return out


def _closes(
    tokens: list[Token], end: int, start: int, last: list[Token], org_words: frozenset[str], *, listed: bool
) -> bool:
    """Whether the span ``last`` at ``start`` closes the list that ends at ``tokens[end]``: after "and" or "&" (a
    comma before it or not) when a comma ``listed`` a part before, or after a comma with the "&" inside it
    ("the Trade, Culture & Development Office": "Culture & Development Office" is one span)."""
    if len(last) < 2 or last[-1].text.casefold() not in org_words:
        return False
    comma = end < len(tokens) and tokens[end].text == ","
    gap = end + 1 if comma else end  # "the Foreign, Commonwealth, and Development Office"
    if listed and gap < len(tokens) and tokens[gap].text.casefold() in _CLOSING and start == gap + 1:
        return True
    return comma and start == end + 1 and len(last) >= 3 and _part(last[:1]) and last[1].text in _CLOSING


def _opening_part(span: list[Token]) -> bool:
    """The list's first part: one capitalised word, or two ("the National Heart, Lung, and Blood Institute"), no
    acronym."""
    return 1 <= len(span) <= 2 and all(t.capitalised and not t.capitals for t in span)


def _part(span: list[Token]) -> bool:
    """One capitalised word that is no acronym."""
    return len(span) == 1 and span[0].capitalised and not span[0].capitals
