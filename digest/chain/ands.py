""" "And" inside a run of capitalised words: where it joins one name and where it stands between two (see
`digest.chain.spans`).

- two names: a body's name ends before "and", or a known place is named after it ("the Maritime Safety Authority
  and SA Police", "the Hamptons and Hudson Valley");
- one name: after "the", the words after "and" are no name by themselves, only common words ending in a place word
  ("the Utah Test and Training Range");
- one name: a body of two areas sharing their name, a place word on either side of "and" and only place and
  organisation words after it ("Limerick City and County Council");
- one name: a place known by a name holding "and" ("Newfoundland and Labrador", "Trinidad and Tobago");
- one name: a body of two places, one word each, the second a known place followed by an organisation word
  ("Avon and Somerset Police").
"""

from __future__ import annotations

from digest.chain.gazetteer import place_kind
from digest.config import EntityRules
from digest.text.tokens import Token

MIN_PARTS, MAX_PARTS = 2, 3
"""The capitalised words on a side of "and" that make a name with the other side."""


def between_two(span: list[Token], run: list[Token], rules: EntityRules) -> bool:
    """Whether "and" between ``span`` and the capitalised words ``run`` after it stands between two names."""
    return (
        not run or span[-1].text.casefold() in rules.org_words or place_kind(" ".join(t.text for t in run)) is not None
    )


def two_bodies(span: list[Token], run: list[Token], rules: EntityRules) -> bool:
    """Whether a body named "of" a known place ends ``span`` and a body's name of two words or more follows "and",
    opening or ending on an organisation word: two names ("the University of Washington and Stanford University",
    "the ACLU of Montana and Native American Rights Fund"); not one body's portfolio ("Department of Health and
    Human Services": no place before "and")."""
    org = rules.org_words
    return (
        len(run) >= MIN_PARTS
        and any(t.text == "of" for t in span)
        and place_kind(span[-1].text) is not None
        and (run[0].text.casefold() in org or run[-1].text.casefold() in org)
    )


def common_place(run: list[Token], rules: EntityRules, lower: frozenset[str]) -> bool:
    """Whether the capitalised words after "and" are no name by themselves: two or three organisation or place words,
    words the article writes in lower case or words in -ing, the last a place word ("Training Range")."""
    lowered = [t.text.casefold() for t in run]
    org, where = rules.org_words, rules.place_words
    common = all(w in org or w in where or w in lower or w.endswith("ing") for w in lowered)
    sized = MIN_PARTS <= len(run) <= MAX_PARTS
    return sized and lowered[-1] in where and common and not any(t.capitals for t in run)


def two_areas(span: list[Token], run: list[Token], rules: EntityRules) -> bool:
    """Whether a place word ends ``span`` and the words after "and" are a place word and organisation or place words
    ending in an organisation word: one body of two areas sharing their name ("Limerick City and County Council")."""
    if len(span) < MIN_PARTS or not MIN_PARTS <= len(run) <= MAX_PARTS:
        return False
    org, where = rules.org_words, rules.place_words
    lowered = [t.text.casefold() for t in run]
    ends = span[-1].text.casefold() in where and lowered[0] in where and lowered[-1] in org
    return ends and all(w in where or w in org for w in lowered)


def one_place(span: list[Token], run: list[Token]) -> bool:
    """Whether ``span``, "and" and the first words of ``run`` name one known place ("Bosnia and Herzegovina")."""
    head = " ".join(t.text for t in span)
    return any(place_kind(f"{head} and {' '.join(t.text for t in run[:k])}") for k in range(1, min(len(run), 3) + 1))


def two_places(span: list[Token], run: list[Token], rules: EntityRules) -> bool:
    """Whether ``span`` and the words after "and" are one word each before an organisation word, the second a known
    place: one body serving two places ("Avon and Somerset Police"; not "Georgetown and West Union", two towns)."""
    if len(span) != 1 or len(run) != MIN_PARTS or run[-1].text.casefold() not in rules.org_words:
        return False
    words = (span[0], run[0])
    plain = all(t.capitalised and not t.capitals for t in words)
    return plain and place_kind(run[0].text) is not None
