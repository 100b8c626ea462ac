"""Parallel conversion gives exactly the files a single process gives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from digest.cli import main
from digest.config import SiteConfig
from digest.parallel import MIN_PARALLEL, ReadFailure, Workers, convert_many
from digest.readers import read_input
from digest.readers.document import RawDocument
from digest.readers.plaintext import read_text
from tests.conftest import ADDED, ROOT

SAMPLES = sorted((ROOT / "tests" / "eval" / "heldout" / "samples").glob("heldout-*.txt"))


def _inbox(folder: Path, copies: int) -> None:
    """``copies`` distinct inputs: the samples numbered in title and text, without URL (ids come from the text)."""
    folder.mkdir()
    for n in range(copies):
        sample = SAMPLES[n % len(SAMPLES)]
        title, rest = sample.read_text(encoding="utf-8").split("\n", 1)
        rest = "\n".join(line for line in rest.split("\n") if not line.startswith("URL:")).rstrip()
        rest += f"\n\nThis is copy number {n} of an invented sample, made for a test.\n"
        (folder / f"{n:03d}-{sample.name}").write_text(f"{title} (copy {n})\n{rest}", encoding="utf-8")


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_parallel_and_serial_runs_write_identical_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    os.symlink(ROOT / "site_config", tmp_path / "site_config")
    monkeypatch.chdir(tmp_path)
    _inbox(tmp_path / "inbox", MIN_PARALLEL + 10)
    assert main(["convert", "--added", str(ADDED), "--jobs", "1", "--content", "serial", "--quiet"]) == 0
    assert main(["convert", "--added", str(ADDED), "--jobs", "2", "--content", "parallel", "--quiet"]) == 0
    serial, parallel = _tree(tmp_path / "serial"), _tree(tmp_path / "parallel")
    assert len([k for k in serial if k.endswith(".md")]) == MIN_PARALLEL + 10
    assert serial.keys() == parallel.keys()
    assert serial == parallel


def test_an_error_in_one_document_is_reported_and_the_others_convert(config: object) -> None:
    docs = [read_text(f"s{n}.txt", SAMPLES[n].read_bytes())[0] for n in range(3)]
    broken = docs[1].__class__(original="broken.txt", title="Broken", paragraphs=(None,))  # type: ignore[arg-type]
    items = [(docs[0], frozenset[str]()), (broken, frozenset[str]()), (docs[2], frozenset[str]())]
    results = list(convert_many(items, config, ADDED, jobs=1))  # type: ignore[arg-type]
    assert isinstance(results[1], str)
    assert "internal error" in results[1]
    assert not isinstance(results[0], str)
    assert not isinstance(results[2], str)


def _broken_reader(path: Path, topics: frozenset[str]) -> list[RawDocument]:
    if path.name == "bug.txt":
        raise RuntimeError("a reader's bug")
    return read_input(path, topics)


def test_reading_keeps_input_order_and_turns_failures_into_messages(config: SiteConfig, tmp_path: Path) -> None:
    for name in ("a.txt", "bug.txt", "c.txt"):
        (tmp_path / name).write_bytes(SAMPLES[0].read_bytes())
    paths = [tmp_path / "a.txt", tmp_path / "missing.txt", tmp_path / "bug.txt", tmp_path / "c.txt"]
    with Workers(config, ADDED, jobs=1) as workers:
        found = list(workers.read(_broken_reader, paths))
    assert [type(f).__name__ for f in found] == ["list", "ReadFailure", "ReadFailure", "list"]
    missing, bug = found[1], found[2]
    assert isinstance(missing, ReadFailure)
    assert missing.path.endswith("missing.txt")
    assert isinstance(bug, ReadFailure)
    assert bug.message.startswith("internal error (RuntimeError: a reader's bug)")
