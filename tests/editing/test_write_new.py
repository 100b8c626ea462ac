"""`write_new`: a complete file under a free name, or nothing at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from digest.store.writer import write_new


@pytest.fixture(params=["link", "no-hard-links"])
def links(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "no-hard-links":

        def refuse(*_: object, **__: object) -> None:
            raise PermissionError(1, "Operation not permitted")

        monkeypatch.setattr(os, "link", refuse)
    return str(request.param)


def test_writes_a_new_file(tmp_path: Path, links: str) -> None:
    write_new(tmp_path / "a.md", "text\n")
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "text\n"
    assert os.listdir(tmp_path) == ["a.md"]
    assert (tmp_path / "a.md").stat().st_mode & 0o777 == 0o644


def test_never_replaces_a_file(tmp_path: Path, links: str) -> None:
    (tmp_path / "a.md").write_text("mine\n", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_new(tmp_path / "a.md", "text\n")
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "mine\n"
    assert os.listdir(tmp_path) == ["a.md"]  # no temporary file left
