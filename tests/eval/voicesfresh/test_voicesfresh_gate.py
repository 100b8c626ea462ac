"""The voices-fresh gate: metadata on real Global Voices posts no rule was tuned on (aggregates only)."""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.eval.real.meta import Annotation
from tests.eval.voices import meta as voices
from tests.eval.voicesfresh import meta


@pytest.fixture(scope="module")
def notes() -> list[Annotation]:
    return meta.load_annotations()


def test_every_score_is_at_or_above_its_floor(notes: list[Annotation], config: SiteConfig) -> None:
    below = meta.below_floors(meta.evaluate(notes, config), meta.load_floors())
    if below:
        pytest.fail("voicesfresh-set metadata scores below their floors:\n" + "\n".join(below))


def test_every_page_is_annotated_attributed_and_new(notes: list[Annotation]) -> None:
    pages = sorted(p.name.removesuffix(voices.SUFFIX) for p in (meta.HERE / "pages").glob("*" + voices.SUFFIX))
    assert [n.key for n in notes] == pages
    sources = (meta.HERE / "SOURCES.md").read_text(encoding="utf-8")
    assert all(f"| {n.key} | {n.url} |" in sources for n in notes)  # CC BY: origin and author beside each
    tuned = {n.url for n in voices.load_annotations()}
    assert not {n.url for n in notes} & tuned


def test_annotated_topics_exist_in_the_taxonomy(notes: list[Annotation], config: SiteConfig) -> None:
    assert {(n.key, t) for n in notes for t in n.topics if t not in config.topic_titles} == set()
