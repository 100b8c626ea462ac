"""The site's cached loader: same problems as `digest check`, re-reads only what changed."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

from digest.config import load_config
from digest.problems import ProblemsError
from digest.site.cache import SiteCache
from digest.site.generated import GeneratedFile
from digest.site.listing import EntryText
from digest.site.preview import Preview
from digest.store import collection
from digest.store.check import check_content
from tests.site.helpers import article, make_project, write_article

CONTENT = Path("content")
CONFIG = Path("site_config")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_project(tmp_path, [article("One", "2025-01-01"), article("Two", "2025-01-02", topics=("Health",))])
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    original = collection.read_article

    def counting(path: Path | str, *args: object, **kwargs: object) -> object:
        seen.append(Path(path).name)
        return original(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("digest.site.cache.read_article", counting)
    return seen


def bump(path: Path) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_second_load_reads_nothing_and_returns_the_same_entries(project: Path, reads: list[str]) -> None:
    cache = SiteCache()
    first = cache.load(CONTENT, CONFIG)
    assert sorted(reads) == ["one.md", "two.md"]
    reads.clear()
    second = cache.load(CONTENT, CONFIG)
    assert reads == []
    assert all(a is b for a, b in zip(first.entries, second.entries, strict=True))


def test_an_edited_file_is_read_again(project: Path, reads: list[str]) -> None:
    cache = SiteCache()
    cache.load(CONTENT, CONFIG)
    reads.clear()
    path = write_article(project, article("One, edited", "2025-01-01", id="one"), "one")
    bump(path)
    site = cache.load(CONTENT, CONFIG)
    assert reads == ["one.md"]
    assert sorted(e.article.title for e in site.entries) == ["One, edited", "Two"]


def test_removed_and_added_files(project: Path) -> None:
    cache = SiteCache()
    cache.load(CONTENT, CONFIG)
    (project / "content/articles/one.md").unlink()
    write_article(project, article("Three", "2025-01-03"))
    assert sorted(e.src for e in cache.load(CONTENT, CONFIG).entries) == ["articles/three.md", "articles/two.md"]


def test_topics_change_revalidates_articles(project: Path) -> None:
    cache = SiteCache()
    assert cache.load(CONTENT, CONFIG).errors == ()
    topics = project / "site_config/topics.yml"
    topics.write_text(topics.read_text(encoding="utf-8").replace("title: Health", "title: Medicine"), encoding="utf-8")
    bump(topics)
    (problem,) = cache.load(CONTENT, CONFIG).errors
    assert str(problem).startswith("content/articles/two.md: topics: unknown topic 'Health'")


def test_problems_are_those_of_digest_check(project: Path) -> None:
    folder = project / "content/articles"
    (folder / "bad-yaml.md").write_text("---\ntitle: [oops\n---\n", encoding="utf-8")
    (folder / "bad-date.md").write_text("---\ntitle: X\nadded: Monday\nid: x9\ncolour: red\n---\n", encoding="utf-8")
    write_article(project, article("Copy", "2025-01-01", id="one"), "copy-of-one")
    (folder / "latin1.md").write_bytes("---\ntitle: caf\xe9\n---\n".encode("latin-1"))
    site = SiteCache().load(CONTENT, CONFIG)
    expected, _ = check_content(CONTENT, CONFIG)
    assert [str(p) for p in site.problems] == [str(p) for p in expected]
    assert [f"{p.path.rsplit('/', 1)[-1]}: {p.key}" for p in site.errors] == [
        "bad-date.md: added",
        "bad-date.md: body",
        "bad-yaml.md: frontmatter",
        "latin1.md: file",
        "one.md: id",
    ]
    assert [str(p) for p in site.warnings] == ["content/articles/bad-date.md: colour: warning: unknown key"]


def test_broken_config_is_reported_with_the_articles(project: Path) -> None:
    (project / "site_config/topics.yml").write_text("topics: [", encoding="utf-8")
    site = SiteCache().load(CONTENT, CONFIG)
    assert site.config is None
    assert str(site.errors[0]).startswith("site_config/topics.yml: file: ")
    expected, _ = check_content(CONTENT, CONFIG)
    assert [str(p) for p in site.problems] == [str(p) for p in expected]


def test_one_article_is_served_as_the_last_load_read_it(project: Path, reads: list[str]) -> None:
    cache = SiteCache()
    with pytest.raises(LookupError):
        cache.article("articles/one.md")
    cache.load(CONTENT, CONFIG)
    reads.clear()
    found, problems = cache.article("articles/one.md")
    assert found is not None
    assert found.article.title == "One"
    assert problems == ()
    assert cache.article("articles/missing.md") == (None, ())
    path = project / "content/articles/one.md"
    path.write_text("---\ntitle: [broken\n---\n", encoding="utf-8")
    bump(path)
    found, _ = cache.article("articles/one.md")  # the pages of one build agree with its listings
    assert found is not None
    assert found.article.title == "One"
    assert reads == []
    cache.load(CONTENT, CONFIG)
    found, problems = cache.article("articles/one.md")
    assert found is None
    assert str(problems[0]).startswith("content/articles/one.md: frontmatter: ")


def test_headers_and_feed_links_are_made_again_only_when_their_inputs_change(project: Path) -> None:
    cache = SiteCache()
    site = cache.load(CONTENT, CONFIG)
    config = cache.config(CONFIG)
    one = next(e for e in site.entries if e.src == "articles/one.md")
    header = cache.header(one, config)
    assert header.startswith("# One\n")
    assert cache.header(one, config) is header
    assert cache.feed_links("articles/one.md", config, "Digest") is cache.feed_links("index.md", config, "Digest")
    topics = project / "site_config/topics.yml"
    topics.write_text(topics.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    bump(topics)
    changed = cache.config(CONFIG)
    assert changed is not config
    assert cache.header(one, changed) is not header
    assert cache.feed_links("index.md", changed, "Digest") == cache.feed_links("index.md", config, "Digest")


def test_texts_of_changed_articles_are_forgotten(project: Path) -> None:
    cache = SiteCache()
    site = cache.load(CONTENT, CONFIG)
    cache.texts.update({e.src: (e.article, EntryText.of(e.article)) for e in site.entries})
    write_article(project, article("One, edited", "2025-01-01", id="one"), "one")
    bump(project / "content/articles/one.md")
    site = cache.load(CONTENT, CONFIG)
    assert sorted(text.title for _, text in cache.texts.values()) == ["Two"]


def test_failure_lists_every_error_then_asks_for_a_site_url(project: Path) -> None:
    site = SiteCache().load(CONTENT, CONFIG)
    assert site.failure("http://example.org/") is None
    assert site.failure(None) == "mkdocs.yml: site_url: is required for the feeds"
    (project / "content/articles/bad.md").write_text("---\ntitle: [oops\n---\n", encoding="utf-8")
    (project / "content/articles/worse.md").write_text("no frontmatter\n", encoding="utf-8")
    failure = SiteCache().load(CONTENT, CONFIG).failure(None)
    assert failure is not None
    assert [line.split(":", 1)[0] for line in failure.splitlines()] == [
        "content/articles/bad.md",
        "content/articles/worse.md",
    ]


def test_load_project_empties_the_preview_output_only_when_the_site_setup_changed(project: Path) -> None:
    cache = SiteCache()
    cache.preview = Preview()
    site_dir = project / "site"

    def emptied() -> bool:
        (site_dir / "articles").mkdir(parents=True, exist_ok=True)
        (site_dir / "index.html").write_text("x", encoding="utf-8")
        site = cache.load_project(str(project / "mkdocs.yml"), str(project / "content"), str(site_dir))
        assert cache.site is site
        assert len(site.entries) == 2
        return not any(site_dir.iterdir())

    try:
        assert emptied()  # the first build
        assert not emptied()
        mkdocs_yml = project / "mkdocs.yml"
        mkdocs_yml.write_text(mkdocs_yml.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        assert emptied()
        (project / "site_config/topics.yml").touch()
        bump(project / "site_config/topics.yml")
        assert emptied()
        assert not emptied()
    finally:
        cache.preview.close()


def test_generated_files_go_to_the_preview_folder_only_under_the_preview(project: Path) -> None:
    cache = SiteCache()
    page = GeneratedFile("topics/health.md", "# Health\n", "the topic page of 'Health'")
    assert cache.source(page) is None
    cache.preview = Preview()
    try:
        source = cache.source(page)
        assert source is not None
        assert source.read_text(encoding="utf-8") == "# Health\n"
    finally:
        cache.preview.close()


def test_the_hooks_share_one_cache() -> None:
    import digest.site.cache as module

    assert isinstance(module.CACHE, SiteCache)
    assert importlib.reload(module).CACHE is not None


def test_the_site_reads_the_topics_as_digest_check_does_and_only_them(project: Path) -> None:
    full = load_config(CONFIG)
    taxonomy = SiteCache().config(CONFIG)
    assert (taxonomy.topics, taxonomy.fallback_topic) == (full.topics, full.fallback_topic)
    (project / "site_config/boilerplate.yml").write_text("cues: [", encoding="utf-8")
    site = SiteCache().load(CONTENT, CONFIG)
    assert site.errors == ()  # the converter's files are checked by digest convert and digest check
    (project / "site_config/topics.yml").write_text("topics: [{title: X, colour: red}]\n", encoding="utf-8")
    with pytest.raises(ProblemsError) as raised:
        load_config(CONFIG)
    site = SiteCache().load(CONTENT, CONFIG)
    topic_problems = [str(p) for p in raised.value.problems if "topics.yml" in str(p)]
    assert [str(p) for p in site.errors if "topics.yml" in str(p)] == topic_problems
    assert len(topic_problems) == 2  # the unknown key and the fallback
