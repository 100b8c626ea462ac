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


def test_a_title_over_of_that_the_headline_writes_is_one_name(config: SiteConfig) -> None:
    paragraphs = [
        "Orsk used Monday's Hall of Games show to confirm that Lantern of Vesk, the sequel to Lantern of Oda, "
        "arrives in March, Ann Vale said in Leeds.",
    ]
    tags = ranked_tags(config, paragraphs, "Lantern of Vesk Gets March Date at Hall of Games")
    assert {"Lantern of Vesk", "Hall of Games"} <= set(tags)
    assert not {"Lantern", "Vesk", "Games"} & set(tags)
    people = ranked_tags(config, ["Ann Vale of Tarvo met Tom Marsh in Leeds."], "Ann Vale of Tarvo Meets Tom Marsh")
    assert "Ann Vale" in people  # a person and where she works: no title

    office = ranked_tags(config, ["Tom Marsh, Governor of Harlow, quit in Leeds."], "Governor of Harlow Quits")
    assert "Harlow" in office  # an office: no title
    head = ranked_tags(config, ["Tarvo's Head of Research quit, Ann Vale said in Leeds."], "Head of Research Quits")
    assert "Head of Research" not in head
    day = ranked_tags(config, ["Orsk used Tuesday's Hall of Games show in Leeds to hire Ann Vale."], "At Hall of Games")
    assert "Tuesday's" not in day
