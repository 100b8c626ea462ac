"""Defects a review of the nineteenth and twentieth rounds found in their tag rules, each pinned on invented text: a
dateline's hyphenated or apostrophised place recased as one word, a royal named earlier in the sentence taking a
wife's surname from her husband, a two-letter acronym read as an organisation's name without its leading acronym."""

from __future__ import annotations

from digest.chain.datelines import dateline_places
from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.plaintext import read_text
from tests.chain.tags.tagcase import ranked_tags
from tests.conftest import ADDED


def test_a_datelines_place_is_recased_part_by_part() -> None:
    assert dateline_places("WINSTON-SALEM, N.C. (AP) — A fire broke out.") == ("Winston-Salem",)
    assert dateline_places("O'FALLON, Mo. (AP) — A fire broke out.") == ("O'Fallon",)
    assert dateline_places("ST. LOUIS (AP) — A fire broke out.") == ("St. Louis",)


def test_a_hyphenated_dateline_place_is_one_tag_as_the_article_writes_it(config: SiteConfig) -> None:
    paragraphs = [
        "Freight train derails near river town",
        "QUARLING-ESTE, N.C. (AP) — A freight train derailed on Tuesday, spilling diesel into a creek.",
        "Crews worked through the night near Quarling-Este to contain the spill, Ann Roe said.",
    ]
    (doc,) = read_text("story.txt", "\n\n".join(paragraphs).encode())
    tags = convert_document(doc, config, ADDED).article.tags
    assert "Quarling-Este" in tags
    assert not {"Quarling", "Quarling-este"} & set(tags)


def test_a_royal_named_before_the_husband_does_not_stop_his_wife_taking_his_surname(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["King Aldric thanked Tomasz Wrenfield and his wife, Ilsabet, for the first loaf."])
    assert "Ilsabet Wrenfield" in tags
    assert "Ilsabet" not in tags


def test_a_two_letter_acronym_is_not_an_organisations_name_without_its_leading_acronym(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The UK Space Agency funded the launch from Cornwall, the agency said.",
            "Separately, SA rugby chiefs met in Cape Town, and SA coaches said the match would go ahead.",
        ],
    )
    assert {"UK Space Agency", "SA"} <= set(tags)
