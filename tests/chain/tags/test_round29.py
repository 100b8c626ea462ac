"""Tag rules of issue 11's twenty-ninth round: closed classes of organisation words (unions named after their
members, events), each reproduced on invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_union_named_after_its_members_keeps_its_of(config: SiteConfig) -> None:
    paragraphs = [
        "The Harbour Workers of Kelmouth and the Ferry Employees of Northumberland backed the strike, Ann Vale said.",
        "The Kelmouth Teamsters joined them on Monday.",
    ]
    tags = ranked_tags(config, paragraphs, "Unions back strike")
    assert {"Harbour Workers of Kelmouth", "Ferry Employees of Northumberland", "Kelmouth Teamsters"} <= set(tags)
    assert not {"Harbour Workers", "Ferry Employees", "Northumberland"} & set(tags)


def test_an_event_named_with_of_is_one_name(config: SiteConfig) -> None:
    paragraphs = [
        "Leaders gathered for the Summit of the Harbour Towns in Kelmouth on Friday, Ann Vale said.",
        "She won gold at the Championships of the North and at the Fair of the Four Valleys.",
    ]
    tags = ranked_tags(config, paragraphs, "Leaders meet")
    expected = {"Summit of the Harbour Towns", "Championships of the North", "Fair of the Four Valleys"}
    assert expected <= set(tags)
    assert not {"Harbour Towns", "North", "Four Valleys"} & set(tags)


def test_a_sports_position_opening_a_sentence_is_no_part_of_the_name(config: SiteConfig) -> None:
    paragraphs = [
        "Goalie Ann Roe made 31 saves as Kelmouth won 3-1 on Saturday.",
        "Centre-back Sam Ore scored twice and Golfer Tom Vale watched from the stand.",
    ]
    tags = ranked_tags(config, paragraphs, "Kelmouth win")
    assert {"Ann Roe", "Sam Ore", "Tom Vale"} <= set(tags)
    assert not {"Goalie Ann Roe", "Centre-back Sam Ore", "Golfer Tom Vale"} & set(tags)


def test_an_events_year_is_part_of_its_name(config: SiteConfig) -> None:
    paragraphs = [
        "Hundreds of studios gathered at the Northgate Game Summit 2025 in Leeds on Tuesday, Ann Vale said.",
        "The summit closes on Friday; visitors to the Kelmouth Flower Show 2026 queued for hours.",
        "In March 2025 Harlow Ferries added boats.",
    ]
    tags = ranked_tags(config, paragraphs, "Studios flock to summit")
    assert {"Northgate Game Summit 2025", "Kelmouth Flower Show 2026", "Harlow Ferries"} <= set(tags)
    assert not {"Northgate Game Summit", "Kelmouth Flower Show", "March 2025", "Harlow Ferries 2025"} & set(tags)


def test_a_part_in_a_court_case_opening_a_sentence_is_no_part_of_the_name(config: SiteConfig) -> None:
    paragraphs = [
        "Ringleader Tom Vale, 24, of Harlow, was jailed for nine years at Kelmouth Crown Court.",
        "Defendant Jim Ash denied the charge, and Claimant Ann Roe said she would appeal.",
    ]
    tags = ranked_tags(config, paragraphs, "Gang jailed")
    assert {"Tom Vale", "Jim Ash", "Ann Roe"} <= set(tags)
    assert not {"Ringleader Tom Vale", "Defendant Jim Ash", "Claimant Ann Roe"} & set(tags)
    bodies = ranked_tags(config, ["Victim Support and Inmate Advocacy Network criticised the ruling, Ann Vale said."])
    assert {"Victim Support", "Inmate Advocacy Network"} <= set(bodies)  # no roles: bodies' names open with them


def test_a_brands_one_word_and_its_number_are_one_name_written_once(config: SiteConfig) -> None:
    paragraphs = [
        "Kelmouth Cells sells the LoopCell 20 battery and the AlcoCheck 9000 breath tester, Ann Vale said.",
        "Harlow 2 Kelmouth 1 was the score on Saturday.",
    ]
    tags = ranked_tags(config, paragraphs, "Startup raises money")
    assert {"LoopCell 20", "AlcoCheck 9000", "Kelmouth Cells"} <= set(tags)
    assert not {"LoopCell", "AlcoCheck", "Harlow 2"} & set(tags)
    scores = ranked_tags(config, ["Harlow won 80-70.", "Top scorers were McRae 12 and MacLeod 10, Ann Vale said."])
    assert not {"McRae 12", "MacLeod 10"} & set(scores)  # surnames with a capital inside are no brands
