"""Tag rules of issue 11's sixth round: an entity's canonical form, units and acronyms. Texts are invented."""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.tags import extract_tags
from digest.config import SiteConfig
from digest.text.sentences import split_paragraphs


def _tags(config: SiteConfig, paragraphs: Sequence[str], title: str = "A story") -> list[str]:
    return list(extract_tags(title, split_paragraphs(list(paragraphs)), config.entities, limit=30))


def test_an_organisation_named_before_one_of_its_units_is_the_tag(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The win ended Eastmoor’s hopes in the Lakeview Conference West Division this year.",
            "Detectives of the Hale Police Department Drug Interdiction Unit searched a house.",
            "The Hale Police Department said two people were arrested, and the Civil Rights Division agreed.",
        ],
    )
    assert {"Lakeview Conference", "Hale Police Department", "Civil Rights Division"} <= set(tags)
    assert not {"Lakeview Conference West Division", "Hale Police Department Drug Interdiction Unit"} & set(tags)


def test_an_acronym_may_leave_out_the_word_that_makes_a_place_a_place(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The Ohio State Dental Board opened an inquiry into Brightsmile.",
            "According to the filing, the ODB’s questions concern Brightsmile’s billing; the ODB declined to comment.",
            "The Ohio State Dental Board meets again in May, Brightsmile said.",
        ],
    )
    assert "Ohio State Dental Board" in tags
    assert "ODB" not in tags


def test_a_quoted_title_in_title_case_keeps_its_small_words(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The show – entitled ‘Lamps after Lamps after Lamps’ – opened, and Zora Pell chose “Tilda and Howard” too.",
            "Zora Pell also liked ‘Make your Lanterns’ and the “Lost in Orbit” poster in Ravensby.",
        ],
    )
    assert {"Lamps after Lamps after Lamps", "Tilda and Howard", "Lost in Orbit", "Zora Pell", "Ravensby"} <= set(tags)
    assert not {"Lamps", "Howard", "Tilda", "Lost", "Orbit", "Make your Lanterns"} & set(tags)


def test_and_does_not_extend_a_name_known_whole(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "In a letter to Kevin Moss, acting head of the Department of Homeland Security and Ilse Varga, the "
            "health secretary, doctors offered flu shots.",
            "The Department of Health and Human Services did not answer, and Varga declined to comment.",
        ],
    )
    assert {"Department of Homeland Security", "Ilse Varga", "Department of Health and Human Services"} <= set(tags)
    assert "Department of Homeland Security and Ilse Varga" not in tags
