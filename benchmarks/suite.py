"""``make bench``: every figure of the performance issue, measured in one run, in one table.

    python benchmarks/suite.py                 # the full run (tens of minutes)
    BENCH_QUICK=1 python benchmarks/suite.py   # a small smoke run (a minute)
    python benchmarks/suite.py --steps build --sizes 1000

Steps: ``convert`` (`bench_convert`), ``build`` (`bench_build`: our site, the same
pages without hooks, Material's blog, all cold), ``hugo`` (`bench_hugo`: Hugo over
the same articles, when it is installed), ``cache`` (`bench_cache`: builds with the
build cache, and ``make serve`` starting), ``serve`` (`bench_serve`: the
edit–preview loop). The table is printed and written to ``benchmarks/RESULTS.md`` with the
date, the machine and its core count. Ratios compare figures of the same run;
they use CPU time, which other processes on the machine disturb less than wall time.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import platform
import sys
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import bench_build
import bench_cache
import bench_convert
import bench_hugo
import bench_serve
import projects
import table

HERE = Path(__file__).resolve().parent
STEPS = ("convert", "build", "hugo", "cache", "serve")


@dataclass(frozen=True, slots=True)
class Plan:
    """How much of each step to run."""

    text: int = 1000
    html: int = 300
    convert_repeat: int = 2
    sizes: tuple[int, ...] = (1000, 3000, 10000)
    repeat: dict[int, int] = field(default_factory=lambda: {1000: 3, 3000: 2, 10000: 2})
    blog_repeat: dict[int, int] = field(default_factory=lambda: {1000: 3, 3000: 2, 10000: 1})
    blog_sizes: tuple[int, ...] | None = None
    """Sizes at which Material's blog is built too (``None``: every size)."""
    serve_n: int = 1000
    edits: int = 5
    cache_sizes: tuple[int, ...] = (1000, 10000)
    cache_repeat: dict[int, int] = field(default_factory=lambda: {1000: 3, 10000: 2})
    start_sizes: tuple[int, ...] = (10000,)
    """Sizes at which ``make serve`` and ``mkdocs serve`` are started, cold then warm."""


QUICK = Plan(
    text=40,
    html=20,
    convert_repeat=1,
    sizes=(60,),
    repeat={},
    blog_repeat={},
    serve_n=60,
    edits=1,
    cache_sizes=(60,),
    cache_repeat={},
    start_sizes=(60,),
)
"""``BENCH_QUICK=1``: every step at a tiny size, once, to check that the benchmark itself works."""


def machine() -> str:
    """What the figures were measured on."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    tools = f"Python {platform.python_version()}, MkDocs {version('mkdocs')}, Material {version('mkdocs-material')}"
    return f"{os.cpu_count()} cores ({model}), {memory:.0f} GiB, {platform.system()} {platform.release()}; {tools}"


def run(plan: Plan, steps: tuple[str, ...], work: Path) -> table.Results:
    """Run the chosen steps and collect their figures."""
    found = table.Results()
    if "convert" in steps:
        for kind, n in (("text", plan.text), ("html", plan.html)):
            print(f"convert: {n} {kind} inputs", flush=True)
            found.convert.append(bench_convert.measure(kind, n, work / "convert", plan.convert_repeat))
    if "build" in steps:
        for n in plan.sizes:
            print(f"build: {n} articles", flush=True)
            repeat, blog = plan.repeat.get(n, 1), plan.blog_repeat.get(n, 1)
            variants: tuple[str, ...] = projects.VARIANTS
            if plan.blog_sizes is not None and n not in plan.blog_sizes:
                variants = tuple(v for v in variants if v != "blog")
            found.builds += bench_build.measure(n, repeat, work, variants, blog_repeat=blog)
    if "hugo" in steps:
        if bench_hugo.available() is None:
            found.hugo_missing = "no `hugo` command (Debian: apt-get install hugo)"
            print(f"hugo: {found.hugo_missing}; going on without it", flush=True)
        for n in plan.sizes if not found.hugo_missing else ():
            print(f"hugo: {n} articles", flush=True)
            if (made := bench_hugo.measure(n, plan.repeat.get(n, 1), work)) is not None:
                found.hugo.append(made)
    if "cache" in steps:
        for n in plan.cache_sizes:
            print(f"cache: {n} articles", flush=True)
            found.cache += bench_cache.measure(n, plan.cache_repeat.get(n, 1), work)
        for n in plan.start_sizes:
            print(f"cache: starting the preview at {n} articles", flush=True)
            found.starts += bench_cache.measure_serve(n, work)
    if "serve" in steps:
        for mode in ("fast", "full"):
            print(f"serve: {plan.serve_n} articles, {mode} rebuilds", flush=True)
            edits = plan.edits if mode == "fast" else max(1, plan.edits // 2)
            found.serve += bench_serve.measure(plan.serve_n, edits, mode, work)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", default=bool(os.environ.get("BENCH_QUICK")))
    parser.add_argument("--steps", nargs="+", choices=STEPS, default=list(STEPS))
    parser.add_argument("--sizes", type=int, nargs="+", help="build sizes (default 1000 3000 10000)")
    parser.add_argument("--blog-sizes", type=int, nargs="*", help="build Material's blog only at these sizes")
    parser.add_argument("--cache-sizes", type=int, nargs="*", help="cache step sizes (default 1000 10000)")
    parser.add_argument("--work", type=Path, default=HERE / ".work", help="scratch folder")
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md", help="where the table is written")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else Plan()
    if args.sizes:
        plan = dataclasses.replace(plan, sizes=tuple(args.sizes))
    if args.cache_sizes is not None:
        plan = dataclasses.replace(plan, cache_sizes=tuple(args.cache_sizes), start_sizes=tuple(args.cache_sizes[-1:]))
    if args.blog_sizes is not None:
        plan = dataclasses.replace(plan, blog_sizes=tuple(args.blog_sizes))
    started = dt.datetime.now().astimezone()
    load = os.getloadavg()
    found = run(plan, tuple(args.steps), args.work)
    rows = table.rows(found)
    header = table.Header(started, machine(), load, os.getloadavg(), args.quick, " ".join(sys.argv[1:]))
    text = table.markdown(header, rows, found)
    print(text)
    args.results.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
