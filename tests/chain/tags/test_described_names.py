"""Tag rules of issue 11's eleventh round: a name written after "the" with a common noun glued to it. Texts are
invented."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_name_and_a_common_noun_after_the_is_the_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "This spring the Lumora Showroom shows a light installation by the designer.",
            "He has drawn lamps for Lumora since 2013, and in the showroom visitors can try them.",
        ],
    )
    assert "Lumora" in tags
    assert "Lumora Showroom" not in tags


def test_a_first_name_and_a_surname_that_is_also_a_word_stay_the_person(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "On this stage Steve Jobs unveiled many products, and new jobs came with them.",
            "“We all miss Steve so much,” the host said.",
        ],
    )
    assert "Steve Jobs" in tags
    assert "Steve" not in tags


def test_an_organisation_written_after_the_keeps_its_full_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "He joined the Varnell Institution of Oceanography in 1947, a rare institution of its kind.",
            "Varnell later named a ship after him; he taught oceanography there for decades.",
        ],
    )
    assert "Varnell Institution of Oceanography" in tags
    assert "Varnell" not in tags
