"""Sample text is written here, not copied: no run of eight words in the code, tests or docs comes from a real
page kept for evaluation (the real set's marked bodies, the fresh and wikitune sets' texts).

A run that is a name (five or more of its eight words capitalised: "United Nations Educational, Scientific and
Cultural Organization") is a fact, not a copied sentence, and may appear.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from digest.readers.feed import read_feed

ROOT = Path(__file__).resolve().parent.parent
RUN = 8
NAME_CAPITALS = 5
_WORD = re.compile(r"[\w'’]+")
SCANNED = (
    "digest/**/*.py",
    "tests/**/*.py",
    "hooks/*.py",
    "benchmarks/*.py",
    "site_config/**/*.yml",
    "*.md",
    "inbox/**/*",
)
"""Where our own text lives (the evaluation sets' annotations quote their pages on purpose and are not scanned)."""


def _runs(text: str) -> dict[tuple[str, ...], bool]:
    """Every run of `RUN` words (lower case), and whether it is a name."""
    words = _WORD.findall(text)
    found: dict[tuple[str, ...], bool] = {}
    for i in range(len(words) - RUN + 1):
        run = words[i : i + RUN]
        found[tuple(w.lower() for w in run)] = sum(w[:1].isupper() for w in run) >= NAME_CAPITALS
    return found


def _real_text() -> set[tuple[str, ...]]:
    truth = json.loads((ROOT / "tests/eval/real/ground-truth.json").read_text(encoding="utf-8"))
    texts = [page.get("articleBody", "") for page in truth.values()]
    for folder in ("fresh", "wikitune"):
        texts += [
            gzip.decompress(p.read_bytes()).decode("utf-8") for p in (ROOT / "tests/eval" / folder).glob("pages/*.gz")
        ]
    for page in sorted((ROOT / "tests/eval").glob("voices*/pages/*.xml.gz")):  # feeds: their entries' words only
        (doc,) = read_feed(page.name, gzip.decompress(page.read_bytes()))
        texts += [doc.title, *doc.paragraphs]
    return {run for text in texts for run in _runs(text)}


def test_no_sentence_of_a_real_page_is_copied_into_our_text() -> None:
    real = _real_text()
    copied = []
    for pattern in SCANNED:
        for path in sorted(ROOT.glob(pattern)):
            if not path.is_file() or ".venv" in path.parts or path.suffix in {".gz", ".pyc"}:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            copied += [
                f"{path.relative_to(ROOT)}: {' '.join(r)}" for r, name in _runs(text).items() if r in real and not name
            ]
    assert not copied, "\n".join(copied[:20])
