"""The results table of `suite`: one row per figure, with its same-run reference, ratio and target."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from bench_build import Variant
from bench_cache import Start, Step
from bench_convert import Throughput
from bench_hugo import HugoRun
from bench_serve import Loop


@dataclass(slots=True)
class Results:
    """Everything one run measured."""

    convert: list[Throughput] = field(default_factory=list)
    builds: list[Variant] = field(default_factory=list)
    serve: list[Loop] = field(default_factory=list)
    cache: list[Step] = field(default_factory=list)
    starts: list[Start] = field(default_factory=list)
    hugo: list[HugoRun] = field(default_factory=list)
    hugo_missing: str = ""
    """Why there are no Hugo figures (empty when there are, or when Hugo was not asked for)."""


@dataclass(frozen=True, slots=True)
class Header:
    started: dt.datetime
    machine: str
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float]
    quick: bool
    arguments: str


@dataclass(frozen=True, slots=True)
class Row:
    figure: str
    result: str
    reference: str = ""
    ratio: str = ""
    target: str = ""
    met: bool | None = None


def _mark(met: bool | None) -> str:
    return "" if met is None else ("met" if met else "**not met**")


def _n(n: int) -> str:
    return f"{n:,}"


def convert_rows(found: list[Throughput]) -> list[Row]:
    rows = []
    for t in found:
        kind = "plain text" if t.kind == "text" else "web pages (HTML)"
        target = "≥ 300/s" if t.kind == "text" else ""
        met = t.chain >= 300 if t.kind == "text" else None
        rows.append(
            Row(
                f"Convert {kind}, one core: reader + chain ({_n(t.n)} inputs)",
                f"{t.chain:.0f} articles/s",
                target=target,
                met=met,
            )
        )
        rows.append(
            Row(f"`digest convert` {kind}, `--jobs 1`", f"{t.one.best:.0f} articles/s (median {t.one.median:.0f})")
        )
        speedup = t.all.best / t.one.best
        rows.append(
            Row(
                f"`digest convert` {kind}, `--jobs {t.cores}`",
                f"{t.all.best:.0f} articles/s (median {t.all.median:.0f})",
                f"`--jobs 1`: {t.one.best:.0f}/s",
                f"{speedup:.2f}×",
                f"near-linear (≈ {t.cores}×)",
                speedup >= 0.8 * t.cores,
            )
        )
    return rows


def _build(v: Variant) -> str:
    return f"{v.wall.best:.1f} s wall (median {v.wall.median:.1f}), {v.cpu.best:.1f} s CPU, {v.peak_mb:,.0f} MB peak"


def build_rows(found: list[Variant]) -> list[Row]:
    rows = []
    by = {(v.n, v.name): v for v in found}
    for n in sorted({v.n for v in found}):
        ours, plain, blog = by.get((n, "ours")), by.get((n, "plain")), by.get((n, "blog"))
        if ours is None:
            continue
        big = n >= 10000
        rows.append(
            Row(
                f"Build {_n(n)} articles: our site, cold (no cache)",
                _build(ours),
                target="< 60 s, < 1 GB" if big else "",
                met=(ours.wall.best < 60 and ours.peak_mb < 1024) if big else None,
            )
        )
        if plain is not None:
            ratio = ours.cpu.best / plain.cpu.best
            rows.append(Row(f"Build {_n(n)}: the same pages, hooks off", _build(plain), "", "", "", None))
            rows.append(
                Row(
                    f"Build {_n(n)}: ours cold (writing the cache) / hooks off",
                    f"{ours.cpu.best:.2f} s CPU",
                    f"{plain.cpu.best:.2f} s CPU",
                    f"{ratio:.3f}×",
                    "≤ 1.05×",
                    ratio <= 1.05,
                )
            )
        if ours.hooks_share is not None and ours.hooks_seconds is not None:
            share = ours.hooks_share.median
            rows.append(
                Row(
                    f"Build {_n(n)}: time inside the hooks",
                    f"{ours.hooks_seconds.median:.2f} s",
                    "the whole build",
                    f"{share:.1%}",
                    "< 5%",
                    share < 0.05,
                )
            )
        if blog is not None:
            lead = blog.cpu.best / ours.cpu.best
            rows.append(
                Row(
                    f"Build {_n(n)}: Material blog (categories, archive, tags)",
                    _build(blog),
                    f"ours: {ours.cpu.best:.1f} s CPU",
                    f"ours {lead:.1f}× faster",
                    "≥ 5×" if n in (1000, 3000) else "",
                    lead >= 5 if n in (1000, 3000) else None,
                )
            )
        rows.append(
            Row(
                f"Search index, {_n(n)} articles",
                f"{ours.index_bytes / n / 1024:.2f} KB/article ({ours.index_bytes / 2**20:.1f} MB)",
                f"Material's own index: {plain.index_bytes / n / 1024:.2f} KB/article" if plain else "",
                f"{ours.index_bytes / plain.index_bytes:.2f}×" if plain and plain.index_bytes else "",
                "≤ 1.5 KB/article",
                ours.index_bytes / n / 1024 <= 1.5,
            )
        )
        rows.append(
            Row(
                f"Site size, {_n(n)} articles",
                f"{ours.site_bytes / 2**20:.0f} MB",
                f"hooks off: {plain.site_bytes / 2**20:.0f} MB" if plain else "",
            )
        )
    return rows


def serve_rows(found: list[Loop]) -> list[Row]:
    rows = []
    full = {loop.kind: loop for loop in found if loop.mode == "full"}
    for loop in (x for x in found if x.mode == "fast"):
        ref = full.get(loop.kind)
        what = "new title, topic, featured" if loop.kind == "frontmatter" else "a sentence added to the body"
        rows.append(
            Row(
                f"Edit → rebuilt pages served, `make serve`, {_n(loop.n)} articles ({what})",
                f"{loop.served.median:.2f} s median, best {loop.served.best:.2f} "
                f"(MkDocs rebuild {loop.rebuild.median:.2f} s)",
                f"full rebuild (`mkdocs serve`): {ref.served.median:.2f} s" if ref else "",
                f"{ref.served.median / loop.served.median:.1f}× faster" if ref else "",
                "< 1 s" if loop.kind == "frontmatter" else "",
                loop.served.median < 1 if loop.kind == "frontmatter" else None,
            )
        )
    return rows


def rows(found: Results) -> list[Row]:
    import cache_rows  # it builds on Row

    cached = cache_rows.cache_rows(found.cache, found.starts, found.builds, found.hugo)
    hugo = cache_rows.hugo_rows(found.hugo, found.builds, found.hugo_missing)
    return convert_rows(found.convert) + build_rows(found.builds) + hugo + cached + serve_rows(found.serve)


def _md_table(header: list[str], lines: list[list[str]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(cell.replace("|", "\\|") for cell in line) + " |" for line in lines]
    return "\n".join(out)


def _details(found: Results) -> str:
    fmt: Callable[[Variant], list[str]] = lambda v: [  # noqa: E731 - one row of the table
        _n(v.n),
        v.name,
        f"{v.wall.best:.2f} / {v.wall.median:.2f}",
        f"{v.cpu.best:.2f} / {v.cpu.median:.2f}",
        str(v.wall.runs),
        f"{v.peak_mb:,.0f}",
        f"{v.index_bytes:,}",
        f"{v.site_bytes / 2**20:.1f}",
        f"{v.hooks_share.median:.1%}" if v.hooks_share else "",
    ]
    head = [
        "articles",
        "project",
        "wall s best / median",
        "CPU s best / median",
        "runs",
        "peak MB",
        "search index bytes",
        "site MB",
        "hooks' share",
    ]
    return _md_table(head, [fmt(v) for v in found.builds])


def _load(values: tuple[float, float, float]) -> str:
    return " ".join(f"{v:.2f}" for v in values)


def markdown(header: Header, table_rows: list[Row], found: Results) -> str:
    """The whole results file."""
    lines = [
        "# Benchmark results" + (" (quick smoke run, not figures)" if header.quick else ""),
        "",
        f"- Date: {header.started:%Y-%m-%d %H:%M %Z}",
        f"- Machine: {header.machine}",
        f"- Load average before / after: {_load(header.load_before)} / {_load(header.load_after)}",
        f"- Command: `make bench`{' ' + header.arguments if header.arguments else ''}",
        "- Every figure comes from this one run; ratios use CPU seconds of the same run (best of the repeats).",
        "",
        _md_table(
            ["Figure", "Result", "Reference (same run)", "Ratio", "Target", ""],
            [
                [r.figure, r.result, r.reference, r.ratio, r.target, _mark(None if header.quick else r.met)]
                for r in table_rows
            ],
        ),
        "",
        "## Builds in detail",
        "",
        _details(found),
        "",
    ]
    return "\n".join(lines)
