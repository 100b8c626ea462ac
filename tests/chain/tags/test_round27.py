"""Tag rules of issue 11's twenty-seventh round: names glued to common words or cut at them, found on the tune
halves, each reproduced on invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_an_ellipsis_written_without_spaces_ends_the_name(config: SiteConfig) -> None:
    paragraphs = ["Let any doubter ride the night trams of Tarvo...and then we can talk, Ann Vale told a Harlow crowd."]
    tags = ranked_tags(config, paragraphs, "Buses")
    assert "Tarvo" in tags
    assert not [t for t in tags if "..." in t]


def test_a_common_noun_mid_sentence_starts_a_name_the_article_never_shortens(config: SiteConfig) -> None:
    paragraphs = [
        "Marchers booed Secretary-General Ban Ki Tarvo, who had urged Harlow to scrap its fishing ban.",
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
        "Bloggers Mariam Tarvo and Tom Vale compared the campaign leaflets handed out in Harlow.",
        "Mariam liked the blue ones best.",
    ]
    tags = ranked_tags(config, paragraphs, "Posters compared")
    assert {"Mariam Tarvo", "Tom Vale"} <= set(tags)
    assert not [t for t in tags if t.startswith("Bloggers")]


def test_a_number_written_out_after_a_datelines_dash_opens_the_sentence(config: SiteConfig) -> None:
    paragraphs = ["HARLOW — Three masked men stole a van full of cheese in Tarvo overnight, Ann Vale said."]
    tags = ranked_tags(config, paragraphs, "Robbers shot")
    assert "Tarvo" in tags
    assert "Three" not in tags


def test_a_day_named_in_the_possessive_keeps_its_day(config: SiteConfig) -> None:
    paragraphs = ["Tarvo marks International Work’s Day with a parade of brass bands, Ann Vale said."]
    tags = ranked_tags(config, paragraphs, "Marches mark the day")
    assert "International Work's Day" in tags or "International Work’s Day" in tags
    assert not {"International Work", "Day"} & set(tags)


def test_the_first_word_of_a_title_in_sentence_case_is_no_evidence_of_a_name(config: SiteConfig) -> None:
    paragraphs = ["Black bins in Tarvo will now wait a month between pickups, Ann Vale said."]
    tags = ranked_tags(config, paragraphs, "Black bins to wait a month in Tarvo")
    assert {"Tarvo", "Ann Vale"} <= set(tags)
    assert "Black" not in tags
    titled = ranked_tags(
        config, ["Tarvex signed a new ten-year lease in Harlow, Ann Vale said."], "Tarvex Renews Its Lease"
    )
    assert "Tarvex" in titled


def test_a_word_before_a_weekday_that_the_article_never_names_alone_is_no_name(config: SiteConfig) -> None:
    paragraphs = ["Ann Vale said the toy shops of Harlow gave away too much over the Black Friday weekend."]
    tags = ranked_tags(config, paragraphs, "Sales slump")
    assert {"Ann Vale", "Harlow"} <= set(tags)
    assert not {"Black", "Black Friday"} & set(tags)
    met = ranked_tags(config, ["Ann Vale met Hollis Friday in Harlow. Hollis said the talks went well."])
    assert "Hollis" in met
