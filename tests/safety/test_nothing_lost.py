"""Nothing an editor did is lost: re-runs change no byte, edits are kept, changed inputs wait for --update."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mkdocs.config import load_config as load_mkdocs_config
from mkdocs.structure.files import InclusionLevel, get_files

from digest.contract import articlefile
from digest.store.collection import load_articles
from tests.conftest import ROOT, SEED
from tests.safety.harness import GOOD, GOOD_FILE, make_project, run

EDITED_INPUT = GOOD.replace("Date: 2025-03-14", "Date: 2025-03-15").replace(
    "last two years.", "last two years, the mayor added on Wednesday."
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = make_project(tmp_path / "project")
    (project / "inbox" / "good.txt").write_text(GOOD, encoding="utf-8")
    assert run(project, "convert").status == 0
    return project


def snapshot(project: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under content/ (records included) with its bytes and modification time."""
    content = project / "content"
    return {
        p.relative_to(content).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in content.rglob("*")
        if p.is_file()
    }


def article(project: Path) -> Path:
    return project / GOOD_FILE


def edit(project: Path, old: str, new: str) -> str:
    text = article(project).read_text(encoding="utf-8")
    assert old in text, text
    text = text.replace(old, new)
    article(project).write_text(text, encoding="utf-8")
    return text


def record(project: Path) -> Path:
    (path,) = (project / "content" / ".digest" / "articles").glob("*.json")
    return path


def change_input(project: Path) -> None:
    (project / "inbox" / "good.txt").write_text(EDITED_INPUT, encoding="utf-8")


def test_a_rerun_changes_no_byte_in_content(project: Path) -> None:
    (project / "inbox" / "seed.txt").write_bytes(SEED.read_bytes())
    assert run(project, "convert").status == 0
    before = snapshot(project)
    for args in (("convert",), ("convert", "--update")):
        result = run(project, *args)
        assert result.status == 0
        assert result.lines[-1] == "2 input(s): 2 unchanged"
        assert snapshot(project) == before


def test_records_stay_out_of_the_site_and_out_of_the_articles(project: Path) -> None:
    data = json.loads(record(project).read_text(encoding="utf-8"))
    assert data["text"] == article(project).read_text(encoding="utf-8")
    assert data["path"] == "articles/harbour-town-votes-to-rebuild-its-sea-wall.md"
    mkdocs_config = load_mkdocs_config(str(ROOT / "mkdocs.yml"), docs_dir=str(project / "content"))
    files = {f.src_uri: f.inclusion for f in get_files(mkdocs_config)}
    hidden = {uri: level for uri, level in files.items() if uri.startswith(".digest/")}
    assert hidden, files
    assert set(hidden.values()) == {InclusionLevel.EXCLUDED}
    entries, problems = load_articles(project / "content")
    assert [e.src for e in entries] == ["articles/harbour-town-votes-to-rebuild-its-sea-wall.md"]
    assert problems == []


def test_an_edited_article_is_kept_even_with_update(project: Path) -> None:
    edited = edit(project, "title: Harbour town", "title: Seaside town")
    for args in (("convert",), ("convert", "--update")):
        result = run(project, *args)
        assert (
            "kept      content/articles/harbour-town-votes-to-rebuild-its-sea-wall.md  <- inbox/good.txt: "
            in result.out
        )
        assert "edited since conversion; not overwritten" in result.out
        assert article(project).read_text(encoding="utf-8") == edited


def test_a_changed_input_is_reported_and_written_only_with_update(project: Path) -> None:
    before = article(project).read_bytes()
    change_input(project)
    result = run(project, "convert")
    assert result.status == 0
    assert "outdated  content/articles/harbour-town-votes-to-rebuild-its-sea-wall.md  <- inbox/good.txt: " in result.out
    assert "input changed since conversion; run with --update to apply" in result.out
    assert article(project).read_bytes() == before
    result = run(project, "convert", "--update")
    assert "updated   content/articles/harbour-town-votes-to-rebuild-its-sea-wall.md" in result.out
    parsed = articlefile.parse("x.md", article(project).read_text(encoding="utf-8"))
    assert parsed.article is not None
    assert str(parsed.article.date) == "2025-03-15"
    assert "the mayor added on Wednesday" in parsed.article.body
    assert run(project, "convert").lines[-1] == "1 input(s): 1 unchanged"


def test_update_merges_key_by_key_keeping_the_editors_fields(project: Path) -> None:
    edit(project, "title: Harbour town", "title: Seaside town")
    edit(project, "\n---\n\n", "\nfeatured: true\nnote: Checked with the council.\nhide:\n  - toc\n---\n\n")
    change_input(project)
    result = run(project, "convert", "--update")
    assert "input changed since conversion; merged with the editor's changes; kept the editor's title" in result.out
    text = article(project).read_text(encoding="utf-8")
    parsed = articlefile.parse("x.md", text)
    assert parsed.article is not None
    assert parsed.article.title == "Seaside town votes to rebuild its sea wall"  # the editor's
    assert parsed.article.featured is True  # editor fields stay
    assert parsed.article.note == "Checked with the council."
    assert parsed.meta["hide"] == ["toc"]  # keys outside the contract stay
    assert str(parsed.article.date) == "2025-03-15"  # untouched by the editor: the new value
    assert "the mayor added on Wednesday" in parsed.article.body  # body untouched: the new text
    assert run(project, "convert", "--update").lines[-1] == "1 input(s): 1 kept"


def test_update_keeps_an_edited_body_and_says_so(project: Path) -> None:
    edit(project, "Mayor Ada Quince said", "Mayor Ada Quince (pictured) said")
    edit(project, "title: Harbour", "title: Harbour")  # no-op: only the body is edited
    change_input(project)
    result = run(project, "convert", "--update")
    assert "kept the editor's body (the new text of the input is not applied)" in result.out
    text = article(project).read_text(encoding="utf-8")
    assert "Mayor Ada Quince (pictured) said" in text
    assert "the mayor added on Wednesday" not in text
    assert "date: 2025-03-15" in text  # the frontmatter still takes the new date


def test_a_key_the_editor_removed_stays_removed(project: Path) -> None:
    text = article(project).read_text(encoding="utf-8")
    summary = next(line for line in text.splitlines() if line.startswith("summary:"))
    edit(project, summary + "\n", "")
    change_input(project)
    run(project, "convert", "--update")
    assert "summary:" not in article(project).read_text(encoding="utf-8")


def test_frontmatter_comments_block_a_merge(project: Path) -> None:
    edited = edit(project, "\n---\n\n", "\n# checked by the desk on Monday\n---\n\n")
    change_input(project)
    result = run(project, "convert", "--update")
    assert "frontmatter has comments ('#'), which a merge would drop; not overwritten" in result.out
    assert article(project).read_text(encoding="utf-8") == edited


def test_a_removed_article_is_not_recreated(project: Path) -> None:
    article(project).unlink()
    result = run(project, "convert")
    assert "skipped   content/articles/harbour-town-votes-to-rebuild-its-sea-wall.md  <- inbox/good.txt" in result.out
    assert "not recreated (delete content/.digest/articles/" in result.out
    assert not article(project).exists()
    record(project).unlink()
    assert "written   content/articles/harbour-town" in run(project, "convert").out


def test_without_a_record_a_differing_file_is_kept(project: Path) -> None:
    record(project).unlink()
    edited = edit(project, "title: Harbour town", "title: Seaside town")
    result = run(project, "convert", "--update")
    assert "there is no record of what was converted; not overwritten" in result.out
    assert article(project).read_text(encoding="utf-8") == edited


def test_a_lost_record_is_restored_when_the_file_is_unchanged(project: Path) -> None:
    saved = record(project).read_bytes()
    record(project).unlink()  # as if the run had died between writing the file and its record
    assert run(project, "convert").lines[-1] == "1 input(s): 1 unchanged"
    assert record(project).read_bytes() == saved


def test_a_different_conversion_of_the_same_input_is_told_apart(project: Path) -> None:
    """Same input, different output (site_config or Digest changed): reported as such, applied with --update."""
    for path in (article(project), record(project)):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("Port Ellery", "Port Elery"), encoding="utf-8")  # the old converter's output
    result = run(project, "convert")
    assert "converts differently than last time (site_config or Digest changed); run with --update" in result.out
    assert "updated" in run(project, "convert", "--update").out
    assert "Port Ellery" in article(project).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("\nid: ", "\nid: [", id="broken-frontmatter"),
        pytest.param("Mayor Ada Quince", "Mayor\x00Ada Quince", id="nul-in-body"),
    ],
)
def test_a_damaged_article_is_neither_overwritten_nor_duplicated(project: Path, old: str, new: str) -> None:
    damaged = edit(project, old, new)
    result = run(project, "convert", "--update")
    assert result.lines[-1] == "1 input(s): 1 kept", result.out
    assert article(project).read_text(encoding="utf-8") == damaged
    assert len(list((project / "content" / "articles").iterdir())) == 1
