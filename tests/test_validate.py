"""Frontmatter validation: exact types, every problem at once, file and key in each message."""

from __future__ import annotations

import pytest

from digest.contract import articlefile
from digest.problems import Severity

GOOD = "title: T\nadded: 2026-11-28\nid: abc\n"


def problems_of(extra: str, topics: frozenset[str] | None = frozenset({"World", "Politics"})) -> list[str]:
    overridden = {line.split(":")[0] for line in extra.splitlines()}
    good = "".join(f"{line}\n" for line in GOOD.splitlines() if line.split(":")[0] not in overridden)
    parsed = articlefile.parse("content/articles/x.md", f"---\n{good}{extra}---\nBody.\n", topics)
    return [str(p) for p in parsed.problems]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ("date: Monday\n", "content/articles/x.md: date: expected YYYY-MM-DD, got 'Monday'"),
        ("date: 2025-02-30\n", "date: not a real date: '2025-02-30'"),
        ("date: '2025-02-30'\n", "date: not a real date: '2025-02-30'"),
        ("date: 2025-02-04 10:00:00\n", "date: expected YYYY-MM-DD, got date and time"),
        ("source: no\n", "source: expected text, got boolean false (quote the word if you meant text)"),
        ("summary: 1.10\n", "summary: expected text, got number 1.1"),
        ("tags: Bukele\n", "tags: expected a list, got 'Bukele'"),
        ("tags: [Bukele, 3]\n", "tags: item 2: expected text, got number 3"),
        ("featured: 'yes'\n", "featured: expected true or false, got 'yes'"),
        ("topics: [Wolrd]\n", "topics: unknown topic 'Wolrd' (did you mean 'World'?)"),
        ("url: javascript:alert(1)\n", "url: expected an http(s) URL"),
        ("image: 'https://x.test/a\" onerror=\"x'\n", "image: URL contains characters that are not allowed"),
        ("lang: english\n", "lang: expected a language code"),
        ("id: ../../etc\n", "id: expected letters, digits"),
    ],
)
def test_wrong_values_are_named_with_file_key_expected_and_got(extra: str, expected: str) -> None:
    found = problems_of(extra)
    assert any(expected in p for p in found), found


def test_missing_required_keys_are_all_reported() -> None:
    parsed = articlefile.parse("a.md", "---\nsource: X\n---\nBody.\n")
    assert sorted(p.key for p in parsed.problems) == ["added", "id", "title"]


def test_unknown_key_is_a_warning_with_a_suggestion() -> None:
    parsed = articlefile.parse("a.md", f"---\n{GOOD}tittle: x\n---\nBody.\n")
    assert parsed.article is not None
    (problem,) = parsed.problems
    assert problem.severity is Severity.WARNING
    assert "did you mean 'title'?" in str(problem)


def test_every_problem_is_reported_not_just_the_first() -> None:
    found = problems_of("date: Monday\nsource: no\ntags: Bukele\nfeatured: 1\n")
    assert {p.split(": ")[1] for p in found} >= {"date", "source", "tags", "featured"}


def test_empty_body_is_an_error() -> None:
    parsed = articlefile.parse("a.md", f"---\n{GOOD}---\n\n")
    assert parsed.article is None
    assert "body" in str(parsed.problems[0])


def test_yaml_booleans_for_editor_flags_are_accepted() -> None:
    parsed = articlefile.parse("a.md", f"---\n{GOOD}featured: yes\ndraft: false\n---\nBody.\n")
    assert parsed.article is not None
    assert parsed.article.featured is True
