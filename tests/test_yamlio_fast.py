"""The libyaml fast path of `digest.yamlio.load` reads exactly what the pure-Python loader reads."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from digest import yamlio


def reference(text: str) -> tuple[str, Any]:
    """What the pure-Python loader gives: ("ok", value) or ("error", message)."""
    try:
        return "ok", yaml.load(text, Loader=yamlio._NoAliasLoader)
    except (yaml.YAMLError, RecursionError) as exc:
        return "error", type(exc).__name__


def actual(text: str) -> tuple[str, Any]:
    try:
        return "ok", yamlio.load(text)
    except yamlio.YAMLProblem as exc:
        return "error", exc


CASES = [
    "title: A\ndate: 2025-02-04\nadded: 2026-11-28\n",
    "date: 2025-02-30\n",  # impossible date stays text
    "draft: no\nfeatured: yes\nversion: 1.10\n",
    "tags:\n  - A & B\n  - '*star*'\n",
    "summary: |\n  two\n  lines\n",
    "a: &x 1\nb: *x\n",  # aliases refused
    "a: &x 1\n",  # anchors refused
    "title: [unclosed\n",
    "title: 'quote\n",
    "key: value\n\tbad: tab\n",
    "when: 2025-02-04 10:00:00\n",
    "note: \u00e9\u2019\u201c\n",
    "- just\n- a list\n",
    "",
]


@pytest.mark.parametrize("text", CASES)
def test_fast_path_matches_the_reference(text: str) -> None:
    kind, value = reference(text)
    got_kind, got = actual(text)
    assert got_kind == kind
    if kind == "ok":
        assert got == value
        assert [type(v) for v in (got.values() if isinstance(got, dict) else [])] == [
            type(v) for v in (value.values() if isinstance(value, dict) else [])
        ]


def test_errors_carry_the_pure_python_message() -> None:
    with pytest.raises(yamlio.YAMLProblem) as info:
        yamlio.load("title: [unclosed\n")
    assert "expected ',' or ']'" in info.value.message
    with pytest.raises(yamlio.YAMLProblem, match="anchors"):
        yamlio.load("a: &x 1\nb: *x\n")


scalars = st.one_of(
    st.text(max_size=30),
    st.booleans(),
    st.integers(),
    st.dates(),
    st.none(),
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(min_size=1, max_size=10), st.one_of(scalars, st.lists(scalars, max_size=4)), max_size=6))
def test_round_trips_agree(data: dict[str, Any]) -> None:
    text = yaml.safe_dump(data, allow_unicode=True)
    assert actual(text) == reference(text)
