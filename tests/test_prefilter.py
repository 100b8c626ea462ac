"""The regex pre-checks never change a result: same matches, same literals found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.text.prefilter import LiteralFinder, alternatives, required_literals

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
