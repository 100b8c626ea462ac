"""Tag rules of issue 11's eighth round, for the recall of must-have tags. Texts are invented."""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.tags import extract_tags
from digest.config import SiteConfig
from digest.text.sentences import split_paragraphs


def _tags(config: SiteConfig, paragraphs: Sequence[str], title: str = "A story") -> set[str]:
    return set(extract_tags(title, split_paragraphs(list(paragraphs)), config.entities, limit=30))


def test_a_known_place_ending_in_s_is_no_plural_of_a_longer_names_last_word(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The storm crossed the Philippines on Monday before it reached the island of Upper Philippine.",
            "Rescuers flew from the Philippines to Upper Philippine on Tuesday.",
        ],
    )
    assert "Philippines" in tags


def test_an_acronym_spelling_only_the_place_after_of_names_the_place(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The Assembly of North Varnia Province (NVP) passed the bill on Monday.",
            "NVP farmers welcomed it; in NVP the vote was close, and NVP mayors spoke.",
        ],
    )
    assert "Assembly of North Varnia Province" in tags
