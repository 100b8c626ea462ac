"""The review queue: conversions land as drafts, the preview shows them marked, the built site leaves them out."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from digest.config import SiteConfig, load_config
from digest.problems import ProblemsError
from digest.site import article as article_header
from digest.site.listing import DRAFT
from digest.site.pages import build_pages
from tests.editing.conftest import ADDED, digest, review, write
from tests.safety.harness import GOOD, GOOD_FILE
from tests.site.helpers import (
    article,
    entry,
    fetch,
    make_project,
    mkdocs,
    mkdocs_serve,
    poll,
    wait_for,
    write_article,
)


def convert(*args: str) -> int:
    return digest("convert", "--added", ADDED, *args)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("review: 'yes'\n", "site_config/editing.yml: review: expected true or false, got 'yes'"),
        ("reveiw: true\n", "site_config/editing.yml: reveiw: unknown key (did you mean 'review'?)"),
        ("- review\n", "site_config/editing.yml: file: expected key: value pairs at the top level, got a list"),
    ],
)
def test_the_setting_is_validated_like_the_rest_of_site_config(project: Path, text: str, message: str) -> None:
    (project / "site_config" / "editing.yml").write_text(text, encoding="utf-8")
    with pytest.raises(ProblemsError) as raised:
        load_config(project / "site_config")
    assert [str(p) for p in raised.value.problems] == [message]


def test_without_the_file_conversions_are_published(project: Path) -> None:
    (project / "site_config" / "editing.yml").unlink()
    assert load_config(project / "site_config").review is False
    review(project)
    assert load_config(project / "site_config").review is True


def test_new_conversions_land_as_drafts_and_stay_unchanged(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    review(project)
    (project / "inbox" / "good.txt").write_text(GOOD, encoding="utf-8")
    assert convert() == 0
    assert "draft, waiting for review" in capsys.readouterr().out
    text = (project / GOOD_FILE).read_text(encoding="utf-8")
    assert "\ndraft: true\n---\n" in text
    assert convert() == 0
    assert "unchanged" in capsys.readouterr().out
    assert (project / GOOD_FILE).read_text(encoding="utf-8") == text


def test_turning_the_queue_on_or_off_changes_no_existing_article(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "inbox" / "good.txt").write_text(GOOD, encoding="utf-8")
    assert convert() == 0
    published = (project / GOOD_FILE).read_text(encoding="utf-8")
    review(project)
    capsys.readouterr()
    assert convert("--update") == 0
    assert capsys.readouterr().out.startswith("unchanged")
    assert (project / GOOD_FILE).read_text(encoding="utf-8") == published


def test_publishing_is_deleting_the_draft_line_and_the_converter_keeps_it(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    review(project)
    (project / "inbox" / "good.txt").write_text(GOOD, encoding="utf-8")
    assert convert() == 0
    path = project / GOOD_FILE
    path.write_text(path.read_text(encoding="utf-8").replace("draft: true\n", ""), encoding="utf-8")
    capsys.readouterr()
    assert convert() == 0
    assert "kept      " in capsys.readouterr().out
    (project / "inbox" / "good.txt").write_text(GOOD.replace("two years.", "two years, she said."), encoding="utf-8")
    assert convert("--update") == 0
    text = path.read_text(encoding="utf-8")
    assert "two years, she said." in text
    assert "draft" not in text


def test_drafts_lists_the_queue_oldest_first_with_source_and_date(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def piece(name: str, head: str) -> None:
        write(project, name, f"---\n{head}draft: true\n---\n\nSAMPLE text of {name}.\n")

    piece("newest.md", "title: Newest\nadded: 2026-11-28\nsource: The Ledger\n")
    piece("old-b.md", "title: Bravo\ndate: 2025-02-01\nadded: 2026-11-01\nsource: The Ledger\nvia: Wire\n")
    piece("old-a.md", "title: alpha\ndate: 2025-02-01\nadded: 2026-11-01\n")
    piece("older.md", "title: Older\ndate: 2025-01-05\nadded: 2026-11-01\n")
    piece("odd-topic.md", "title: Odd topic\nadded: 2026-11-27\ntopics: [Nowhere]\n")
    write(project, "published.md", "---\ntitle: Out\nadded: 2026-10-01\n---\n\nSAMPLE text.\n")
    write(project, "broken.md", "---\ntitle: Broken\ndraft: maybe\n---\n\nSAMPLE text.\n")
    assert digest("drafts") == 1  # broken.md cannot be read
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "2026-11-01  content/articles/older.md  Older · source unknown · published 2025-01-05",
        "2026-11-01  content/articles/old-a.md  alpha · source unknown · published 2025-02-01",
        "2026-11-01  content/articles/old-b.md  Bravo · The Ledger via Wire · published 2025-02-01",
        "2026-11-27  content/articles/odd-topic.md  Odd topic · source unknown · publication date unknown",
        "2026-11-28  content/articles/newest.md  Newest · The Ledger · publication date unknown",
        "5 draft(s), oldest first; publish one by deleting its 'draft' line",
    ]
    assert "1 article file(s) have errors and are not listed; run 'digest check'" in captured.err


def test_listings_show_drafts_marked_only_when_asked(config: SiteConfig) -> None:
    items = [entry("Public", "2025-01-01"), entry("Waiting", "2025-01-02", draft=True, topics=("Health",))]
    built = {p.src: p.content for p in build_pages(items, config.topics, "Digest")}
    previewed = {p.src: p.content for p in build_pages(items, config.topics, "Digest", drafts=True)}
    assert "Waiting" not in "".join(built.values())
    assert "topics/health.md" not in built
    for src in ("index.md", "topics/health.md", "timeline/index.md"):
        block = previewed[src].split("Waiting", 1)[1]
        assert DRAFT in block.split("Public", 1)[0], src
        assert DRAFT not in previewed[src].split("Waiting", 1)[0], src


def test_a_drafts_page_says_it_is_a_draft() -> None:
    draft = article("Waiting", "2025-01-02", draft=True)
    assert article_header.header(draft, "articles/waiting.md", ()).startswith(article_header.DRAFT_NOTICE)
    assert "Draft" not in article_header.header(article("Public", "2025-01-02"), "articles/public.md", ())


@pytest.fixture
def served_drafts(tmp_path: Path) -> Iterator[tuple[Path, str, subprocess.Popen[str]]]:
    project = make_project(
        tmp_path, [article("Public note", "2025-01-01"), article("Waiting piece", "2025-01-02", draft=True)]
    )
    with mkdocs_serve(project, ("--dirty",), tmp_path / "serve.log", "Public note") as (base, proc):
        yield project, base, proc


def test_make_serve_shows_drafts_marked_and_the_build_leaves_them_out(
    served_drafts: tuple[Path, str, subprocess.Popen[str]],
) -> None:
    project, base, proc = served_drafts
    home = content(wait_for(base, "Waiting piece", proc))
    assert "<strong>Draft</strong>" in home.split("Waiting piece", 1)[1].split("Public note", 1)[0]
    assert "<strong>Draft</strong>" not in home.split("Public note", 1)[1]
    assert 'class="admonition-title">Draft</p>' in fetch(base + "articles/waiting-piece/")
    built = mkdocs(project, "build", "--strict", "-d", str(project / "built"))
    assert built.returncode == 0, built.stderr
    assert not (project / "built" / "articles" / "waiting-piece").exists()
    assert "Waiting piece" not in (project / "built" / "index.html").read_text(encoding="utf-8")
    write_article(project, article("Waiting piece", "2025-01-02"))  # published: its draft line deleted
    assert "Waiting piece" in content(wait_until_gone(base, "<strong>Draft</strong>", proc))
    assert "admonition-title" not in fetch(base + "articles/waiting-piece/")


def content(page: str) -> str:
    """The page's content, after the navigation and the table of contents."""
    return page.split('class="md-content__inner', 1)[1]


def wait_until_gone(url: str, text: str, proc: subprocess.Popen[str]) -> str:
    """Poll ``url`` until ``text`` is gone from it (the rebuild after an edit)."""
    return poll(url, proc, lambda page: bool(page) and text not in page, f"{text!r} stayed at {url}")
