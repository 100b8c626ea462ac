"""No script injection, proved in a real browser: a site built from the hostile corpus, every page opened.

The corpus (``tests/safety/hostile/``) is converted with ``digest convert``, the
hand-edited hostile articles are added and the site is built with ``mkdocs build
--strict`` (`tests.safety.hostile_site`) and served on 127.0.0.1. Every page and
feed is opened in headless Chromium (`tests.safety.browser`), each article again
as a search result opens it (words highlighted), and a search is typed: a dialog,
a payload's global, a console or page error, a request to another host, an
event-handler attribute, a ``javascript:`` or ``data:`` URL, a frame or a foreign
script fails the test. ``test_hostile_site.py`` checks the same site's HTML,
feeds and search index without a browser.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.safety.browser import CHROMIUM, serve, site_pages, visit
from tests.safety.hostile_site import HostileSite, build

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's Chromium is not at /usr/bin/chromium (install it: apt-get install -y chromium; .ci/run does)",
    ),
]
SEARCH_QUERY = "script"
"""Matches every hostile article; the results are rendered from the search index."""
HIGHLIGHT = "?h=script+onerror+alert+img"
"""How a search result opens an article: Material highlights the words in the page."""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[HostileSite, str]]:
    where = tmp_path_factory.mktemp("hostile")
    (where / "site").mkdir()
    with serve(where / "site") as server:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        yield build(where, base), base


def test_nothing_runs_on_any_page_in_chromium(hostile: tuple[HostileSite, str]) -> None:
    pytest.importorskip("playwright.sync_api")
    site, base = hostile
    pages = site_pages(site.site)
    expected = {"", "articles/sample-hostile-frontmatter/", "topics/hostile-topic/", "timeline/", "tags/", "feed.xml"}
    assert expected <= set(pages)
    highlighted = [p + HIGHLIGHT for p in pages if p.startswith("articles/")]
    reports = visit(base, pages + highlighted, search=SEARCH_QUERY)
    assert len(reports) == len(pages) + len(highlighted) + 1
    assert [r for r in reports if not r.clean] == []
