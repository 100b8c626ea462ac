"""A real ``mkdocs serve``: edits to an article's frontmatter and to site_config/ show up after the rebuild."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.site.helpers import article, make_project, tool_env, write_article

TIMEOUT = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_for(url: str, text: str, proc: subprocess.Popen[str]) -> str:
    """Poll ``url`` until its page contains ``text``; fail after `TIMEOUT` seconds."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        assert proc.poll() is None, "mkdocs serve stopped"
        page = fetch(url)
        if text in page:
            return page
        time.sleep(0.3)
    pytest.fail(f"{text!r} did not appear at {url} within {TIMEOUT} s")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str, subprocess.Popen[str]]]:
    project = make_project(
        tmp_path,
        [
            article("Harbour vote", "2025-03-12", topics=("Politics",), tags=("Porthallow Bay",)),
            article("Clinic rota", "2025-06-03", topics=("Health",)),
        ],
    )
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env=tool_env(base),
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_for(base, "Harbour vote", proc)
        yield project, base, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_frontmatter_edit_shows_on_topic_home_and_timeline(served: tuple[Path, str, subprocess.Popen[str]]) -> None:
    project, base, proc = served
    assert "Harbour vote" not in fetch(base + "topics/health/")
    edited = article(
        "Harbour vote",
        "2025-03-12",
        id="harbour-vote",
        topics=("Politics", "Health"),
        tags=("Porthallow Bay", "Ines Varga"),
        featured=True,
    )
    write_article(project, edited, "harbour-vote")
    health = wait_for(base + "topics/health/", "Harbour vote", proc)
    assert health.index("Clinic rota") < health.index("Harbour vote")  # newest first
    home = wait_for(base, "Featured", proc)
    assert home.index("Featured") < home.index("Harbour vote") < home.index("Latest")
    wait_for(base + "tags/", "Ines Varga", proc)
    timeline = fetch(base + "timeline/")
    assert "Health</a>" in timeline.split("Harbour vote", 1)[1].split("</li>", 1)[0]


def test_site_config_is_watched(served: tuple[Path, str, subprocess.Popen[str]]) -> None:
    project, base, proc = served
    topics = project / "site_config" / "topics.yml"
    text = topics.read_text(encoding="utf-8")
    old = "Medicine, public health, disease and health care."
    assert old in text
    topics.write_text(text.replace(old, "Hospitals, clinics and the people who staff them."), encoding="utf-8")
    wait_for(base + "topics/", "Hospitals, clinics and the people who staff them.", proc)
