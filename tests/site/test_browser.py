"""The bundled site in a real browser (Debian's Chromium through Playwright), as a GitHub project page.

The site is built with ``SITE_URL=http://127.0.0.1:<port>/digest/`` and served
under ``/digest/`` by a local HTTP server, as GitHub Pages serves a project.
Screenshots go to pytest's temporary folder, never into git.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.safety.browser import CHROMIUM, new_tab, record_errors, serve
from tests.site.helpers import make_project, mkdocs

BUKELE = "El Salvador’s president agrees to take U.S. prison inmates, for a fee"
BUKELE_PATH = "articles/el-salvadors-president-agrees-to-take-us-prison-inmates-for-a-fee/"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's Chromium is not at /usr/bin/chromium (install it: apt-get install -y chromium; .ci/run does)",
    ),
]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("pages")
    with serve(root) as server:
        url = f"http://127.0.0.1:{server.server_address[1]}/digest/"
        project = make_project(tmp_path_factory.mktemp("project"), bundled=True)
        result = mkdocs(project, "build", "--strict", "-d", str(root / "digest"), site_url=url)
        assert result.returncode == 0, result.stderr
        yield url


@pytest.fixture
def page(browser: Any, tmp_path: Path) -> Iterator[Any]:
    """A fresh page; the test fails on any console error or uncaught script error."""
    context, tab = new_tab(browser)
    errors = record_errors(tab)
    yield tab
    tab.screenshot(path=str(tmp_path / "last.png"), full_page=True)
    context.close()
    assert errors == []


def open_article(page: Any, base_url: str) -> None:
    page.wait_for_url(base_url + BUKELE_PATH)
    assert page.locator("article h1").first.inner_text().rstrip("¶").strip() == BUKELE


def test_home_lists_the_sample_article(page: Any, base_url: str) -> None:
    page.goto(base_url)
    link = page.locator("article.md-content__inner a", has_text=BUKELE)
    assert link.count() == 1
    link.click()
    open_article(page, base_url)


def test_topics_to_topic_to_article(page: Any, base_url: str) -> None:
    page.goto(base_url)
    page.locator(".md-tabs__link", has_text="Topics").click()
    page.wait_for_url(base_url + "topics/")
    page.locator("article.md-content__inner h2 a", has_text="Immigration").click()
    page.wait_for_url(base_url + "topics/immigration/")
    page.locator("article.md-content__inner h2 a", has_text=BUKELE).click()
    open_article(page, base_url)


def test_timeline_to_article(page: Any, base_url: str) -> None:
    page.goto(base_url)
    page.locator(".md-tabs__link", has_text="Timeline").click()
    page.wait_for_url(base_url + "timeline/")
    page.locator("article.md-content__inner li a", has_text=BUKELE).click()
    open_article(page, base_url)


def test_search_for_an_entity_finds_the_article(page: Any, base_url: str) -> None:
    page.goto(base_url + "tags/")
    page.wait_for_load_state("networkidle")  # the search worker has fetched the index
    page.locator("input.md-search__input").click()
    page.keyboard.type("Bukele", delay=50)
    result = page.locator(".md-search-result__item a", has_text=BUKELE).first
    result.wait_for()
    result.click()
    page.wait_for_url(base_url + BUKELE_PATH + "**")
    assert page.locator("article h1").first.inner_text().rstrip("¶").strip() == BUKELE


def test_article_tag_chip_leads_to_the_tags_index(page: Any, base_url: str) -> None:
    page.goto(base_url + BUKELE_PATH)
    page.locator("a.md-tag", has_text="Nayib Bukele").click()
    page.wait_for_url(base_url + "tags/#tag:nayib-bukele")
    assert page.locator("article.md-content__inner a", has_text=BUKELE).count() >= 1
