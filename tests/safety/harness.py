"""Running ``digest`` in a throwaway project, as the tests and the report generator both do.

A project is a folder with the real ``site_config/`` (symlinked), an ``inbox/``
and a ``content/`` folder; commands run in-process with it as the working
directory, so messages name files as an editor would see them (``inbox/x.txt``).
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from digest.cli import main
from tests.conftest import ROOT

Setup = Callable[[Path], Sequence[str]]
"""Creates the case's files in a project; returns the command's arguments after ``convert``/``check``."""
Verify = Callable[[Path, str], None]
"""Extra assertions on the project and the command's output."""


@dataclass(frozen=True, slots=True)
class Case:
    """One hostile input: how to make it, what the command must answer."""

    id: str
    tried: str
    """What was tried, for the report."""
    setup: Setup
    status: int
    """Expected exit status."""
    expect: tuple[str, ...]
    """Fragments the output must contain (file names and messages)."""
    command: str = "convert"
    verify: Verify | None = None
    unreadable: str | None = None
    """A file made unreadable with chmod 000 (simulated when running as root)."""


ADDED = "2026-11-28"
GOOD_NAME = "good.txt"
GOOD = """Harbour town votes to rebuild its sea wall
Date: 2025-03-14
URL: https://news.example.org/harbour-wall

SAMPLE ARTICLE written for Digest's tests. The town council of Port Ellery voted on Tuesday to rebuild the sea wall.

Mayor Ada Quince said the work would start in the spring and last two years.
"""
GOOD_FILE = "content/articles/harbour-town-votes-to-rebuild-its-sea-wall.md"


def sample(title: str, *paragraphs: str) -> str:
    """A small plain-text input, marked as a sample, with ``title`` on its first line."""
    body = paragraphs or ("The council met on Tuesday and voted to repair the old bridge before winter.",)
    text = "\n\n".join(("SAMPLE ARTICLE written for Digest's tests.", *body))
    return f"{title}\n\n{text}\n"


def make_project(root: Path) -> Path:
    """Create an empty project under ``root`` and return it."""
    (root / "inbox").mkdir(parents=True)
    (root / "content" / "articles").mkdir(parents=True)
    os.symlink(ROOT / "site_config", root / "site_config")
    return root


@contextlib.contextmanager
def chdir(path: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


@dataclass(frozen=True, slots=True)
class Run:
    status: int
    out: str
    """stdout and stderr together, in that order."""

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


def run(project: Path, *args: str) -> Run:
    """``digest ARGS`` in ``project``; ``convert`` gets a fixed ``--added`` date."""
    argv = list(args)
    if argv and argv[0] == "convert":
        argv[1:1] = ["--added", ADDED]
    out, err = io.StringIO(), io.StringIO()
    with chdir(project), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    return Run(status, out.getvalue() + err.getvalue())
