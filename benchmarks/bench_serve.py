"""The edit–preview loop: from saving an edited article to the rebuilt pages being served.

    python benchmarks/bench_serve.py --n 1000 --edits 5

Starts a real ``mkdocs serve`` on the ``ours`` project of `projects`, waits for
the first build, then edits one article at a time as an editor would: a new
title, one more topic, ``featured: true``. After each save it waits for the
server to report the rebuild done (its log says "Reloading browsers", when
browsers are told to reload), then fetches the article page, the page of the
topic just added, the article's timeline page and the home page (under
"Featured") until all show the new title; the time from the save to that moment
is one measurement. Watching the log rather than polling pages keeps the
measurement from slowing the server it measures.
MkDocs' own figure for the rebuild ("Documentation built in ...") is kept too.

Two modes are measured in the same run: ``make serve``'s (`SERVE_FAST`:
``--dirty``, an incremental rebuild) and plain ``mkdocs serve`` (every edit
rebuilds the whole site), the reference.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import projects
from measure import Stat, fetch, free_port, stop, tool_env

from digest.config import load_config
from digest.contract.articlefile import parse, render
from digest.site import paths, timeline
from digest.site.cache import SiteCache
from digest.site.listing import newest_first
from digest.store.collection import Entry

SERVE_FAST = ("--dirty",)
"""The options ``make serve`` passes to ``mkdocs serve`` (keep the Makefile in step)."""
TIMEOUT = 120.0
_BUILT = re.compile(r"Documentation built in ([\d.]+) seconds")
KINDS = ("frontmatter", "body")
_RELOADED = "Reloading browsers"
"""What ``mkdocs serve`` logs once a rebuild is complete and served."""


@dataclass(frozen=True, slots=True)
class Loop:
    """Edits measured in one serve mode."""

    mode: str
    kind: str
    """``frontmatter`` or ``body`` (see `_edit`)."""
    n: int
    served: Stat
    """Seconds from saving the file to every checked page showing the edit."""
    rebuild: Stat
    """MkDocs' own build time of those rebuilds."""


def _log(log: IO[bytes]) -> str:
    log.seek(0)
    return log.read().decode("utf-8", "replace")


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


def _edit(project: Path, entry: Entry, k: int, n: int, kind: str) -> tuple[str, list[str]]:
    """Save edit ``k`` of ``entry``; return the text that shows it and the site paths that must show it.

    A ``frontmatter`` edit gives the article a new title, one more topic and
    ``featured: true`` (its topic, timeline and home pages change); a ``body``
    edit adds a sentence to its text (only its own page changes).
    """
    path = project / "content" / entry.src
    current = parse(entry.src, path.read_text(encoding="utf-8")).article
    assert current is not None, path
    if kind == "body":
        marker = f"Correction {k}: an editor fixed this sentence."
        path.write_text(render(current.replace(body=f"{current.body}\n\n{marker}")), encoding="utf-8")
        return marker, [_url(entry.src)]
    title = f"{entry.article.title} (update {k})"
    added = next(t for t in load_config(project / "site_config").topics if t.title not in current.topics)
    edited = current.replace(title=title, topics=(*current.topics, added.title), featured=True)
    path.write_text(render(edited), encoding="utf-8")
    year = paths.year_page(edited.sort_date.year) if n > timeline.SPLIT_THRESHOLD else paths.TIMELINE
    return title, [_url(entry.src), _url(paths.topic_page(added.slug)), _url(year), ""]


@dataclass(frozen=True, slots=True)
class Server:
    """A running ``mkdocs serve``: the process, its address and its log."""

    proc: subprocess.Popen[bytes]
    base: str
    log: IO[bytes]
    n: int
    """Articles in the project served."""


def _one_edit(project: Path, entry: Entry, k: int, server: Server, kind: str) -> tuple[float, float]:
    """Save edit ``k``; seconds until it is served, and MkDocs' own time for the rebuild."""
    reloads = _log(server.log).count(_RELOADED)
    title, urls = _edit(project, entry, k, server.n, kind)
    start = time.perf_counter()
    _wait(lambda: _log(server.log).count(_RELOADED) > reloads, server.proc, f"the rebuild after edit {k}")
    _wait(lambda: all(title in fetch(server.base + u) for u in urls), server.proc, f"edit {k} of {entry.src}")
    took = time.perf_counter() - start
    return took, float(_BUILT.findall(_log(server.log))[-1])


def measure(n: int, edits: int, mode: str, work: Path, kinds: Sequence[str] = KINDS) -> list[Loop]:
    """Serve ``ours`` at ``n`` articles in ``mode`` ("fast" or "full"); time ``edits`` edits of each kind."""
    project = projects.write_ours(work / f"serve-n{n}" / mode, projects.articles(n))
    site = SiteCache().load(project / "content", project / "site_config")
    recent = newest_first(site.entries)  # on the home page: a frontmatter edit changes it
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    flags = SERVE_FAST if mode == "fast" else ()
    result = []
    with tempfile.TemporaryFile() as log:
        cmd = [sys.executable, "-m", "mkdocs", "serve", *flags, "-a", f"127.0.0.1:{port}"]
        proc = subprocess.Popen(cmd, cwd=project, env=tool_env(SITE_URL=base), stdout=log, stderr=subprocess.STDOUT)
        server = Server(proc, base, log, n)
        try:
            _wait(lambda: "Digest" in fetch(base), proc, "the first build")
            for i, kind in enumerate(kinds):
                served, rebuilt = [], []
                for k, entry in enumerate(recent[i * edits : (i + 1) * edits], start=1):
                    time.sleep(1.0)  # let the file watcher settle
                    took, build = _one_edit(project, entry, k, server, kind)
                    served.append(took)
                    rebuilt.append(build)
                result.append(Loop(mode, kind, n, Stat.of(served), Stat.of(rebuilt)))
        finally:
            stop(proc, timeout=20)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--modes", nargs="+", default=["fast", "full"])
    args = parser.parse_args()
    for mode in args.modes:
        for loop in measure(args.n, args.edits, mode, projects.ROOT / "benchmarks" / ".work"):
            print(loop)


if __name__ == "__main__":
    main()
