"""Tag rules of issue 11's twenty-second round, found on the tune half of the voices4 set (real Global Voices posts)
in kinds another tune set shows too, each reproduced on invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_list_of_portfolios_before_a_body_word_is_one_name(config: SiteConfig) -> None:
    for written in ("Trade, Culture and Development Office", "Trade, Culture & Development Office"):
        tags = ranked_tags(config, [f"The grant comes from the {written}, Tom Vale said on Monday."], "A grant")
        assert written in tags
        assert not {"Trade", "Culture", "Development Office"} & set(tags)
    opening = ranked_tags(config, ["The Trade, Culture and Development Office paid Tom Vale on Monday."], "A grant")
    assert "Trade, Culture and Development Office" in opening
    towns = ranked_tags(config, ["Crews from the Leeds, Bradford and Harrogate Fire Service came, Tom Vale said."])
    assert "Leeds" in towns  # places listed before a body are places


def test_a_possessive_before_an_editors_brackets_is_an_owners(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["'I will not enter Brik's [Dorvan Mell's] government,' Vena Hale said.", "Dorvan Mell met Vena Hale."],
        "Kesland talks fail",
    )
    assert "Brik's" not in tags
    assert "Macy's" in ranked_tags(config, ["Ford, Macy's (the chain) and Sears closed stores, Vena Hale said."])
