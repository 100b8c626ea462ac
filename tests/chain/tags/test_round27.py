"""Tag rules of issue 11's twenty-seventh round: names glued to common words or cut at them, found on the tune
halves, each reproduced on invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_an_ellipsis_written_without_spaces_ends_the_name(config: SiteConfig) -> None:
    paragraphs = ["Ask any man who rides the buses in Tarvo...and after that he can argue, Ann Vale said in Harlow."]
    tags = ranked_tags(config, paragraphs, "Buses")
    assert "Tarvo" in tags
    assert not [t for t in tags if "..." in t]


def test_a_common_noun_mid_sentence_starts_a_name_the_article_never_shortens(config: SiteConfig) -> None:
    paragraphs = [
        "Marchers rallied against Secretary-General Ban Ki Tarvo for asking Harlow to lift the ban on Tuesday.",
        "Pupils from Spring Creek Elementary will move to Harlow in spring, Ann Vale said.",
        "Minister for Housing Ciarán Mac Giolla Tarvo said the housing plan would work.",
    ]
    tags = ranked_tags(config, paragraphs, "Marchers rally")
    assert {"Ban Ki Tarvo", "Spring Creek Elementary", "Ciarán Mac Giolla Tarvo"} <= set(tags)
    assert not {"Ki Tarvo", "Creek Elementary", "Housing Ciarán Mac Giolla Tarvo"} & set(tags)


def test_an_occupation_in_the_plural_opening_a_sentence_is_no_part_of_the_names_after_it(
    config: SiteConfig,
) -> None:
    paragraphs = [
        "Bloggers Mariam Tarvo and Tom Vale have tried to analyse the posters of the candidates in Harlow.",
        "Mariam commented on the slogan.",
    ]
    tags = ranked_tags(config, paragraphs, "Posters compared")
    assert {"Mariam Tarvo", "Tom Vale"} <= set(tags)
    assert not [t for t in tags if t.startswith("Bloggers")]


def test_a_number_written_out_after_a_datelines_dash_opens_the_sentence(config: SiteConfig) -> None:
    paragraphs = ["HARLOW — Three suspected robbers were shot dead in Tarvo on Wednesday, Ann Vale said."]
    tags = ranked_tags(config, paragraphs, "Robbers shot")
    assert "Tarvo" in tags
    assert "Three" not in tags


def test_a_day_named_in_the_possessive_keeps_its_day(config: SiteConfig) -> None:
    paragraphs = ["As in other countries, Tarvo commemorates International Work’s Day on 1 May, Ann Vale said."]
    tags = ranked_tags(config, paragraphs, "Marches mark the day")
    assert "International Work's Day" in tags or "International Work’s Day" in tags
    assert not {"International Work", "Day"} & set(tags)


def test_the_first_word_of_a_title_in_sentence_case_is_no_evidence_of_a_name(config: SiteConfig) -> None:
    paragraphs = ["Black bins in Tarvo will be emptied every three weeks from April, Ann Vale said."]
    tags = ranked_tags(config, paragraphs, "Black bins to be emptied every three weeks in Tarvo")
    assert {"Tarvo", "Ann Vale"} <= set(tags)
    assert "Black" not in tags
    titled = ranked_tags(config, ["Tarvex has renewed its lease in Harlow, Ann Vale said."], "Tarvex Renews Its Lease")
    assert "Tarvex" in titled


def test_a_word_before_a_weekday_that_the_article_never_names_alone_is_no_name(config: SiteConfig) -> None:
    paragraphs = ["Ann Vale said discounting over the Black Friday weekend had been heavy in Harlow."]
    tags = ranked_tags(config, paragraphs, "Sales slump")
    assert {"Ann Vale", "Harlow"} <= set(tags)
    assert not {"Black", "Black Friday"} & set(tags)
    met = ranked_tags(config, ["Ann Vale met Hollis Friday in Harlow. Hollis said the talks went well."])
    assert "Hollis" in met
