"""The voices3 metadata gate: tags, summaries, sources, authors and topics on more real posts read as feed entries.

``meta_floors.yml`` pins each split's scores and records the first run's; ``python -m tests.eval.voices3.meta``
prints the full report.
"""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.eval.gate import Tally
from tests.eval.real.meta import Annotation
from tests.eval.voices import meta as voices
from tests.eval.voices3 import meta
from tests.eval.voicesfresh import meta as voicesfresh


@pytest.fixture(scope="module")
def notes() -> list[Annotation]:
    return meta.load_annotations()


@pytest.fixture(scope="module")
def scores(notes: list[Annotation], config: SiteConfig) -> dict[str, dict[str, Tally]]:
    return meta.evaluate(notes, config)


def test_every_score_is_at_or_above_its_floor(scores: dict[str, dict[str, Tally]]) -> None:
    below = meta.below_floors(scores, meta.load_floors())
    if below:
        pytest.fail("voices3-set metadata scores below their floors:\n" + "\n".join(below))


def test_every_page_is_annotated_attributed_new_and_in_a_split(notes: list[Annotation]) -> None:
    earlier = (voices.PostSet(voices.HERE), voices.PostSet(voicesfresh.HERE))
    assert voices.PostSet(meta.HERE).check_pages(notes, earlier, minimum=15) == []


def test_annotated_topics_exist_in_the_taxonomy(notes: list[Annotation], config: SiteConfig) -> None:
    assert {(n.key, t) for n in notes for t in n.topics if t not in config.topic_titles} == set()
