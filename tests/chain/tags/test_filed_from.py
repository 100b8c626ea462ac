"""The place a story was filed from (its dateline's, `digest.chain.datelines.tagged_lead`) reaches the tagger as what
it is, a mention of that place (``filed``), not as a sentence written for it; an organisation's seat named as the
dateline ("UNITED NATIONS (AP) —": the headquarters) is no mention. Texts invented."""

from __future__ import annotations

import dataclasses

from digest.chain.pipeline import convert_document
from digest.chain.tags import extract_tags, rank
from digest.config import SiteConfig
from digest.readers.plaintext import read_text
from digest.text.sentences import split_paragraphs
from tests.chain.tags.tagcase import LIMIT
from tests.conftest import ADDED

TEXT = [
    "A freight train derailed on Tuesday, spilling diesel into a creek, officials said.",
    "Crews worked through the night to contain the spill, Ann Roe of the railroad said.",
]


def _scores(config: SiteConfig, text: list[str], filed: tuple[str, ...] = ()) -> dict[str, tuple[float, int]]:
    ranked = rank("A story", split_paragraphs(text), config.entities, filed=filed)
    return {r.name: (r.score, r.mentions) for r in ranked}


def test_the_place_a_story_was_filed_from_is_one_mention_of_it(config: SiteConfig) -> None:
    assert "Hazelbury" not in extract_tags("A story", split_paragraphs(TEXT), config.entities, limit=LIMIT)
    tags = extract_tags("A story", split_paragraphs(TEXT), config.entities, limit=LIMIT, filed=("Hazelbury",))
    assert "Hazelbury" in tags
    assert _scores(config, TEXT, ("Hazelbury",))["Hazelbury"] == (1.0, 1)
    named = [*TEXT, "The creek runs through Hazelbury."]
    assert _scores(config, named, ("Hazelbury",))["Hazelbury"][1] == _scores(config, named)["Hazelbury"][1] + 1


def test_two_places_filed_from_are_a_mention_each(config: SiteConfig) -> None:
    scores = _scores(config, TEXT, ("Kelmouth", "Orrinford"))
    assert scores["Kelmouth"] == scores["Orrinford"] == (1.0, 1)


def test_an_organisations_seat_as_a_dateline_is_no_mention_of_it(config: SiteConfig) -> None:
    text = ["The Security Council voted on Tuesday to extend the mission.", "The United Nations said aid would flow."]
    assert _scores(config, text, ("United Nations",))["United Nations"] == _scores(config, text)["United Nations"]
    compact = {"kelmouth compact": "Kelmouth Compact", "kc": "Kelmouth Compact"}
    rules = dataclasses.replace(config.entities, aliases={**config.entities.aliases, **compact})
    ranked = rank("A story", split_paragraphs(TEXT), rules, filed=("Kelmouth Compact",))
    assert "Kelmouth Compact" not in {r.name for r in ranked}
    ranked = rank("A story", split_paragraphs(TEXT), rules, filed=("Guantanamo Bay",))
    assert "Guantanamo Bay" in {r.name for r in ranked}  # the table knows the place, by no initials: a place


def test_the_pipeline_gives_the_tagger_the_datelines_places(config: SiteConfig) -> None:
    paragraphs = [
        "Ministers agree on fishing quotas",
        "KELMOUTH/ORRINFORD, Nov 5 (Reuters) - Ministers agreed on Tuesday to cut fishing quotas, officials said.",
        "The cuts take effect next year, according to Ann Roe, a spokesperson for the fleet.",
    ]
    (doc,) = read_text("story.txt", "\n\n".join(paragraphs).encode())
    article = convert_document(doc, config, ADDED).article
    assert {"Kelmouth", "Orrinford"} <= set(article.tags)
    assert not any("KELMOUTH" in tag or tag == "Reuters" for tag in article.tags)
    paragraphs[1] = "UNITED NATIONS (AP) — Ministers agreed on Tuesday to cut fishing quotas, officials said."
    (doc,) = read_text("story.txt", "\n\n".join(paragraphs).encode())
    assert "United Nations" not in convert_document(doc, config, ADDED).article.tags
