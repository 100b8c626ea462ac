"""Frontmatter read without PyYAML (`yamlio._simple`) gives exactly what PyYAML gives, or declines."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.text import yamlio


def pyyaml(text: str) -> Any:
    return yaml.load(text, Loader=yamlio._Loader)


def same(a: Any, b: Any) -> bool:
    """Equal, and of the same types all the way down (``True == 1`` and dates are not text)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


KEYS = st.sampled_from(["title", "date", "tags", "summary", "yes", "on", "null", "x_1", "2024", "a b"])
VALUES = st.one_of(
    st.text(min_size=1, max_size=40),
    st.text(alphabet="abcABC yYnNoO:#-'\",[]{}&*!|>%@`~=<.0123456789\t\xa0’“", min_size=1, max_size=12),
    st.dates(min_value=dt.date(1000, 1, 1)),
    st.lists(st.text(min_size=1, max_size=20), min_size=1, max_size=4),
)


@settings(max_examples=1000, deadline=None)
@given(st.dictionaries(KEYS | st.text(min_size=1, max_size=8), VALUES, min_size=1, max_size=6))
def test_dumped_frontmatter_reads_as_pyyaml_reads_it(data: dict[str, Any]) -> None:
    text = yamlio.dump(data)
    simple = yamlio._simple(text)
    if simple is not None:
        assert same(simple, pyyaml(text))


PIECES = st.sampled_from(["title: ", "tags:", "  - ", "a", "é", " ", ":", "#", "'", "-", "\n", "2025-02-30", "no"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(PIECES))
def test_any_text_is_read_as_pyyaml_reads_it_or_declined(pieces: list[str]) -> None:
    text = "".join(pieces)
    simple = yamlio._simple(text)
    if simple is not None:
        assert same(simple, pyyaml(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title: Harbour vote\ndate: 2025-03-12\ntags:\n  - Porthallow Bay\n", True),
        ("date: 2025-02-30\n", True),  # an impossible date stays text, as yamlio keeps it
        ("title: 'Quoted: text'\n", False),
        ("featured: true\n", False),
        ("title: x\ntitle: y\n", False),  # PyYAML's loader reports the repeated key
        ("title: x # comment\n", False),
        ("title: x\n  nested: y\n", False),
    ],
)
def test_what_is_read_without_pyyaml(text: str, expected: bool) -> None:
    simple = yamlio._simple(text)
    assert (simple is not None) == expected
    if simple is not None:
        assert same(simple, yamlio.load(text))
