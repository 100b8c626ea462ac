"""Tag rules of issue 11's twenty-fourth round, found on the tune halves of the fourth probe battery and of blind
battery 14 (web genres outside politics: markets, deals, reviews, recalls), each reproduced on invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_ticker_that_spells_no_name_is_never_the_name_shown(config: SiteConfig) -> None:
    paragraphs = [
        "Tarvo Holdings (TRVH) cut its forecast on Wednesday in Leeds, said Ann Vale.",
        "Tarvo also said it would close a plant.",
    ]
    tags = ranked_tags(config, paragraphs, "Tarvo Holdings cuts forecast")
    assert "Tarvo Holdings" in tags
    assert "TRVH" not in tags
    spelled = ranked_tags(config, ["The Harlow Energy Board (HEB) met in Leeds.", "The HEB said no, Ann Vale said."])
    assert "Harlow Energy Board" in spelled


def test_a_ticker_with_its_exchanges_letter_is_no_tag(config: SiteConfig) -> None:
    paragraphs = [
        "Orsk Bio (ORSK.O) said its drug worked, Ann Vale said in Leeds.",
        "Rival Tarvo Therapeutics (TRVO.N) is testing a similar drug.",
    ]
    tags = ranked_tags(config, paragraphs, "Orsk Bio drug approved")
    assert {"Orsk Bio", "Tarvo Therapeutics"} <= set(tags)
    assert not {"ORSK.O", "TRVO.N"} & set(tags)
