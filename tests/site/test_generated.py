"""Generated files never silently replace or shadow another file."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.site.generated import GeneratedFile, clashes, collisions


def shown_in_content(src: str) -> str:
    return f"content/{src}"


def test_no_collision() -> None:
    assert collisions([("topics/a.md", "topics/a/index.html", "the topic page")], [], shown_in_content) == []


def test_same_src_as_a_real_file_names_both() -> None:
    (message,) = collisions(
        [("topics/index.md", "topics/index.html", "the topics index")],
        [("topics/index.md", "topics/index.html")],
        shown_in_content,
    )
    assert message.startswith("content/topics/index.md: file: ")
    assert "the topics index" in message
    assert "topics/index.md" in message


def test_same_output_path_as_a_real_file() -> None:
    (message,) = collisions(
        [("topics/health.md", "topics/health/index.html", "the topic page of 'Health'")],
        [("topics/health/index.md", "topics/health/index.html")],
        shown_in_content,
    )
    assert message.startswith("content/topics/health/index.md: file: ")
    assert "the topic page of 'Health'" in message


def test_two_generated_files_at_one_address() -> None:
    (message,) = collisions(
        [
            ("topics/index.md", "topics/index.html", "the topics index"),
            ("topics/index.md", "topics/index.html", "the topic page of 'Index'"),
        ],
        [],
        shown_in_content,
    )
    assert "the topic page of 'Index'" in message
    assert "the topics index" in message


def test_clashes_name_a_real_file_as_the_working_directory_sees_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    new = [
        GeneratedFile("topics/index.md", "# Topics\n", "the topics index"),
        GeneratedFile("feed.xml", "<rss/>", "the RSS feed 'Digest'"),
    ]
    dests = ["topics/index.html", "feed.xml"]
    (message,) = clashes(new, dests, [("topics/index.md", "topics/index.html")], tmp_path / "content")
    assert message.startswith("content/topics/index.md: file: ")
    assert "the topics index" in message
    assert clashes(new, dests, [("about.md", "about/index.html")], tmp_path / "content") == []
