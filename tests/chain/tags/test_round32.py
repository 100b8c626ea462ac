"""Tag rules of issue 11's thirty-second round: given names from beyond a 1990 US list (Faker's person providers,
`scripts/build_given_names.py`), and the couples rule that the larger list made fire where it should not."""

from __future__ import annotations

from digest.chain.given import COMMON_RANK, given, given_rank
from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_given_names_from_beyond_the_us_census_are_known() -> None:
    for name in ("Farhan", "Aisha", "Abiodun", "Chidimma", "Aarav", "Fumiko", "Mikhail", "Agustín"):
        assert given(name), name


def test_the_added_names_never_rank_among_the_frequent_ones() -> None:
    """They add evidence; a rule that cuts a span at a frequent given name never cuts at one of them."""
    for name in ("Farhan", "Abiodun", "Chidimma", "Aarav"):
        rank = given_rank(name)
        assert rank is not None
        assert rank >= COMMON_RANK, name


def test_a_given_name_of_the_lists_that_is_an_english_word_or_a_place_is_left_out() -> None:
    """Faker's lists hold "Admiral", "Almond" and "Alabama" as given names: no evidence of a person here."""
    for word in ("Admiral", "Almond", "Alabama", "Sultan"):
        assert given_rank(word) is None, word


def test_a_month_after_a_given_name_from_beyond_the_census_is_a_surname(config: SiteConfig) -> None:
    paragraphs = [
        "The stalls reopened on Monday, said Farhan May, who sells spices there.",
        "Traders had waited three weeks for the council to clear the square.",
    ]
    tags = ranked_tags(config, paragraphs, "Market reopens in Kelmouth")
    assert "Farhan May" in tags
    assert "Farhan" not in tags


def test_two_people_sharing_a_surname_with_given_names_from_beyond_the_census(config: SiteConfig) -> None:
    paragraphs = [
        "Mayor Ann Roe opened the fair with a speech.",
        "Farhan and Aisha Qadri brought rice from their farm near the river.",
    ]
    tags = ranked_tags(config, paragraphs, "Harvest festival in Kelmouth")
    assert {"Farhan Qadri", "Aisha Qadri"} <= set(tags)


def test_a_given_name_the_article_writes_with_another_surname_is_no_couple(config: SiteConfig) -> None:
    """Writing "will play Tobin and Alastair Pike will play" beside "Tobin Wren" names Tobin Wren, no Tobin Pike."""
    paragraphs = [
        "The studio has cast Ada Quell as Mina Vail in its series of Olive Brandt's Tobin Wren novels.",
        "Dara Moss will play Tobin and Alastair Pike will play Jory Fenn. Filming began at Kelmouth Studios in July.",
    ]
    tags = ranked_tags(config, paragraphs, "New cast for the Wren Castle series")
    assert {"Tobin Wren", "Alastair Pike", "Dara Moss"} <= set(tags)
    assert "Tobin Pike" not in tags


def test_religious_titles_peerages_and_an_inquirys_counsel_are_roles(config: SiteConfig) -> None:
    """Honorifics of South Asia and Indonesia, church titles, peerages and "Counsel Assisting" open no name."""
    for role in ("Maulana", "Kyai", "Apostle", "Patriarch", "Viscount", "Duchess", "Counsel Assisting"):
        paragraphs = [
            f"The talks ended on Monday, and {role} Tarik Obaro said the deal was close.",
            "Obaro will meet the council again in May.",
        ]
        tags = ranked_tags(config, paragraphs, "Talks in Kelmouth")
        assert "Tarik Obaro" in tags, role
        assert not [t for t in tags if role.split()[-1] in t], role


def test_the_first_of_two_numbered_names_keeps_its_numeral(config: SiteConfig) -> None:
    """ "World War I and II": "I" is a numeral there, and "II" alone is no name."""
    paragraphs = ["Veterans of World War I and II marched through Kelmouth on Sunday.", "Mayor Ann Roe thanked them."]
    tags = ranked_tags(config, paragraphs, "Veterans honoured")
    assert "World War I" in tags
    assert not {"World War", "II"} & set(tags)


def test_a_name_the_article_numbers_twice_keeps_both_numerals(config: SiteConfig) -> None:
    paragraphs = [
        "Veterans of World War I marched through Kelmouth on Sunday.",
        "Mayor Ann Roe thanked them, and World War II veterans came too.",
    ]
    tags = ranked_tags(config, paragraphs, "Veterans honoured")
    assert {"World War I", "World War II"} <= set(tags)


def test_the_pronoun_after_a_name_is_no_numeral(config: SiteConfig) -> None:
    paragraphs = ["The Honda I bought in Bristol was fast, Ann Roe said. In Bristol I rode it daily."]
    tags = ranked_tags(config, paragraphs, "Bike")
    assert {"Honda", "Bristol", "Ann Roe"} <= set(tags)
    assert not [t for t in tags if t.endswith(" I")]


def test_a_title_of_the_year_is_one_title_and_no_tag(config: SiteConfig) -> None:
    """ "Player of the Year" gave "Year", and "European Car of the Year" gave "European Car"."""
    paragraphs = [
        "Ann Roe was named PFA Player of the Year on Sunday, and the Kelmouth Echo named her Sportswoman of the Year.",
        "The Vela X2 won European Car of the Year, Tom Vale said, and Dara Moss was Man of the Match.",
    ]
    tags = ranked_tags(config, paragraphs, "Awards")
    assert {"Ann Roe", "Kelmouth Echo", "Vela X2", "Tom Vale", "Dara Moss"} <= set(tags)
    assert not [t for t in tags if "Year" in t or "Match" in t or t in {"European Car", "PFA Player", "Man"}]


def test_a_test_match_is_no_name(config: SiteConfig) -> None:
    """Cricket writing capitalises "Test"; the venue's Test stays a name ("the Boxing Day Test")."""
    paragraphs = [
        "Australia will aim to take early wickets on day two of the second Test against South Africa.",
        "Ricky Ponting took a catch in the last Test, and the third Test starts in Perth.",
    ]
    tags = ranked_tags(config, paragraphs, "Cricket")
    assert {"Australia", "South Africa", "Ricky Ponting", "Perth"} <= set(tags)
    assert "Test" not in tags
    paragraphs.append("The Boxing Day Test drew 70,000 people to the ground last year.")
    assert "Boxing Day Test" in ranked_tags(config, paragraphs, "Cricket")


def test_the_opposition_and_a_church_adjective_are_no_names(config: SiteConfig) -> None:
    """ "The Opposition leader" is a parliament's side, like "the Government"; "Anglican" a belief's adjective."""
    paragraphs = [
        "The Opposition leader, Ann Roe, says the Anglican archbishop of Kelmouth, Tom Vale, should resign.",
        "The Opposition will raise the matter in Parliament, and Sunni and Shia leaders met in Kelmouth.",
    ]
    tags = ranked_tags(config, paragraphs, "Archbishop under pressure")
    assert {"Ann Roe", "Tom Vale", "Kelmouth"} <= set(tags)
    assert not {"Opposition", "Anglican", "Sunni", "Shia"} & set(tags)


def test_a_territory_named_by_its_generic_head_is_no_tag(config: SiteConfig) -> None:
    """ "the Territory's rate" after "the Northern Territory ...": a generic head, like "the State" or "the County"."""
    paragraphs = [
        "The Northern Territory Aids Council says the Territory's rate of infection is twice the national rate.",
        "The Province and the District will share the cost, Ann Roe said.",
    ]
    tags = ranked_tags(config, paragraphs, "Infection rate")
    assert "Ann Roe" in tags
    assert not {"Territory", "Province", "District"} & set(tags)


def test_people_of_the_uks_nations_and_nicknames_of_peoples_are_demonyms(config: SiteConfig) -> None:
    """ "Englishmen", "Kiwis", "Aussies", "Brits": people, never a tag; their country counts when it is named."""
    paragraphs = [
        "The Englishmen lost to the Kiwis in Kelmouth, and the Aussies beat the Brits in Perth.",
        "England and New Zealand meet again in May, Ann Roe said.",
    ]
    tags = ranked_tags(config, paragraphs, "Cricket")
    assert {"England", "New Zealand", "Ann Roe"} <= set(tags)
    assert not {"Englishmen", "Kiwis", "Aussies", "Brits"} & set(tags)
