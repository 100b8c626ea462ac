"""Shared helpers for the site tests: article factories, projects, a running ``mkdocs serve``, HTML projections.

Tests assert on projections of the built site (which pages, which titles, which
links in which order), never on whole pages.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from digest.contract.articlefile import render
from digest.contract.model import Article
from digest.store.collection import Entry

ROOT = Path(__file__).resolve().parents[2]
PROJECT_PARTS = ("mkdocs.yml", "hooks", "site_config")
ADDED = dt.date(2026, 11, 28)
SERVE_TIMEOUT = 60.0
"""Seconds a test waits for ``mkdocs serve`` to show a page or an edit."""


def article(title: str, day: str | None = None, **fields: object) -> Article:
    """A small valid article; ``day`` is the publication date (``None``: undated)."""
    values: dict[str, object] = {
        "title": title,
        "added": ADDED,
        "id": fields.pop("id", None) or title.lower().replace(" ", "-")[:60],
        "date": dt.date.fromisoformat(day) if day else None,
        "source": "Digest samples",
        "topics": ("Politics",),
        "summary": f"Summary of {title}.",
        "body": f"SAMPLE ARTICLE written for Digest's tests.\n\nBody of {title}.",
    }
    values.update(fields)
    return Article(**values)  # type: ignore[arg-type]


def entry(title: str, day: str | None = None, **fields: object) -> Entry:
    """An entry named after its title (``articles/<id>.md``)."""
    made = article(title, day, **fields)
    return Entry(f"articles/{made.id}.md", made)


def make_project(where: Path, articles: list[Article] | None = None, *, bundled: bool = False) -> Path:
    """A copy of the project's site setup in ``where`` with ``articles`` (or the bundled content)."""
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, where / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, where / part)
    folder = where / "content" / "articles"
    if bundled:
        shutil.copytree(ROOT / "content", where / "content")
    else:
        folder.mkdir(parents=True)
    for item in articles or []:
        write_article(where, item)
    return where


def write_article(project: Path, item: Article, name: str | None = None) -> Path:
    path = project / "content" / "articles" / f"{name or item.id}.md"
    path.write_text(render(item), encoding="utf-8")
    return path


def tool_env(site_url: str = "http://127.0.0.1:8000/") -> dict[str, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=site_url)
    env.pop("PYTHONPATH", None)
    return env


def mkdocs(project: Path, *args: str, site_url: str = "http://127.0.0.1:8000/") -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs <args>`` in ``project`` with this interpreter; output captured."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args],
        cwd=project,
        env=tool_env(site_url),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str:
    """The page at ``url``, or ``""`` while nothing is served there."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def poll(url: str, proc: subprocess.Popen[str], done: Callable[[str], bool], failure: str) -> str:
    """Fetch ``url`` until ``done(page)``; fail with ``failure`` after `SERVE_TIMEOUT` s or if ``proc`` stops."""
    deadline = time.monotonic() + SERVE_TIMEOUT
    while time.monotonic() < deadline:
        assert proc.poll() is None, "mkdocs serve stopped"
        page = fetch(url)
        if done(page):
            return page
        time.sleep(0.3)
    pytest.fail(f"{failure} within {SERVE_TIMEOUT} s")


def wait_for(url: str, text: str, proc: subprocess.Popen[str]) -> str:
    """Poll ``url`` until its page contains ``text``; fail after `SERVE_TIMEOUT` seconds."""
    return poll(url, proc, lambda page: text in page, f"{text!r} did not appear at {url}")


@contextlib.contextmanager
def mkdocs_serve(
    project: Path, flags: tuple[str, ...], log: Path, ready: str
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``mkdocs serve <flags>`` in ``project`` on a free port, its output in ``log``.

    Yields the site's address and the process once ``ready`` is on the home page; stops the server after.
    """
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", *flags, "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env=tool_env(base),
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            wait_for(base, ready, proc)
            yield base, proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@dataclass
class Projection:
    """What a test looks at in one HTML page."""

    title: str = ""
    h1: list[str] = field(default_factory=list)
    headings: list[tuple[str, str]] = field(default_factory=list)
    """(tag, text) of every h2-h4 in the content."""
    links: list[tuple[str, str]] = field(default_factory=list)
    """(href, text) of every link inside the content."""
    head_links: list[dict[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    """Every start tag name in the content (to look for injected elements)."""


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = Projection()
        self.depth = 0  # > 0 inside <article class="md-content__inner">
        self.stack: list[tuple[str, dict[str, str], list[str]]] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "link":
            self.out.head_links.append(values)
        if tag == "title":
            self.in_title = True
        if tag == "article" and "md-content__inner" in values.get("class", ""):
            self.depth = 1
        elif self.depth:
            self.out.tags.append(tag)
            if tag not in {"br", "img", "hr", "input", "meta", "link"}:
                self.depth += 1
        if self.depth and tag in {"a", "h1", "h2", "h3", "h4"}:
            self.stack.append((tag, values, []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.depth and tag not in {"br", "img", "hr", "input", "meta", "link"}:
            self.depth -= 1
        if self.stack and self.stack[-1][0] == tag:
            name, values, text = self.stack.pop()
            joined = " ".join("".join(text).split()).replace("¶", "").strip()
            if self.stack:
                self.stack[-1][2].append("".join(text))
            if name == "a" and "headerlink" not in values.get("class", ""):
                self.out.links.append((values.get("href", ""), joined))
            elif name == "h1":
                self.out.h1.append(joined)
            elif name in {"h2", "h3", "h4"}:
                self.out.headings.append((name, joined))

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.out.title += data
        if self.stack:
            self.stack[-1][2].append(data)


def project_html(path: Path) -> Projection:
    """The projection of one built page."""
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.out


def page_file(site: Path, url: str) -> Path:
    """The HTML file of a site-relative page URL (``topics/health/``)."""
    return site / url / "index.html" if not url.endswith(".html") else site / url


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {k: v or "" for k, v in attrs}))


def elements(html: str) -> list[tuple[str, dict[str, str]]]:
    """Every start tag of ``html`` with its attributes."""
    parser = _Elements()
    parser.feed(html)
    return parser.found


def assert_inert(html: str) -> None:
    """No script, no event-handler attribute, no javascript: link, no ``**b**`` made bold."""
    assert "<strong>b</strong>" not in html
    for tag, attrs in elements(html):
        assert tag not in {"script", "iframe", "img", "object", "embed"}, (tag, attrs)
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert not attrs.get("href", "").lower().startswith("javascript"), (tag, attrs)


def to_html(text: str) -> str:
    """``text`` rendered by Python-Markdown with the extensions the site enables."""
    return str(markdown.markdown(text, extensions=["attr_list", "admonition", "toc"]))
