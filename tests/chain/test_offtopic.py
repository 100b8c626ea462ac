"""An opening line that shares no content word with the headline nor with the rest of the article is about the page,
not the story: the dek starts after it, whatever its wording (`digest.chain.offtopic`). Texts are invented."""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.chain.harbour import LEAD, MORE, body, summary


@pytest.mark.parametrize(
    "line",
    [
        "Die deutsche Fassung finden Sie hier.",
        "Three things worth knowing before you go",
        "Sunday edition · 14 pages",
        "Printed on recycled paper since 1994.",
    ],
)
def test_a_line_sharing_nothing_with_the_story_is_no_lead(line: str, config: SiteConfig) -> None:
    assert summary(config, line, LEAD, *MORE).startswith(LEAD)


def test_a_sentence_sharing_nothing_with_the_story_stays_in_the_body(config: SiteConfig) -> None:
    line = "Printed on recycled paper since 1994."
    assert line in body(config, line, LEAD, *MORE)


def test_two_such_lines_above_the_lead_are_passed_over(config: SiteConfig) -> None:
    assert summary(
        config, "Die deutsche Fassung finden Sie hier.", "Sunday edition · 14 pages", LEAD, *MORE
    ).startswith(LEAD)


def test_an_anecdote_opening_a_feature_is_its_lead(config: SiteConfig) -> None:
    anecdote = "Tom Vale has fished out of Kelmouth for forty years and has never seen a winter like the last one."
    later = "Vale, whose boat was holed in the February storm, said the new wall could not come soon enough."
    assert summary(config, anecdote, LEAD, later, *MORE).startswith(anecdote)


def test_with_too_little_text_after_it_the_first_line_stays_the_lead(config: SiteConfig) -> None:
    lead = "Gaming used to be so simple for the families who queued at the arcade on Kelmouth pier."
    assert summary(config, lead, MORE[0]).startswith(lead)
