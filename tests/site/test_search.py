"""The compact search index: one entry per published article, Material's own entries for other pages."""

from __future__ import annotations

import json
from pathlib import Path

from digest.site import search
from tests.site.helpers import entry

URLS = {"articles/harbour-vote.md": "articles/harbour-vote/", "articles/clinic-rota.md": "articles/clinic-rota/"}


def material_index(*locations: str) -> str:
    docs = [{"location": loc, "title": f"Page {loc}", "text": "every word of the page"} for loc in locations]
    return json.dumps({"config": {"lang": ["en"], "separator": "[\\s]+"}, "docs": docs})


def test_one_entry_per_published_article_with_title_summary_source_and_tags() -> None:
    items = [
        entry("Harbour vote", "2025-03-12", tags=("Porthallow Bay",), source="The Ledger", via="Wire <b>"),
        entry("Clinic rota", "2025-06-03", draft=True),
    ]
    (doc,) = search.article_docs(items, URLS)
    assert doc == {
        "location": "articles/harbour-vote/",
        "title": "Harbour vote",
        "text": "Summary of Harbour vote. · The Ledger via Wire &lt;b&gt;",
        "tags": ["Porthallow Bay"],
    }


def test_compact_replaces_the_articles_and_keeps_other_pages() -> None:
    docs = search.article_docs([entry("Harbour vote", "2025-03-12")], URLS)
    index = material_index("", "about/", "articles/harbour-vote/", "articles/harbour-vote/#a-section")
    data = json.loads(search.compact(index, docs))
    assert data["config"] == {"lang": ["en"], "separator": "[\\s]+"}
    assert [d["location"] for d in data["docs"]] == ["", "about/", "articles/harbour-vote/"]
    assert data["docs"][-1]["title"] == "Harbour vote"


def test_rewrite_needs_the_index_the_search_plugin_wrote(tmp_path: Path) -> None:
    assert search.rewrite(tmp_path, []) is False
    (tmp_path / "search").mkdir()
    (tmp_path / search.INDEX).write_text(material_index("articles/harbour-vote/"), encoding="utf-8")
    docs = search.article_docs([entry("Harbour vote", "2025-03-12")], URLS)
    assert search.rewrite(tmp_path, docs) is True
    written = json.loads((tmp_path / search.INDEX).read_text(encoding="utf-8"))
    assert written["docs"] == docs


def test_pages_are_kept_out_of_the_plugin_s_parsing() -> None:
    assert search.excluded() == {"search": {"exclude": True}}
    assert search.excluded() is not search.excluded()  # a fresh mapping for each page's metadata
