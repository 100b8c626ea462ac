"""Tag rules of issue 11's eleventh round: a street after a house number is an address, whatever the number.
Texts are invented."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_street_after_a_house_number_that_reads_as_a_year_is_no_tag(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Officers stopped a car driven by Dorian Marlow, 29, of 1909 Varnell Drive.",
            "Another man, of 412 Keswick Street, was arrested later.",
        ],
    )
    assert "Dorian Marlow" in tags
    assert not {"Varnell Drive", "Keswick Street"} & set(tags)


def test_a_year_before_a_name_that_is_no_street_leaves_the_name(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["In 1998 Dorian Marlow founded the company, and Marlow still runs it."])
    assert "Dorian Marlow" in tags
