"""Tag rules of issue 11's eleventh round: the country of a national office before a person's name. Texts are
invented."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_country_before_an_office_is_no_tag_but_a_state_is(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "A Brackenridge man was sentenced to life in prison on Friday.",
            "“Justice has been served,” said U.S. Attorney Nealy Cordova.",
            "Colorado Gov. Marcus Delahaye praised the verdict.",
        ],
    )
    assert {"Nealy Cordova", "Marcus Delahaye", "Colorado"} <= set(tags)
    assert "United States" not in tags


def test_the_country_named_on_its_own_stays(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["The United States will send aid, U.S. Attorney Nealy Cordova said."])
    assert "United States" in tags
