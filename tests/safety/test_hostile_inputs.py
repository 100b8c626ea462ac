"""Every hostile input of `cases.py`: a clear message naming the file, and the rest of the run unharmed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.safety.cases import ALL_CASES, execute
from tests.safety.harness import Case


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: f"{c.command}-{c.id}")
def test_hostile_input_gets_a_clear_message_and_harms_nothing_else(case: Case, tmp_path: Path) -> None:
    result = execute(case, tmp_path / "project")
    assert result.status == case.status, result.out
    for fragment in case.expect:
        assert fragment in result.out, f"{fragment!r} not in:\n{result.out}"
    assert "internal error" not in result.out
    assert all(line.isprintable() for line in result.lines), "an outcome line carries control characters"
    if case.command == "convert":
        assert any(line.startswith("written") and "<- inbox/good.txt" in line for line in result.lines), result.out
    else:
        assert "article(s) checked" in result.lines[-1]
    if case.verify is not None:
        case.verify(tmp_path / "project", result.out)


@pytest.mark.parametrize("name", ["20-mb", "1-mb-line", "7-mb-text"])
def test_oversized_inputs_are_refused_quickly(name: str, tmp_path: Path) -> None:
    """Bounded time: refusals happen before the conversion chain sees the text (a loose, generous bound)."""
    (case,) = [c for c in ALL_CASES if c.id == name]
    start = time.perf_counter()
    execute(case, tmp_path / "project")
    assert time.perf_counter() - start < 30
