"""The edit–preview loop: from saving an edited article to the rebuilt pages being served.

    python benchmarks/bench_serve.py --n 1000 --edits 5

Starts a real ``mkdocs serve`` on the ``ours`` project of `projects`, waits for
the first build, then edits one article at a time as an editor would: a new
title, one more topic, ``featured: true``. After each save it polls the served
pages until the article page, the page of the topic just added, the article's
timeline page and the home page (under "Featured") all show the new title; the
time from the save to that moment is one measurement.
MkDocs' own figure for the rebuild ("Documentation built in ...") is kept too.

Two modes are measured in the same run: ``make serve``'s (`SERVE_FAST`:
``--dirty``, an incremental rebuild) and plain ``mkdocs serve`` (every edit
rebuilds the whole site), the reference.
"""

from __future__ import annotations

import argparse
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import projects
from measure import Stat, tool_env

from digest.articlefile import parse, render
from digest.collection import Entry
from digest.config import load_config
from digest.site import paths, timeline
from digest.site.cache import SiteCache
from digest.site.listing import newest_first

SERVE_FAST = ("--dirty",)
"""The options ``make serve`` passes to ``mkdocs serve`` (keep the Makefile in step)."""
TIMEOUT = 120.0
_BUILT = re.compile(r"Documentation built in ([\d.]+) seconds")


@dataclass(frozen=True, slots=True)
class Loop:
    """Edits measured in one serve mode."""

    mode: str
    n: int
    served: Stat
    """Seconds from saving the file to every checked page showing the edit."""
    rebuild: Stat
    """MkDocs' own build time of those rebuilds."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def _url(src: str) -> str:
    return src.removesuffix("index.md").removesuffix(".md") + "/" if src != paths.HOME else ""


def _wait(check: Callable[[], bool], proc: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not check():
        if proc.poll() is not None:
            raise RuntimeError(f"mkdocs serve stopped while waiting for {what}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what}: not served within {TIMEOUT:.0f} s")
        time.sleep(0.01)


def _edit(project: Path, entry: Entry, k: int, n: int) -> tuple[str, list[str]]:
    """Save edit ``k`` of ``entry``; return the new title and the site paths that must show it."""
    path = project / "content" / entry.src
    current = parse(entry.src, path.read_text(encoding="utf-8")).article
    assert current is not None, path
    title = f"{entry.article.title} (update {k})"
    added = next(t for t in load_config(project / "site_config").topics if t.title not in current.topics)
    edited = current.replace(title=title, topics=(*current.topics, added.title), featured=True)
    path.write_text(render(edited), encoding="utf-8")
    year = paths.year_page(edited.sort_date.year) if n > timeline.SPLIT_THRESHOLD else paths.TIMELINE
    return title, [_url(entry.src), _url(paths.topic_page(added.slug)), _url(year), ""]


def measure(n: int, edits: int, mode: str, work: Path) -> Loop:
    """Serve the ``ours`` project at ``n`` articles in ``mode`` ("fast" or "full") and time ``edits`` edits."""
    project = projects.write_ours(work / f"serve-n{n}" / mode, projects.articles(n))
    site = SiteCache().load(project / "content", project / "site_config")
    chosen = newest_first(site.entries)[:edits]
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    flags = SERVE_FAST if mode == "fast" else ()
    with tempfile.TemporaryFile() as log:
        cmd = [sys.executable, "-m", "mkdocs", "serve", *flags, "-a", f"127.0.0.1:{port}"]
        proc = subprocess.Popen(cmd, cwd=project, env=tool_env(SITE_URL=base), stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait(lambda: "Digest" in _fetch(base), proc, "the first build")
            served, rebuilt = [], []
            for k, entry in enumerate(chosen, start=1):
                time.sleep(1.0)  # let the file watcher settle
                log.seek(0)
                before = len(_BUILT.findall(log.read().decode("utf-8", "replace")))
                title, urls = _edit(project, entry, k, n)
                start = time.perf_counter()

                def shown(urls: list[str] = urls, title: str = title) -> bool:
                    return all(title in _fetch(base + u) for u in urls)

                _wait(shown, proc, f"edit {k} of {entry.src}")
                served.append(time.perf_counter() - start)
                log.seek(0)
                builds = _BUILT.findall(log.read().decode("utf-8", "replace"))
                rebuilt.append(float(builds[before]) if len(builds) > before else float("nan"))
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    return Loop(mode, n, Stat.of(served), Stat.of(rebuilt))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--modes", nargs="+", default=["fast", "full"])
    args = parser.parse_args()
    for mode in args.modes:
        print(measure(args.n, args.edits, mode, projects.ROOT / "benchmarks" / ".work"))


if __name__ == "__main__":
    main()
