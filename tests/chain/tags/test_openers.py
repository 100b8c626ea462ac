"""Tag rules of issue 11's fifteenth round, found on the third blind battery's tune half (``probes_third.yml``) and
reproduced here on invented text: where a sentence's first word is a name."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_name_opening_two_sentences_once_in_the_possessive_is_a_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Vantorra said on Monday that its new ferry would be late.",
            "Chief executive Mara Quell told analysts the yard was busy. Vantorra's shares fell 2 per cent.",
        ],
        "Vantorra Delays Its Ferry",
    )
    assert {"Vantorra", "Mara Quell"} <= set(tags)


def test_a_common_word_opening_sentences_is_still_no_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Demand fell in the spring, said Mara Quell of Vantorra Shipping.",
            "Demand's slump hit the yard. Demand may recover as demand for cargo grows, Quell said.",
            "Officials said the yard would stay open. Officials' patience is thin.",
        ],
    )
    assert "Mara Quell" in tags
    assert not {"Demand", "Officials"} & set(tags)


def test_a_job_opening_a_sentence_before_its_holder_is_no_part_of_the_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Creator Ida Marsh said there would be no sequel. Guard Ann Roe scored 24 points for Ravensby.",
            "Owner Lior Bask reopened the diner. CFO Mara Quell and Frontman Tom Vale spoke in Brindle.",
        ],
    )
    assert {"Ida Marsh", "Ann Roe", "Ravensby", "Lior Bask", "Mara Quell", "Tom Vale"} <= set(tags)
    assert not [t for t in tags if t.startswith(("Creator", "Guard", "Owner", "CFO", "Frontman"))]


def test_a_counted_compound_opening_a_sentence_is_no_part_of_the_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["BRINDLE - Ten-man Ravensby Rovers held on to win. Two-time champion Ann Roe said a VAT rise hurt the club."],
    )
    assert {"Ravensby Rovers", "Ann Roe"} <= set(tags)
    assert not [t for t in tags if t.startswith(("Ten-man", "Two-time"))]
    assert "VAT" not in tags


def test_a_plural_after_a_datelines_dash_opens_the_sentence(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "RAVENSBY - Voters in Tessaly rejected the plan on Saturday, a setback for Ann Roe.",
            "BRINDLE - Shares in Vantorra Shipping fell 4 per cent. KELMORE - Nintendo-like Lumora said it would grow.",
        ],
    )
    assert {"Tessaly", "Ann Roe", "Vantorra Shipping"} <= set(tags)
    assert not {"Voters", "Shares"} & set(tags)
