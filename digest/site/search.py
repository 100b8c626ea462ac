"""The search index: one small entry per article instead of every word of every page.

Material's search plugin indexes every section of every page: about 6 KB per
800-word article, tens of megabytes for an archive, all downloaded by each
reader's browser. Here article pages and the generated listing pages are left
out of what the plugin parses (`EXCLUDED`), and `compact` adds one entry per
article, made from the collection: its title, summary and source as text, its
tags as tags (which Material's search weighs most). Pages an editor wrote by
hand keep the plugin's own entries.

>>> import datetime as dt
>>> from digest.store.collection import Entry
>>> from digest.contract.model import Article
>>> a = Article(title="Sea <wall> vote", added=dt.date(2025, 1, 2), id="x", source="The Ledger",
...             summary="The council voted.", tags=("Porthallow Bay",))
>>> docs = article_docs([Entry("articles/x.md", a)], {"articles/x.md": "articles/x/"})
>>> docs == [{"location": "articles/x/", "title": "Sea &lt;wall&gt; vote",
...           "text": "The council voted. · The Ledger", "tags": ["Porthallow Bay"]}]
True
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from digest.site.listing import SEPARATOR, published
from digest.store.collection import Entry
from digest.store.writer import write_atomic

INDEX = "search/search_index.json"
"""Where Material's search plugin writes the index, under the site folder."""

SearchDoc = dict[str, Any]


def excluded() -> dict[str, Any]:
    """Page metadata that keeps Material's search plugin from indexing a page's text."""
    return {"search": {"exclude": True}}


def _source(entry: Entry) -> str:
    article = entry.article
    if article.source and article.via:
        return f"{article.source} via {article.via}"
    return article.source or article.via or ""


def article_docs(entries: Iterable[Entry], urls: Mapping[str, str]) -> list[SearchDoc]:
    """One entry per published article with a page: title, summary and source, tags.

    ``urls`` maps an article's ``src`` to its page's site-relative URL. Values are
    HTML-escaped, as Material's own entries are: the search box shows them as HTML.
    """
    docs = []
    for entry in published(entries):
        url = urls.get(entry.src)
        if url is None:
            continue
        text = SEPARATOR.join(t for t in (entry.article.summary, _source(entry)) if t)
        doc: SearchDoc = {"location": url, "title": html.escape(entry.article.title), "text": html.escape(text)}
        if entry.article.tags:
            doc["tags"] = [html.escape(t) for t in entry.article.tags]
        docs.append(doc)
    return docs


def compact(index: str, docs: list[SearchDoc]) -> str:
    """Material's index text with every article entry replaced by ``docs`` (written as Material writes it)."""
    data = json.loads(index)
    ours = {d["location"] for d in docs}
    kept = [d for d in data.get("docs", []) if d.get("location", "").split("#", 1)[0] not in ours]
    data["docs"] = kept + docs
    return json.dumps(data, separators=(",", ":"), default=str)


def rewrite(site_dir: Path, docs: list[SearchDoc]) -> bool:
    """Compact the index the search plugin wrote under ``site_dir``; False when there is none."""
    path = site_dir / INDEX
    try:
        index = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    write_atomic(path, compact(index, docs))
    return True
