"""Tag rules of issue 11's twentieth round (second helper), found on the tune halves of the voices3 set and of blind
battery 12, each reproduced on invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_holder_after_a_jobs_unit_named_with_the_is_cut_from_it(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Secretary-General of the Treasury Azran Hamin Ismaw said fishermen in Vardo would get the subsidy.",
            "Director-General of the Border Force Orrin Tull-Vasko visited the base at Vardo on Monday.",
            "The Ministry of Finance said the subsidy would cost 40 million.",
        ],
        "Fishermen get a subsidy",
    )
    assert {"Azran Hamin Ismaw", "Orrin Tull-Vasko", "Ministry of Finance"} <= set(tags)
    assert not any(t.startswith(("Treasury", "Force")) for t in tags)


def test_a_job_with_a_capitalised_preposition_after_its_title_is_no_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Ann Veltrup will serve as Minister Without Portfolio in the new cabinet of Norland.",
            "Critics said a Minister Without a Portfolio needs no Portfolio of her own.",
            "Veltrup joined the government of Jon Korda on Monday, and Sheriff Will Oduya praised the deal.",
        ],
        "Norland gets a new minister",
    )
    assert {"Ann Veltrup", "Jon Korda", "Will Oduya"} <= set(tags)
    assert not any("Without" in t or "Minister" in t for t in tags)


def test_names_only_in_a_quoted_headline_read_as_several_names_count_as_a_headings(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Since the escape of blind activist Tomas Veltrup into the embassy, ambassador Ines Korda has become a"
            " target in the press.",
            "On May 4 the Vardo Herald published an editorial, “Reading the Feeble Record of Western Envoys through"
            " the Tomas Veltrup Affair” and criticised Ines Korda.",
            "Tomas Veltrup left the embassy on Monday.",
        ],
        "An envoy under fire",
    )
    assert {"Tomas Veltrup", "Ines Korda", "Vardo Herald"} <= set(tags)
    assert not {"Tomas Veltrup Affair", "Feeble Record", "Western Envoys"} & set(tags)


def test_a_quoted_title_read_as_one_name_stays(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["Marta Ilves wrote “Salt and Iron” in 1931, and critics in Tartu still praise “The Winter of Hanna Soo”."],
        "Estonia remembers a novelist",
    )
    assert {"Salt and Iron", "Marta Ilves"} <= set(tags)
