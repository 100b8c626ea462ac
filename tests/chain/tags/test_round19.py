"""Tag rules of issue 11's nineteenth round, found on the tune halves of the tagged blind page batteries (a
company's short names, its name as written with its legal form) and reproduced on invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_companys_first_word_in_the_possessive_after_in_is_the_company(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Tornvik Semiconductor Co. said Friday it will build a memory plant near Ulsan.",
            "The investment is the largest in Tornvik's history. Tornvik said it would hire 3,000 engineers.",
            "Shares of Tornvik rose 4.8 percent as Tornvik raised its forecast.",
        ],
    )
    assert "Tornvik Semiconductor Co." in tags
    assert "Tornvik" not in tags


def test_a_town_named_in_the_possessive_stays_the_town_beside_a_body_named_after_it(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The Brackwater Nurses Association met on Monday.",
            "Nurses in Brackwater's hospital say wards are short of staff, and in Brackwater rents keep rising.",
        ],
    )
    assert {"Brackwater", "Brackwater Nurses Association"} <= set(tags)


def test_a_companys_short_name_ending_in_a_place_word_is_the_company(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Fenmoor Bancorp Inc. agreed to buy Ashgrove Valley Financial Corp. for $9 billion.",
            "Ashgrove Valley shareholders will receive 1.2 Fenmoor shares, valuing Ashgrove at $48 a share.",
            "Ashgrove Valley chief executive Mara Quell will stay. Seven directors will come from Ashgrove.",
            "Shares of Ashgrove Valley rose 19%. Fenmoor fell 5%, and Ashgrove Valley's ratings were raised.",
        ],
    )
    assert {"Fenmoor Bancorp Inc.", "Ashgrove Valley Financial Corp."} <= set(tags)
    assert not {"Ashgrove", "Ashgrove Valley", "Fenmoor", "Ashgrove Valley Financial"} & set(tags)


def test_a_valley_named_as_a_place_is_no_companys_short_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Ashgrove Valley Orchards Ltd. will close its packing shed.",
            "Growers in Ashgrove Valley said the shed was the last in Ashgrove Valley, and farms in Ashgrove Valley"
            " will truck their fruit to Wexley.",
        ],
    )
    assert {"Ashgrove Valley", "Ashgrove Valley Orchards Ltd."} <= set(tags)
