"""The built site as a reader's browser sees it: axe-core, screenshots, what is on screen, Lighthouse.

One site is built for the module (`tests.site.quality.quality_project`: the bundled
articles, 260 samples, one article with its image fetched by ``digest images``
from a local server) and served compressed, as GitHub Pages serves it, under
``/digest/``. Screenshots of every page type at 375 and 1280 px wide are kept in
``tests/site/screenshots/`` (git ignores it). Lighthouse takes about half a
minute a page: it is marked slow (``make test-slow``; ``.ci/run`` runs it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.safety.browser import CHROMIUM, new_tab, record_errors
from tests.site import quality

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
LIGHTHOUSE_RUNS = 5
BUKELE = "El Salvador’s president agrees to take U.S. prison inmates, for a fee"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium is not at /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def tools() -> None:
    try:
        ready = quality.node_tools()
    except Exception as exc:  # npm ci failed: say so rather than pass
        pytest.fail(f"npm ci in {quality.NODE_DIR} failed: {exc}")
    if not ready:
        pytest.skip("npm is not installed: Lighthouse and axe-core cannot be installed")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("quality")
    project = quality.quality_project(root / "project")
    with quality.serve_compressed(root / "pages") as server:
        url = f"http://127.0.0.1:{server.server_address[1]}/digest/"
        quality.build(project, root / "pages" / "digest", url)
        yield url


def _open(browser: Any, url: str, width: int = 375, scheme: str = "light") -> tuple[Any, Any, list[str]]:
    context, tab = new_tab(browser, width, color_scheme=scheme)
    errors = record_errors(tab)
    tab.goto(url, wait_until="load")
    return context, tab, errors


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", list(quality.PAGE_TYPES))
def test_axe_finds_no_violation(tools: None, browser: Any, base_url: str, kind: str, scheme: str) -> None:
    context, tab, errors = _open(browser, base_url + quality.PAGE_TYPES[kind], scheme=scheme)
    if scheme == "dark":  # the palette follows the system preference
        assert tab.locator("body").get_attribute("data-md-color-scheme") == "slate"
    violations = quality.axe(tab)
    context.close()
    assert violations == []
    assert errors == []


def _visible_text(tab: Any) -> str:
    return " ".join(str(tab.locator("article.md-content__inner").inner_text()).split())


@pytest.fixture(scope="module")
def screenshots(browser: Any, base_url: str) -> dict[tuple[str, int], str]:
    """Every page type at both widths, saved; the visible text of each."""
    SCREENSHOTS.mkdir(exist_ok=True)
    texts = {}
    for kind, path in quality.PAGE_TYPES.items():
        for width in (375, 1280):
            context, tab, errors = _open(browser, base_url + path, width)
            tab.evaluate("() => document.fonts.ready")
            tab.screenshot(path=str(SCREENSHOTS / f"{kind}-{width}.png"), full_page=kind != "tags")
            texts[kind, width] = _visible_text(tab)
            context.close()
            assert errors == [], (kind, width, errors)
    return texts


def test_every_page_type_is_kept_as_a_screenshot_at_both_widths(screenshots: dict[tuple[str, int], str]) -> None:
    for kind in quality.PAGE_TYPES:
        for width in (375, 1280):
            shot = SCREENSHOTS / f"{kind}-{width}.png"
            assert shot.stat().st_size > 5_000, shot
            assert screenshots[kind, width]


def test_an_article_shows_headline_summary_once_source_link_tags_and_its_image(browser: Any, base_url: str) -> None:
    article = quality.image_article()
    context, tab, _ = _open(browser, base_url + quality.IMAGE_ARTICLE)
    assert tab.locator("article h1").first.inner_text().rstrip("¶").strip() == article.title
    assert _visible_text(tab).count(article.summary) == 1  # the body opens with it: no dek
    original = tab.get_by_role("link", name="Read the original at Harbour Ledger").first
    assert original.is_visible()
    assert original.get_attribute("href") == article.url
    assert re.search(r"\b1 min read\b", _visible_text(tab))
    chips = tab.locator("a.md-tag")
    assert sorted(chips.all_inner_texts()) == sorted(article.tags)
    image = tab.locator("article img").first
    assert image.get_attribute("alt") == article.title
    assert image.get_attribute("loading") == "lazy"
    assert (image.get_attribute("width"), image.get_attribute("height")) == ("1200", "675")
    image.scroll_into_view_if_needed()
    tab.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
    assert image.evaluate("img => new URL(img.currentSrc).host") == base_url.split("/")[2]  # never the publisher's
    context.close()


def test_an_article_with_a_summary_apart_from_its_opening_shows_it_as_a_dek(browser: Any, base_url: str) -> None:
    context, tab, _ = _open(browser, base_url + "articles/sample-0007/")
    summary = quality.sample(7).summary
    assert tab.locator(".digest-dek").inner_text().strip() == summary
    text = _visible_text(tab)
    assert text.index(summary) < text.index("Paragraph 0")  # above the body, where it also comes later
    context.close()


def test_tags_in_a_listing_lead_to_their_place_in_the_tags_index(browser: Any, base_url: str) -> None:
    context, tab, _ = _open(browser, base_url + "topics/politics/", 1280)
    link = tab.locator(".digest-tags a", has_text="Riverton").first
    link.click()
    tab.wait_for_url(base_url + "tags/#tag:riverton")
    assert tab.locator("[id='tag:riverton']").is_visible()
    context.close()


def test_the_home_page_reads_as_the_latest_days_featured_first(screenshots: dict[tuple[str, int], str]) -> None:
    text = screenshots["home", 1280]
    days = re.findall(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d+ \w+ 2026", text)
    assert days[:2] == ["Saturday 28 November 2026", "Friday 27 November 2026"]
    assert text.index(BUKELE) < text.index("Sample: lighthouse keepers")  # featured first on its day
    assert text.index("Saturday 28 November 2026") < text.index(BUKELE) < text.index("Friday 27 November 2026")


def test_a_large_topic_opens_with_its_latest_and_links_its_years(screenshots: dict[tuple[str, int], str]) -> None:
    text = screenshots["topic", 375]
    assert "By year: 2025 (" in text
    assert "Latest" in text
    assert text.count("Read the original") == 0


PERFORMANCE_FLOOR = 90


@pytest.mark.slow
@pytest.mark.parametrize("kind", list(quality.PAGE_TYPES))
def test_lighthouse_mobile_scores(tools: None, base_url: str, kind: str, tmp_path: Path) -> None:
    """Accessibility, best practices and SEO 100; performance is a lab timing that moves with the machine's load.

    The target is 95 on every page type (best of up to five runs, as Lighthouse's documentation advises
    several; `python -m tests.site.quality` reports it). The test's floor is `PERFORMANCE_FLOOR`, below the
    target, so that a busy machine cannot fail CI on timing alone while a real regression (a blocking
    script, an unsized image, a heavy page) still does.
    """
    best: dict[str, int] = {}
    for attempt in range(LIGHTHOUSE_RUNS):
        report = tmp_path / f"{kind}-{attempt}.json"
        scores = quality.lighthouse(base_url + quality.PAGE_TYPES[kind], report)
        best = {name: max(scores[name], best.get(name, 0)) for name in quality.CATEGORIES}
        if best["performance"] >= 95 and all(best[n] == 100 for n in quality.CATEGORIES[1:]):
            break
    failed = quality.failed_audits(report)
    assert {n: best[n] for n in quality.CATEGORIES[1:]} == dict.fromkeys(quality.CATEGORIES[1:], 100), failed
    assert best["performance"] >= PERFORMANCE_FLOOR, failed
