"""The article collection and the topics for the site build, re-read only when files change.

MkDocs loads hook modules once, and ``mkdocs serve`` rebuilds the site after
every edit. `SiteCache` keeps each parsed file keyed on its path and its
``stat`` stamp (mtime, size, ctime), so a rebuild re-reads only what changed,
and nothing more. Its problems are exactly those ``digest check`` reports about
the articles and ``site_config/topics.yml``: the same functions produce them.
Of ``site_config/`` the pages depend on ``topics.yml`` alone; the other files
steer ``digest convert``, which (like ``digest check``) reads and checks them.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digest.config import TOPICS_FILE, Taxonomy, load_taxonomy
from digest.contract.articlefile import MAX_ARTICLE_BYTES, ParsedFile
from digest.paths import display_path, printable, read_file
from digest.problems import Problem, ProblemsError
from digest.site.article import header
from digest.site.buildcache import Store, key
from digest.site.derived import Derived
from digest.site.feeds import FeedLink, FeedMemo, links_by_page
from digest.site.fingerprint import software, stable
from digest.site.generated import GeneratedFile
from digest.site.images import LocalImage
from digest.site.listing import PageLinks, Texts, text_of
from digest.site.pagecache import PageCache
from digest.site.pagewriter import PageWriter
from digest.site.preview import Preview, Stamp, site_inputs, stamp
from digest.site.search import SearchDoc
from digest.site.stamps import StampRecord, from_plain, plain
from digest.store.collection import Entry, article_srcs, duplicate_problems, parse_article, read_article

CONFIG_DIR = "site_config"
"""The configuration folder, next to mkdocs.yml."""


@dataclass(frozen=True, slots=True)
class Site:
    """Everything the pages are built from: the configuration, the valid articles, every problem."""

    config: Taxonomy | None
    """``None`` when ``site_config/`` has errors (they are among the problems)."""
    entries: tuple[Entry, ...]
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity.is_error())

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity.is_warning())  # notes are for `digest check` alone

    def failure(self, site_url: str | None) -> str | None:
        """Why the site cannot be built (every error, one a line), or ``None`` when it can."""
        if self.errors:
            return "\n".join(str(p) for p in self.errors)
        if self.config is None:
            return f"{CONFIG_DIR}: could not be read"
        if not site_url:
            return "mkdocs.yml: site_url: is required for the feeds"
        return None


@dataclass(frozen=True, slots=True)
class _Parsed:
    stamp: Stamp
    entry: Entry | None
    problems: tuple[Problem, ...]
    meta: Mapping[str, Any]
    """The frontmatter as read, keys outside the contract included."""
    memo_key: bytes = b""
    """The build cache's key of the parsed file (empty without the cache)."""


class SiteCache:
    """Parsed article files and configuration, reused while their path and stamp are unchanged."""

    def __init__(self) -> None:
        self._articles: dict[str, _Parsed] = {}
        self._config: tuple[tuple[Stamp, ...], Taxonomy] | None = None
        self._build: weakref.ref[object] | None = None
        self._content: Path | None = None
        self._topics: frozenset[str] | None = None
        self._shown = ""
        self.texts: Texts = {}
        """Articles' escaped texts for the listing pages, kept for the unchanged ones."""
        self.feeds: FeedMemo = {}
        """Feed documents, kept for the unchanged feeds."""
        self._links: tuple[Taxonomy, str, dict[str | None, list[FeedLink]]] | None = None
        self._headers: dict[str, tuple[Entry, str]] = {}
        self._headers_config: Taxonomy | None = None
        self._topic_links: dict[str, PageLinks] = {}
        self.preview: Preview | None = None
        self.page_metas, self.heads = Derived("page meta"), Derived("sharing head")
        """An article page's metadata and sharing head, kept by the file's content (`file_key`)."""
        """Set while an incremental preview (``mkdocs serve --dirty``) runs."""
        self.show_drafts = False
        """True under ``mkdocs serve``: the listings show the drafts too, marked (the built site leaves them out)."""
        self.search_docs: list[SearchDoc] = []
        """The search entries of the articles of the current build (made with the pages, written after them)."""
        self.site: Site | None = None
        """What the last `load` or `load_project` returned."""
        self.images: dict[str, LocalImage] = {}
        """The site's copies of lead images by article id, for the current build (empty when images are off)."""
        self._memo_digest = b""
        self._headers_key: bytes | None = None
        self.memo: Store | None = None
        """The build cache during a build (``hooks/buildcache.py``): parsed articles by content."""
        self.pages: PageCache | None = None
        """The build cache's pages during a build."""
        self.writer: PageWriter | None = None
        """The pages a preview's build left to write while the preview serves (`digest.site.pagewriter`)."""
        self.tags_url: str | None = None  # the tags page's address in this build (hooks/tags.py)
        self.serving = False
        """Whether the builds are ``mkdocs serve``'s (drafts are built, marked as such)."""
        self.keep_site = False
        """Whether the site folder is kept between builds (``mkdocs build``, `digest.site.outputs`)."""

    def load_project(self, config_file: str, docs_dir: str, site_dir: str) -> Site:
        """`load` the docs folder of the project of ``config_file`` (mkdocs.yml) and its ``site_config/``.

        Under an incremental preview, a change to ``mkdocs.yml`` or ``site_config/``
        since the last call empties ``site_dir``, so every page is built again.
        """
        config_dir = Path(config_file).parent / CONFIG_DIR
        site = self.load(Path(docs_dir), config_dir)
        if self.preview is not None and self.preview.site_changed(site_inputs(Path(config_file), config_dir)):
            self.preview.clear(Path(site_dir))
        return site

    def source(self, generated: GeneratedFile) -> Path | None:
        """Where the preview keeps ``generated`` (see `Preview.source`); ``None``: give it as text."""
        return self.preview.source(generated) if self.preview is not None else None

    def config(self, folder: Path, build: object | None = None) -> Taxonomy:
        """``site_config/topics.yml`` as `digest.config.load_taxonomy` reads it; raises `ProblemsError`.

        ``build`` is an object that lives as long as one build (MkDocs' config):
        within one build the files are checked once, not once per page.
        """
        if build is not None and self._config is not None and self._build is not None and self._build() is build:
            return self._config[1]
        stamps = (stamp(folder), stamp(folder / TOPICS_FILE))
        if self._config is None or self._config[0] != stamps or stamps[0] is None:
            self._config = None
            self._config = (stamps, load_taxonomy(folder))
        self._build = weakref.ref(build) if build is not None else None
        return self._config[1]

    def config_beside(self, config_file: str, build: object) -> Taxonomy:
        """The ``site_config/`` folder next to ``config_file`` (mkdocs.yml), checked once per ``build``."""
        if self._config is not None and self._build is not None and self._build() is build:
            return self._config[1]
        return self.config(Path(config_file).parent / CONFIG_DIR, build)

    def load(self, content: Path, config_dir: Path) -> Site:
        """Every article of ``content`` and the topics, with the problems ``digest check`` reports about them.

        Messages name files as the working directory sees them
        (``content/articles/x.md``), as ``digest check`` does.
        """
        problems: list[Problem] = []
        config: Taxonomy | None = None
        try:
            config = self.config(config_dir)
        except ProblemsError as exc:
            problems.extend(exc.problems)
        topics = config.topic_titles if config is not None else None
        if content != self._content or topics != self._topics:
            self._articles = {}
        self._content, self._topics, self._shown = content, topics, display_path(content)
        names = "\n".join(sorted(topics)) if topics is not None else "\0"
        self._memo_digest = key("article", software(), names)  # what a parsed article depends on besides its file
        entries: list[Entry] = []
        current: dict[str, _Parsed] = {}
        folder = content.as_posix()
        # a process's first load (``mkdocs build``, a preview's start); later loads know the files' stamps already
        first = self.memo is not None and not self._articles
        record = StampRecord(self.memo.folder, key(self._memo_digest, self._shown)) if first and self.memo else None
        for src in article_srcs(folder):
            current[src] = parsed = self._article(f"{folder}/{src}", src, record)
            problems.extend(parsed.problems)
            if parsed.entry is not None:
                entries.append(parsed.entry)
            if record is not None:
                record.note(src, parsed.stamp, parsed.memo_key)
        if record is not None:
            record.save()
        self._articles = current
        problems.extend(duplicate_problems(content, entries))
        self._forget_all_but(entries)
        self.site = Site(config, tuple(entries), tuple(problems))
        return self.site

    def frontmatter(self, src: str) -> Mapping[str, Any]:
        """The frontmatter of one article as the last `load` read it (empty when it was not there)."""
        parsed = self._articles.get(src)
        return parsed.meta if parsed is not None else {}

    def _forget_all_but(self, entries: list[Entry]) -> None:
        """Drop the texts and headers of articles that changed or went (an unchanged file keeps its objects)."""
        now = {e.src: e for e in entries}
        self.texts = {src: t for src, t in self.texts.items() if src in now and now[src].article is t[0]}
        self._headers = {src: h for src, h in self._headers.items() if now.get(src) is h[0]}

    def feed_links(self, page_src: str, config: Taxonomy, site_name: str) -> list[FeedLink]:
        """`digest.site.feeds.links` of a page, made once for every page of ``config``'s site."""
        if self._links is None or self._links[0] is not config or self._links[1] != site_name:
            self._links = (config, site_name, links_by_page(config.topics, site_name))
        by_page = self._links[2]
        return by_page.get(page_src) or by_page[None]

    def header(self, entry: Entry, config: Taxonomy) -> str:
        """`digest.site.article.header` of ``entry``, made again only when it or ``config`` changed."""
        if config is not self._headers_config:
            self._headers, self._headers_config, self._topic_links = {}, config, {}
            self._headers_key = None
        found = self._headers.get(entry.src)
        if found is not None and found[0] is entry:
            return found[1]
        parsed = self._articles.get(entry.src)
        kept = None
        if self.memo is not None and parsed is not None and parsed.memo_key and parsed.entry is entry:
            if self._headers_key is None:
                self._headers_key = key("header", stable(config.topics))
            kept = key(parsed.memo_key, self._headers_key)  # the same file and topics give the same header
            if (data := self.memo.get(kept)) is not None:
                self._headers[entry.src] = (entry, made := data.decode("utf-8", "surrogatepass"))
                return made
        folder = entry.src.rpartition("/")[0]
        links = self._topic_links.get(folder)
        if links is None:  # links from one folder to the topic pages are the same for every page there
            links = self._topic_links[folder] = PageLinks(entry.src, {t.title: t for t in config.topics})
        made = header(entry.article, entry.src, config.topics, text_of(self.texts, entry), links)
        self._headers[entry.src] = (entry, made)
        if kept is not None and self.memo is not None:
            self.memo.put(kept, made.encode("utf-8", "surrogatepass"))
        return made

    def file_key(self, entry: Entry) -> bytes:
        """The build cache's key of the file ``entry`` was read from (empty without the cache)."""
        parsed = self._articles.get(entry.src)
        return parsed.memo_key if parsed is not None and parsed.entry is entry and self.memo is not None else b""

    def article(self, src: str) -> tuple[Entry | None, tuple[Problem, ...]]:
        """One article (``articles/x.md``) as the last `load` read it, so every page of a build agrees.

        A file that was not there at the last load gives ``(None, ())``.
        """
        if self._content is None:
            raise LookupError(f"{src}: no collection loaded yet")
        parsed = self._articles.get(src)
        return (parsed.entry, parsed.problems) if parsed is not None else (None, ())

    def _article(self, path: str, src: str, record: StampRecord | None = None) -> _Parsed:
        now = stamp(path)
        cached = self._articles.get(src)
        if cached is not None and now is not None and cached.stamp == now:
            return cached
        shown = printable(src) if self._shown == "." else f"{self._shown}/{printable(src)}"
        known = record.key_of(src, now) if record is not None else None
        parsed, memo_key = self._kept(known, shown) if known is not None else (None, b"")
        if parsed is None:
            parsed, memo_key = self._read(path, shown, src)
        entry = Entry(src, parsed.article) if parsed.article is not None else None
        return _Parsed(now, entry, parsed.problems, parsed.meta, memo_key)

    def _read(self, path: str, shown: str, src: str) -> tuple[ParsedFile, bytes]:
        """`read_article`, or what the build cache keeps for the same bytes, names and topics; and its key."""
        if self.memo is None:
            return read_article(path, shown, self._topics, src=src), b""
        try:
            data = read_file(path, MAX_ARTICLE_BYTES)
        except OSError:
            return read_article(path, shown, self._topics, src=src), b""  # the same problem, said the same way
        memo_key = key(self._memo_digest, shown, src, data)
        found, _ = self._kept(memo_key, shown)
        if found is not None:
            return found, memo_key
        parsed = parse_article(data, shown, self._topics, src=src)
        self.memo.dump(memo_key, plain(parsed))
        return parsed, memo_key

    def _kept(self, memo_key: bytes, shown: str) -> tuple[ParsedFile | None, bytes]:
        """The parsed file the build cache keeps under ``memo_key``, if any, and the key."""
        found = from_plain(self.memo.load(memo_key), shown) if self.memo is not None else None
        return (found, memo_key) if found is not None else (None, b"")


CACHE = SiteCache()
"""The one cache the hooks share: hook modules are loaded once and survive ``mkdocs serve`` rebuilds,
so the state they keep between events and between rebuilds lives here, not in a hook."""
