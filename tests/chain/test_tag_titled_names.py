"""One entity, one form: a royal title before a first name is the person the article names in full after that
title (issue 11, ninth round). Texts are invented."""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.tags import extract_tags
from digest.config import SiteConfig
from digest.text.sentences import split_paragraphs


def _tags(config: SiteConfig, paragraphs: Sequence[str]) -> list[str]:
    return list(extract_tags("A story", split_paragraphs(list(paragraphs)), config.entities, limit=30))


def test_a_title_and_a_first_name_are_the_person_named_in_full_after_that_title(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The party nominated Princess Oriana Valmont as its candidate in Korvala.",
            "Princess Oriana no longer holds a royal title. Princess Oriana lives in Lisbon.",
        ],
    )
    assert "Oriana Valmont" in tags
    assert "Princess Oriana" not in tags


def test_a_title_and_a_first_name_stay_apart_from_someone_else_with_that_first_name(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Prince Edmund opened the bridge in Korvala, and the engineer Edmund Hale thanked him.",
            "Prince Edmund then left for Lisbon, where Edmund Hale lives.",
        ],
    )
    assert {"Prince Edmund", "Edmund Hale"} <= set(tags)
