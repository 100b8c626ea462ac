"""The build cache (``.cache/digest/``): a first build, and what the builds after it cost.

    python benchmarks/bench_cache.py --sizes 1000 --repeat 3

On the ``ours`` project of `projects`, each step is one ``mkdocs build`` (the
command a user runs) in a child process, measured by `measure.run`:

- ``cold``: no cache folder and no site folder (a first build; bench_build times cold builds too);
- ``warm``: nothing changed since the last build;
- ``add 10``: ten new articles, dated after the newest (a day's curation);
- ``edit 1``: one older article gets a new title (its page, topic pages and year page change);
- ``fresh clone``: the cache folder restored but no site folder, as in the publish workflow.

Then ``mkdocs serve`` as ``make serve`` runs it (``--dirty``) and plain: the time
from starting it to the home page being served, first with no cache, then
started again over the cache the first start left.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import projects
from corpus import Generator
from measure import Sample, Stat, free_port, run, times_to_serve, tool_env

from digest.contract.articlefile import parse, render

HERE = Path(__file__).resolve().parent
STEPS = ("cold", "warm", "add 10", "edit 1", "fresh clone")
_REUSED = re.compile(r"Build cache: (\d+) of (\d+) pages reused")


@dataclass(frozen=True, slots=True)
class Step:
    """Repeated builds of one step at one size."""

    name: str
    n: int
    wall: Stat
    cpu: Stat
    peak_mb: float
    reused: int
    """Pages the last of the builds took from the cache."""
    pages: int


@dataclass(frozen=True, slots=True)
class Start:
    """Starting ``mkdocs serve`` until the home page is served."""

    mode: str
    """``make serve`` (``--dirty``) or ``mkdocs serve``."""
    n: int
    cold: float
    warm: float
    every: float = 0.0
    """With the cache: until the last article page is served too (a preview writes the pages
    the cache holds while it serves, `digest.site.pagewriter`)."""


def _build(project: Path) -> Sample:
    return run([sys.executable, "-m", "mkdocs", "build"], project, tool_env())


def _add(project: Path, n: int, round_: int) -> None:
    """Ten new articles, dated the days after the corpus's newest."""
    generator = Generator()
    first = dt.date(2026, 1, 1) + dt.timedelta(days=10 * round_)
    for i in range(10):
        made = generator.make(n + 10 * round_ + i).article
        day = first + dt.timedelta(days=i)
        item = made.replace(date=day, added=day + dt.timedelta(days=1))
        (project / "content" / "articles" / f"{item.id}.md").write_text(render(item), encoding="utf-8")


def _edit(project: Path, n: int, round_: int) -> None:
    """A new title for an older article."""
    path = sorted((project / "content" / "articles").glob("*.md"))[(round_ * 7919) % n]
    found = parse(path.name, path.read_text(encoding="utf-8")).article
    assert found is not None, path
    path.write_text(render(found.replace(title=f"{found.title} (corrected {round_})")), encoding="utf-8")


def _fresh_clone(project: Path, n: int, round_: int) -> None:
    shutil.rmtree(project / "site", ignore_errors=True)


def _cold(project: Path, n: int, round_: int) -> None:
    shutil.rmtree(project / ".cache", ignore_errors=True)
    shutil.rmtree(project / "site", ignore_errors=True)


CHANGES: dict[str, Callable[[Path, int, int], None]] = {
    "cold": _cold,
    "warm": lambda project, n, round_: None,
    "add 10": _add,
    "edit 1": _edit,
    "fresh clone": _fresh_clone,
}


def measure(n: int, repeat: int, work: Path, cold_repeat: int = 1) -> list[Step]:
    """Every step of `STEPS` at ``n`` articles, ``repeat`` times each (the cold build ``cold_repeat`` times)."""
    project = projects.write_ours(work / f"cache-n{n}", projects.articles(n))
    found = []
    for name in STEPS:
        samples, reused = [], (0, 0)
        for round_ in range(cold_repeat if name == "cold" else repeat):
            CHANGES[name](project, n, round_)
            sample = _build(project)
            samples.append(sample)
            counted = _REUSED.findall(sample.output)
            reused = (int(counted[-1][0]), int(counted[-1][1])) if counted else (0, 0)
        found.append(
            Step(
                name,
                n,
                Stat.of(s.wall for s in samples),
                Stat.of(s.cpu for s in samples),
                max(s.peak_mb for s in samples),
                *reused,
            )
        )
    return found


def _start(project: Path, flags: tuple[str, ...], port: int) -> list[float]:
    """Seconds from starting ``mkdocs serve`` to its home page being served, then the last article's page."""
    base = f"http://127.0.0.1:{port}/"
    cmd = [sys.executable, "-m", "mkdocs", "serve", *flags, "-a", f"127.0.0.1:{port}"]
    last = max(p.stem for p in (project / "content" / "articles").glob("*.md"))
    urls = (base, f"{base}articles/{last}/")
    return times_to_serve(cmd, project, tool_env(SITE_URL=base), urls, "mkdocs serve")


def measure_serve(n: int, work: Path) -> list[Start]:
    """`Start` of ``make serve`` and of plain ``mkdocs serve`` at ``n`` articles, with no cache, then warm."""
    found = []
    for mode, flags in (("make serve", ("--dirty",)), ("mkdocs serve", ())):
        project = projects.write_ours(work / f"cache-serve-n{n}", projects.articles(n))
        port = free_port()  # the same address both times: it is in every page
        cold = _start(project, flags, port)[0]
        first, every = _start(project, flags, port)
        found.append(Start(mode, n, cold, first, every))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--serve", action="store_true", help="also time mkdocs serve's first page")
    parser.add_argument("--work", type=Path, default=HERE / ".work")
    args = parser.parse_args()
    for n in args.sizes:
        for step in measure(n, args.repeat, args.work):
            print(
                f"{step.n:>6} {step.name:12} wall {step.wall.best:6.2f} / {step.wall.median:6.2f} s, "
                f"CPU {step.cpu.best:6.2f} s, {step.peak_mb:5.0f} MB, reused {step.reused}/{step.pages}"
            )
        for start in measure_serve(n, args.work) if args.serve else ():
            print(dataclasses.asdict(start))


if __name__ == "__main__":
    main()
