"""The lines gate: the cleaner and the dek on two blind writers' lines (`tests.eval.lines.score`), every file and half
at or above its floor."""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.eval.lines import score


def test_every_file_and_half_is_at_or_above_its_floor(config: SiteConfig) -> None:
    below = score.below_floors(score.score(config), score.load_floors())
    if below:
        pytest.fail("lines below their floors (python -m tests.eval.lines.score --failures):\n" + "\n".join(below))


def test_every_file_is_floored_and_kept_lines_say_where_they_sit() -> None:
    floors = score.load_floors()
    keys = {f"{w}/{f}/{h}" for w in score.WRITERS for f in score.FILES for h in score.HALVES}
    assert set(floors) == keys
    for writer in score.WRITERS:
        for half in score.HALVES:
            assert all(
                line.split("|", 1)[0].strip() in {"first", "middle", "last"}
                for line in score.lines(writer, "kept", half)
            )
