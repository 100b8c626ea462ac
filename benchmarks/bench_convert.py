"""Conversion throughput: articles per second, on one core and on all, from raw text and from web pages.

    python benchmarks/bench_convert.py --text 1000 --html 300

Two figures for each input kind, over the inputs of `corpus`:

- *chain*: the input's reader and `digest.chain.pipeline.convert_document` over inputs
  already in memory, in this process (CPU seconds): what one core converts;
- *command*: ``digest convert INBOX --content EMPTY --jobs J`` end to end (read,
  de-duplicate, convert, write each article and its record), wall time, with
  ``--jobs 1`` and with one worker per core, alternated.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import os
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from corpus import write_corpus
from measure import Stat, run, tool_env

from digest.chain.pipeline import convert_document
from digest.config import load_config
from digest.readers import READERS

ROOT = Path(__file__).resolve().parent.parent
ADDED = dt.date(2026, 11, 28)
KINDS = {"text": ".txt", "html": ".html"}


@dataclass(frozen=True, slots=True)
class Throughput:
    """Articles per second for one kind of input."""

    kind: str
    n: int
    chain: float
    """One core, the chain alone (CPU time)."""
    one: Stat
    """``digest convert --jobs 1``: articles per second (best is the largest)."""
    all: Stat
    """``digest convert`` with one worker per core."""
    cores: int


def _inbox(work: Path, kind: str, n: int) -> Path:
    inbox = work / f"inbox-{kind}-{n}"
    if not inbox.is_dir() or len(list(inbox.iterdir())) != n:
        shutil.rmtree(inbox, ignore_errors=True)
        write_corpus(n, inbox=inbox, as_html=kind == "html")
    return inbox


def chain_rate(inbox: Path) -> float:
    """Articles per CPU second of reading (the input's reader) and converting each input of ``inbox``."""
    config = load_config(ROOT / "site_config")
    inputs = [(p.name, p.read_bytes()) for p in sorted(inbox.iterdir())]
    start = time.process_time()
    count = 0
    for name, data in inputs:
        for doc in READERS[Path(name).suffix](name, data):
            convert_document(doc, config, ADDED)
            count += 1
    return count / (time.process_time() - start)


def _command(work: Path, inbox: Path, jobs: int) -> float:
    content = work / "content"
    shutil.rmtree(content, ignore_errors=True)
    cmd = [sys.executable, "-m", "digest", "convert", str(inbox), "--content", str(content)]
    sample = run([*cmd, "--added", ADDED.isoformat(), "--quiet", "--jobs", str(jobs)], work, tool_env())
    return len(list(inbox.iterdir())) / sample.wall


def measure(kind: str, n: int, work: Path, repeat: int = 2) -> Throughput:
    """The throughput figures for ``n`` inputs of ``kind`` (``text`` or ``html``)."""
    work.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(work / "site_config", ignore_errors=True)
    shutil.copytree(ROOT / "site_config", work / "site_config")
    inbox = _inbox(work, kind, n)
    cores = os.cpu_count() or 1
    one, every = [], []
    for _ in range(repeat):
        one.append(_command(work, inbox, 1))
        every.append(_command(work, inbox, cores))
    best = functools.partial(Stat.of, larger_is_better=True)
    return Throughput(kind, n, chain_rate(inbox), best(one), best(every), cores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", type=int, default=1000)
    parser.add_argument("--html", type=int, default=300)
    args = parser.parse_args()
    work = ROOT / "benchmarks" / ".work" / "convert"
    for kind, n in (("text", args.text), ("html", args.html)):
        print(measure(kind, n, work))


if __name__ == "__main__":
    main()
