"""The curation list: items with overrides, every problem with file and line, bad items never converted."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from digest.cli import main
from digest.contract import articlefile
from digest.readers import curation
from tests.conftest import ROOT, SEED
from tests.inputs.conftest import LocalServer, Route, fixture_bytes

TOPICS = frozenset({"Immigration", "Criminal Justice", "World", "Politics"})


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder (the working directory) with the real site_config and an empty inbox."""
    (tmp_path / "inbox").mkdir()
    os.symlink(ROOT / "site_config", tmp_path / "site_config")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def articles(project: Path) -> dict[str, articlefile.ParsedFile]:
    found = {}
    for path in sorted((project / "content" / "articles").glob("*.md")):
        found[path.name] = articlefile.parse(path.name, path.read_text(encoding="utf-8"))
    return found


def convert(*args: str) -> int:
    return main(["convert", "--added", "2026-11-28", *args])


def test_every_problem_is_reported_with_file_line_and_item(project: Path) -> None:
    (project / "inbox" / "a.txt").write_text("Title\n\nSome text.\n", encoding="utf-8")
    (project / "inbox" / "digest.yml").write_text(
        "items:\n"
        "  - input: inbox/a.txt\n"
        "    topics: [Immigration]\n"
        "  - input: inbox/missing.txt\n"
        "  - input: https://news.example/a\n"
        "    date: Monday\n"
        "    featured: maybe\n"
        "    colour: red\n"
        "  - just a string\n"
        "  - input: inbox/a.txt\n",
        encoding="utf-8",
    )
    listed = curation.load(project / "inbox" / "digest.yml", TOPICS)
    shown = (project / "inbox" / "digest.yml").as_posix()
    messages = [str(p).replace(shown, "inbox/digest.yml") for p in listed.problems]
    assert "inbox/digest.yml:4: items[1].input: no such file: 'inbox/missing.txt'" in messages[0]
    assert any(m.startswith("inbox/digest.yml:6: items[2].date: expected YYYY-MM-DD, got 'Monday'") for m in messages)
    assert any(m.startswith("inbox/digest.yml:7: items[2].featured:") for m in messages)
    assert any(m.startswith("inbox/digest.yml:8: items[2].colour: not an override key") for m in messages)
    assert any(m.startswith("inbox/digest.yml:9: items[3]: expected 'input: <path or URL>'") for m in messages)
    assert any(m.startswith("inbox/digest.yml:10: items[4]: 'inbox/a.txt' is already listed above") for m in messages)
    assert [item.input for item in listed.items] == ["inbox/a.txt"]
    assert listed.items[0].overrides.topics == ("Immigration",)
    assert curation.input_key("https://news.example/a") in listed.blocked


def test_a_yaml_error_names_the_line(project: Path) -> None:
    (project / "inbox" / "digest.yml").write_text("items:\n  - input: [unclosed\n", encoding="utf-8")
    (problem,) = curation.load(project / "inbox" / "digest.yml").problems
    assert problem.path.endswith("digest.yml:3") or problem.path.endswith("digest.yml:2")


def test_the_list_gives_a_file_its_overrides(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "inbox" / "seed.txt").write_bytes(SEED.read_bytes())
    (project / "inbox" / "digest.yml").write_text(
        "items:\n  - input: inbox/seed.txt\n    date: 2025-02-04\n    url: https://news.example/seed\n"
        "    topics: [Immigration]\n    featured: true\n    note: Chosen by the editor.\n",
        encoding="utf-8",
    )
    assert convert() == 0
    (parsed,) = articles(project).values()
    assert parsed.article is not None
    assert parsed.article.date == dt.date(2025, 2, 4)
    assert parsed.article.url == "https://news.example/seed"
    assert parsed.article.topics == ("Immigration",)
    assert parsed.article.featured is True
    assert parsed.article.note == "Chosen by the editor."
    assert "skipped   inbox/digest.yml" not in capsys.readouterr().out  # the list is not an input


def test_a_bad_item_is_not_converted_and_the_run_fails(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "inbox" / "seed.txt").write_bytes(SEED.read_bytes())
    (project / "inbox" / "other.txt").write_text("Other story\n\nA short story about the harbour.\n", "utf-8")
    (project / "inbox" / "digest.yml").write_text("items:\n  - input: inbox/seed.txt\n    date: Monday\n", "utf-8")
    assert convert() == 1
    out = capsys.readouterr().out
    assert "inbox/digest.yml:3: items[0].date: expected YYYY-MM-DD, got 'Monday'" in out
    assert "failed    inbox/seed.txt: not converted: " in out
    assert list(articles(project)) == ["other-story.md"]


def test_list_urls_are_fetched_with_their_overrides(
    project: Path, server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.routes["/wall"] = Route(fixture_bytes("sample-news-page.html"))
    server.routes["/feed.xml"] = Route(fixture_bytes("sample-rss.xml"), "application/rss+xml")
    (project / "inbox" / "digest.yml").write_text(
        f"items:\n  - input: {server.url('/wall')}\n    featured: true\n    topics: [Politics]\n"
        f"  - input: {server.url('/feed.xml')}\n",
        encoding="utf-8",
    )
    assert convert("inbox", server.url("/wall")) == 0
    out = capsys.readouterr().out
    assert server.hits == {"/wall": 1, "/feed.xml": 1}
    entry = f"{server.url('/feed.xml')}#hg-2025-0314-seawall"
    assert f"skipped   {entry}: same article as {server.url('/wall')} (same URL)" in out
    found = {p.article.title: p.article for p in articles(project).values() if p.article}
    wall = found["Port Ellery council votes to rebuild the sea wall"]
    assert wall.featured is True
    assert wall.topics == ("Politics",)
    assert wall.original == server.url("/wall")
    assert len(found) == 3


def test_title_date_or_url_overrides_on_a_feed_are_refused(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "inbox" / "feed.xml").write_bytes(fixture_bytes("sample-atom.xml"))
    (project / "inbox" / "digest.yml").write_text("items:\n  - input: inbox/feed.xml\n    date: 2025-01-01\n", "utf-8")
    assert convert() == 1
    assert "apply to one article only" in capsys.readouterr().out


def test_the_bundled_curation_list_is_valid() -> None:
    listed = curation.load(
        ROOT / "inbox" / "digest.yml", frozenset(["Immigration", "Criminal Justice", "World", "Politics"])
    )
    assert listed.problems == []
    assert any(item.input.endswith("000_485ba8381d172209.txt") for item in listed.items)


def test_a_url_that_fails_is_one_failed_line_and_the_rest_converts(
    project: Path, server: LocalServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.routes["/ok"] = Route(fixture_bytes("sample-brief-page.html"))
    assert convert(server.url("/gone"), server.url("/ok")) == 1
    out = capsys.readouterr().out
    assert f"failed    {server.url('/gone')}: HTTP 404 Not Found" in out
    assert out.strip().endswith("2 input(s): 1 written, 1 failed")
