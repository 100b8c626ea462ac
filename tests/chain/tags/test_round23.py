"""Tag rules of issue 11's twenty-third round, found on the tune half of the fourth probe battery (web genres
outside politics: round-ups, deals, reviews, press releases) in kinds other tune sets show too, each reproduced on
invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_line_naming_a_numbered_model_is_a_products_heading(config: SiteConfig) -> None:
    paragraphs = [
        "Tarvo Glide 7",
        "Still the default choice for commuters in Leeds, with a light frame.",
        "Orsk Velo 250",
        "Roomier and better for taller riders, says tester Ann Roe.",
    ]
    tags = ranked_tags(config, paragraphs, "The best commuter bikes")
    assert {"Tarvo Glide 7", "Orsk Velo 250"} <= set(tags)
    assert not {"Tarvo Glide", "Orsk Velo"} & set(tags)
    lines = ranked_tags(config, ["Day 2", "We rode to Leeds with Ann Roe.", "Top 10 Tips", "Ann Roe said so."])
    assert not {"Day 2", "Top 10 Tips", "Top 10"} & set(lines)
    table = ranked_tags(config, ["Tally", "J. Roe 12", "Ann Vale 9", "Votes counted in Leeds by Tom Marsh."])
    assert not {"J. Roe 12", "Ann Vale 9"} & set(table)


def test_a_spouses_given_name_in_brackets_inside_a_name_is_no_tag(config: SiteConfig) -> None:
    paragraphs = [
        "Walter Lund, 81, of Harlow, died Monday.",
        "Survivors include his children Dean (Karen) Lund and Lisa (Tom) Marsh; and six grandchildren.",
    ]
    tags = ranked_tags(config, paragraphs, "Walter Lund, 1943-2024")
    assert {"Dean Lund", "Lisa Marsh"} <= set(tags)
    assert not {"Karen", "Tom", "Lisa", "Marsh", "Dean"} & set(tags)
    kept = ranked_tags(config, ["Harbour Energy (Tarvo) Holdings paid Ann Vale in Leeds."])
    assert "Harbour Energy" in " ".join(kept)  # no given names: the brackets stay


def test_a_partys_noun_before_a_name_is_no_part_of_it(config: SiteConfig) -> None:
    paragraphs = [
        "Republican Tom Marsh raised $3 million; Democrat Ann Vale raised less.",
        "The Republican Party paid.",
    ]
    tags = ranked_tags(config, paragraphs, "Marsh leads in Harlow")
    assert {"Tom Marsh", "Ann Vale", "Republican Party"} <= set(tags)
    assert not {"Republican Tom Marsh", "Democrat Ann Vale"} & set(tags)


def test_a_boxs_label_opening_a_paragraph_is_no_name(config: SiteConfig) -> None:
    paragraphs = [
        "Harbour Energy Corp. reported revenue of $1.4 billion, said Ann Vale.",
        "Press Office: call 0800 123 456 for details.",
        "Investor Webinar: Harbour Energy will host a webcast at 5 p.m.",
        "Tom Marsh: I think it went well.",
    ]
    tags = ranked_tags(config, paragraphs, "Harbour Energy results")
    assert not {"Press Office", "Investor Webinar"} & set(tags)
    assert {"Tom Marsh", "Ann Vale"} <= set(tags)
    named = ranked_tags(config, ["Harlow Rovers: the club said so.", "Fans of Harlow Rovers cheered, Ann Vale said."])
    assert "Harlow Rovers" in named  # named again in the text: a name, not a box's label
