"""Tag rules of issue 11's seventh round: labels glued to names, variants of one person's name. Texts are invented."""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.tags import extract_tags
from digest.config import SiteConfig
from digest.text.sentences import split_paragraphs


def _tags(config: SiteConfig, paragraphs: Sequence[str], title: str = "A story") -> set[str]:
    return set(extract_tags(title, split_paragraphs(list(paragraphs)), config.entities, limit=30))


def test_a_party_label_before_a_name_is_no_part_of_it(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The pardon went to Democrat Ottilie Varnsworth, a former mayor, after Republican Rhode Island voters"
            " objected.",
            "Varnsworth thanked the Department of Public Safety and the House of Representatives.",
        ],
    )
    assert {"Ottilie Varnsworth", "Rhode Island", "Department of Public Safety", "House of Representatives"} <= tags
    assert not {"Democrat Ottilie Varnsworth", "Republican Rhode Island", "Public Safety", "Representatives"} & tags


def test_a_surname_named_without_accents_or_inside_a_full_name_is_that_person(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Governor Tomasz Wójcikowski met Mireya Quiñones Albar at the harbour of Velmora.",
            "Wojcikowski spoke first. Quiñones answered, and Quiñones later left for Velmora.",
        ],
    )
    assert {"Tomasz Wójcikowski", "Mireya Quiñones Albar"} <= tags
    assert not {"Wojcikowski", "Quiñones"} & tags


def test_a_full_name_with_a_middle_name_is_the_short_full_name(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Dorian Pell spoke for the committee in Arrowfield.",
            "The old records name him Dorian Augustin Pell, and they say he grew up near Arrowfield.",
        ],
    )
    assert len({"Dorian Pell", "Dorian Augustin Pell"} & tags) == 1


def test_an_adverb_opening_a_quotation_is_no_name(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            'Nadia Orr, a botanist in Fenwick, said, "Honestly, the moss grows faster than anyone thought."',
            'Orr added: "Fenwick, like every valley here, is wet."',
        ],
    )
    assert {"Nadia Orr", "Fenwick"} <= tags
    assert "Honestly" not in tags


def test_a_scientists_job_before_a_name_is_no_part_of_it(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The samples came from Osterby. Seismologist Halvard Brekke led the team, and Brekke wrote the report.",
            "Volcanologists Ines Tamura and Odd Lien agreed with Brekke.",
        ],
    )
    assert {"Halvard Brekke", "Ines Tamura", "Odd Lien"} <= tags
    assert not {"Seismologist Halvard Brekke", "Volcanologists Ines Tamura"} & tags


def test_a_surname_that_is_a_month_stays_when_the_article_writes_the_name_twice(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Prime Minister Rosalind June resigned in May, and Rosalind June left Carvel on Friday.",
            "The vote is due on June 3, Carvel officials said.",
        ],
    )
    assert {"Rosalind June", "Carvel"} <= tags
    assert not {"Rosalind", "June", "May"} & tags


def test_and_joins_an_organisations_name_after_a_possessive(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Officials said Velmora's Fish and Forestry Agency closed the river, and Anton Ruiz agreed.",
            "The agency said Ruiz and Marta Ilves would inspect it.",
        ],
    )
    assert {"Velmora", "Fish and Forestry Agency", "Anton Ruiz", "Marta Ilves"} <= tags
    assert not {"Fish", "Forestry Agency", "Ruiz and Marta Ilves"} & tags


def test_a_style_of_address_is_no_name(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The minister of Arvania advised Her Majesty to close the assembly, and His Eminence Cardinal Tomas Vell"
            " objected.",
            "Her decision came late. Vell spoke in Arvania again.",
        ],
    )
    assert {"Arvania", "Tomas Vell"} <= tags
    assert not {"Majesty", "Eminence", "Her Majesty", "Eminence Cardinal Tomas Vell", "Cardinal Tomas Vell"} & tags


def test_a_configured_role_alone_is_a_job_not_a_tag(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The Attorney General of Orlandia, Petra Hask, met the Secretary of State in Tollby.",
            "Hask said the Attorney General would answer. The Secretary of State did not.",
        ],
    )
    assert {"Petra Hask", "Tollby"} <= tags
    assert not {"Attorney General", "Secretary of State"} & tags


def test_demonyms_joined_are_no_entity(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The Kenyan-American runner Wanjiru Odhiambo won in Brisbury, where the North American leg starts.",
            "The North American fans cheered Odhiambo.",
        ],
    )
    assert {"Wanjiru Odhiambo", "Brisbury"} <= tags
    assert not {"Kenyan-American", "North American"} & tags


def test_a_hyphenated_name_with_a_short_lower_case_part_stays_whole(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The Grammy-winning singer Park Seo-yu met the envoy Lee Dae-in in the Harlow-based studio of Harlow.",
            "Seo-yu and Dae-in spoke about Harlow.",
        ],
    )
    assert {"Park Seo-yu", "Lee Dae-in", "Harlow"} <= tags
    assert not {"Grammy-winning", "Harlow-based", "Lee Dae", "Park Seo"} & tags
