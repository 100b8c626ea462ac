"""Frontmatter keys Digest does not know still reach the theme's templates as text.

``mkdocs build`` without ``--strict`` (and ``mkdocs serve``) only warns about an
unknown key, and Material prints ``description`` and ``author`` into ``<meta>``
tags unescaped. The hook hands every frontmatter text through
`digest.site.article.display_meta`, so they stay attribute text.
"""

from __future__ import annotations

from pathlib import Path

from tests.site.helpers import article, elements, make_project, mkdocs, page_file, write_article

DESCRIPTION = '"><script>window.__pwned="meta-description"</script>'
AUTHOR = "' onmouseover='alert(1)' x='"


def test_unknown_keys_printed_by_the_theme_stay_text(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    path = write_article(project, article("Meta sample", "2025-01-01", id="meta"))
    text = path.read_text(encoding="utf-8")
    extra = f"description: '{DESCRIPTION}'\nauthor: \"{AUTHOR}\"\n"
    path.write_text(text.replace("---\n", "---\n" + extra, 1), encoding="utf-8")
    result = mkdocs(project, "build")  # not --strict: the unknown keys are warnings
    assert result.returncode == 0, result.stderr
    assert "unknown key" in result.stderr
    page = page_file(project / "site", "articles/meta").read_text(encoding="utf-8")
    meta = {attrs.get("name"): attrs.get("content") for tag, attrs in elements(page) if tag == "meta"}
    assert (meta["description"], meta["author"]) == (DESCRIPTION, AUTHOR)  # whole attribute values
    assert "<script>window.__pwned" not in page
