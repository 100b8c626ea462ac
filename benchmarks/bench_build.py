"""Full ``mkdocs build`` of our site, of the same pages without hooks, and of Material's blog.

    python benchmarks/bench_build.py --sizes 1000 3000 --repeat 3

For each size the three projects of `projects` are written from the same
articles, then built in turn (ours, plain, blog, ours, plain, blog, ...), so a
busy moment on the machine hurts all three alike. Each build runs
`build_once` in a child process: wall and CPU time and peak memory come from
`measure.run`, the seconds inside the hooks from the build itself.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import build_once
import projects
from measure import Stat, run, tool_env, tree_size

HERE = Path(__file__).resolve().parent
WORK = HERE / ".work"


@dataclass(frozen=True, slots=True)
class Variant:
    """Repeated builds of one project at one size."""

    name: str
    n: int
    wall: Stat
    cpu: Stat
    peak_mb: float
    """The largest peak RSS of any of the builds."""
    hooks_share: Stat | None
    """Seconds inside hook functions / seconds of the whole build (configuration load included)."""
    hooks_seconds: Stat | None
    site_bytes: int
    index_bytes: int
    """Size of ``search/search_index.json``."""


@dataclass(slots=True)
class _Runs:
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    peaks: list[float] = field(default_factory=list)
    hooks: list[float] = field(default_factory=list)
    shares: list[float] = field(default_factory=list)


def cold(project: Path) -> None:
    """Remove the build cache and the site folder: the next build is a first build."""
    shutil.rmtree(project / ".cache", ignore_errors=True)
    shutil.rmtree(project / "site", ignore_errors=True)


def _build(project: Path, runs: _Runs) -> None:
    cold(project)  # every build measured here is a cold one (bench_cache measures warm builds)
    sample = run([sys.executable, str(HERE / "build_once.py"), str(project)], project, tool_env())
    timings = build_once.parse(sample.output)
    inside = sum(timings["hooks"].values())
    runs.walls.append(sample.wall)
    runs.cpus.append(sample.cpu)
    runs.peaks.append(sample.peak_mb)
    if timings["hooks"]:
        runs.hooks.append(inside)
        runs.shares.append(inside / (timings["config"] + timings["build"]))


def measure(
    n: int, repeat: int, work: Path = WORK, variants: Sequence[str] = projects.VARIANTS, blog_repeat: int | None = None
) -> list[Variant]:
    """Build each variant ``repeat`` times (the blog ``blog_repeat`` times) at ``n`` articles, interleaved."""
    written = projects.write_all(work / f"n{n}", n, variants)
    runs = {name: _Runs() for name in variants}
    for round_ in range(repeat):
        for name in variants:
            if name == "blog" and blog_repeat is not None and round_ >= blog_repeat:
                continue
            _build(written[name], runs[name])
    result = []
    for name in variants:
        r, site = runs[name], written[name] / "site"
        index = site / "search" / "search_index.json"
        result.append(
            Variant(
                name,
                n,
                Stat.of(r.walls),
                Stat.of(r.cpus),
                max(r.peaks),
                Stat.of(r.shares) if r.shares else None,
                Stat.of(r.hooks) if r.hooks else None,
                tree_size(site),
                index.stat().st_size if index.exists() else 0,
            )
        )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--variants", nargs="+", default=list(projects.VARIANTS))
    args = parser.parse_args()
    for n in args.sizes:
        for v in measure(n, args.repeat, variants=args.variants):
            print(
                json.dumps(
                    {
                        k: getattr(v, k).__repr__() if isinstance(getattr(v, k), Stat) else getattr(v, k)
                        for k in v.__slots__
                    }
                )
            )


if __name__ == "__main__":
    main()
