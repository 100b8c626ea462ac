"""``digest check --fix``: only the sure fixes, only those characters; comments, quoting, order and body stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.contract.fixes import fix_text
from digest.contract.validate import derived_id
from tests.editing.conftest import ADDED, digest, write
from tests.safety.harness import GOOD, GOOD_FILE

TOPICS = frozenset({"Health", "World", "Criminal Justice", "Politics"})
SRC = "articles/x.md"
ID = derived_id(SRC)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        pytest.param(
            "---\ntitle: T\ndate: 2025-3-7\n---\nBody\n",
            f"---\ntitle: T\ndate: 2025-03-07\nadded: 2025-03-07\nid: {ID}\n---\nBody\n",
            id="loose-date-then-added-and-id",
        ),
        pytest.param(
            "---\r\ntitle: T  # a comment\r\ndate: '2025/3/7'\r\ntopics: [health, \"world\"]\r\n---\r\nBody\r\n",
            "---\r\ntitle: T  # a comment\r\ndate: '2025-03-07'\r\nadded: 2025-03-07\r\n"
            f'topics: [Health, "World"]\r\nid: {ID}\r\n---\r\nBody\r\n',
            id="crlf-quotes-flow-list",
        ),
        pytest.param(
            "---\n# how we write\ntitle:   'Quoted title'\nadded: 2025-01-02\ntopics:\n  - criminal justice  # ours\n"
            '# the summary is the lead\nsummary: "S"\nnote: >\n  folded\n  text\n---\n\nBody\n',
            "---\n# how we write\ntitle:   'Quoted title'\nadded: 2025-01-02\ntopics:\n  - Criminal Justice  # ours\n"
            f'# the summary is the lead\nsummary: "S"\nid: {ID}\nnote: >\n  folded\n  text\n---\n\nBody\n',
            id="comments-odd-spacing-block-scalar",
        ),
        pytest.param(
            "---\ntitle: T\nadded:\nid:   # later\ndate: 2025-3-7\n---\nBody\n",
            f"---\ntitle: T\nadded: 2025-03-07\nid: {ID}   # later\ndate: 2025-03-07\n---\nBody\n",
            id="empty-values-filled-in-place",
        ),
        pytest.param(
            "---\ntitle: T\nid: ''\nadded: ~\ndate: 2025-03-07\n---\nBody\n",
            f"---\ntitle: T\nid: '{ID}'\nadded: 2025-03-07\ndate: 2025-03-07\n---\nBody\n",
            id="quoted-empty-and-tilde",
        ),
        pytest.param(
            "\ufeff---\n  title: T\n  date: 2025-03-07\n...\nBody\n",
            f"\ufeff---\n  title: T\n  date: 2025-03-07\n  added: 2025-03-07\n  id: {ID}\n...\nBody\n",
            id="bom-indented-dots",
        ),
        pytest.param(
            "---\ntopics: [Politics]\ndate: 2025-03-07\ntitle: Last\n---\nBody\n",
            f"---\ntopics: [Politics]\nid: {ID}\ndate: 2025-03-07\nadded: 2025-03-07\ntitle: Last\n---\nBody\n",
            id="editors-own-key-order-each-after-its-contract-neighbour",
        ),
        pytest.param(
            "---\ntitle: T\ndate: 2025-03-07\n---\ndate: 2025-3-7\ntopics: [health]\n---\n",
            f"---\ntitle: T\ndate: 2025-03-07\nadded: 2025-03-07\nid: {ID}\n---\n"
            "date: 2025-3-7\ntopics: [health]\n---\n",
            id="body-that-looks-like-frontmatter",
        ),
    ],
)
def test_fixes_change_only_their_characters(before: str, after: str) -> None:
    assert fix_text(before, SRC, TOPICS).text == after


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("---\ntitle: T\ndate: 2025-02-30\nid: x\n---\nBody\n", id="impossible-date"),
        pytest.param("---\ntitle: T\ndate: Monday\nid: x\n---\nBody\n", id="not-a-date"),
        pytest.param("---\ntitle: T\ndate: 2025-03-07 10:00\nid: x\n---\nBody\n", id="date-and-time"),
        pytest.param("---\ntitle: T\ndate: 7-3-2025\nid: x\n---\nBody\n", id="day-first"),
        pytest.param("---\ntitle: T\nadded: 2025-03-07\ntopics: [Helth]\nid: x\n---\nBody\n", id="misspelt-topic"),
        pytest.param("---\ntitle: T\nadded: 2025-03-07\ntopics: health\nid: x\n---\nBody\n", id="topic-not-a-list"),
        pytest.param("---\ntitle: T\nadded: 2025-03-07\nid: x\ntittle: y\n---\nBody\n", id="misspelt-key"),
        pytest.param("---\ntitle: T\nid: x\n---\nBody\n", id="no-date-to-take-added-from"),
        pytest.param("---\ntitle: T\ntitle: U\n---\nBody\n", id="key-twice"),
        pytest.param("---\ntitle: [unclosed\n---\nBody\n", id="broken-yaml"),
        pytest.param("No frontmatter\n", id="no-frontmatter"),
        pytest.param("---\ntitle: T\ndate: |\n  2025-3-7\nid: x\n---\nBody\n", id="block-scalar-date"),
    ],
)
def test_what_needs_judgment_is_left_alone(text: str) -> None:
    fixed = fix_text(text, SRC, TOPICS)
    assert fixed.text == text
    assert all(not c.made or c.key == "id" for c in fixed.changes)


def test_an_id_another_file_carries_is_not_written() -> None:
    text = "---\ntitle: T\nadded: 2025-03-07\n---\nBody\n"
    fixed = fix_text(text, SRC, TOPICS, {ID: "content/articles/y.md"})
    assert fixed.text == text
    assert [(c.key, c.made) for c in fixed.changes] == [("id", False)]
    assert "already the id of content/articles/y.md" in fixed.changes[0].message


def test_check_fix_prints_each_change_writes_and_then_checks(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(project, "x.md", "---\ntitle: T  # mine\ndate: 2025-3-7\ntopics: [health]\n---\n\nThe body.\n")
    other = write(project, "y.md", "---\ntitle: U\ndate: Monday\nid: y\n---\n\nOther body.\n")
    untouched = other.stat().st_mtime_ns
    assert digest("check", "--fix") == 1  # y.md's date needs a person
    out = capsys.readouterr().out.splitlines()
    assert out[:5] == [
        "content/articles/x.md: date: fixed: '2025-3-7' -> 2025-03-07",
        "content/articles/x.md: topics: fixed: 'health' -> 'Health'",
        "content/articles/x.md: added: fixed: wrote 2025-03-07 (the date)",
        f"content/articles/x.md: id: fixed: wrote {ID!r} (derived from the file name)",
        "4 fix(es) written in 1 file(s)",
    ]
    assert out[5:] == [
        "content/articles/y.md: date: expected YYYY-MM-DD, got 'Monday'",
        "2 article(s) checked: 1 error(s), 0 warning(s)",
    ]
    assert path.read_text(encoding="utf-8") == (
        f"---\ntitle: T  # mine\ndate: 2025-03-07\nadded: 2025-03-07\ntopics: [Health]\nid: {ID}\n---\n\nThe body.\n"
    )
    assert other.stat().st_mtime_ns == untouched
    assert sorted(p.name for p in path.parent.iterdir()) == ["x.md", "y.md"]  # no temporary file left
    assert digest("check", "--fix") == 1
    assert capsys.readouterr().out.splitlines()[0] == "0 fix(es) written in 0 file(s)"


def test_a_converted_article_fixed_by_check_counts_as_edited_and_keeps_the_fix(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "inbox" / "good.txt").write_text(GOOD, encoding="utf-8")
    assert digest("convert", "--added", ADDED) == 0
    article = project / GOOD_FILE
    text = article.read_text(encoding="utf-8")
    topic = text.split("topics:\n  - ")[1].split("\n")[0]
    article.write_text(text.replace(f"  - {topic}\n", f"  - {topic.lower()}\n"), encoding="utf-8")
    assert digest("check", "--fix") == 0
    assert article.read_text(encoding="utf-8") == text  # the wrong case was the only edit: back as converted
    article.write_text(text.replace("date: 2025-03-14", "date: 2025-3-15"), encoding="utf-8")
    assert digest("check", "--fix") == 0
    fixed = article.read_text(encoding="utf-8")
    assert "date: 2025-03-15\n" in fixed
    capsys.readouterr()
    assert digest("convert", "--added", ADDED) == 0
    assert "kept      content/articles/harbour-town-votes" in capsys.readouterr().out
    (project / "inbox" / "good.txt").write_text(GOOD.replace("two years.", "two years, she said."), encoding="utf-8")
    assert digest("convert", "--added", ADDED, "--update") == 0
    out = capsys.readouterr().out
    assert "merged with the editor's changes" in out
    assert "kept the editor's date" in out
    merged = article.read_text(encoding="utf-8")
    assert "date: 2025-03-15\n" in merged
    assert "two years, she said." in merged


def test_fixes_that_would_read_back_wrong_are_not_made(monkeypatch: pytest.MonkeyPatch) -> None:
    from digest.contract import fixes

    def broken(self: fixes._Planner, node: object, value: str) -> bool:
        self.edits.append(fixes._Edit(node.start_mark.index, node.end_mark.index, f"[{value}"))  # type: ignore[attr-defined]
        return True

    monkeypatch.setattr(fixes._Planner, "_replace", broken)
    text = "---\ntitle: T\ndate: 2025-3-7\nid: x\n---\nBody\n"
    fixed = fix_text(text, SRC, TOPICS)
    assert fixed.text == text
    assert [(c.key, c.made) for c in fixed.changes] == [("frontmatter", False)]
