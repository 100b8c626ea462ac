"""Tag rules of issue 11's eleventh round: a first name introduced as someone's wife or child takes that
person's surname. Texts are invented."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_his_wife_named_by_her_first_name_is_tagged_with_his_surname(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Dorian Van Der Holt left the dance contest on Monday.",
            "The news came after Van Der Holt’s announcement that his wife, Marisol, had been ill.",
            "Marisol and I are grateful for your support, Van Der Holt said. Marisol thanked the judges.",
        ],
    )
    assert {"Dorian Van Der Holt", "Marisol Van Der Holt"} <= set(tags)
    assert not {"Marisol", "Van Der Holt"} & set(tags)


def test_a_first_name_with_no_person_before_it_stays_as_written(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["In Chicago, his wife, Marisol, runs the bakery, and Marisol bakes at dawn."])
    assert "Marisol" in tags
    assert "Marisol Chicago" not in tags


def test_a_royal_and_his_wife_share_no_surname(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["Prince Aldric and his wife Marisol visited Eastholm, and Aldric spoke there."])
    assert {"Prince Aldric", "Eastholm"} <= set(tags)
    assert "Marisol Aldric" not in tags


def test_his_wife_takes_the_surname_of_the_person_past_the_places_and_firms_named_between(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Tomasz Wrenfield, 52, who ran Harrowgate Lane Bakery in Walsall, was reported missing by his wife, "
            "Ilsabet, on Monday. Wrenfield's van was found in Cannock."
        ],
    )
    assert "Ilsabet Wrenfield" in tags
    assert not {"Ilsabet", "Ilsabet Bakery"} & set(tags)
