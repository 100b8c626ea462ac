"""Tag rules of issue 11's thirtieth round: context glued after a name, reproduced on invented text (the real
untouched half's bad tags hold an acceptable name with words around it far more often than the tune half's: 19 of
94 against 2 of 37, counted as aggregates)."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_where_a_person_is_from_is_no_part_of_the_name(config: SiteConfig) -> None:
    paragraphs = [
        "House Republican Leader Corinne Westergaard of Eugene said the forecast showed lawmakers spent too freely.",
        "Board Chairman Tomas Vale of Kelmouth Water agreed, and the Duke of Harbourton said nothing.",
    ]
    tags = ranked_tags(config, paragraphs, "Lawmakers face a hole")
    assert {"Corinne Westergaard", "Tomas Vale", "Duke of Harbourton"} <= set(tags)
    assert not {"Corinne Westergaard of Eugene", "Tomas Vale of Kelmouth Water", "Duke"} & set(tags)


def test_the_job_after_an_organisation_named_alone_is_no_part_of_its_name(config: SiteConfig) -> None:
    paragraphs = [
        "“It helps,” said Mercy Ridge Health President and CEO Dr. Adaeze Okonjo-Parr.",
        "Mercy Ridge Health will open the center in May; Executive Vice President Tom Vale will run it.",
    ]
    tags = ranked_tags(config, paragraphs, "Mercy Ridge Health to open a cancer center")
    assert {"Mercy Ridge Health", "Adaeze Okonjo-Parr", "Tom Vale"} <= set(tags)
    assert not {"Mercy Ridge Health President", "Executive Vice"} & set(tags)


def test_a_name_written_twice_over_for_the_is_one_name(config: SiteConfig) -> None:
    paragraphs = [
        "The photograph is by Bread for the Harbour, used under a Creative Commons licence.",
        "Visit Bread for the Harbour's photostream; Ann Roe runs Bread for the Harbour in Kelmouth.",
    ]
    tags = ranked_tags(config, paragraphs, "Mothers march in Kelmouth")
    assert "Bread for the Harbour" in tags
    assert not {"Bread", "Harbour"} & set(tags)


def test_legislatures_offices_retired_titles_and_comrade_are_roles(config: SiteConfig) -> None:
    paragraphs = [
        "Senate Minority Whip Ann Roe and Assemblywoman Tessa Vale met Bishop Emeritus Tomas Hale on Monday.",
        "Cde Robert Kamau spoke first; the blog Kelmouth Review Emeritus reported it.",
    ]
    tags = ranked_tags(config, paragraphs, "Leaders meet in Kelmouth")
    assert {"Ann Roe", "Tessa Vale", "Tomas Hale", "Robert Kamau", "Kelmouth Review Emeritus"} <= set(tags)
    assert not {"Senate Minority Whip Ann Roe", "Minority Whip Ann Roe", "Assemblywoman Tessa Vale"} & set(tags)
    assert not {"Emeritus Tomas Hale", "Cde Robert Kamau"} & set(tags)


def test_a_body_named_of_a_place_and_another_body_after_and_are_two_names(config: SiteConfig) -> None:
    paragraphs = [
        "Researchers from the University of Leeds and Dunmore Polytechnic University reported the find.",
        "The Harbour Trust of Montana and Coastal Rights Fund sued; the Department of Health and Human Services"
        " declined to comment.",
    ]
    tags = ranked_tags(config, paragraphs, "Study finds")
    expected = {"University of Leeds", "Dunmore Polytechnic University", "Harbour Trust of Montana"}
    assert expected | {"Coastal Rights Fund", "Department of Health and Human Services"} <= set(tags)


def test_a_places_possessive_is_no_part_of_its_bodys_name_and_a_generation_opens_no_name(config: SiteConfig) -> None:
    paragraphs = [
        "Ann Roe, formerly of the United States' Centers for Disease Control and Prevention, spoke in Kelmouth.",
        "She campaigned for Martin Luther King Jr. Day; the Teachers' Federation backed her.",
    ]
    tags = ranked_tags(config, paragraphs, "Roe speaks")
    assert {"Centers for Disease Control and Prevention", "Martin Luther King Jr. Day", "Teachers' Federation"} <= set(
        tags
    )
    assert not {"United States' Centers for Disease Control and Prevention", "Jr. Day"} & set(tags)


def test_an_office_after_words_that_only_qualify_it_is_no_name_and_a_party_stays(config: SiteConfig) -> None:
    paragraphs = [
        "Tom Vale, the Republican Senate Majority Leader, said Two Democratic Representatives would vote no.",
        "The Prime Ministers of Belgium and Spain met the Liberal Democrats, Senate Republicans and the Kansas City"
        " Chiefs.",
    ]
    tags = ranked_tags(config, paragraphs, "Vote delayed")
    assert {"Tom Vale", "Liberal Democrats", "Senate Republicans", "Kansas City Chiefs"} <= set(tags)
    assert not {"Republican Senate Majority Leader", "Two Democratic Representatives", "Prime Ministers"} & set(tags)


def test_a_first_name_after_from_or_to_written_more_often_than_the_full_name_is_the_person(config: SiteConfig) -> None:
    paragraphs = [
        "Ann Vale agreed to play Rosalind Harlow, a singer from Kelmouth, in the film.",
        "The song comes from Rosalind, who sings it to a crowd. Rosalind wants to leave. Critics loved Rosalind.",
        "Nobody was more nervous than Rosalind Harlow. The story belongs to Rosalind.",
    ]
    tags = ranked_tags(config, paragraphs, "The story of a song")
    assert "Rosalind Harlow" in tags
    assert "Rosalind" not in tags


def test_a_surname_written_second_after_an_english_given_name_is_the_person(config: SiteConfig) -> None:
    paragraphs = [
        "Former bank manager Marcus Tan Wei Jie, 41, was jailed for two years on Monday in Kelmouth.",
        "The court heard that Tan had moved money from 30 accounts, and that Tan pleaded guilty in March.",
    ]
    tags = ranked_tags(config, paragraphs, "Bank manager jailed")
    assert "Marcus Tan Wei Jie" in tags
    assert "Tan" not in tags


def test_two_middle_words_of_a_four_word_name_are_the_person(config: SiteConfig) -> None:
    paragraphs = [
        "The archbishop did not renew the licence of Father Jorge Gaston Garatea Yori, 77, on Friday.",
        "Supporters of Gaston Garatea marched on Sunday, and friends of Gaston Garatea wrote to the Vatican.",
    ]
    tags = ranked_tags(config, paragraphs, "Priest banned")
    assert "Jorge Gaston Garatea Yori" in tags
    assert "Gaston Garatea" not in tags
