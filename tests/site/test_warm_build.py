"""A build with the cache gives the site a clean build gives, byte for byte, whatever changed in between.

One project goes through a day of edits (add, edit, delete and rename articles,
drafts, a topic, mkdocs.yml, a hand-written page); after each, the warm build
(the cache and the site folder of the builds before) is compared, file by file,
with a clean build of a copy that has neither. The Politics page holds enough
articles to be rendered in groups (`digest.site.blocks`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from digest.contract.articlefile import parse, render
from digest.site import blocks
from tests.site.helpers import article, make_project, tool_env, write_article

EPOCH = "1764547200"  # 1 December 2025: the sitemap's dates do not depend on the day the test runs
_SUMMARY = re.compile(r"Build cache: (\d+) of (\d+) pages reused")


def build(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(tool_env(), SOURCE_DATE_EPOCH=EPOCH)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def reused(result: subprocess.CompletedProcess[str]) -> tuple[int, int]:
    found = _SUMMARY.search(result.stderr)
    assert found, result.stderr[-2000:]
    return int(found[1]), int(found[2])


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def clean_build(project: Path, where: Path) -> dict[str, bytes]:
    """The site a clean build of ``project`` writes (a copy without the cache and the site folder)."""
    if where.exists():
        shutil.rmtree(where)
    shutil.copytree(project, where, ignore=shutil.ignore_patterns(".cache", "site"))
    result = build(where)
    assert result.returncode == 0, result.stderr[-3000:]
    return files(where / "site")


def assert_same_site(warm: dict[str, bytes], cold: dict[str, bytes]) -> None:
    assert sorted(warm) == sorted(cold)
    different = [name for name in cold if warm[name] != cold[name]]
    assert not different, different[:10]


def _edit(project: Path, name: str, change: Callable[[str], str]) -> None:
    path = project / "content" / "articles" / f"{name}.md"
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


def _frontmatter(project: Path, name: str, **fields: object) -> None:
    path = project / "content" / "articles" / f"{name}.md"
    current = parse(path.name, path.read_text(encoding="utf-8")).article
    assert current is not None
    path.write_text(render(current.replace(**fields)), encoding="utf-8")


def _add(project: Path) -> None:
    for day in (2, 3):
        write_article(project, article(f"Added story {day}", f"2025-12-0{day}", topics=("Politics", "Health")))


def _rename(project: Path) -> None:
    folder = project / "content" / "articles"
    (folder / "story-05.md").rename(folder / "story-05-renamed.md")


def _topic(project: Path) -> None:
    path = project / "site_config" / "topics.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Medicine, public health", "Medicine and public health", 1), encoding="utf-8")


def _settings(project: Path) -> None:
    path = project / "mkdocs.yml"
    text = path.read_text(encoding="utf-8").replace("site_name: Digest", "site_name: Harbour Digest")
    path.write_text(text.replace("    - search.highlight\n", "    - search.highlight\n    - navigation.top\n"))


def _hand_written(project: Path) -> None:
    (project / "content" / "about.md").write_text("# About\n\nSee [a story](articles/story-07.md).\n", "utf-8")


def _tagged_page(project: Path) -> None:
    """A page of the editor's own with tags: the tags index lists it beside the articles with those tags."""
    page = "---\ntags:\n  - P 1\n  - Harbour works\n---\n# Harbour works\n\nNotes on the works.\n"
    (project / "content" / "harbour.md").write_text(page, "utf-8")


STEPS: list[tuple[str, Callable[[Path], None], bool]] = [
    ("nothing changed", lambda p: None, True),
    ("two articles added", _add, True),
    ("a body edited", lambda p: _edit(p, "story-03", lambda t: t + "\nOne more sentence.\n"), True),
    ("a title and a topic edited", lambda p: _frontmatter(p, "story-10", title="Retitled", topics=("Health",)), True),
    ("tags edited", lambda p: _frontmatter(p, "story-12", tags=("Someone New",)), True),
    ("an article deleted", lambda p: (p / "content" / "articles" / "story-20.md").unlink(), True),
    ("an article renamed", _rename, True),
    ("an article made a draft", lambda p: _frontmatter(p, "story-30", draft=True), True),
    ("a hand-written page added", _hand_written, True),
    ("a hand-written page with tags added", _tagged_page, True),
    ("a topic's description edited", _topic, False),
    ("mkdocs.yml edited", _settings, False),
]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    items = [
        article(f"Story {i:02d}", f"2025-{i % 11 + 1:02d}-{i % 27 + 1:02d}", id=f"story-{i:02d}", tags=(f"P {i % 7}",))
        for i in range(blocks.MINIMUM_BLOCKS + 6)
    ]
    made = make_project(tmp_path_factory.mktemp("warm"), items)
    first = build(made, "--strict")
    assert first.returncode == 0, first.stderr[-3000:]
    assert reused(first)[0] == 0
    return made


@pytest.mark.parametrize(("step", "change", "reuses"), STEPS, ids=[s[0] for s in STEPS])
def test_a_warm_build_writes_what_a_clean_build_writes(
    project: Path, tmp_path: Path, step: str, change: Callable[[Path], None], reuses: bool
) -> None:
    change(project)
    warm = build(project, "--strict")
    assert warm.returncode == 0, warm.stderr[-3000:]
    count, total = reused(warm)
    if reuses:
        assert count > total // 2, (step, count, total)  # the cache was used, so the comparison means something
    else:
        assert count == 0, step  # a change every page depends on: nothing is reused
    assert_same_site(files(project / "site"), clean_build(project, tmp_path / "clean"))


def test_a_build_where_nothing_changed_reads_no_article(tmp_path: Path) -> None:
    """Article pages the cache holds whole are written from it without MkDocs reading their Markdown."""
    project = make_project(tmp_path, [article(f"Story {i}", "2025-01-01", id=f"s{i}") for i in range(4)])
    assert build(project).returncode == 0
    again = build(project, "--strict")
    assert again.returncode == 0, again.stderr[-3000:]
    assert re.search(r"pages reused \(4 not read\)", again.stderr), again.stderr[-2000:]
    write_article(project, article("Story 1", "2025-01-01", id="s1", body="SAMPLE.\n\nA new sentence."))
    edited = build(project, "--strict")
    assert re.search(r"pages reused \(3 not read\)", edited.stderr), edited.stderr[-2000:]


def test_a_reused_page_warns_as_it_did(tmp_path: Path) -> None:
    project = make_project(tmp_path, [article("Linked", "2025-01-01", body="SAMPLE.\n\nSee [it](missing.md).")])
    assert build(project).returncode == 0  # not strict: the page and its warning are cached
    strict = build(project, "--strict")
    assert reused(strict)[0] > 0
    assert strict.returncode == 1
    assert "missing.md" in strict.stderr
    (project / "content" / "articles" / "missing.md").write_text(
        render(article("Now there", "2025-01-02", id="missing")), encoding="utf-8"
    )
    fixed = build(project, "--strict")  # the link's target appeared: the page is rendered again, without warning
    assert fixed.returncode == 0, fixed.stderr[-3000:]


def test_a_page_changed_in_the_site_folder_is_written_again(tmp_path: Path) -> None:
    project = make_project(tmp_path, [article(f"Story {i}", "2025-01-01", id=f"s{i}") for i in range(3)])
    assert build(project).returncode == 0
    page = project / "site" / "articles" / "s1" / "index.html"
    original = page.read_bytes()
    page.write_bytes(b"edited by hand")
    (project / "site" / "stray.txt").write_text("left over", encoding="utf-8")
    assert build(project).returncode == 0
    assert page.read_bytes() == original
    assert not (project / "site" / "stray.txt").exists()  # a clean build has no such file


def test_removing_the_cache_folder_gives_a_cold_build(tmp_path: Path) -> None:
    project = make_project(tmp_path, [article("One", "2025-01-01")])
    assert build(project).returncode == 0
    shutil.rmtree(project / ".cache" / "digest")
    again = build(project)
    assert reused(again)[0] == 0
    assert os.path.isdir(project / ".cache" / "digest")


def test_a_page_whose_link_target_went_is_built_again(tmp_path: Path) -> None:
    project = make_project(tmp_path, [article(f"Story {i}", "2025-01-01", id=f"s{i}") for i in range(3)])
    (project / "content" / "about.md").write_text("# About\n\nRead [the story](articles/s1.md).\n", "utf-8")
    assert build(project).returncode == 0
    (project / "content" / "articles" / "s1.md").unlink()
    warm = build(project)  # not strict: the link now warns
    assert warm.returncode == 0, warm.stderr[-3000:]
    assert "articles/s1.md" in warm.stderr
    assert_same_site(files(project / "site"), clean_build(project, tmp_path / "clean"))


def test_an_article_added_renders_its_own_page_and_a_few_groups_of_listings(tmp_path: Path) -> None:
    items = [article(f"Story {i:03d}", f"2024-{i % 12 + 1:02d}-01", id=f"s{i:03d}") for i in range(blocks.AVERAGE * 8)]
    project = make_project(tmp_path, items)
    assert build(project).returncode == 0
    assert build(project).returncode == 0  # a build that reuses every page keeps the listings' groups too
    write_article(project, article("Fresh story", "2025-06-01", id="fresh"))
    after = build(project)
    assert after.returncode == 0, after.stderr[-3000:]
    renderings = int(re.search(r"(\d+) pieces of Markdown rendered", after.stderr)[1])  # type: ignore[index]
    # the new page; the Politics page's head and the group the article lands in (of about eight)
    assert renderings <= 5, after.stderr[-2000:]


def test_a_quiet_build_takes_a_normal_builds_pages_not_the_other_way_round(tmp_path: Path) -> None:
    project = make_project(tmp_path, [article(f"Story {i}", "2025-01-01", id=f"s{i}") for i in range(3)])
    assert build(project).returncode == 0
    quiet = build(project, "-q")
    assert quiet.returncode == 0
    assert "Build cache" not in quiet.stderr  # quiet
    (project / "content" / "articles" / "s1.md").write_text(
        render(article("Story 1", "2025-01-01", id="s1", body="SAMPLE.\n\nSee [it](missing.md).")), "utf-8"
    )
    assert build(project, "-q").returncode == 0  # renders s1 with warnings it does not hear
    normal = build(project)
    assert "missing.md" in normal.stderr  # s1 rendered again: the quiet rendering had no warning to give
    assert reused(normal)[0] >= 3
