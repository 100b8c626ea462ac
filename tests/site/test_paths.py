"""Relative links between docs pages."""

from __future__ import annotations

import posixpath

import pytest

from digest.site.paths import is_article, link


@pytest.mark.parametrize(
    ("from_src", "to_src"),
    [
        ("index.md", "articles/a.md"),
        ("topics/health.md", "articles/a.md"),
        ("timeline/2025.md", "timeline/index.md"),
        ("a/b/c.md", "a/d/e.md"),
        ("a/b/c.md", "x.md"),
        ("x.md", "a/b/c.md"),
        ("articles/a.md", "articles/a.md"),
        ("a/b.md", "a/b/c.md"),
    ],
)
def test_link_agrees_with_relpath(from_src: str, to_src: str) -> None:
    assert link(from_src, to_src) == posixpath.relpath(to_src, posixpath.dirname(from_src) or ".")


def test_link_quotes_what_markdown_would_misread() -> None:
    assert link("index.md", "articles/a (b) [c].md") == "articles/a%20%28b%29%20%5Bc%5D.md"


@pytest.mark.parametrize(
    ("src", "expected"),
    [("articles/x.md", True), ("articles/sub/x.md", True), ("articles/x.png", False), ("topics/x.md", False)],
)
def test_is_article(src: str, expected: bool) -> None:
    assert is_article(src) is expected
