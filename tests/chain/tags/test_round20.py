"""Tag rules of issue 11's twentieth round, found on the tune halves of the tagged blind page batteries (people:
named in full as introduced, no lone first names, the people the article follows not missed) and reproduced on
invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_the_head_of_the_organisation_the_article_is_about_is_a_key_person(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Tornvik Freight agreed to buy Ollander Barges, and Tornvik will move its offices to Quarrendon.",
            "Tornvik chief executive Odran Faulkbridge-Amsel told analysts the deal would close in June.",
            "Barges on the Vessel and the Amber rivers carry grain; Quarrendon and Maple Reach host depots.",
            "Ollander Barges was founded in Maple Reach. The Vessel and the Amber flood every spring.",
        ],
        title="Tornvik Freight to buy Ollander Barges",
    )
    assert tags.index("Odran Faulkbridge-Amsel") < tags.index("Maple Reach")


def test_a_person_with_a_job_at_an_organisation_named_in_passing_gains_nothing(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Floods cut roads around Marrowby and Tessingham on Monday, and Marrowby lost power.",
            "Schools in Tessingham stayed shut, and Dunholt flooded. Dunholt and Quarrendon lost water.",
            "Relief came from Pellor Trust in Quarrendon. Trains to Quarrendon stopped.",
            "Pellor Trust chief executive Ilse Varnow said more was needed.",
        ],
    )
    assert tags.index("Quarrendon") < tags.index("Ilse Varnow")


def test_names_that_are_another_languages_stop_words_make_no_sentence_foreign(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Good morning, and welcome to the Tornvik Freight results call.",
            "With me today are Dr. Rafael Quenby-Marsh, our chief executive officer, and Werner Oltavi, our treasurer.",
        ],
    )
    assert {"Rafael Quenby-Marsh", "Werner Oltavi"} <= set(tags)


def test_letters_after_a_name_with_a_particle_are_cut(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["Prosecutor Annelie Van der Kolk SC told the trial that Mr Tolbury had argued."])
    assert "Annelie Van der Kolk" in tags
    assert "Annelie Van der Kolk SC" not in tags


def test_forms_of_address_and_titles_of_other_countries_are_cut_before_a_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Madam Rosnia Abdul Karim, 71, has lived in Quarrendon since 1974.",
            "Advocate Ruthie Naidoo-Chalk SC led the prosecution. Kaumātua Matiu Te Wharo spoke at dawn.",
            "Soprano Stellan Dziadko, 88, was baptized upstairs in 1938, and Dziadko still sings.",
        ],
    )
    assert {"Rosnia Abdul Karim", "Ruthie Naidoo-Chalk", "Matiu Te Wharo", "Stellan Dziadko"} <= set(tags)


def test_a_spokesman_of_the_organisation_the_article_is_about_gains_nothing(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Tornvik Freight agreed to buy Ollander Barges, and Tornvik will move its offices to Quarrendon.",
            "Tornvik spokesman Odran Faulkbridge-Amsel told analysts the deal would close in June.",
            "Barges on the Vessel and the Amber rivers carry grain; Quarrendon and Maple Reach host depots.",
            "Ollander Barges was founded in Maple Reach. The Vessel and the Amber flood every spring.",
        ],
        title="Tornvik Freight to buy Ollander Barges",
    )
    assert tags.index("Maple Reach") < tags.index("Odran Faulkbridge-Amsel")
