"""Names not cut: an acronym's expansion written over commas and "and", a university of a state with the city of
its campus, a plural title of an organisation (issue 11, ninth round). Texts are invented."""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.tags import extract_tags
from digest.config import SiteConfig
from digest.text.sentences import split_paragraphs


def _tags(config: SiteConfig, paragraphs: Sequence[str]) -> list[str]:
    return list(extract_tags("A story", split_paragraphs(list(paragraphs)), config.entities, limit=30))


def test_an_expansion_over_commas_before_its_acronym_is_one_entity(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The plan was questioned by the Northern Forest, Wetland and Coastal Heritage Board (NFWCHB) on Monday.",
            "The NFWCHB said the NFWCHB would meet again in Korvala.",
        ],
    )
    assert "Northern Forest, Wetland and Coastal Heritage Board" in tags
    assert not {"Northern Forest", "Wetland", "Coastal Heritage Board", "NFWCHB"} & set(tags)


def test_an_expansion_in_parentheses_after_its_acronym_is_one_entity(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Officials of the KSATA (Korvala Science, Arts and Technology Agency) visited the port of Dunmore.",
            "The KSATA will report in May.",
        ],
    )
    assert "Korvala Science, Arts and Technology Agency" in tags
    assert not {"Korvala Science", "Arts", "Technology Agency", "KSATA"} & set(tags)


def test_names_listed_before_an_acronym_they_do_not_spell_stay_apart(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Delegates from Korvala, Dunmore and the Eastport Nurses Association (ENA) met on Monday.",
            "The ENA thanked Korvala and Dunmore.",
        ],
    )
    assert {"Korvala", "Dunmore", "Eastport Nurses Association"} <= set(tags)


def test_a_university_of_a_state_and_the_city_of_its_campus_are_one_name(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The death of Tomas Okafor was announced by the University of California, San Diego on Friday.",
            "He had also taught at the University of Texas, where Ria Mendez met him in Paris, France.",
        ],
    )
    assert {"University of California, San Diego", "University of Texas"} <= set(tags)
    assert not {"University of California", "San Diego", "France, Paris"} & set(tags)
    assert {"Paris", "France"} <= set(tags)


def test_a_plural_title_of_an_organisation_is_one_name(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The study of Ria Mendez appears in Quarterly Letters of the Korvala Geological Society this week.",
            "Tomas Okafor praised the Ministers of the Harwell Council. Members of the Korvala Geological Society met.",
        ],
    )
    assert "Quarterly Letters of the Korvala Geological Society" in tags
    assert not {
        "Quarterly Letters",
        "Ministers of the Harwell Council",
        "Members of the Korvala Geological Society",
    } & set(tags)


def test_a_body_named_after_its_organisations_acronym_is_one_name(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Ria Mendez went to Lisbon for the Korvala Trade Union (KTU) General Assembly this week.",
            "The KTU said the Korvala Trade Union (KTU) Director Tomas Okafor would speak.",
        ],
    )
    assert "Korvala Trade Union General Assembly" in tags
    assert "General Assembly" not in tags
    assert not [t for t in tags if "Director" in t]
