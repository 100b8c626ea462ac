"""Titles of works written without quotes (issue 11, eighteenth round): a Title Case title holding small words is one
name when the headline writes it too, or when the noun for its kind stands right before it; found on the fourth
battery's tune half (film, album and game titles cut at "and" and "of") and reproduced on invented text."""

from __future__ import annotations

from digest.chain.worktitles import quote_headline_runs
from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_title_the_headline_writes_too_is_one_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The Keeper of the Lighthouse, shot on the island of Gotland, took in $12 million in its first weekend.",
            "Director Ingrid Lindqvist said The Keeper of the Lighthouse was written during the pandemic.",
        ],
        title="Lindqvist's The Keeper of the Lighthouse Tops Swedish Box Office",
    )
    assert "The Keeper of the Lighthouse" in tags
    assert not {"Keeper", "Lighthouse", "Keeper of the Lighthouse"} & set(tags)


def test_two_names_joined_by_and_in_the_headline_stay_two() -> None:
    text = "Storms hit Texas and Florida on Monday, and the Red Cross opened shelters."
    assert quote_headline_runs("Storms Hit Texas and Florida", text) == text


def test_a_title_after_the_noun_for_its_kind_is_one_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Erin Marlow's debut novel The House of Quiet Rivers was shortlisted for the Harwick Prize on Tuesday.",
            "Her publisher, Fenwick Books, said a second printing of the novel was under way.",
            "The band's third album, the album The Captain and the Sea, sold well.",
        ],
    )
    assert {"The House of Quiet Rivers", "The Captain and the Sea"} <= set(tags)
    assert not {"House", "Quiet Rivers", "House of Quiet Rivers", "Captain", "Sea"} & set(tags)


def test_where_and_with_what_a_work_was_shown_is_no_part_of_its_title(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The band closed with the song Harbour Lights at Kelmscott Arena, and the film Paddock and its sequel "
            "played on Sunday.",
        ],
    )
    assert {"Harbour Lights", "Kelmscott Arena", "Paddock"} <= set(tags)
    assert not {t for t in tags if " at " in t or " and " in t}


def test_a_quoted_title_and_a_comma_opening_a_sentence_keeps_its_article(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["“The Keeper of the Lighthouse”, a film by Ingrid Lindqvist, opens on Friday."])
    assert "The Keeper of the Lighthouse" in tags


def test_a_title_the_headline_quotes_is_found_in_the_text_without_its_quotes(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["Mara Quell's The Art of Leaving sold 200,000 copies in its first week, her label Halvorsen Records said."],
        title="Mara Quell's 'The Art of Leaving' Breaks Sales Record",
    )
    assert "The Art of Leaving" in tags
    assert not {"The Art", "Leaving", "Art"} & set(tags)


def test_a_trademark_sign_closes_a_name_holding_small_words(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Halvorsen Logistics was named one of the 2026 Best Employers in Shipping™ by the Corlander Institute.",
            "Its Kestrel Tracker™ app won a second award.",
        ],
    )
    assert {"Best Employers in Shipping", "Halvorsen Logistics", "Kestrel Tracker"} <= set(tags)
    assert not {"Best Employers", "Shipping"} & set(tags)


def test_a_laws_name_is_one_name_over_its_small_words_and_its_first_common_word(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The pension package is big. Members will vote against the Pension Stabilisation Act on Friday.",
            "Bill 12, the Fair Fares and Harbour Access Act, passed. Two men face charges under the Prevention and "
            "Combating of Corrupt Activities Act.",
            "The Treaty of Kelmscott and the Harwick Accord were signed in Lisbon.",
        ],
    )
    assert {"Pension Stabilisation Act", "Fair Fares and Harbour Access Act"} <= set(tags)
    assert {"Prevention and Combating of Corrupt Activities Act", "Treaty of Kelmscott", "Harwick Accord"} <= set(tags)
    assert not {"Stabilisation Act", "Fair Fares", "Prevention", "Combating"} & set(tags)
