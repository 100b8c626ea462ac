"""The regex pre-checks never change a result: same matches, same literals found."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.text.prefilter import _ASCII_ALIKE, LiteralFinder, Screened, alternatives, required_literals

_TEXT = st.text(alphabet="abs ignup-:'\n", max_size=24)
_LITERALS = st.lists(st.sampled_from(["sign", "sign up", "up", "s", "ign", "a b", "nup", "sig", "-'", "ab", "abc"]))


@settings(max_examples=400, deadline=None)
@given(_LITERALS, _TEXT)
def test_finder_finds_exactly_the_literals_in_the_text(literals: list[str], text: str) -> None:
    assert LiteralFinder(literals).found(text) == {lit for lit in literals if lit in text}


_PATTERNS = [
    r"^\s*sign up\b|\bnewsletters?\b|(a|b)[^|)]{0,3}:",
    r"\bsubscri(be|ption)\b.*\b(our|us)\b|\b(log ?in|sign ?in) (now|here) to\b",
    r"[|(]up|^ab(?:c|\))|\(b\|a\)",
    r"^\s*(text )?ad(vert)?\s*:|\bcomments? (are|is) closed\b",
]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_PATTERNS), st.text(alphabet="abcdeginoprstuvwlhy |():\n", max_size=40))
def test_alternatives_match_exactly_when_the_pattern_does(source: str, text: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    parts = alternatives(pattern)
    assert len(parts) >= 2
    lowered = text.lower()
    by_parts = any((lits is None or any(lit in lowered for lit in lits)) and part.search(text) for lits, part in parts)
    assert by_parts == (pattern.search(text) is not None)


def test_patterns_that_cannot_be_split_are_used_whole() -> None:
    assert alternatives(re.compile(r"(a)|\1b")) == ()
    assert alternatives(re.compile(r"(?x) a | b")) == ()
    assert alternatives(re.compile(r"one (a|b) alternative")) == ()
    assert required_literals(r"\bwe (don't|do not) spam\b") == frozenset({" spam"})


_SCREENED = [
    *_PATTERNS,
    r"\b(?:photo(?:graph)?|image)s?\s+(?:by|from)\b|©|\bused under an? [\w -]{0,9}licen[cs]e\b",
    r"^\W*(?:(?:with )?reporting by|(?:editing|edited) by)\b|\bcontributed (?:to (?:this|the) report|reporting)\b",
]


@settings(max_examples=600, deadline=None)
@given(
    st.sampled_from(_SCREENED),
    st.text(alphabet="abcdegimnoprstuvwlhyBEIMPRSU |():©\n\u0130\u0131\u017f\u212a", max_size=40),
)
def test_screened_patterns_match_exactly_when_the_pattern_does(source: str, text: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    assert (Screened(pattern).search(text) is None) == (pattern.search(text) is None)


@settings(max_examples=600, deadline=None)
@given(
    st.sampled_from(_SCREENED),
    st.booleans(),
    st.lists(st.text(alphabet="abcdegimnoprstuvwlhyBEIMPRSU |():©\n\u0130\u0131\u017f\u212a", max_size=20), max_size=4),
)
def test_a_pattern_that_matches_a_paragraph_is_possible_in_the_joined_text(
    source: str, ignore_case: bool, paragraphs: list[str]
) -> None:
    """`Screened.possible` on a page's joined text never rules out a pattern that one of its paragraphs matches."""
    pattern = re.compile(source, re.IGNORECASE if ignore_case else 0)
    text = "\n".join(paragraphs)
    if any(pattern.search(p) for p in paragraphs):
        assert Screened(pattern).possible(text)
        assert Screened(pattern).possible(text, text.lower())


def test_screened_patterns_know_every_character_beyond_ascii_that_matches_an_ascii_one() -> None:
    """The exactness of `Screened` rests on `_ASCII_ALIKE` being complete for the running Python."""
    ascii_alike = re.compile("[\x00-\x7f]", re.IGNORECASE)
    found = {chr(c) for c in range(0x80, sys.maxunicode + 1) if ascii_alike.fullmatch(chr(c))}
    assert found == set(_ASCII_ALIKE)


def test_screening_skips_the_regex_only_without_a_literal() -> None:
    credit = Screened(re.compile(r"\bphotos? by\b|©", re.IGNORECASE))
    assert credit.literals == frozenset({"photo", "©"})
    assert credit.search("Dolls from Praia. PHOTO BY Ann Roe") is not None
    assert credit.search("Dolls from Praia. © Ann Roe") is not None
    assert credit.search("Dolls from Praia. \u017fomething photos by Ann Roe") is not None
    assert credit.search("Ann Roe said the photos were lost") is None
    assert Screened(re.compile(r"caf\u00e9|bar", re.IGNORECASE)).literals is None  # a cased letter beyond ASCII
