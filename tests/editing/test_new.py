"""``digest new``: a piece written by hand starts as a valid file, never over another one."""

from __future__ import annotations

import datetime as dt
import fcntl
import os
from pathlib import Path

import pytest

from digest.contract import articlefile
from digest.contract.validate import PLACEHOLDER, derived_id
from digest.store.collection import read_article
from tests.editing.conftest import ADDED, digest, review, write

NEW = Path("content/articles/harbour-town-votes-to-fund-a-seawall.md")
TITLE = "Harbour town votes to fund a seawall"


def new(*args: str) -> int:
    return digest("new", "--added", ADDED, *args)


def test_writes_a_valid_file_with_every_key_and_prints_its_path(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new(TITLE, "--topic", "Politics", "--topic", "health", "--date", "2025-03-12") == 0
    assert capsys.readouterr().out == f"{NEW}\n"
    text = NEW.read_text(encoding="utf-8")
    parsed = articlefile.parse(str(NEW), text, {"Politics", "Health"})
    assert parsed.article is not None
    assert [p.key for p in parsed.problems] == ["body"]  # the placeholder; id and added are written: no note
    assert list(parsed.meta) == ["title", "date", "added", "topics", "summary", "id"]
    assert parsed.meta["summary"] is None
    article = parsed.article
    assert (article.title, article.date, article.added) == (TITLE, dt.date(2025, 3, 12), dt.date(2026, 11, 28))
    assert article.topics == ("Politics", "Health")  # written as site_config writes it
    assert article.id == derived_id(f"articles/{NEW.name}")
    assert article.body.strip() == PLACEHOLDER
    assert not article.draft


def test_the_new_piece_passes_check_with_only_the_placeholder_warning(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new(TITLE) == 0
    capsys.readouterr()
    assert digest("check") == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{NEW}: body: warning: is still the placeholder {PLACEHOLDER!r} of 'digest new': "
        "write the article, or mark it draft",
        "1 article(s) checked: 0 error(s), 1 warning(s)",
    ]
    NEW.write_text(NEW.read_text(encoding="utf-8").replace(PLACEHOLDER, "The council voted on Monday."))
    assert digest("check") == 0
    assert capsys.readouterr().out.splitlines() == ["1 article(s) checked: 0 error(s), 0 warning(s)"]


def test_the_empty_summary_is_filled_from_the_body_on_the_site(project: Path) -> None:
    assert new(TITLE) == 0
    NEW.write_text(NEW.read_text(encoding="utf-8").replace(PLACEHOLDER, "The council voted on Monday to fund it."))
    parsed = read_article(NEW, str(NEW), src=f"articles/{NEW.name}")
    assert parsed.article is not None
    assert parsed.article.summary == "The council voted on Monday to fund it."


@pytest.mark.parametrize("existing", [NEW.name, NEW.name.upper().replace(".MD", ".md")])
def test_never_overwrites_a_file_of_that_name(project: Path, capsys: pytest.CaptureFixture[str], existing: str) -> None:
    path = write(project, existing, "my own words\n")
    assert new(TITLE) == 1
    err = capsys.readouterr().err
    assert f"{NEW}: file: " in err
    assert "not overwritten" in err
    assert path.read_text(encoding="utf-8") == "my own words\n"
    assert sorted(p.name for p in path.parent.iterdir()) == [existing]


def test_an_unknown_topic_gets_the_did_you_mean_line_and_no_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new(TITLE, "--topic", "Helth", "--topic", "Wolrd") == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{NEW}: topics: unknown topic 'Helth' (did you mean 'Health'?)",
        f"{NEW}: topics: unknown topic 'Wolrd' (did you mean 'World'?)",
    ]
    assert not NEW.exists()


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("!!!", "title: '!!!' has no letters or digits to name the file"),
        ("x" * 301, "title: is 301 characters long; at most 300 are allowed"),
    ],
)
def test_a_title_that_cannot_be_used_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str], title: str, message: str
) -> None:
    assert new(title) == 1
    assert message in capsys.readouterr().err
    assert list((project / "content" / "articles").iterdir()) == []


def test_a_malformed_date_is_a_usage_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        new(TITLE, "--date", "2025-3-7")
    assert exit_.value.code == 2
    assert "expected YYYY-MM-DD, got '2025-3-7'" in capsys.readouterr().err


def test_with_the_review_queue_on_a_new_piece_is_a_draft(project: Path) -> None:
    review(project)
    assert new(TITLE) == 0
    parsed = articlefile.parse(str(NEW), NEW.read_text(encoding="utf-8"))
    assert parsed.article is not None
    assert parsed.article.draft
    assert parsed.problems == ()  # a draft may keep the placeholder


def test_draft_flag(project: Path) -> None:
    assert new(TITLE, "--draft") == 0
    assert "\ndraft: true\n" in NEW.read_text(encoding="utf-8")


def test_an_id_another_file_already_carries_is_not_given_twice(project: Path) -> None:
    taken = derived_id(f"articles/{NEW.name}")  # the file was renamed and kept its id
    write(project, "renamed.md", f"---\ntitle: Old\ndate: 2025-01-01\nid: {taken}\n---\n\nText.\n")
    assert new(TITLE) == 0
    parsed = articlefile.parse(str(NEW), NEW.read_text(encoding="utf-8"))
    assert parsed.article is not None
    assert parsed.article.id not in {taken, ""}
    assert digest("check") == 0


def test_refused_while_a_convert_holds_the_content_folder(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lock = project / "content" / ".digest" / "lock"
    lock.parent.mkdir(parents=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        assert new(TITLE) == 1
    finally:
        os.close(fd)
    assert "already converting into this folder" in capsys.readouterr().err
    assert not NEW.exists()


@pytest.mark.parametrize(
    "title",
    ["no", "Yes: 'quoted' and \"double\" # not a comment", "- starts like a list", "1.10", "<script>x</script> & co"],
)
def test_any_headline_reads_back_exactly(project: Path, capsys: pytest.CaptureFixture[str], title: str) -> None:
    assert new(title) == 0
    path = Path(capsys.readouterr().out.strip())
    parsed = articlefile.parse(str(path), path.read_text(encoding="utf-8"))
    assert parsed.article is not None
    assert parsed.article.title == title


@pytest.mark.parametrize("title", ["two\nlines", "bell\x07"])
def test_a_headline_that_is_not_one_line_of_text_is_refused(project: Path, title: str) -> None:
    assert new(title) == 1
    assert list((project / "content" / "articles").iterdir()) == []
