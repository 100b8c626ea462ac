"""The incremental preview's state: generated pages rewritten only when changed, site inputs watched.

The whole preview runs under a real ``mkdocs serve --dirty`` in ``test_serve.py``;
these tests pin the pieces, and that an article page reads as MkDocs would read its file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest
from mkdocs.utils.meta import get_data

from digest.contract.articlefile import render
from digest.site.article import page_source
from digest.site.generated import GeneratedFile
from digest.site.preview import Preview, site_inputs
from digest.store.collection import read_article
from tests.site.helpers import article


@pytest.fixture
def preview() -> Iterator[Preview]:
    made = Preview()
    yield made
    made.close()
    assert not made.folder.exists()


def test_a_generated_page_is_rewritten_only_when_its_text_changes(preview: Preview) -> None:
    page = GeneratedFile("topics/health.md", "# Health\n", "the topic page of 'Health'")
    path = preview.source(page)
    assert path is not None
    assert path.read_text(encoding="utf-8") == "# Health\n"
    os.utime(path, ns=(0, 0))
    assert preview.source(page) == path
    assert path.stat().st_mtime_ns == 0  # same text: untouched, so MkDocs does not rebuild it
    preview.source(GeneratedFile("topics/health.md", "# Health\n\nNew.\n", "the topic page of 'Health'"))
    assert path.stat().st_mtime_ns > 0


def test_a_page_filled_in_by_a_plugin_is_given_as_text(preview: Preview) -> None:
    assert preview.source(GeneratedFile("tags.md", "# Tags\n", "the tags index", filled_in=True)) is None


def test_site_inputs_changed_on_first_call_then_on_any_edit(preview: Preview, tmp_path: Path) -> None:
    (tmp_path / "site_config" / "overrides").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    (tmp_path / "site_config" / "topics.yml").write_text("topics: []\n", encoding="utf-8")

    def changed() -> bool:
        return preview.site_changed(site_inputs(tmp_path / "mkdocs.yml", tmp_path / "site_config"))

    assert changed()
    assert not changed()
    (tmp_path / "site_config" / "overrides" / "main.html").write_text("x", encoding="utf-8")
    assert changed()
    (tmp_path / "mkdocs.yml").write_text("site_name: longer\n", encoding="utf-8")
    assert changed()


def test_clear_empties_the_output_folder(tmp_path: Path) -> None:
    (tmp_path / "articles" / "x").mkdir(parents=True)
    (tmp_path / "index.html").write_text("x", encoding="utf-8")
    Preview.clear(tmp_path)
    assert list(tmp_path.iterdir()) == []


class _Counting(jinja2.Environment):
    compiled = 0

    def _compile(self, source: str, filename: str) -> object:  # type: ignore[override]
        _Counting.compiled += 1
        return super()._compile(source, filename)


def test_templates_are_compiled_once_for_every_environment(preview: Preview, tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("{{ x }}!", encoding="utf-8")
    loader = jinja2.FileSystemLoader(str(tmp_path))  # the bytecode cache keys on the template's file
    _Counting.compiled = 0
    assert _Counting(loader=loader, bytecode_cache=preview.templates).get_template("page.html").render(x=1) == "1!"
    assert _Counting(loader=loader, bytecode_cache=preview.templates).get_template("page.html").render(x=2) == "2!"
    assert _Counting.compiled == 1  # the first environment compiled it, the second reused that
    (tmp_path / "page.html").write_text("{{ x }}?", encoding="utf-8")
    assert _Counting(loader=loader, bytecode_cache=preview.templates).get_template("page.html").render(x=3) == "3?"


@pytest.mark.parametrize(
    "body",
    [
        "One.\n\nTwo.",
        "Note: not metadata, a sentence.",
        "---\n\nA rule at the top.",
        "Tabs\tand trailing spaces   \n\nkept as written.",
    ],
)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_an_article_page_reads_as_mkdocs_reads_the_file(body: str, newline: str, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(render(article("Harbour vote", "2025-03-12", body=body)).replace("\n", newline).encode("utf-8"))
    with path.open(encoding="utf-8-sig") as handle:  # as MkDocs reads a page's file
        expected, _ = get_data(handle.read())
    parsed = read_article(path, "a.md")
    assert parsed.article is not None
    markdown, meta = get_data(page_source(parsed.article))
    assert (markdown, meta) == (expected, {})
