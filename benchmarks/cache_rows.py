"""The rows of the results table for the build cache (`bench_cache`) and for Hugo (`bench_hugo`)."""

from __future__ import annotations

from bench_build import Variant
from bench_cache import Start, Step
from bench_hugo import HugoRun
from table import Row, _n

TARGET_N = 10000
"""The size the issue's targets are set at."""


def _wall(step: Step) -> str:
    return (
        f"{step.wall.best:.1f} s wall (median {step.wall.median:.1f}), {step.cpu.best:.1f} s CPU, "
        f"{step.peak_mb:,.0f} MB peak; {step.reused:,} of {step.pages:,} pages reused"
    )


def cache_rows(steps: list[Step], starts: list[Start], builds: list[Variant], hugo: list[HugoRun]) -> list[Row]:
    """Warm builds beside the cold one and Hugo's build; ``make serve`` starts beside ``hugo server``."""
    rows = []
    by_n = {h.n: h for h in hugo}
    what = {
        "warm": "nothing changed",
        "add 10": "10 articles added",
        "edit 1": "1 article's title edited",
        "fresh clone": "cache restored, no site/ (a publish)",
    }
    for step in (s for s in steps if s.name in what):
        cold = next((s for s in steps if s.n == step.n and s.name == "cold"), None)
        h = by_n.get(step.n)
        big = step.n >= TARGET_N and step.name == "add 10"
        reference = f"cold: {cold.wall.best:.1f} s" if cold else ""
        if h is not None:
            reference += f"; Hugo: {h.add10.best if step.name == 'add 10' else h.build.best:.1f} s"
        rows.append(
            Row(
                f"Build {_n(step.n)} articles with the cache: {what[step.name]}",
                _wall(step),
                reference,
                f"{cold.wall.best / step.wall.best:.1f}× faster than cold" if cold else "",
                "≤ 5 s, < 1 GB" if big else "",
                (step.wall.median <= 5 and step.peak_mb < 1024) if big else None,
            )
        )
    for start in starts:
        h = by_n.get(start.n)
        big = start.n >= TARGET_N
        rows.append(
            Row(
                f"`{start.mode}`, {_n(start.n)} articles: first page served",
                f"{start.warm:.1f} s with the cache, every article page {start.every:.1f} s "
                f"(first start, no cache: {start.cold:.1f} s)",
                f"`hugo server`: {h.server:.1f} s" if h else "",
                f"{start.cold / start.warm:.1f}× faster than without",
                "≤ 5 s" if big else "",
                start.warm <= 5 if big else None,
            )
        )
    return rows


def hugo_rows(hugo: list[HugoRun], builds: list[Variant], missing: str) -> list[Row]:
    """Hugo's build of the same articles beside our cold build."""
    if missing:
        return [Row("Hugo (same articles)", f"not measured: {missing}")]
    rows = []
    ours = {v.n: v for v in builds if v.name == "ours"}
    for h in hugo:
        mine = ours.get(h.n)
        rows.append(
            Row(
                f"Build {_n(h.n)}: Hugo {h.version} (same articles, layouts in benchmarks/hugo/)",
                f"{h.build.best:.1f} s wall (median {h.build.median:.1f}), {h.cpu.best:.1f} s CPU, "
                f"{h.peak_mb:,.0f} MB peak; {h.pages:,} pages, search index {h.index_bytes / 2**20:.1f} MB",
                f"ours cold: {mine.wall.best:.1f} s" if mine else "",
                f"Hugo {mine.wall.best / h.build.best:.1f}× faster" if mine else "",
            )
        )
    return rows
