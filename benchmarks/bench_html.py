"""HTML conversion throughput on one core: articles per second, and the ratio to plain text.

Reads every sample page of ``tests/inputs/fixtures`` repeatedly through
`digest.readers.html.read_html` (trafilatura + declared metadata) and then
through the whole chain (`digest.chain.pipeline.convert_document`). The reference,
measured in the same run, is the plain-text path over the same articles'
paragraphs, so the ratio says what the HTML step costs on this machine.

    .venv/bin/python benchmarks/bench_html.py [--rounds N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from digest.chain.pipeline import convert_document
from digest.config import load_config
from digest.readers.html import read_html
from digest.readers.plaintext import read_text

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "inputs" / "fixtures"
ADDED = dt.date(2026, 11, 28)


def heavy_page(data: bytes, target: int = 300 * 1024) -> bytes:
    """The news sample grown to a real page's size: inline scripts, mega-menus, related-story grids."""
    block = (
        "<script>window.__STATE__ = "
        + '{"k": "'
        + "x" * 3000
        + '"};</script>'
        + "<nav class='mega-menu'><ul>"
        + "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(40))
        + "</ul></nav><section class='related'>"
        + "".join(
            f"<div class='card'><a href='/n/{i}'>Related story number {i} about the harbour</a>"
            f"<time datetime='2024-01-{i % 28 + 1:02d}'>date</time></div>"
            for i in range(30)
        )
        + "</section>"
    ).encode()
    head, tail = data.rsplit(b"</body>", 1)
    copies = max(1, (target - len(data)) // len(block))
    return head + block * copies + b"</body>" + tail


def rate(work: Callable[[], int], rounds: int) -> float:
    """Articles per second of ``work`` (which returns how many articles it handled), best of three."""
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        count = sum(work() for _ in range(rounds))
        best = max(best, count / (time.perf_counter() - start))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    rounds = parser.parse_args().rounds
    config = load_config(ROOT / "site_config")
    pages = [(p.name, p.read_bytes()) for p in sorted(FIXTURES.glob("*.htm*"))]
    heavy = [("heavy.html", heavy_page((FIXTURES / "sample-news-page.html").read_bytes()))]
    docs = [d for name, data in pages for d in read_html(name, data)]
    texts = [(d.original, ("\n\n".join((d.title, *d.paragraphs)) + "\n").encode()) for d in docs]

    def html_read() -> int:
        return sum(len(read_html(name, data)) for name, data in pages)

    def html_full() -> int:
        return sum(len([convert_document(d, config, ADDED) for d in read_html(n, data)]) for n, data in pages)

    def text_full() -> int:
        return sum(len([convert_document(d, config, ADDED) for d in read_text(n, data)]) for n, data in texts)

    size = sum(len(data) for _, data in pages) / len(pages) / 1024
    read_rate, full_rate, text_rate = (rate(w, rounds) for w in (html_read, html_full, text_full))
    print(f"{len(pages)} sample pages, {size:.1f} KiB on average, {rounds} rounds, one core")
    print(f"HTML read only (trafilatura + metadata): {read_rate:8.1f} articles/s")
    print(f"HTML read + full chain:                  {full_rate:8.1f} articles/s")
    print(f"plain text, same articles, full chain:    {text_rate:8.1f} articles/s (reference)")
    print(f"HTML / plain-text ratio:                  {full_rate / text_rate:8.2f}")
    heavy_rate = rate(lambda: sum(len(read_html(n, d)) for n, d in heavy), max(1, rounds // 4))
    print(f"HTML read, one {len(heavy[0][1]) / 1024:.0f} KiB page (real-page size): {heavy_rate:8.1f} articles/s")


if __name__ == "__main__":
    main()
