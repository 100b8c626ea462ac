"""A throwaway project for the editing commands: a copy of the real site_config, an empty content folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from digest.cli import main
from tests.conftest import ROOT

ADDED = "2026-11-28"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The working directory: ``site_config/`` (a copy, so a test may turn the review queue on) and ``content/``."""
    shutil.copytree(ROOT / "site_config", tmp_path / "site_config", ignore=shutil.ignore_patterns("overrides"))
    (tmp_path / "content" / "articles").mkdir(parents=True)
    (tmp_path / "inbox").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def review(project: Path, on: bool = True) -> None:
    """Turn the review queue on (or off) in the project's ``site_config/editing.yml``."""
    (project / "site_config" / "editing.yml").write_text(f"review: {str(on).lower()}\n", encoding="utf-8")


def digest(*args: str) -> int:
    return main(list(args))


def write(project: Path, name: str, text: str) -> Path:
    path = project / "content" / "articles" / name
    path.write_bytes(text.encode("utf-8"))
    return path
