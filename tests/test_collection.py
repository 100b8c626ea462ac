"""Finding article files: the same files, in the same order, as `pathlib`'s ``rglob`` finds them."""

from __future__ import annotations

import os
from pathlib import Path

from digest.store.collection import article_files, article_srcs


def test_article_srcs_are_what_rglob_finds_in_pathlib_order(tmp_path: Path) -> None:
    folder = tmp_path / "content" / "articles"
    names = ["b.md", "a.md", "A.md", "a-b.md", "a b.md", "é.md", "x.MD", "notes.txt", ".hidden.md", "a-b/z.md"]
    names += ["a/c.md", "a/b/d.md", ".drafts/e.md", "odd.md/inside.md", "a/.h/f.md"]
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("x", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "g.md").write_text("x", encoding="utf-8")
    os.symlink(tmp_path / "elsewhere", folder / "linked.md")
    content = tmp_path / "content"
    expected = sorted(
        p for p in folder.rglob("*.md") if not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
    assert article_files(content) == expected
    assert article_srcs(content) == [p.relative_to(content).as_posix() for p in expected]
    assert "articles/odd.md" in article_srcs(content)  # a folder: reading it is a problem, not a silence
    assert "articles/linked.md" in article_srcs(content)
    assert article_srcs(tmp_path / "missing") == []
