"""Article bodies on real pages: the converter against bare trafilatura, in one run.

``python -m tests.eval.real.body`` converts the 121 pages of ``pages/`` with
``digest convert`` (into a temporary content folder), reads each body back from
the Markdown file it wrote, renders it to text with Python-Markdown and the
site's extensions (as the site would show it), and scores it against the
human-marked body (`tests.eval.real.metric`). Bare trafilatura (``extract()``
with its defaults, the installed version) is scored in the same run. It prints
F1, precision and recall for both (all pages, tune, untouched), then the pages
where ours keeps less of the article than trafilatura, with the paragraphs lost
(for tune pages only: untouched pages are listed with their figures, never
their text, unless ``--show-untouched``).

A page whose key ends in 0-7 is *tune*, 8-f *untouched* (``README.md``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
from mkdocs.config import load_config as load_mkdocs_config

from digest.config import load_config
from digest.contract import articlefile
from digest.convert import convert_paths
from tests.conftest import ADDED, ROOT
from tests.eval.real import metric

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
GOLD = HERE / "ground-truth.json"
SPLITS = ("all", "tune", "untouched")
LOST_MARGIN = 0.01
"""A page is listed when ours recalls at least this much less than trafilatura."""
LOST_COVERAGE = 0.5
"""A gold paragraph is lost when less than this share of it is in ours and at least this share in trafilatura's."""


def split_of(key: str) -> str:
    """``tune`` for keys ending in 0-7, ``untouched`` for 8-f."""
    return "tune" if key[-1] in "01234567" else "untouched"


def gold() -> dict[str, str]:
    data: dict[str, dict[str, str]] = json.loads(GOLD.read_text(encoding="utf-8"))
    return {key: value["articleBody"] for key, value in sorted(data.items())}


def jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


class _Text(HTMLParser):
    """The text of rendered HTML, a line break at every block element, cells apart."""

    BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "table", "thead"})
    BLOCKS |= {"tbody", "tr", "div", "pre", "br", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parts.append("\n" if tag in self.BLOCKS else " " if tag in ("td", "th") else "")

    def handle_endtag(self, tag: str) -> None:
        self.handle_starttag(tag, [])

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def site_markdown() -> markdown.Markdown:
    """Python-Markdown with the extensions and settings of the project's ``mkdocs.yml``."""
    config = load_mkdocs_config(str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(extensions=list(config.markdown_extensions), extension_configs=config.mdx_configs)


def rendered_text(body: str, md: markdown.Markdown | None = None) -> str:
    """What a reader sees of a Markdown body: rendered as the site does, tags taken away."""
    md = md or site_markdown()
    parser = _Text()
    parser.feed(md.reset().convert(body))
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def ours(keys: Sequence[str], workers: int | None = None) -> dict[str, str]:
    """Each page's body as ``digest convert`` wrote it (Markdown; "" when the page failed)."""
    config = load_config(ROOT / "site_config")
    with tempfile.TemporaryDirectory(prefix="digest-real-") as tmp:
        inbox, content = Path(tmp) / "inbox", Path(tmp) / "content"
        inbox.mkdir()
        for key in keys:
            (inbox / f"{key}.html").write_bytes(gzip.decompress((PAGES / f"{key}.html.gz").read_bytes()))
        convert_paths([inbox], content, config, ADDED, jobs=workers or jobs())
        bodies = dict.fromkeys(keys, "")
        for path in sorted((content / "articles").glob("*.md")):
            parsed = articlefile.parse(path.name, path.read_text(encoding="utf-8"))
            if parsed.article is not None and parsed.article.original:
                bodies[Path(parsed.article.original).stem] = parsed.article.body
    return bodies


def _bare(key: str) -> str:
    import trafilatura

    return trafilatura.extract(gzip.decompress((PAGES / f"{key}.html.gz").read_bytes())) or ""


def trafilatura_bodies(keys: Sequence[str], workers: int | None = None) -> dict[str, str]:
    """Each page's text from bare ``trafilatura.extract()`` (defaults)."""
    with ProcessPoolExecutor(max_workers=workers or jobs()) as pool:
        return dict(zip(keys, pool.map(_bare, keys, chunksize=4), strict=True))


@dataclass(frozen=True, slots=True)
class Page:
    key: str
    gold: str
    text: str
    score: metric.PageScore

    @property
    def split(self) -> str:
        return split_of(self.key)


def score_pages(texts: dict[str, str], golds: dict[str, str]) -> dict[str, Page]:
    pages = {}
    for key, body in golds.items():
        text = texts.get(key, "")
        pages[key] = Page(key, body, text, metric.score(text, body))
    return pages


def summaries(pages: dict[str, Page]) -> dict[str, metric.Summary]:
    """The macro averages over all pages, the tune pages and the untouched pages."""
    return {name: metric.summary([p.score for p in pages.values() if name in ("all", p.split)]) for name in SPLITS}


def table(rows: Iterable[tuple[str, dict[str, metric.Summary]]]) -> list[str]:
    lines = [f"{'':<13}{'pages':<16}{'F1':>7}{'precision':>11}{'recall':>8}"]
    for name, sums in rows:
        for split in SPLITS:
            s = sums[split]
            label = name if split == "all" else ""
            lines.append(f"{label:<13}{split + f' ({s.pages})':<16}{s.f1:>7.3f}{s.precision:>11.3f}{s.recall:>8.3f}")
    return lines


def lost(ours_page: Page, theirs: Page) -> list[str]:
    """Gold paragraphs mostly missing from ours that trafilatura kept."""
    found, kept = metric.shingles(ours_page.text), metric.shingles(theirs.text)
    return [
        line.strip()
        for line in ours_page.gold.splitlines()
        if line.strip()
        and metric.coverage(line, found) < LOST_COVERAGE
        and metric.coverage(line, kept) >= LOST_COVERAGE
    ]


def losses(mine: dict[str, Page], bare: dict[str, Page], show_untouched: bool = False) -> list[str]:
    """The pages where ours recalls less than trafilatura, worst first, with the paragraphs lost."""
    worse = [k for k in mine if (mine[k].score.recall or 0.0) < (bare[k].score.recall or 0.0) - LOST_MARGIN]
    worse.sort(key=lambda k: ((mine[k].score.recall or 0.0) - (bare[k].score.recall or 0.0), k))
    lines = [f"{len(worse)} page(s) where ours keeps less of the article than trafilatura (recall, ours vs theirs):"]
    for k in worse:
        page = mine[k]
        lines.append(f"- {k[:12]} {page.split:<9} {page.score.recall or 0.0:.3f} vs {bare[k].score.recall or 0.0:.3f}")
        if page.split == "tune" or show_untouched:
            lines += [f"    lost: {p[:160]}" for p in lost(page, bare[k])]
    return lines


def run(show_untouched: bool = False, workers: int | None = None) -> str:
    golds = gold()
    keys = list(golds)
    md = site_markdown()
    mine = score_pages({k: rendered_text(b, md) for k, b in ours(keys, workers).items()}, golds)
    bare = score_pages(trafilatura_bodies(keys, workers), golds)
    import trafilatura

    out = [
        f"{len(keys)} real pages; ours: the body of the file `digest convert` wrote, rendered as the site does;",
        f"bare trafilatura {trafilatura.__version__}: extract() with its defaults, in the same run.",
        "",
        *table([("ours", summaries(mine)), ("trafilatura", summaries(bare))]),
        "",
        *losses(mine, bare, show_untouched),
    ]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--show-untouched", action="store_true", help="also print the paragraphs untouched pages lost")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: one per core, at most 4)")
    args: Any = parser.parse_args(argv)
    print(run(args.show_untouched, args.jobs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
