"""Whether a sentence can stand in a dek: the guards `digest.chain.summarize` applies to each sentence.

A sentence is left out of a summary when it would read wrongly out of context:

- it opens with a dangling connective ("However", "For his part", "Also"), when it is not
  the article's first sentence (which can only point back to the headline);
- it opens with a pronoun, when it would be the summary's first sentence but is not
  the article's (`opens_with_pronoun`);
- it is a quote fragment (unbalanced quotation marks) or starts with a quote;
- it matches a boilerplate cue, has fewer than four words, or does not end like a
  sentence (a subheading, a line ending in a colon).

For an opening that is no lead, `good` is stricter: a statement, no price, no update
stamp, not the publication talking to its reader, nor a line to the reader (a greeting, a command, "you").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.chain.cues import first_cue
from digest.chain.gazetteer import function_words
from digest.chain.layout import ends_sentence
from digest.chain.nolead import PRICE, house_voice, stamp, to_reader
from digest.config import Cue
from digest.readers.document import straighten

MIN_WORDS = 4
MIN_GOOD_WORDS = MIN_WORDS
MIN_PRICED_FIRST_WORDS = 8
"""The article's first sentence may name a price when it is a sentence this long ("The best barrel we tested is
down to $49 this week, ..."): an offer's line is shorter, or no statement."""
CONNECTIVES = (
    "however",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "still",
    "also",
    "meanwhile",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "instead",
    "in addition",
    "additionally",
    "for his part",
    "for her part",
    "for their part",
    "for its part",
    "on the other hand",
    "in contrast",
    "by contrast",
    "as a result",
    "even so",
    "that said",
    "then",
    "thus",
    "therefore",
    "besides",
    "likewise",
    "similarly",
    "otherwise",
    "in turn",
    "at the same time",
    "in response",
    "separately",
    "this",
    "these",
    "those",
    "such",
    "indeed",
    "after all",
    "of course",
    "as well",
    "too",
    "again",
)
PRONOUNS = ("he", "she", "they", "it", "his", "her", "their", "its", "him", "them")
"""Pronouns that point back to someone named earlier ("I" and "we" do not: a column or a review may open so)."""
_CONNECTIVE_RE = re.compile(
    rf"^(?:(?:{'|'.join(re.escape(c) for c in CONNECTIVES)})\b|(?:earlier|later)\b(?! (?:this|last|that|in|on)\b))",
    re.IGNORECASE,
)
_PRONOUN_RE = re.compile(rf"^(?:{'|'.join(PRONOUNS)})\b", re.IGNORECASE)
_OPEN_QUOTES = "“‘\"'"
_STATEMENT_END = re.compile(r"\.[\"”’')\]]*$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")


def says_something(text: str) -> bool:
    """Whether a sentence has a word of its own besides names and small words: "From Maple & Main, this is The Long
    Table." (a show's sign-on) only names things.

    >>> says_something("From Maple & Main, this is The Long Table."), says_something("The board voted to rebuild.")
    (False, True)
    """
    small = function_words()
    return any(w not in small for w in _LOWER_WORD.findall(text))


def _balanced(text: str) -> bool:
    straight = straighten(text)
    return straight.count('"') % 2 == 0 and text.count("“") == text.count("”")


def fragment(text: str) -> bool:
    """A sentence starting in lower case: the rest of one cut off (a brand's small letter, "iPhone", is none)."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return first[:1].islower() and not any(c.isupper() for c in first)


def dangling(text: str) -> bool:
    return bool(_CONNECTIVE_RE.match(text))


def usable(text: str, cues: Sequence[Cue], *, first: bool = False) -> bool:
    """Whether a sentence can open or continue the summary; the article's ``first`` sentence points back to
    nothing but the headline, so a connective or a demonstrative there ("This comes after ...") is kept, and
    so is a quotation it opens with ("“We cannot wait,” the chair said as ..."), whole."""
    words = len(text.split())
    return (
        words >= MIN_WORDS
        and ends_sentence(text)
        and (first or text[:1] not in _OPEN_QUOTES)
        and _balanced(text)
        and (first or not dangling(text))
        and any(c.islower() for c in text)
        and first_cue(text, cues, edge=True) is None
    )


_PRESENTS = re.compile(r"\b(?:these|here) are\b", re.IGNORECASE)
"""A sentence presenting the items that follow it ("these are the best offers", "here are the deals")."""


def good(text: str, cues: Sequence[Cue], *, first: bool = False) -> bool:
    """A sentence fit to stand for an article whose opening is not a lead: a statement, no price,
    no update stamp ("Updated 7 days a week ..."), more than names (`says_something`), not the publication talking
    to its reader nor a line to the reader ("Refresh for the latest.", `digest.chain.nolead.to_reader`). The article's
    ``first`` sentence may open with a demonstrative or a pronoun ("These are the offers ..."): it points back
    to the headline only, and may be the publication talking to its reader when it presents what follows ("If your
    list is long, these are the deals we found ..."; not "We bring you the best offers every morning")."""
    return (
        len(text.split()) >= MIN_GOOD_WORDS
        and _STATEMENT_END.search(text.rstrip()) is not None
        and (not PRICE.search(text) or (first and len(text.split()) >= MIN_PRICED_FIRST_WORDS))
        and not stamp(text)
        and (not house_voice(text) or (first and _PRESENTS.search(text) is not None))
        and not to_reader(text)
        and says_something(text)
        and usable(text, cues, first=first)
        and (first or not opens_with_pronoun(text))
    )


def opens_with_pronoun(text: str) -> bool:
    """Whether the sentence opens with a pronoun that points back to someone named earlier."""
    return _PRONOUN_RE.match(text) is not None
