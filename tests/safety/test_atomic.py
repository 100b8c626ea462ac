"""Writes are atomic and one content folder has one writer: SIGKILL mid-batch, two real processes at once."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from digest.store import lock, writer
from digest.store.collection import article_files, load_articles, read_article
from tests.safety.harness import ADDED, make_project, run, sample

WORDS = [
    "council",
    "harbour",
    "bridge",
    "mayor",
    "ferry",
    "market",
    "library",
    "school",
    "river",
    "storm",
    "budget",
    "vote",
    "museum",
    "park",
    "road",
    "station",
    "bakery",
    "clinic",
    "festival",
    "tram",
    "garden",
    "tower",
    "square",
    "museum",
    "port",
    "hill",
    "valley",
    "coast",
]


def make_batch(project: Path, count: int) -> None:
    """``count`` small, distinct sample inputs in the inbox."""
    rng = random.Random(count)
    for i in range(count):
        words = " ".join(rng.choice(WORDS) for _ in range(24))
        text = sample(f"Sample story {i} about the {rng.choice(WORDS)}", f"The {words} were discussed on day {i}.")
        (project / "inbox" / f"s{i:05d}.txt").write_text(text, encoding="utf-8")


def start(project: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "digest", "convert", "--added", ADDED, "--quiet"]
    return subprocess.Popen(command, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, f"the batch ended too early: {process.communicate()}"
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.005)


def articles_written(project: Path) -> int:
    return sum(1 for name in os.listdir(project / "content" / "articles") if name.endswith(".md"))


def test_sigkill_mid_batch_leaves_every_article_complete_or_absent(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    make_batch(project, 2500)
    process = start(project)
    wait_for(lambda: articles_written(project) >= 150, process)
    process.send_signal(signal.SIGKILL)
    process.communicate()
    assert process.returncode == -signal.SIGKILL

    content = project / "content"
    names = os.listdir(content / "articles")
    visible = [n for n in names if not n.startswith(".")]
    assert 150 <= len(visible) < 2500, len(visible)  # killed in the middle of the batch
    assert all(n.endswith(".md") for n in visible)
    assert all(n.endswith(".tmp") for n in names if n.startswith("."))  # temporaries are hidden
    for path in article_files(content):
        parsed = read_article(path, path.name)
        assert parsed.article is not None, (path.name, parsed.problems)
        assert not parsed.problems, (path.name, parsed.problems)
    for path in (content / ".digest" / "articles").glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["format"] == 1
    assert load_articles(content)[1] == []

    (project / "empty").mkdir()
    assert run(project, "convert", "empty").status == 0  # the lock died with its holder
    assert not list(content.rglob(".*.tmp")), "temporaries of the killed run were not cleaned"


def test_a_second_convert_on_the_same_folder_is_refused_while_one_runs(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    make_batch(project, 1000)
    first = start(project)
    wait_for(lambda: articles_written(project) >= 1, first)
    second = start(project)
    out, err = second.communicate(timeout=60)
    assert second.returncode == 1, (out, err)
    assert f"content: process {first.pid} (python" in err
    assert "is already converting into this folder" in err
    out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert out.strip().endswith("1000 input(s): 1000 written")
    assert articles_written(project) == 1000
    assert load_articles(project / "content")[1] == []


def test_the_lock_refuses_a_second_holder_and_is_released_after(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    (project / "inbox" / "a.txt").write_text(sample("A story"), encoding="utf-8")
    with lock.hold(project / "content"):
        result = run(project, "convert")
        assert result.status == 1
        assert "content: another process is already converting into this folder" in result.out
        assert articles_written(project) == 0
    assert run(project, "convert").status == 0
    assert (project / "content" / ".digest" / "lock").read_bytes() == b""  # taking the lock writes nothing


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.md"
    target.write_text("old\n", encoding="utf-8")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space left"):
        writer.write_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert os.listdir(tmp_path) == ["a.md"]


def test_written_files_are_readable_by_others(tmp_path: Path) -> None:
    writer.write_atomic(tmp_path / "a.md", "text\n")
    assert (tmp_path / "a.md").stat().st_mode & 0o777 == writer.FILE_MODE


def test_stale_temporaries_are_removed_only_under_the_lock(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    stale = content / "articles" / ".a.md.x1y2.tmp"
    stale.write_text("half of a fil", encoding="utf-8")
    keep = content / "articles" / ".editor-notes.txt"
    keep.write_text("mine\n", encoding="utf-8")
    with lock.hold(content):
        assert not stale.exists()
    assert keep.exists()
