"""Tag rules of issue 11's twenty-first round, found on the tune half of the voices4 set (real Global Voices posts),
each reproduced on invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_country_the_title_names_and_the_text_names_by_its_people_is_a_tag(config: SiteConfig) -> None:
    text = [
        "Thousands of Malaysians in 35 cities joined the Kesh rally on Saturday, Ann Roe said in Kelmouth.",
        "In Orrinford, students marched with Kesh banners.",
    ]
    assert "Malaysia" in ranked_tags(config, text, "Malaysia: Kesh rallies around the globe")
    assert "Malaysia" not in ranked_tags(config, text, "Kesh rallies around the globe")  # implied, not named


def test_a_country_inside_a_longer_name_of_the_title_is_not_named_alone(config: SiteConfig) -> None:
    text = [
        "Congolese women marched in Goma on Monday against the new penal code, Ann Roe said.",
        "The Democratic Republic of Congo's justice minister said he would meet them.",
    ]
    tags = ranked_tags(config, text, "Democratic Republic of Congo: women march in Goma")
    assert "Democratic Republic of Congo" in tags
    assert "Congo" not in tags
    airline = ["Malaysian pilots said the Kelmouth route would close, Ann Roe said on Monday."]
    assert "Malaysia" not in ranked_tags(config, airline, "Malaysia Airlines ends its Kelmouth route")
