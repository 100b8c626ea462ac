"""Golden pairs for the converter's own output format (see tests/golden/README.md)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.contract import articlefile
from digest.readers.plaintext import read_text
from tests.conftest import ADDED

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*.txt"))


@pytest.mark.parametrize("source", CASES, ids=[c.stem for c in CASES])
def test_converted_file_matches_the_reviewed_golden_file(source: Path, config: SiteConfig) -> None:
    expected_path = source.with_suffix(".md")
    assert expected_path.exists(), f"missing golden file {expected_path.name}: review the output and add it"
    (doc,) = read_text(f"tests/golden/{source.name}", source.read_bytes())
    actual = articlefile.render(convert_document(doc, config, ADDED).article)
    expected = expected_path.read_text(encoding="utf-8")
    diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "expected", "actual"))
    assert actual == expected, diff
