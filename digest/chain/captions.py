"""Captions: a short line that describes a picture, usually ending in a photo credit."""

from __future__ import annotations

import re

from digest.chain.layout import reports, words
from digest.config import Boilerplate

_CREDIT_SUFFIXES = (
    re.compile(r"^(?P<caption>.*?)\s*\((?P<credit>[^()]{2,120})\)\s*$", re.DOTALL),  # "(AP Photo/Jane Doe)"
    re.compile(r"^(?P<caption>.*?)\s*\[(?P<credit>[^\[\]]{2,120})\]\s*$", re.DOTALL),  # "[BLUEWAVE ENTERTAINMENT]"
    re.compile(  # "... Photograph: Daniel Moore/The Standard", "... Courtesy of the Water Board"
        r"^(?P<caption>.*?)\s+(?P<credit>(?:(?:photo(?:graph)?s?|images?|pictures?|credit|supplied|illustration|video)"
        r"\s*:|courtesy(?: of)?)\s*[^.!?:]{2,80})$",
        re.DOTALL | re.IGNORECASE,
    ),
    re.compile(  # "... on Monday. Jane Roe / The Standard": a name and its outlet after the caption's sentence
        r"^(?P<caption>.*?[.!?])\s+(?P<credit>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} ?/ ?[A-Z][\w&.'’ -]{1,40})$",
        re.DOTALL,
    ),
)
CREDIT_ONLY = re.compile(r"^\s*\((?P<credit>[^()]{2,120})\)\s*$")
_STRONG_CREDIT = re.compile(r"\b(photo|photograph|image|picture|getty|courtesy|supplied|credit)\b|\w ?/ ?\w", re.I)
_TERMINAL = tuple(".!?:;\"'”’")
MAX_CAPTION_WORDS = 60
MAX_PUNCTUATED_CAPTION_WORDS = 40
MAX_CAPTION_ABOVE_CREDIT_WORDS = 25


def _is_shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def caption_of(text: str, rules: Boilerplate) -> str | None:
    """The caption text when ``text`` is a caption ending in a photo credit, else ``None``.

    The credit comes in parentheses, in brackets, after "Photo:"/"Image:"/"Courtesy of", or as a name and an
    outlet joined by a slash after the caption's sentence. A
    caption usually has no final full stop; one that has (agency style, "... on
    Thursday. (AP Photo/Jane Doe)") needs a credit that names a photo or a
    photographer and must be short.
    """
    if words(text) > MAX_CAPTION_WORDS:
        return None
    match = next((m for m in (p.match(text) for p in _credit_suffixes(text)) if m), None)
    if not match:
        return None
    caption, credit = match.group("caption").strip(), match.group("credit")
    if not caption or not (rules.credit.search(credit) or _is_shouting(credit)):
        return None
    if caption.endswith(_TERMINAL):
        strong = _STRONG_CREDIT.search(credit) and words(caption) <= MAX_PUNCTUATED_CAPTION_WORDS
        if not strong or _sentences(caption) > 1:
            return None
    return caption


_BREAK = re.compile(r"(\S+)\. (?=[A-Z])")
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,3}|(?:[A-Z]\.)*[A-Z]")
"""A word a full stop may end inside a sentence: "Nov.", "St.", "Dr.", "U.S."."""


def _sentences(caption: str) -> int:
    """How many sentences ``caption`` holds: a full stop before a capital ends one, unless it ends an
    abbreviation ("Millbrook, Nov. 4, 2019." is one; "... on Monday. Jane Roe ..." two).

    >>> _sentences("Residents wait in Millbrook, Nov. 4, 2019."), _sentences("Rain fell on Monday. Roads shut.")
    (1, 2)
    """
    breaks = [m for m in _BREAK.finditer(caption.rstrip(".")) if not _ABBREVIATION.fullmatch(m.group(1))]
    return len(breaks) + 1


def _credit_suffixes(text: str) -> list[re.Pattern[str]]:
    """The patterns of `_CREDIT_SUFFIXES` that can match ``text``, in order (a closing mark last, or a colon)."""
    last = text.rstrip()[-1:]
    parenthesis, bracket, named, slashed = _CREDIT_SUFFIXES
    possible = ((parenthesis, last == ")"), (bracket, last == "]"), (named, ":" in text or "ourtesy" in text))
    return [p for p, can in (*possible, (slashed, "/" in text)) if can]


def caption_like(text: str) -> bool:
    """A short line that could describe a picture: one sentence at most, and no reporting."""
    stripped = text.strip().rstrip(".")
    return (
        words(stripped) <= MAX_CAPTION_ABOVE_CREDIT_WORDS
        and ". " not in stripped
        and not stripped.endswith("?")
        and not reports(stripped)
    )
