"""Hugo over the same articles, so every Digest figure has Hugo's beside it from the same run.

    python benchmarks/bench_hugo.py --sizes 1000

Hugo comes from Debian's package (``apt-get install hugo``); where it is missing,
`available` says so and the suite goes on without these rows. The project is
the benchmark's articles as Digest writes them (Hugo reads their YAML
frontmatter: ``topics`` and ``tags`` are its taxonomies, ``date`` or else
``added`` the date) with the small layouts of ``benchmarks/hugo/`` (see its
README): home, topic and tag pages and indexes, article pages, RSS feeds, a JSON
search index.

Measured: ``hugo`` (a full build, no cache), the same after adding ten articles
(Hugo builds everything again), and ``hugo server`` from start to its home page
being served.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import projects
from bench_cache import _add
from measure import Stat, free_port, run, time_to_serve, tool_env

from digest.contract.articlefile import render
from digest.contract.model import Article

HERE = Path(__file__).resolve().parent
LAYOUTS = HERE / "hugo" / "layouts"
CONFIG = """\
# Written by benchmarks/bench_hugo.py
baseURL: {base}
title: Digest
languageCode: en
taxonomies:
  topic: topics
  tag: tags
outputs:
  home: [HTML, RSS, JSON]
frontmatter:
  date: [date, added, ":default"]
services:
  rss:
    limit: 50
"""


@dataclass(frozen=True, slots=True)
class HugoRun:
    """Hugo's figures at one size."""

    n: int
    version: str
    build: Stat
    cpu: Stat
    peak_mb: float
    add10: Stat
    """Wall seconds of a build after adding ten articles."""
    server: float
    """Seconds from starting ``hugo server`` to its home page being served."""
    pages: int
    index_bytes: int


def available() -> str | None:
    """Hugo's version line, or ``None`` when there is no ``hugo`` command."""
    hugo = shutil.which("hugo")
    if hugo is None:
        return None
    done = subprocess.run([hugo, "version"], capture_output=True, text=True, timeout=60, check=False)
    found = re.search(r"v\d+\.\d+\.\d+", done.stdout)
    return found.group(0) if done.returncode == 0 and found else None


def write(where: Path, items: list[Article], base: str = projects.SITE_URL) -> Path:
    """A Hugo project of ``items`` with the layouts of ``benchmarks/hugo/``."""
    if where.exists():
        shutil.rmtree(where)
    (where / "content" / "articles").mkdir(parents=True)
    shutil.copytree(LAYOUTS, where / "layouts")
    (where / "hugo.yaml").write_text(CONFIG.format(base=base), encoding="utf-8")
    for item in items:
        (where / "content" / "articles" / f"{item.id}.md").write_text(render(item), encoding="utf-8")
    return where


def _build(project: Path) -> tuple[float, float, float]:
    sample = run(["hugo", "--quiet"], project, tool_env())
    return sample.wall, sample.cpu, sample.peak_mb


def _server(project: Path) -> float:
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    cmd = ["hugo", "server", "--bind", "127.0.0.1", "--port", str(port), "--disableLiveReload", "--baseURL", base]
    return time_to_serve(cmd, project, tool_env(), base, "hugo server")


def measure(n: int, repeat: int, work: Path) -> HugoRun | None:
    """Hugo's figures at ``n`` articles (``None`` without Hugo)."""
    version = available()
    if version is None:
        return None
    project = write(work / f"hugo-n{n}", projects.articles(n))
    walls, cpus, peaks = [], [], []
    for _ in range(repeat):
        shutil.rmtree(project / "public", ignore_errors=True)
        shutil.rmtree(project / "resources", ignore_errors=True)
        wall, cpu, peak = _build(project)
        walls.append(wall)
        cpus.append(cpu)
        peaks.append(peak)
    public = project / "public"
    pages = sum(1 for _ in public.rglob("*.html"))
    index = public / "index.json"
    added = []
    for round_ in range(repeat):
        _add(project, n, round_)
        added.append(_build(project)[0])
    return HugoRun(
        n,
        version,
        Stat.of(walls),
        Stat.of(cpus),
        max(peaks),
        Stat.of(added),
        _server(project),
        pages,
        index.stat().st_size if index.exists() else 0,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", type=Path, default=HERE / ".work")
    args = parser.parse_args()
    if available() is None:
        print("hugo: not installed (apt-get install hugo); no Hugo figures", file=sys.stderr)
        return
    for n in args.sizes:
        print(measure(n, args.repeat, args.work))


if __name__ == "__main__":
    main()
