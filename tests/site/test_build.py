"""The hooks through a real ``mkdocs build``: which pages, titles, order and links come out.

The bundled content is built once, as a GitHub project page under ``/digest/``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import feedparser
import pytest

from digest.config import load_config
from digest.store.collection import load_articles
from tests.site.helpers import ROOT, article, make_project, mkdocs, page_file, project_html, tool_env, write_article

SITE_URL = "http://127.0.0.1:8000/digest/"
BUKELE = "El Salvador’s president agrees to take U.S. prison inmates, for a fee"
BUKELE_URL = "articles/el-salvadors-president-agrees-to-take-us-prison-inmates-for-a-fee/"


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    project = make_project(tmp_path_factory.mktemp("bundled"), bundled=True)
    result = mkdocs(project, "build", "--strict", site_url=SITE_URL)
    assert result.returncode == 0, result.stderr
    return project / "site", result


def html_pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def resolve(site: Path, page_url: str, href: str) -> Path | None:
    """The file a link points to inside the built site, or None for other sites."""
    target = urljoin(SITE_URL + page_url, href)
    if not target.startswith(SITE_URL):
        return None
    path = unquote(urlsplit(target).path)[len(urlsplit(SITE_URL).path) :]
    return site / path / "index.html" if path.endswith("/") or not path else site / path


def test_strict_build_has_no_warnings(bundled: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    _, result = bundled
    assert "WARNING" not in result.stderr
    assert "ERROR" not in result.stderr


def test_the_pages_of_the_site(bundled: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    site, _ = bundled
    articles = sorted(p.stem for p in (ROOT / "content/articles").glob("*.md"))
    expected = {"index.html", "404.html", "topics/index.html", "timeline/index.html", "tags/index.html"}
    expected |= {f"articles/{a}/index.html" for a in articles}
    config = load_config(ROOT / "site_config")
    entries, _ = load_articles(ROOT / "content", config.topic_titles)
    used = {title for e in entries for title in e.article.topics}
    topics = {t.slug for t in config.topics if t.title in used}
    assert len(topics) >= 8  # the samples spread over several topics
    expected |= {f"topics/{t}/index.html" for t in topics}
    assert html_pages(site) == expected
    assert {p.name for p in site.glob("feed*")} == {"feed.xml", "feed.json"} | {
        f"feed-{t}.{s}" for t in topics for s in ("xml", "json")
    }


def test_navigation_is_home_topics_timeline_tags_without_articles(
    bundled: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    site, _ = bundled
    for page in ("index.html", f"{BUKELE_URL}index.html"):
        text = (site / page).read_text(encoding="utf-8")
        tabs = re.findall(r'class="md-tabs__link[^"]*"[^>]*>\s*([^<]+?)\s*<', text)
        assert tabs == ["Home", "Topics", "Timeline", "Tags"]
        nav = text.split('class="md-nav md-nav--primary')[1].split("</nav>")[0]
        assert "articles/" not in nav


def test_home_lists_every_article_newest_first(bundled: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    site, _ = bundled
    home = project_html(site / "index.html")
    assert home.h1 == ["Digest"]
    articles = [(href, text) for href, text in home.links if href.startswith("articles/")]
    assert articles[0] == (BUKELE_URL, BUKELE)  # undated: filed under the date added, the newest
    assert [text for _, text in articles][1:3] == [
        "Amateur astronomers track a comet fragment over the Andes",
        "Small sensor chipmaker reports its first annual profit",
    ]
    assert len(articles) == 7


def test_topic_page_and_topics_index(bundled: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    site, _ = bundled
    index = project_html(page_file(site, "topics"))
    assert [h for _, h in index.headings][:3] == ["Politics", "Immigration", "Criminal Justice"]
    technology = project_html(page_file(site, "topics/technology"))
    assert technology.h1 == ["Technology"]
    assert [text for tag, text in technology.headings if tag == "h2"] == [
        "Small sensor chipmaker reports its first annual profit",
        "Student robotics team wins national contest with a rescue drone",
    ]


def test_article_page_header(bundled: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    site, _ = bundled
    page = project_html(page_file(site, BUKELE_URL))
    assert page.h1 == [BUKELE]
    assert page.title.startswith(BUKELE)
    links = {text: href for href, text in page.links}
    assert links["Criminal Justice"] == "../../topics/criminal-justice/"
    assert links["Nayib Bukele"] == "../../tags/#tag:nayib-bukele"  # a native tag chip
    text = page_file(site, BUKELE_URL).read_text(encoding="utf-8")
    assert "The Independent via Criminal Justice News" in text
    assert "date unknown, added 28 November 2026" in text
    assert 'class="digest-dek"' not in text  # the summary is the lead: shown once, in the body
    assert "El Salvador‘s President Nayib Bukele has confirmed" in text.split('<meta name="description" content="')[1]


def test_the_tags_index_lists_each_tag_with_its_articles(
    bundled: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    site, _ = bundled
    text = page_file(site, "tags").read_text(encoding="utf-8")
    config = load_config(ROOT / "site_config")
    entries, _ = load_articles(ROOT / "content", config.topic_titles)
    tagged = {t for e in entries for t in e.article.tags}
    headings = re.findall(r'<h2 id="tag:[^"]+"><span class="md-tag">([^<]*)</span>', text)
    assert sorted(headings, key=str.casefold) == headings  # in order of name
    assert {h.replace("&amp;", "&") for h in headings} == tagged
    section = text.split('<h2 id="tag:nayib-bukele">')[1].split("</ul>")[0]
    assert re.findall(r'<li><a href="([^"]+)">', section) == ["../" + BUKELE_URL]


def test_tags_on_an_editors_page_that_are_not_a_list_fail_a_strict_build_naming_the_file(tmp_path: Path) -> None:
    project = make_project(tmp_path, [article("Quay reopens", "2025-03-01", id="quay", tags=("Port Elm",))])
    (project / "content" / "ports.md").write_text("---\ntags: Port Elm\n---\n# Ports\n", "utf-8")
    result = mkdocs(project, "build", "--strict")
    assert result.returncode != 0
    assert "content/ports.md: tags: expected a list of texts, got 'Port Elm'" in result.stderr


def test_materials_tags_plugin_added_back_gives_listings_on_editors_pages(tmp_path: Path) -> None:
    project = make_project(tmp_path, [article("Quay reopens", "2025-03-01", id="quay", tags=("Port Elm",))])
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("  - search\n", "  - search\n  - tags\n", 1), "utf-8")
    (project / "content" / "ports.md").write_text("# Ports\n\n<!-- material/tags -->\n", "utf-8")
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    listing = (project / "site" / "ports" / "index.html").read_text("utf-8")
    assert "Quay reopens" in listing  # Material's own listing
    assert "../articles/quay/" in listing
    chips = (project / "site" / "articles" / "quay" / "index.html").read_text("utf-8")
    assert 'href="../../tags/#tag:port-elm"' in chips  # the chip still links to Digest's index


def test_every_link_in_every_page_resolves(bundled: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    site, _ = bundled
    for name in html_pages(site) - {"404.html"}:
        url = name.removesuffix("index.html")
        projection = project_html(site / name)
        for href, _ in projection.links:
            if href.startswith("#"):
                continue
            target = resolve(site, url, href.split("#")[0])
            assert target is None or target.exists(), (name, href)


def test_every_page_head_announces_the_feeds(bundled: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    site, _ = bundled
    for name in html_pages(site) - {"404.html"}:
        url = name.removesuffix("index.html")
        feeds = [link for link in project_html(site / name).head_links if link.get("rel") == "alternate"]
        types = sorted(link["type"] for link in feeds)
        expected = 2 if not name.startswith("topics/") or name == "topics/index.html" else 4
        assert len(feeds) == expected, name
        assert types[: 2 if expected == 2 else 4] in (
            ["application/feed+json", "application/rss+xml"],
            ["application/feed+json", "application/feed+json", "application/rss+xml", "application/rss+xml"],
        )
        for link in feeds:
            target = resolve(site, url, link["href"])
            assert target is not None, (name, link["href"])
            assert target.is_file(), (name, link["href"])


def test_project_page_links_carry_the_repo_path(bundled: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    site, _ = bundled
    text = page_file(site, BUKELE_URL).read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{SITE_URL}{BUKELE_URL}">' in text
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{SITE_URL}{BUKELE_URL}</loc>" in sitemap


def test_feeds_in_the_built_site(bundled: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    site, _ = bundled
    parsed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not parsed.bozo
    assert parsed.feed.link == SITE_URL
    assert len(parsed.entries) == 7
    for item in parsed.entries:
        assert item.title
        assert item.published_parsed
        assert item.summary
        assert item.source.title
        target = resolve(site, "", item.link)
        assert target is not None, item.link
        assert target.is_file(), item.link
    assert parsed.entries[0].title == BUKELE
    health = json.loads((site / "feed-immigration.json").read_text(encoding="utf-8"))
    assert [i["title"] for i in health["items"]] == [BUKELE]
    assert health["items"][0]["url"] == SITE_URL + BUKELE_URL


def test_search_index_has_the_article_with_source_and_summary(
    bundled: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    site, _ = bundled
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    article_docs = [d for d in index["docs"] if d["location"].startswith(BUKELE_URL)]
    text = " ".join(d["title"] + " " + d["text"] for d in article_docs)
    assert "Bukele" in text
    assert "The Independent" in text
    assert "Nayib Bukele" in " ".join(" ".join(d.get("tags", [])) for d in article_docs)


# --- small projects ------------------------------------------------------------------------------


def test_bad_articles_fail_the_build_with_one_line_each(tmp_path: Path) -> None:
    project = make_project(tmp_path, [article("Good", "2025-01-01")])
    folder = project / "content/articles"
    (folder / "bad-yaml.md").write_text("---\ntitle: [oops\n---\nText.\n", encoding="utf-8")
    (folder / "wrong-type.md").write_text("---\ntitle: 12\nadded: 2025-01-01\nid: w1\n---\nText.\n", encoding="utf-8")
    (folder / "no-title.md").write_text("---\nadded: 2025-01-01\nid: n1\n---\nText.\n", encoding="utf-8")
    (folder / "unknown-topic.md").write_text(
        "---\ntitle: T\nadded: 2025-01-01\nid: u1\ntopics:\n  - Astrology\n---\nText.\n", encoding="utf-8"
    )
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    check = subprocess.run(
        [sys.executable, "-m", "digest", "check"],
        cwd=project,
        env=tool_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    expected = [line for line in check.stdout.splitlines() if line.startswith("content/")]
    assert len(expected) == 4
    error_block = result.stderr.split("ERROR   -  ", 1)[1].splitlines()
    assert error_block[: len(expected)] == expected


def test_a_real_page_where_a_generated_one_goes_is_an_error(tmp_path: Path) -> None:
    project = make_project(tmp_path, [article("Good", "2025-01-01")])
    (project / "content/topics").mkdir()
    (project / "content/topics/index.md").write_text("# Mine\n", encoding="utf-8")
    result = mkdocs(project, "build")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        "content/topics/index.md: file: has the same address (topics/index.html) as the topics index" in result.stderr
    )


def test_drafts_stay_out_of_the_built_site(tmp_path: Path) -> None:
    project = make_project(
        tmp_path,
        [article("Public", "2025-01-01"), article("Secret plan", "2025-01-02", draft=True, topics=("Health",))],
    )
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    site = project / "site"
    assert not (site / "articles/secret-plan").exists()
    assert not (site / "topics/health").exists()
    for path in site.rglob("*"):
        if path.suffix in {".html", ".xml", ".json"}:
            assert "Secret plan" not in path.read_text(encoding="utf-8"), path


def test_unknown_key_is_a_warning_that_fails_strict(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    path = write_article(project, article("Good", "2025-01-01"))
    path.write_text(path.read_text(encoding="utf-8").replace("id: good", "id: good\ncolour: red"), encoding="utf-8")
    assert mkdocs(project, "build").returncode == 0
    strict = mkdocs(project, "build", "--strict")
    assert strict.returncode == 1
    assert "content/articles/good.md: colour: warning: unknown key" in strict.stderr


def test_large_timeline_is_split_into_year_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import digest.site.timeline

    monkeypatch.setattr(digest.site.timeline, "SPLIT_THRESHOLD", 2)
    project = make_project(tmp_path, [article(f"Story {y}", f"{y}-05-0{y % 9 + 1}") for y in (2023, 2024, 2025)])
    monkeypatch.chdir(project)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    build(load_config(str(project / "mkdocs.yml"), strict=True))
    site = project / "site"
    index = project_html(page_file(site, "timeline"))
    assert [href for href, _ in index.links] == [
        "2025/",
        "2025/#m2025-05",
        "2024/",
        "2024/#m2024-05",
        "2023/",
        "2023/#m2023-05",
    ]
    year = project_html(page_file(site, "timeline/2024"))
    assert year.h1 == ["Timeline: 2024"]
    assert [text for href, text in year.links if href.startswith("../../articles/")] == ["Story 2024"]


def test_large_years_and_topics_split_into_month_pages_in_a_strict_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import digest.site.timeline
    import digest.site.topic

    monkeypatch.setattr(digest.site.timeline, "SPLIT_THRESHOLD", 2)
    monkeypatch.setattr(digest.site.topic, "SPLIT_THRESHOLD", 2)
    monkeypatch.setattr(digest.site.topic, "MONTH_SPLIT", 2)
    monkeypatch.setattr(digest.site.timeline, "MONTH_SPLIT", 2)
    days = ["2025-03-02", "2025-03-01", "2025-02-01", "2024-05-01"]
    project = make_project(tmp_path, [article(f"Story {d}", d, topics=("Health",), tags=("Ana Ruiz",)) for d in days])
    monkeypatch.chdir(project)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    build(load_config(str(project / "mkdocs.yml"), strict=True))  # no broken link, no warning
    site = project / "site"
    march = project_html(page_file(site, "timeline/2025/03"))
    assert [text for href, text in march.links if href.startswith("../../../articles/")] == [
        "Story 2025-03-02",
        "Story 2025-03-01",
    ]
    topic_march = project_html(page_file(site, "topics/health/2025/03"))
    assert [href for href, text in topic_march.links if text == "Ana Ruiz"] == ["../../../../tags/#tag:ana-ruiz"] * 2
    assert "topics/health/2025/02/" in (site / "sitemap.xml").read_text(encoding="utf-8")


def test_hostile_frontmatter_stays_text_on_every_page(tmp_path: Path) -> None:
    hostile = "</title><img src=x onerror=alert(1)> A & B"
    project = make_project(
        tmp_path,
        [
            article(
                hostile,
                "2025-01-01",
                id="h1",
                tags=("<img src=y onerror=alert(2)>", "R&D"),
                source="<b>src</b>",
                via="<i>via</i>",
                summary="<script>alert(3)</script>",
                note="<u>note</u>",
                body="SAMPLE ARTICLE written for Digest's tests.",
            )
        ],
    )
    result = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    site = project / "site"
    for path in site.rglob("*"):
        if path.suffix in {".html", ".xml"}:
            text = path.read_text(encoding="utf-8")
            for raw in ("<img src=", "<script>alert", "<b>src", "<i>via", "<u>note", "</title><"):
                assert raw not in text, (path, raw)
    page = project_html(page_file(site, "articles/h1"))
    assert page.title == f"{hostile} - Digest"  # shown as text
    assert page.h1 == [hostile]
    chips = [text for href, text in page.links if "tags/#" in href]
    assert chips == ["<img src=y onerror=alert(2)>", "R&D"]
