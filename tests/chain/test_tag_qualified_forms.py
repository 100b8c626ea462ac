"""One entity, one form: an organisation written with and without the place that qualifies it, or without the
word naming its kind, is one entity (issue 11, ninth round). Texts are invented."""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.tags import extract_tags
from digest.config import SiteConfig
from digest.text.sentences import split_paragraphs


def _tags(config: SiteConfig, paragraphs: Sequence[str]) -> list[str]:
    return list(extract_tags("A story", split_paragraphs(list(paragraphs)), config.entities, limit=30))


def test_a_body_with_of_and_its_country_after_it_is_the_body_named_without_it(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The Constitutional Tribunal of Portugal ruled on Tuesday against the plan of Mara Lindqvist.",
            "The Constitutional Tribunal said the plan broke the law. The Constitutional Tribunal sits in Lisbon.",
        ],
    )
    assert "Constitutional Tribunal of Portugal" in tags
    assert "Constitutional Tribunal" not in tags


def test_a_country_before_a_body_the_article_names_alone_is_the_same_body(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Former Portugal Maritime Safety Agency officer Tomas Okafor died on Saturday in Lisbon.",
            "Okafor joined the Maritime Safety Agency in 1965, and the Maritime Safety Agency praised him.",
        ],
    )
    assert "Portugal Maritime Safety Agency" in tags  # the longest form, as first introduced
    assert "Maritime Safety Agency" not in tags


def test_a_name_without_the_word_for_its_kind_and_its_first_word_are_the_whole_name(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Tomas Okafor took a job at the Harwell Institution of Karstology in 1947.",
            "He was recalled to Harwell after the war. Harwell Karstology director Ria Mendez praised him.",
        ],
    )
    assert "Harwell Institution of Karstology" in tags
    assert not {"Harwell", "Harwell Karstology"} & set(tags)


def test_a_cup_and_its_final_stay_two_entities(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The Korvala Cup Finals start in Madrid. The Korvala Cup is older than any other trophy.",
            "The Korvala Cup Final will be played on Sunday, and the Korvala Cup will change its format.",
        ],
    )
    assert {"Korvala Cup", "Korvala Cup Finals"} <= set(tags)


def test_a_command_named_after_its_force_is_the_force(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Ria Mendez, the head of the Harwell Police Counter Fraud Command, said the case was closed.",
            "Mendez said the money was found in Korvala.",
        ],
    )
    assert "Harwell Police" in tags
    assert "Harwell Police Counter Fraud Command" not in tags


def test_a_name_and_its_translation_in_parentheses_are_one_entity(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The party was organised by Sociedad Korvalana Minera (Korvala Mining Society) in Lisbon.",
            "Sociedad Korvalana Minera said it would meet again. The firm left Porto (Portugal) on Monday.",
        ],
    )
    assert "Sociedad Korvalana Minera" in tags
    assert "Korvala Mining Society" not in tags
    assert {"Porto", "Portugal"} <= set(tags)
