"""The three sites the build benchmark compares, written from the same synthetic articles.

- ``ours``: this project's ``mkdocs.yml``, ``hooks/`` and ``site_config/`` over
  ``content/articles/``;
- ``plain``: the same pages with the hooks turned off: ``mkdocs.yml`` without its
  ``hooks:`` list, and everything the hooks add (home, topic, timeline and tags
  pages, feeds, the header above each article) written beforehand as ordinary
  files, so plain MkDocs + Material builds the same pages; the tags index and the
  chips on pages, which Digest makes while it builds, are made the way plain
  Material makes them: its tags plugin and a listing on the tags page;
- ``blog``: Material's blog plugin with categories (our topics) and the archive
  (our timeline), plus the search and tags plugins and a tags index, over the
  same articles written as blog posts.

    python benchmarks/projects.py --n 1000 --where /tmp/sites
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import yaml
from corpus import Generator

from digest.config import load_config
from digest.contract.articlefile import render
from digest.contract.model import Article
from digest.site import article, feeds, pages, paths
from digest.site.cache import SiteCache

ROOT = Path(__file__).resolve().parent.parent
SITE_URL = "http://127.0.0.1:8000/"
VARIANTS = ("ours", "plain", "blog")
_HOOKS = re.compile(r"^hooks:\n(?:  - .*\n)+", re.MULTILINE)

BLOG_CONFIG = f"""\
# Material's blog plugin over the benchmark's articles (written by benchmarks/projects.py).
site_name: Digest
site_url: {SITE_URL}
theme:
  name: material
  font: false
  features:
    - navigation.tabs
    - search.highlight
plugins:
  - search
  - tags
  - blog:
      categories: true
      archive: true
nav:
  - Blog: blog/index.md
  - Tags: tags.md
markdown_extensions:
  - admonition
  - attr_list
  - toc:
      permalink: true
      toc_depth: 3
"""


def articles(n: int) -> list[Article]:
    """The first ``n`` articles of the benchmark corpus."""
    generator = Generator()
    return [generator.make(i).article for i in range(n)]


def _fresh(where: Path) -> Path:
    if where.exists():
        shutil.rmtree(where)
    where.mkdir(parents=True)
    return where


def _write_articles(content: Path, items: Iterable[Article]) -> None:
    folder = content / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    for item in items:
        (folder / f"{item.id}.md").write_text(render(item), encoding="utf-8")


def write_ours(where: Path, items: list[Article]) -> Path:
    """This project's site over ``items``."""
    _fresh(where)
    for part in ("hooks", "site_config"):
        shutil.copytree(ROOT / part, where / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "mkdocs.yml", where / "mkdocs.yml")
    _write_articles(where / "content", items)
    return where


def write_plain(where: Path, items: list[Article]) -> Path:
    """The same pages as `write_ours`, generated beforehand, built without hooks."""
    _fresh(where)
    shutil.copytree(ROOT / "site_config", where / "site_config", ignore=shutil.ignore_patterns("__pycache__"))
    text, removed = _HOOKS.subn("", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    tags = "plugins:\n  - search\n  - tags:\n      export: false\n"
    text, added = re.subn(r"^plugins:\n  - search\n", tags, text, count=1, flags=re.MULTILINE)
    if removed != 1 or added != 1:
        raise ValueError("mkdocs.yml: expected one list of hooks and one of plugins; update benchmarks/projects.py")
    (where / "mkdocs.yml").write_text(text, encoding="utf-8")
    _write_articles(where / "content", items)
    _pregenerate(where)
    return where


def _pregenerate(project: Path) -> None:
    """Write the pages, feeds and article headers the hooks would add, as ordinary files."""
    content, config = project / "content", load_config(project / "site_config")
    site = SiteCache().load(content, project / "site_config")
    urls = {e.src: e.src.removesuffix(".md") + "/" for e in site.entries}
    made = pages.build_pages(site.entries, config.topics, "Digest")
    urls |= {g.src: g.src.removesuffix("index.md").removesuffix(".md") + "/" for g in made}
    absolute = feeds.absolute_urls(SITE_URL, urls)
    made += feeds.feed_files(feeds.feeds(site.entries, config.topics, "Digest", "A curated news digest"), absolute)
    listing = "\n<!-- material/tags -->\n"  # Material's tags plugin fills the tags page in
    for item in (replace(g, content=g.content + listing) if g.src == paths.TAGS else g for g in made):
        path = content / item.src
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(item.content, encoding="utf-8")
    for entry in site.entries:
        top = article.header(entry.article, entry.src, config.topics)
        path = content / entry.src
        path.write_text(render(entry.article.replace(body=top + "\n" + entry.article.body)), encoding="utf-8")


def _post(item: Article) -> str:
    front = {"date": item.sort_date, "categories": list(item.topics), "tags": list(item.tags)}
    meta = yaml.safe_dump(front, sort_keys=False, allow_unicode=True)
    return f"---\n{meta}---\n\n# {item.title}\n\n{item.summary}\n\n<!-- more -->\n\n{item.body}\n"


def write_blog(where: Path, items: list[Article]) -> Path:
    """Material's blog over ``items``: one post each, its summary as the excerpt."""
    _fresh(where)
    docs = where / "docs"
    (docs / "blog" / "posts").mkdir(parents=True)
    (where / "mkdocs.yml").write_text(BLOG_CONFIG, encoding="utf-8")
    (docs / "blog" / "index.md").write_text("# Blog\n", encoding="utf-8")
    (docs / "tags.md").write_text("# Tags\n\n<!-- material/tags -->\n", encoding="utf-8")
    for item in items:
        (docs / "blog" / "posts" / f"{item.id}.md").write_text(_post(item), encoding="utf-8")
    return where


WRITERS = {"ours": write_ours, "plain": write_plain, "blog": write_blog}


def write_all(where: Path, n: int, variants: Iterable[str] = VARIANTS) -> dict[str, Path]:
    """Each variant's project for ``n`` articles under ``where/<variant>``."""
    items = articles(n)
    return {v: WRITERS[v](where / v, items) for v in variants}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--where", type=Path, required=True)
    args = parser.parse_args()
    for variant, path in write_all(args.where, args.n).items():
        print(f"{variant}: {os.path.relpath(path)}")


if __name__ == "__main__":
    main()
