"""The benchmark suite still runs: its quick mode's smallest step, into a temporary folder.

Figures are never asserted (they belong to ``make bench``); only that every
row the build step promises is there and reads as a measurement.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_quick_build_step_writes_the_table(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    cmd = [sys.executable, str(ROOT / "benchmarks" / "suite.py"), "--quick", "--steps", "build", "--sizes", "20"]
    done = subprocess.run(
        [*cmd, "--work", str(tmp_path / "work"), "--results", str(results)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    text = results.read_text(encoding="utf-8")
    assert text.startswith("# Benchmark results (quick smoke run")
    figures = dict(re.findall(r"^\| (Build 20[^|]*|Search index, 20 articles) \| ([^|]+) \|", text, re.MULTILINE))
    assert re.match(r"[\d.]+ s wall .* [\d,]+ MB peak", figures["Build 20 articles: our site, cold (no cache)"])
    assert re.match(r"[\d.]+ s wall", figures["Build 20: the same pages, hooks off"])
    assert re.match(r"[\d.]+ s wall", figures["Build 20: Material blog (categories, archive, tags)"])
    assert re.match(r"[\d.]+ s$", figures["Build 20: time inside the hooks"].strip())
    assert re.match(r"[\d.]+ KB/article", figures["Search index, 20 articles"])


def test_quick_cache_and_hugo_steps_write_their_rows(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    cmd = [sys.executable, str(ROOT / "benchmarks" / "suite.py"), "--quick", "--steps", "hugo", "cache"]
    done = subprocess.run(
        [*cmd, "--sizes", "20", "--cache-sizes", "20", "--work", str(tmp_path / "work"), "--results", str(results)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = dict(re.findall(r"^\| ([^|]+?) \| ([^|]+) \|", results.read_text(encoding="utf-8"), re.MULTILINE))
    steps = ("nothing changed", "10 articles added", "1 article's title edited", "cache restored, no site/ (a publish)")
    for what in steps:
        found = figures[f"Build 20 articles with the cache: {what}"]
        assert re.match(r"[\d.]+ s wall .* pages reused", found), found
    assert re.match(r"[\d.]+ s with the cache", figures["`make serve`, 20 articles: first page served"])
    hugo = [value for figure, value in figures.items() if figure.startswith(("Build 20: Hugo", "Hugo"))]
    assert hugo
    assert re.match(r"[\d.]+ s wall", hugo[0]) or hugo[0].startswith("not measured")
