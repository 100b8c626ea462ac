"""The voices metadata gate: tags, summaries, sources, authors and topics on real posts read as feed entries.

``meta_floors.yml`` pins each split's scores and records the first run's;
``python -m tests.eval.voices.meta`` prints the full report.
"""

from __future__ import annotations

import gzip

import pytest

from digest.config import SiteConfig
from digest.readers.feed import read_feed
from tests.eval.gate import Tally
from tests.eval.real.meta import Annotation
from tests.eval.voices import meta

_PAGES = 60


@pytest.fixture(scope="module")
def notes() -> list[Annotation]:
    return meta.load_annotations()


@pytest.fixture(scope="module")
def scores(notes: list[Annotation], config: SiteConfig) -> dict[str, dict[str, Tally]]:
    return meta.evaluate(notes, config)


def test_every_score_is_at_or_above_its_floor(scores: dict[str, dict[str, Tally]]) -> None:
    below = meta.below_floors(scores, meta.load_floors())
    if below:
        pytest.fail("voices-set metadata scores below their floors:\n" + "\n".join(below))


def test_every_page_is_annotated_attributed_and_in_a_split(notes: list[Annotation]) -> None:
    pages = sorted(p.name.removesuffix(meta.SUFFIX) for p in (meta.HERE / "pages").glob("*" + meta.SUFFIX))
    assert [n.key for n in notes] == pages
    assert len(pages) == _PAGES
    sources = (meta.HERE / "SOURCES.md").read_text(encoding="utf-8")
    for note in notes:  # CC BY: each post's origin and author are named beside it
        assert f"| {note.key} | {note.url} |" in sources, note.key
    assert min(sum(n.split == s for n in notes) for s in meta.SPLITS) >= 20


def test_each_page_is_a_feed_of_one_entry_from_its_post(notes: list[Annotation]) -> None:
    for note in notes:
        (doc,) = read_feed(f"{note.key}.xml", gzip.decompress(note.page.read_bytes()))
        assert doc.url == note.url
        assert doc.paragraphs


def test_annotated_topics_exist_in_the_taxonomy(notes: list[Annotation], config: SiteConfig) -> None:
    assert {(n.key, t) for n in notes for t in n.topics if t not in config.topic_titles} == set()
