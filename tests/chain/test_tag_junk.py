"""Junk tags and names cut short (issue 11, tenth round): what never is a tag, and names with digits or
hyphens kept whole. Texts are invented."""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.tags import extract_tags
from digest.config import SiteConfig
from digest.text.sentences import split_paragraphs


def _tags(config: SiteConfig, paragraphs: Sequence[str], title: str = "A story") -> set[str]:
    return set(extract_tags(title, split_paragraphs(list(paragraphs)), config.entities, limit=30))


def test_a_name_of_parts_joined_by_hyphens_is_no_identifier_from_a_link(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Researchers in Marlowe studied the virus TRX-CoV-7 in bats, and the strain TRX-CoV-7 spread fast.",
            "The clip was posted at pic.example.com/QpZr7uTkWa and shared by the lab in Marlowe.",
        ],
    )
    assert "TRX-CoV-7" in tags
    assert "QpZr7uTkWa" not in tags
