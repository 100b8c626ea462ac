"""Tag rules of issue 11's eleventh round: a person's first name written alone after the full name. Texts are
invented."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_first_name_after_to_once_the_person_is_named_in_full_is_the_person(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Tobias Wrenfield Marlow lost the final round on Tuesday night.",
            "The judges praised the routine, and the host handed the trophy to Tobias.",
        ],
    )
    assert "Tobias Wrenfield Marlow" in tags
    assert "Tobias" not in tags


def test_a_word_named_first_after_to_is_what_a_longer_name_is_named_after(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Scientists want to send a lander to Corvanis in the next decade.",
            "The Corvanis Explorer will map the moon's ice before any landing is tried.",
        ],
    )
    assert {"Corvanis", "Corvanis Explorer"} <= set(tags)
