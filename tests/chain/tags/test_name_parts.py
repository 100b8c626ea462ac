"""Tag rules of issue 11's fifteenth round, found on the third blind battery's tune half (``probes_third.yml``) and
reproduced here on invented text: the parts a name is written with."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_spaced_initials_are_no_shouting_and_open_a_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Chief executive C. C. Wen said the Ravensby plant was on track, and A. B. de Vos agreed.",
            "Later de Vos and Wen met in Brindle. THE SHOW MUST GO ON, a banner said.",
        ],
    )
    assert {"C. C. Wen", "A. B. de Vos", "Ravensby", "Brindle"} <= set(tags)
    assert not {"Wen", "Vos", "SHOW", "THE SHOW MUST GO ON"} & set(tags)


def test_des_joins_a_name_like_de(config: SiteConfig) -> None:
    tags = ranked_tags(
        config, ["Museum director Ida des Marais said the Salle des Lanternes in Ravensby would reopen."]
    )
    assert {"Ida des Marais", "Salle des Lanternes", "Ravensby"} <= set(tags)
    assert not {"Ida", "Marais", "Salle", "Lanternes"} & set(tags)


def test_a_legal_form_written_as_the_partners_name_stays(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["The group owns Quell & Co. and Vantorra Holdings Inc., both based in Ravensby."])
    assert {"Quell & Co.", "Vantorra Holdings Inc.", "Ravensby"} <= set(tags)
    assert "Quell &" not in tags


def test_brothers_abbreviated_do_not_end_the_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config, ["Filming began at Marlow Bros. Studios Brindle in July, and Marlow Bros. Pictures paid."]
    )
    assert {"Marlow Bros. Studios Brindle", "Marlow Bros. Pictures"} <= set(tags)
    assert not {"Marlow Bros", "Studios Brindle"} & set(tags)


def test_a_second_name_given_in_so_many_words_is_the_same_entity(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Tomas Varga, widely known as Tovo, left office in May. Tovo said he was proud of Ravensby.",
            "Voters in Tessaly backed the Kelmortang (KMG) on Saturday; KMG leader Ann Roe said so.",
        ],
    )
    assert {"Tomas Varga", "Ravensby", "Tessaly", "Ann Roe"} <= set(tags)
    assert len({"Tomas Varga", "Tovo"} & set(tags)) == 1
    assert len({"Kelmortang", "KMG"} & set(tags)) == 1


def test_corporation_written_out_is_part_of_the_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["The Ravensby Municipal Corporation (RMC) fined Vantorra Corp. on Monday; the RMC said so."],
    )
    assert {"Ravensby Municipal Corporation", "Vantorra Corp."} <= set(tags)  # a legal form as written stays
    assert not {"Ravensby Municipal", "Vantorra"} & set(tags)


def test_a_numbered_model_written_in_the_title_and_once_in_the_text_is_a_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["The maker Vantorra stopped updates for Lumos 10 on Tuesday, and a Category 5 storm hit Ravensby."],
        "Lumos 10 support ends",
    )
    assert {"Lumos 10", "Vantorra", "Ravensby"} <= set(tags)
    assert not {"Lumos", "Category 5", "Category"} & set(tags)


def test_a_disease_named_after_a_person_is_named_whole(config: SiteConfig) -> None:
    tags = ranked_tags(
        config, ["The drug is for adults with early Marlow's disease, the Ravensby firm Vantorra Bio said."]
    )
    assert {"Marlow's disease", "Vantorra Bio"} <= set(tags)
    assert not {"Marlow", "Marlow's"} & set(tags)


def test_a_brand_and_model_with_a_number_are_a_name_written_once(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Best for beginners: the Lumen Stride 9 from Vantorra, sold at Ravensby Outfitters.",
            "Ann Roe was a Tessaly All-Star 18 times, and a Category 5 storm hit Brindle.",
        ],
    )
    assert {"Lumen Stride 9", "Vantorra", "Ravensby Outfitters", "Ann Roe"} <= set(tags)
    assert not {"Tessaly All-Star 18", "Category 5"} & set(tags)


def test_a_street_after_on_or_at_is_where_a_place_stands(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Volunteers at St. Mara Catholic Church on Harmon Road fed 200 people.",
            "The Centre on Ageing in Brindle helped.",
        ],
    )
    assert {"St. Mara Catholic Church", "Harmon Road", "Centre on Ageing", "Brindle"} <= set(tags)
    assert "St. Mara Catholic Church on Harmon Road" not in tags


def test_a_nations_code_in_brackets_after_an_athlete_is_no_tag(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "1. Ruth Kelmore (KEN) 2:09:56",
            "2. Ida Marsh (ETH) 2:17:32",
            "The Ravensby Marathon ran along Harbour Avenue, and the Tessaly Health Board (THB) helped.",
        ],
    )
    assert {"Ruth Kelmore", "Ida Marsh", "Ravensby Marathon"} <= set(tags)
    assert not {"KEN", "ETH", "Kenya", "Ethiopia"} & set(tags)


def test_a_capital_the_mid_sentence_stays_on_a_title(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["The show reached No. 2 in Ravensby, behind The Ida Marsh Experience and Ann Roe's The Lantern Generation."],
    )
    assert {"The Ida Marsh Experience", "The Lantern Generation"} <= set(tags)
    assert not {"Ida Marsh Experience", "Lantern Generation"} & set(tags)


def test_an_author_cited_in_a_reference_is_no_tag(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The team at Ravensby University analysed the data, said Ann Roe.",
            "Citation: Marlow HT, Quell R, et al. Short sleep and risk. Tessaly Med J. 2023;177(9):e232311.",
        ],
    )
    assert {"Ravensby University", "Ann Roe"} <= set(tags)
    assert not {"Marlow HT", "Quell R"} & set(tags)


def test_a_class_label_abbreviated_with_its_stop_is_no_tag(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["Eli Marsh (Sr.) and Ann Roe (Jr.) won at 138 pounds for Ravensby Central."])
    assert {"Eli Marsh", "Ann Roe", "Ravensby Central"} <= set(tags)
    assert not {"Sr.", "Jr.", "Sr", "Jr"} & set(tags)
