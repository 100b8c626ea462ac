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


def test_an_abbreviated_role_without_its_dots_is_still_a_role(config: SiteConfig) -> None:
    """British style drops the dots ("Lt Col", "Rep", "Gen"): before a person the role goes and the person stays;
    elsewhere the word is no role ("Amartya Sen")."""
    tags = ranked_tags(
        config,
        [
            "Lt Col Ivo Brandt told the hearing in Eastholm that Rep Dara Okafor had asked for the files.",
            "Brandt said Gen Mara Quist agreed. Okafor and Quist did not reply to Amartya Sen, who was in Leeds.",
        ],
    )
    assert {"Ivo Brandt", "Dara Okafor", "Mara Quist", "Eastholm", "Amartya Sen"} <= set(tags)
    assert not {t for t in tags if t.split()[0] in {"Lt", "Col", "Rep", "Gen"}}
