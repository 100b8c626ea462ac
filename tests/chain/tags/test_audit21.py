"""Paraphrases of the tag rules of rounds 17-21 and of reviews 18-19 (a generalisation audit): each rule's mechanism
written again on new invented text, in other sentence shapes and with other names, kept here once the rule covers
what its name says."""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.chain.tags.tagcase import TagCase, case, check

CASES = [
    case(
        "a_provinces_people_after_a_word_opening_the_sentence_or_formed_another_way_are_no_tag",
        [
            "Many Ontarians cannot afford rent, Kofi Mensah said in Toronto, and Manitobans agree.",
            "Some Albertans moved west. Texans and Kansans face the same drought, Ana Ruiz said.",
        ],
        present={"Kofi Mensah", "Ana Ruiz"},
        absent={"Ontarians", "Many Ontarians", "Manitobans", "Albertans", "Some Albertans", "Texans", "Kansans"},
    ),
]


@pytest.mark.parametrize("example", CASES)
def test_paraphrase(config: SiteConfig, example: TagCase) -> None:
    check(config, example)
