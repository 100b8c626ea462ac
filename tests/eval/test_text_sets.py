"""The metadata gates of the real-article sets saved as plain text: fresh (never tuned on) and wikitune (tuned on).

Each set's ``meta_floors.yml`` pins its scores and records its first run;
``python -m tests.eval.fresh.meta`` prints the fresh set's scores (never its failures),
``python -m tests.eval.wikitune.meta --failures`` the wikitune set's with every failure.
"""

from __future__ import annotations

import gzip
from types import ModuleType

import pytest

from digest.config import SiteConfig
from tests.eval.fresh import meta as fresh
from tests.eval.real.meta import Annotation
from tests.eval.wikitune import meta as wikitune

TextSet = tuple[ModuleType, list[Annotation]]
SETS = [pytest.param(fresh, id="fresh"), pytest.param(wikitune, id="wikitune")]


@pytest.fixture(scope="module", params=SETS)
def text_set(request: pytest.FixtureRequest) -> TextSet:
    module: ModuleType = request.param
    return module, module.load_annotations()


def test_every_page_is_annotated_and_attributed(text_set: TextSet) -> None:
    meta, notes = text_set
    pages = sorted(p.name.removesuffix(".txt.gz") for p in (meta.HERE / "pages").glob("*.txt.gz"))
    assert [n.key for n in notes] == pages
    sources = (meta.HERE / "SOURCES.md").read_text(encoding="utf-8")
    for note in notes:  # CC BY: each article's origin is named beside it
        assert note.key in sources, note.key
        assert note.url in sources, note.key


def test_saved_text_carries_the_address_in_the_plain_text_header(text_set: TextSet) -> None:
    meta, notes = text_set
    note = notes[0]
    lines = meta.saved_text(note).decode("utf-8").split("\n")
    headline = gzip.decompress(note.page.read_bytes()).decode("utf-8").split("\n")[0]
    assert lines[:3] == [headline, f"URL: {note.url}", ""]


def test_every_score_is_at_or_above_its_floor(text_set: TextSet, config: SiteConfig) -> None:
    meta, notes = text_set
    below = meta.below_floors(meta.evaluate(notes, config), meta.load_floors())
    if below:
        pytest.fail(f"{meta.HERE.name}-set metadata scores below their floors:\n" + "\n".join(below))


def test_no_wikitune_page_is_also_in_the_fresh_set() -> None:
    notes = wikitune.load_annotations()
    assert not {p.name for p in (fresh.HERE / "pages").glob("*.txt.gz")} & {n.page.name for n in notes}
    fresh_sources = (fresh.HERE / "SOURCES.md").read_text(encoding="utf-8")
    assert not [n.url for n in notes if n.url in fresh_sources]


def test_the_wikitune_failures_flag_lists_each_failed_check() -> None:
    tally = wikitune.Tally(passed=1, total=2, failures=["0123456789: missing 'X'"])
    scores = {metric: wikitune.Tally() for metric in wikitune.METRICS} | {"must_recall": tally}
    assert "0123456789: missing 'X'" not in wikitune.report(scores, {})
    assert "  - 0123456789: missing 'X'" in wikitune.report(scores, {}, failures=True).split("\n")
