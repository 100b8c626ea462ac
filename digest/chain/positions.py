"""Where a name sits in its sentence: opening it (or a quoted or bracketed clause, or after a dateline's dash),
before a currency, inside a prize's category, in a run of link texts, at a street corner.

An ordinal before a numbered unit is part of its name ("82nd Airborne Division", "the 5th Circuit").

These are the positional checks of `digest.chain.entities.Extractor`, one function each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise, takewhile

import pycountry

from digest.chain.wording import NUMBER_WORDS, PRIZES, STREETS
from digest.text.tokens import Token, initial

_CURRENCIES = frozenset({"dollar", "dollars", "cent", "cents", "pound", "pounds", "peso", "pesos", "yuan", "rupees"})

_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# fmt: off
_NUMBERED_UNITS = frozenset({
    "division", "circuit", "fleet", "brigade", "regiment", "battalion", "squadron", "army", "corps", "amendment",
    "airborne", "infantry", "cavalry", "marines", "armored", "armoured", "annual",
})
# fmt: on
"""Words of a name that an ordinal numbers: military units, courts of appeals, amendments, an annual event ("67th
Annual Grammy Awards"). Not a street or a district ("6th Avenue", "17th District": an address, a seat), nor a session
of one body ("the 116th Congress" is Congress)."""

_OPENING_QUOTES = frozenset({"“", '"', "‘", "("})
_QUOTES = frozenset({"“", "”", '"'})
"""Quotation marks and a bracket opening a clause."""
_CLAUSE = frozenset({"—", "–", "--", "-", ":"})
"""A dateline's dash (a spaced hyphen too: "LONDON (Reuters) - The ...") or colon."""


def nationality(tokens: list[Token], start: int) -> bool:
    """Whether the word at ``start`` is a country's three-letter code in brackets after a name, as results lists
    write an athlete's nation ("Ruth Chepngetich (KEN)"): no mention of the country."""
    word = tokens[start].text
    if len(word) != 3 or not word.isupper() or not 1 < start < len(tokens) - 1:
        return False
    bracketed = tokens[start - 1].text == "(" and tokens[start + 1].text == ")" and tokens[start - 2].capitalised
    return bracketed and pycountry.countries.get(alpha_3=word) is not None


_CITED_INITIALS = re.compile(r"[A-Z]{1,3}")


def cited(tokens: list[Token], start: int, span: Sequence[Token]) -> bool:
    """Whether the span is an author as a reference list cites one ("Nguyen HT, Caldwell R, et al."): a surname
    and its undotted initials, a comma or "et al." after them, at the list's start or after a comma."""
    if len(span) != 2 or not _CITED_INITIALS.fullmatch(span[1].text) or not span[0].capitalised:
        return False
    end = start + len(span)
    after = tokens[end].text if end < len(tokens) else ""
    before = tokens[start - 1].text if start > 0 else ":"
    return after in {",", ".", "et"} and before in {",", ":", ";", "("}


def currency(tokens: list[Token], end: int) -> bool:
    """Whether a name is a country's before its currency ("nine billion US dollars"): no mention of the country."""
    return end < len(tokens) and tokens[end].text.casefold() in _CURRENCIES


_MONEY_SIGNS = frozenset("$€£¥")


def amount(tokens: list[Token], start: int, span: list[Token]) -> bool:
    """Whether a span is a currency's code and an amount after a currency sign ("$US1,000", "$NZ200"): no name."""
    return start > 0 and tokens[start - 1].text in _MONEY_SIGNS and span[0].text[-1].isdigit()


_ARTICLES = frozenset({"The", "A", "An"})


def _after_dateline(tokens: list[Token], start: int) -> bool:
    """Whether a capital "The", "A" or "An", a plural or a number written out, at ``start`` follows a dateline's dash
    ("WASHINGTON (AP) — The Supreme Court ...", "TAIPEI - Voters in ...", "LAGOS — Three robbers ..."): no lower-case
    word before the dash, so it opens the sentence. Any word there would cost names that open the story ("KYOTO -
    Nintendo said ...")."""
    word = tokens[start].text
    plural = word.endswith("s") and not word.endswith("ss") and not tokens[start].capitals  # "TAIPEI - Voters in"
    plural = plural or word.casefold() in NUMBER_WORDS
    credit = start > 1 and tokens[start - 1].text == ")" and tokens[start - 2].capitals  # "Guwahati, Dec 5 (IANS) The"
    if start == 0 or not (word in _ARTICLES or plural) or (tokens[start - 1].text not in _CLAUSE and not credit):
        return False
    return not any(t.lower for t in tokens[: start - 1])


def opens(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the name at ``tokens[start:end]`` opens a sentence, or a quoted or bracketed clause ("“Put kids
    first,” they chanted", "(Originally $200)", "“Sadly, ...": a lower-case word, a price or a comma follows),
    where its capital says nothing; a quoted title stays, also opening a sentence ("“Oppenheimer” led")."""
    if _title_subject(tokens, start, end):
        return False
    if initial(tokens, start) or _after_dateline(tokens, start):
        return True
    quoted = start > 0 and tokens[start - 1].text in _OPENING_QUOTES and not tokens[start].capitals
    if not quoted or end >= len(tokens):
        return False
    comma = tokens[end].text == "," and tokens[start - 1].text in {"“", '"'}  # not a ‘title’ in single quotes
    whole = end - start > 1 and end + 1 < len(tokens) and tokens[end + 1].text in {"”", '"'}  # “The Long Field,”
    return (comma and not whole) or tokens[end].lower or tokens[end].text in {"$", "€", "£"}


def _title_subject(tokens: list[Token], start: int, end: int) -> bool:
    """A name quoted whole, the quote closed right after it and a lower-case word next: a title, not speech; or a
    comma next after a title in Title Case ("“The Boy and the Heron”, known in Japan as ...")."""
    if start == 0 or end + 1 >= len(tokens) or tokens[start - 1].text not in _QUOTES or tokens[end].text not in _QUOTES:
        return False
    return tokens[end + 1].lower or (tokens[end + 1].text == "," and any(t.lower for t in tokens[start:end]))


MAX_CATEGORY_GAP = 3


def category(tokens: list[Token], start: int, after: int) -> bool:
    """Whether the name at ``start`` is a prize's category, or continues the one ending at ``after`` over
    a few lower-case words ending in "a" or "an" ("Award for Best Actress in a Leading Role"): no name."""
    if start > 1 and tokens[start - 1].text == "for" and tokens[start - 2].text.casefold() in PRIZES:
        return True
    gap = tokens[after:start] if after >= 0 else []
    return 0 < len(gap) <= MAX_CATEGORY_GAP and all(t.lower for t in gap) and gap[-1].text in {"a", "an"}


MIN_BARS = 2


def link_run(tokens: list[Token]) -> range:
    """Where a run of link texts between bars sits in a sentence ("Hillicon Valley: A bill stalls | Senators call
    for ... | Facebook gets ..."): headlines inserted in the text, from the label before the first one's colon
    to the name opening the last one; their names are as little trusted as a heading's."""
    bars = [k for k, t in enumerate(tokens) if t.text == "|"]
    if len(bars) < MIN_BARS:
        return range(0)
    start = next((k for k in range(bars[0] - 1, -1, -1) if tokens[k].text == ":"), bars[0])
    while start > 0 and tokens[start - 1].capitalised:
        start -= 1
    return range(start, bars[-1] + 2)


"""Last words of a street's name; after a house number, any number ("1909 Jolinda Drive"), a street is an address."""


def corners(tokens: list[Token], spans: Sequence[tuple[int, list[Token]]]) -> frozenset[int]:
    """Starts of two streets joined by "and" ("near Seventh Street and Central Avenue"): a street corner, where
    something happened, is no tag."""
    found: set[int] = set()
    for (start, span), (after, other) in pairwise(spans):
        end = start + len(span)
        joined = after == end + 1 and tokens[end].text in {"and", "&"}
        if joined and street(span) and street(other):
            found.update((start, after))
    return frozenset(found)


def street(span: list[Token]) -> bool:
    """Whether a span names a street: its words before any lower-case one end in "Street", "Avenue"..."""
    words = list(takewhile(lambda t: not t.lower, span))
    return bool(words) and words[-1].text.casefold().rstrip(".") in STREETS  # "17th Street" starts at "Street"


def ordinal(tokens: list[Token], start: int, span: list[Token]) -> str | None:
    """The ordinal right before a name of a numbered unit ("82nd" before "Airborne Division"), else None."""
    if start == 0 or not _ORDINAL.fullmatch(before := tokens[start - 1].text):
        return None
    return before if any(t.text.casefold().rstrip(".") in _NUMBERED_UNITS for t in span) else None
