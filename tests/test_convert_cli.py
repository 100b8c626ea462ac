"""`digest convert` end to end: outcomes, exit codes, idempotence, never overwriting an edit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from digest.cli import main
from digest.contract import articlefile
from tests.conftest import ROOT, SEED

STORY = """Harbour town votes to rebuild its sea wall
Date: 2025-03-14
URL: https://news.example.org/harbour-wall

SAMPLE ARTICLE written for Digest's tests. The town council of Port Ellery voted on Tuesday to rebuild the sea wall.

Mayor Ada Quince said the work would start in the spring and last two years.
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with the real site_config and an empty inbox, as the working directory."""
    (tmp_path / "inbox").mkdir()
    os.symlink(ROOT / "site_config", tmp_path / "site_config")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> int:
    return main(["convert", "--added", "2026-11-28", *args])


def articles(project: Path) -> dict[str, str]:
    folder = project / "content" / "articles"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))}


def test_converts_the_inbox_and_reports_each_input(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "inbox" / "seed.txt").write_bytes(SEED.read_bytes())
    (project / "inbox" / "harbour.txt").write_text(STORY, encoding="utf-8")
    assert run() == 0
    out = capsys.readouterr().out
    assert "written   content/articles/harbour-town-votes-to-rebuild-its-sea-wall.md  <- inbox/harbour.txt" in out
    assert "inbox/seed.txt: no publication date" in out
    assert out.strip().endswith("2 input(s): 2 written")
    files = articles(project)
    parsed = articlefile.parse("x", files["harbour-town-votes-to-rebuild-its-sea-wall.md"])
    assert parsed.article is not None
    assert str(parsed.article.date) == "2025-03-14"
    assert parsed.article.url == "https://news.example.org/harbour-wall"
    assert parsed.article.original == "inbox/harbour.txt"


def test_a_second_run_changes_no_byte(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "inbox" / "seed.txt").write_bytes(SEED.read_bytes())
    assert run() == 0
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (project / "content").rglob("*.md")}
    assert main(["convert", "--added", "2027-01-01"]) == 0
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (project / "content").rglob("*.md")}
    assert before == after
    assert "1 unchanged" in capsys.readouterr().out


def test_an_edited_article_is_never_overwritten(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "inbox" / "harbour.txt").write_text(STORY, encoding="utf-8")
    assert run() == 0
    (path,) = (project / "content" / "articles").glob("*.md")
    edited = path.read_text(encoding="utf-8").replace("title: Harbour", "title: Edited harbour")
    path.write_text(edited, encoding="utf-8")
    assert run() == 0
    assert path.read_text(encoding="utf-8") == edited
    assert "kept" in capsys.readouterr().out


def test_same_title_different_story_gets_a_suffix_not_an_overwrite(project: Path) -> None:
    (project / "inbox" / "a.txt").write_text(STORY, encoding="utf-8")
    other = STORY.replace("URL: https://news.example.org/harbour-wall\n", "").replace("two years", "three years")
    (project / "inbox" / "b.txt").write_text(other, "utf-8")
    assert run() == 0
    assert list(articles(project)) == [
        "harbour-town-votes-to-rebuild-its-sea-wall-2.md",
        "harbour-town-votes-to-rebuild-its-sea-wall.md",
    ]


def test_one_bad_input_fails_alone_and_the_exit_status_says_so(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "inbox" / "empty.txt").write_text("", encoding="utf-8")
    (project / "inbox" / "title-only.txt").write_text("Just a title\n", encoding="utf-8")
    (project / "inbox" / "harbour.txt").write_text(STORY, encoding="utf-8")
    (project / "inbox" / "notes.pdf").write_bytes(b"%PDF")
    assert run() == 1
    out = capsys.readouterr().out
    assert "failed    inbox/empty.txt: is empty (no text)" in out
    assert "failed    inbox/title-only.txt: has a title but no article text" in out
    assert "skipped   inbox/notes.pdf: unsupported file type .pdf" in out
    assert len(articles(project)) == 1


def test_the_same_article_twice_in_one_batch_is_written_once(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "inbox" / "a.txt").write_text(STORY, encoding="utf-8")
    (project / "inbox" / "b.txt").write_text(STORY, encoding="utf-8")
    assert run() == 0
    assert "skipped   inbox/b.txt: same article as inbox/a.txt" in capsys.readouterr().out
    assert len(articles(project)) == 1


def test_a_sidecar_gives_the_date_and_url(project: Path) -> None:
    (project / "inbox" / "seed.txt").write_bytes(SEED.read_bytes())
    (project / "inbox" / "seed.meta.yml").write_text(
        "date: 2025-02-04\nurl: https://www.independent.co.uk/news/world/americas/el-salvador\n"
        "topics: [Immigration]\nfeatured: true\n",
        encoding="utf-8",
    )
    assert run() == 0
    (text,) = articles(project).values()
    parsed = articlefile.parse("x", text)
    assert parsed.article is not None
    assert str(parsed.article.date) == "2025-02-04"
    assert parsed.article.topics == ("Immigration",)
    assert parsed.article.featured


def test_a_bad_sidecar_names_its_file_and_key(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "inbox" / "seed.txt").write_bytes(SEED.read_bytes())
    (project / "inbox" / "seed.meta.yml").write_text("date: Monday\ncolour: red\n", encoding="utf-8")
    assert run() == 1
    out = capsys.readouterr().out
    assert "inbox/seed.meta.yml: date: expected YYYY-MM-DD, got 'Monday'" in out
    assert "inbox/seed.meta.yml: colour: not an override key" in out


def test_usage_errors_exit_2(project: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["convert", "--added", "Monday"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_a_missing_path_fails_with_its_name(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("inbox/nope.txt") == 1
    assert "failed    inbox/nope.txt: no such file or folder" in capsys.readouterr().out


def test_check_reports_every_problem_and_exits_1(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = project / "content" / "articles"
    folder.mkdir(parents=True)
    (folder / "a.md").write_text("---\ntitle: A\nadded: 2026-11-28\nid: one\ndate: Monday\n---\nBody.\n", "utf-8")
    (folder / "b.md").write_text("---\ntitle: B\nadded: 2026-11-28\nid: one\n---\nBody.\n", "utf-8")
    (folder / "c.md").write_text("---\ntitle: C\nadded: 2026-11-28\nid: two\n---\nBody.\n", "utf-8")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "content/articles/a.md: date: expected YYYY-MM-DD, got 'Monday'" in out
    assert "3 article(s) checked: 1 error(s)" in out
    (folder / "a.md").unlink()
    assert main(["check"]) == 0
