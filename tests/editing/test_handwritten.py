"""Hand-written pages need only what a person knows: a title and a date; the rest of the contract holds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digest.contract import articlefile
from digest.contract.validate import derived_id
from digest.problems import Severity
from digest.store.collection import load_articles, read_article
from tests.editing.conftest import digest, write
from tests.site.helpers import make_project, mkdocs, page_file, project_html

TOPICS = frozenset({"Politics", "Health"})
NOTE = """---
title: My own note
date: 2025-03-07
topics:
- Politics
---

The harbour council voted on Monday to fund a sea wall after a winter of floods. It will cost four million pounds.
"""


def parse(text: str, src: str | None = "articles/my-own-note.md") -> articlefile.ParsedFile:
    return articlefile.parse("content/articles/my-own-note.md", text, TOPICS, src=src)


def test_title_and_date_make_a_valid_article_with_added_and_id_filled_in() -> None:
    parsed = parse(NOTE)
    assert parsed.article is not None
    assert parsed.article.added == dt.date(2025, 3, 7)
    assert parsed.article.id == derived_id("articles/my-own-note.md")
    assert {(p.key, p.severity) for p in parsed.problems} == {("added", Severity.NOTE), ("id", Severity.NOTE)}
    (id_note,) = (str(p) for p in parsed.problems if p.key == "id")
    assert id_note.startswith(f"content/articles/my-own-note.md: id: note: not given; {parsed.article.id!r}")
    assert "--fix" in id_note


def test_added_alone_is_enough_and_gets_no_note() -> None:
    parsed = parse(NOTE.replace("date: 2025-03-07", "added: 2025-03-09\nid: my-note"))
    assert parsed.article is not None
    assert (parsed.article.date, parsed.article.added) == (None, dt.date(2025, 3, 9))
    assert parsed.problems == ()


def test_neither_date_nor_added_is_an_error_naming_both() -> None:
    parsed = parse(NOTE.replace("date: 2025-03-07\n", ""))
    assert parsed.article is None
    assert [str(p) for p in parsed.problems if p.severity.is_error()] == [
        "content/articles/my-own-note.md: added: is required when there is no 'date' "
        "(the day the article entered the digest, YYYY-MM-DD)"
    ]


def test_without_the_files_path_an_id_is_still_required() -> None:
    parsed = parse(NOTE, src=None)
    assert parsed.article is None
    errors = [str(p) for p in parsed.problems if p.severity.is_error()]
    assert errors == ["content/articles/my-own-note.md: id: is required"]


def test_the_derived_id_depends_on_the_path_alone() -> None:
    assert derived_id("articles/a.md") == derived_id("articles/a.md")
    assert len({derived_id("articles/a.md"), derived_id("articles/b.md"), derived_id("articles/x/a.md")}) == 3
    parsed = parse(NOTE, src="articles/a.md")
    assert parsed.article is not None
    assert parsed.article.id == derived_id("articles/a.md")


@pytest.mark.parametrize("summary", ["summary:", "summary: ''", 'summary: "  "', "summary: ~"])
def test_an_empty_summary_is_no_summary(summary: str) -> None:
    parsed = parse(NOTE.replace("---\n\n", f"{summary}\n---\n\n"))
    assert parsed.article is not None, parsed.problems
    assert parsed.article.summary == ""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("date: 2025-03-07", "date: Monday"), "date: expected YYYY-MM-DD, got 'Monday'"),
        (("- Politics", "- Helth"), "topics: unknown topic 'Helth' (did you mean 'Health'?)"),
        (("title: My own note", "title: no"), "title: expected text, got boolean false"),
        (("date: 2025-03-07", "date: 2025-03-07\nid: ../x"), "id: expected letters, digits"),
    ],
)
def test_every_other_rule_of_the_contract_stays(change: tuple[str, str], message: str) -> None:
    parsed = parse(NOTE.replace(*change))
    assert parsed.article is None
    assert any(message in str(p) for p in parsed.problems), parsed.problems


def test_the_site_makes_a_summary_from_the_first_sentences_without_writing_the_file(tmp_path: Path) -> None:
    body = (
        "## Why it matters\n\n"
        "The council voted on Monday to fund a [sea wall](https://example.org/wall) after the *floods*. "
        "It will cost four million pounds. Residents cheered.\n\n"
        "- a list item that is not prose.\n\n"
        "A second paragraph with a fourth sentence in it."
    )
    path = tmp_path / "content" / "articles" / "my-own-note.md"
    path.parent.mkdir(parents=True)
    text = NOTE.split("---\n\n", maxsplit=1)[0] + f"---\n\n{body}\n"
    path.write_text(text, encoding="utf-8")
    parsed = read_article(path, "my-own-note.md", TOPICS, src="articles/my-own-note.md")
    assert parsed.article is not None
    assert parsed.article.summary == (
        "The council voted on Monday to fund a sea wall after the floods. It will cost four million pounds. "
        "A second paragraph with a fourth sentence in it."
    )
    assert path.read_text(encoding="utf-8") == text
    entries, _ = load_articles(tmp_path / "content", TOPICS)
    assert entries[0].article.summary == parsed.article.summary


def test_a_written_summary_is_kept_as_written(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(NOTE.replace("---\n\n", "summary: Mine, not the lead.\n---\n\n"), encoding="utf-8")
    parsed = read_article(path, "a.md", TOPICS, src="articles/a.md")
    assert parsed.article is not None
    assert parsed.article.summary == "Mine, not the lead."


def test_check_reports_the_derived_id_as_a_note_and_passes(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project, "my-own-note.md", NOTE)
    assert digest("check") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "1 article(s) checked: 0 error(s), 0 warning(s), 2 note(s)"
    assert any(line.startswith("content/articles/my-own-note.md: id: note: ") for line in out)


def test_the_issues_page_builds_strictly_with_its_summary_on_the_home_page(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    (project / "content" / "articles" / "my-own-note.md").write_text(NOTE, encoding="utf-8")
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "The harbour council voted on Monday to fund a sea wall after a winter of floods." in home
    assert project_html(page_file(project / "site", "articles/my-own-note/")).h1 == ["My own note"]


def test_a_long_body_gives_the_summary_a_whole_render_gives() -> None:
    from digest.chain import summarize
    from digest.text.markdown import prose_paragraphs
    from digest.text.sentences import split_paragraphs

    filler = [f"Paragraph {n} of the story adds one more detail to the report." for n in range(80)]
    body = "\n\n".join(
        ["The council voted for the [sea wall][wall] on Monday.", "> A quote.", *filler, "[wall]: https://x.test/w"]
    )
    whole = summarize.summarize(split_paragraphs(prose_paragraphs(body)))
    assert summarize.from_markdown(body) == whole
    assert whole.startswith("The council voted for the sea wall on Monday. Paragraph 0")
