"""Article files: the contract's key order, round trips, and parse errors with file and key."""

from __future__ import annotations

import datetime as dt
import re

import frontmatter
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.contract import articlefile
from digest.contract.model import FIELDS, Article

ADDED = dt.date(2026, 11, 28)


def make(**changes: object) -> Article:
    base = Article(title="A title", added=ADDED, id="abc123", body="Body text.")
    return base.replace(**changes)


def test_render_orders_keys_as_the_contract_and_ends_with_one_newline() -> None:
    article = make(
        date=dt.date(2025, 2, 4),
        source="The Independent",
        via="Aggregator",
        url="https://example.com/a",
        authors=("Jane Roe",),
        topics=("World",),
        tags=("Nayib Bukele",),
        summary="S.",
        original="inbox/a.txt",
        featured=True,
        note="Checked.",
    )
    text = articlefile.render(article)
    keys = [line.split(":")[0] for line in text.split("---")[1].strip().splitlines() if not line.startswith(" ")]
    assert keys == [k for k in FIELDS if k not in {"lang", "image", "draft"}]
    assert text.startswith("---\n")
    assert text.endswith("Body text.\n")
    assert not text.endswith("\n\n")
    assert "date: 2025-02-04\n" in text


def test_empty_optional_keys_are_left_out() -> None:
    text = articlefile.render(make())
    assert "date:" not in text
    assert "featured" not in text
    assert "tags" not in text


def test_render_then_parse_gives_back_the_same_article() -> None:
    article = make(
        date=dt.date(2025, 2, 4), tags=("El Salvador", "CECOT"), topics=("World",), note="line one\nline two"
    )
    parsed = articlefile.parse("x.md", articlefile.render(article))
    assert parsed.problems == ()
    assert parsed.article == article.replace(body=parsed.article.body if parsed.article else "")
    assert parsed.article is not None
    assert parsed.article.body.strip() == "Body text."


YAML_TRAPS = [
    "Title: with colon",
    "# hash first",
    "'single' and \"double\" quotes",
    "---",
    "- leading dash",
    "!!python/object/apply:os.system ['echo pwned']",
    "&anchor value",
    "*alias",
    "yes",
    "no",
    "on",
    "1.10",
    "2025-02-04",
    "null",
    "~",
    "[not, a, list]",
    "{not: a map}",
    "@at",
    "`backtick`",
    "%percent",
    "| pipe",
    "> greater",
    "? question",
    "tab\there",
    "trailing space ",
    "émoji ✓ 漢字",
]


@pytest.mark.parametrize("title", YAML_TRAPS)
def test_yaml_special_titles_survive_a_round_trip(title: str) -> None:
    article = make(title=title.strip(), summary=title.strip(), tags=(title.strip(),))
    parsed = articlefile.parse("x.md", articlefile.render(article))
    assert parsed.article is not None, parsed.problems
    assert parsed.article.title == title.strip()
    assert parsed.article.tags == (title.strip(),)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=120).filter(str.strip))
def test_any_single_line_title_round_trips(title: str) -> None:
    title = " ".join(title.split())
    parsed = articlefile.parse("x.md", articlefile.render(make(title=title)))
    assert parsed.article is not None, parsed.problems
    assert parsed.article.title == title


def test_python_frontmatter_reads_our_files_the_same_way() -> None:
    article = make(title="Rubio: a deal", date=dt.date(2025, 2, 4), tags=("Marco Rubio",))
    post = frontmatter.loads(articlefile.render(article))
    assert post["title"] == "Rubio: a deal"
    assert post["date"] == dt.date(2025, 2, 4)
    assert post["tags"] == ["Marco Rubio"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no frontmatter here\n", "no frontmatter"),
        ("---\ntitle: [unclosed\n---\nbody\n", "frontmatter: line"),
        ("---\ntitle: x\n", "frontmatter must start"),
        ("---\n- a list\n---\nbody\n", "expected key: value pairs"),
        ("---\na: &x [1]\nb: *x\n---\nbody\n", "anchors"),
    ],
)
def test_unreadable_files_name_the_problem(text: str, message: str) -> None:
    parsed = articlefile.parse("content/articles/x.md", text)
    assert parsed.article is None
    assert any(message in str(p) for p in parsed.problems), parsed.problems
    assert all(str(p).startswith("content/articles/x.md: ") for p in parsed.problems)


def test_a_billion_laughs_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [{','.join(['*' + prev] * 9)}]")
    text = "---\ntitle: x\n" + "\n".join(lines) + "\n---\nbody\n"
    parsed = articlefile.parse("bomb.md", text)
    assert parsed.article is None
    assert "not allowed" in str(parsed.problems[0])


_MKDOCS_SHAPE = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
"""The frontmatter as first written: every character tried as the end (slow), kept to check the faster one."""
_CONTROL_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PIECES = ["---", "...", "-", ".", " ", "\t", "\r", "\n", "\r\n", "title: x", "é", "\x00", "\x1f", "\x7f", "\x85"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.sampled_from(["", "---\n", "--- \r\n"]))
def test_frontmatter_is_found_as_the_character_by_character_expression_finds_it(pieces: list[str], head: str) -> None:
    text = head + "".join(pieces)
    expected = _MKDOCS_SHAPE.match(text)
    found = articlefile._FRONTMATTER_RE.match(text)
    assert (found is None) == (expected is None)
    if found is not None and expected is not None:
        assert (found.group(1), found.end()) == (expected.group(1), expected.end())
    assert articlefile._has_control(text) == (_CONTROL_TEXT.search(text) is not None)
