"""The article collection and ``site_config/`` for the site build, re-read only when files change.

MkDocs loads hook modules once, and ``mkdocs serve`` rebuilds the site after
every edit. `SiteCache` keeps each parsed file keyed on its path and its
``stat`` stamp (mtime, size, ctime), so a rebuild re-reads only what changed,
and nothing more. Its problems are exactly those of ``digest check``: the same
functions produce them.
"""

from __future__ import annotations

import os
import weakref
from dataclasses import dataclass
from pathlib import Path

from digest.collection import Entry, article_files, duplicate_problems, read_article
from digest.config import FILES, SiteConfig, load_config
from digest.paths import display_path, printable
from digest.problems import Problem, ProblemsError

Stamp = tuple[int, int, int] | None
CONFIG_DIR = "site_config"
"""The configuration folder, next to mkdocs.yml."""


def _stamp(path: Path) -> Stamp:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ctime_ns)


@dataclass(frozen=True, slots=True)
class Site:
    """Everything the pages are built from: the configuration, the valid articles, every problem."""

    config: SiteConfig | None
    """``None`` when ``site_config/`` has errors (they are among the problems)."""
    entries: tuple[Entry, ...]
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity.is_error())

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.severity.is_error())


@dataclass(frozen=True, slots=True)
class _Parsed:
    stamp: Stamp
    entry: Entry | None
    problems: tuple[Problem, ...]


class SiteCache:
    """Parsed article files and configuration, reused while their path and stamp are unchanged."""

    def __init__(self) -> None:
        self._articles: dict[str, _Parsed] = {}
        self._config: tuple[tuple[Stamp, ...], SiteConfig] | None = None
        self._build: weakref.ref[object] | None = None
        self._content: Path | None = None
        self._topics: frozenset[str] | None = None
        self._shown = ""

    def config(self, folder: Path, build: object | None = None) -> SiteConfig:
        """``site_config/`` as `digest.config.load_config` reads it; raises `ProblemsError`.

        ``build`` is an object that lives as long as one build (MkDocs' config):
        within one build the files are checked once, not once per page.
        """
        if build is not None and self._config is not None and self._build is not None and self._build() is build:
            return self._config[1]
        stamps = (_stamp(folder), *(_stamp(folder / name) for name in FILES))
        if self._config is None or self._config[0] != stamps or stamps[0] is None:
            self._config = None
            self._config = (stamps, load_config(folder))
        self._build = weakref.ref(build) if build is not None else None
        return self._config[1]

    def config_beside(self, config_file: str, build: object) -> SiteConfig:
        """The ``site_config/`` folder next to ``config_file`` (mkdocs.yml), checked once per ``build``."""
        if self._config is not None and self._build is not None and self._build() is build:
            return self._config[1]
        return self.config(Path(config_file).parent / CONFIG_DIR, build)

    def load(self, content: Path, config_dir: Path) -> Site:
        """Every article of ``content`` and the configuration, with the problems ``digest check`` reports.

        Messages name files as the working directory sees them
        (``content/articles/x.md``), as ``digest check`` does.
        """
        problems: list[Problem] = []
        config: SiteConfig | None = None
        try:
            config = self.config(config_dir)
        except ProblemsError as exc:
            problems.extend(exc.problems)
        topics = config.topic_titles if config is not None else None
        if content != self._content or topics != self._topics:
            self._articles = {}
        self._content, self._topics, self._shown = content, topics, display_path(content)
        entries: list[Entry] = []
        current: dict[str, _Parsed] = {}
        prefix = len(content.as_posix()) + 1
        for path in article_files(content):
            src = path.as_posix()[prefix:]
            current[src] = parsed = self._article(path, src)
            problems.extend(parsed.problems)
            if parsed.entry is not None:
                entries.append(parsed.entry)
        self._articles = current
        problems.extend(duplicate_problems(content, entries))
        return Site(config, tuple(entries), tuple(problems))

    def article(self, src: str) -> tuple[Entry | None, tuple[Problem, ...]]:
        """One article of the last `load` (``articles/x.md``), read again only if its file changed since."""
        if self._content is None:
            raise LookupError(f"{src}: no collection loaded yet")
        self._articles[src] = parsed = self._article(self._content / src, src)
        return parsed.entry, parsed.problems

    def _article(self, path: Path, src: str) -> _Parsed:
        stamp = _stamp(path)
        cached = self._articles.get(src)
        if cached is not None and stamp is not None and cached.stamp == stamp:
            return cached
        shown = printable(src) if self._shown == "." else f"{self._shown}/{printable(src)}"
        parsed = read_article(path, shown, self._topics)
        entry = Entry(src, parsed.article) if parsed.article is not None else None
        return _Parsed(stamp, entry, parsed.problems)
