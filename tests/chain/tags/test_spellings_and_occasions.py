"""One name spelt two ways, names of days and treaties with "for" and "on", a rank word that starts an
organisation's name, "The" before a name, and a nation's people after an adjective. Texts are invented."""

from __future__ import annotations

import pytest

from digest.chain.spellings import skeleton, spelt_alike
from digest.config import SiteConfig
from tests.chain.tags.tagcase import TagCase, case, check

CASES = [
    case(
        "a_transliterated_name_spelt_two_ways_is_one_person",
        [
            "Police in Tabuk detained Khalid El Barrawy, a teacher from Aswan, on Tuesday.",
            "Friends of al-Barrawi say the charges were invented. The family of Kalid Barawy asked for a lawyer.",
            "Supporters of Serzhik Abgaryan marched in Gyumri. Critics of Serge Abgarian stayed home.",
        ],
        present={"Khalid El Barrawy"},
        absent={"al-Barrawi", "El Barrawy", "Barrawi"},
        one_of=[{"Serzhik Abgaryan", "Serge Abgarian"}],
    ),
    case(
        "names_spelt_apart_by_a_consonant_stay_apart",
        [
            "Ruth Johnson met Tom Johnston in Leeds on Monday to discuss the merger of their firms.",
            "Johnston said the talks went well, and Johnson agreed with him.",
        ],
        present={"Ruth Johnson", "Tom Johnston"},
    ),
    case(
        "a_day_or_a_treaty_takes_for_and_on_as_an_organisation_does",
        [
            "Activists in Vardenis marked the World Day for Soil Health and Farming on Sunday with a march.",
            "Lawyers cited the Nordic Convention on Fishing Rights in the court in Tromsø.",
        ],
        present={"World Day for Soil Health and Farming", "Nordic Convention on Fishing Rights"},
        absent={"Soil Health", "Farming", "Fishing Rights"},
    ),
    case(
        "a_day_for_a_nation_or_a_place_ends_before_it",
        [
            "Families in Kharkiv marked Remembrance Day for Ukrainians abroad, and Earth Day for Kenya was moved.",
        ],
        absent={"Remembrance Day for Ukrainians", "Earth Day for Kenya"},
    ),
    case(
        "a_rank_word_that_starts_an_organisations_name_stays",
        [
            "General Motors will cut a shift at its plant in Lordstown, and the Premier League changed its schedule.",
            "Workers at General Motors voted on Friday, while Major League Baseball said nothing.",
            "Gen. Ana Ruiz toured the base in Fort Hood. General Ruiz praised the troops.",
        ],
        present={"General Motors", "Premier League", "Major League Baseball", "Ana Ruiz"},
        absent={"Motors", "League", "League Baseball", "General Ruiz"},
    ),
    case(
        "the_before_a_name_is_one_form_with_the_bare_name",
        [
            "The Velton Gazette said the mayor would resign, according to a report on Monday.",
            "Readers of The Velton Gazette wrote in, and editors at The Velton Gazette answered them.",
            "A lawyer for the Harlow County Attorney General said The Harlow County Attorney General would appeal.",
        ],
        one_of=[{"Velton Gazette", "The Velton Gazette"}],
        present={"Harlow County Attorney General"},
        absent={"The Harlow County Attorney General"},
    ),
    case(
        "an_adjective_before_a_nations_people_is_no_tag",
        [
            "Young Egyptians marched in Cairo on Friday. Ordinary Russians queued in Moscow, and Montreal Canadiens "
            "fans cheered.",
        ],
        present={"Cairo", "Moscow"},
        absent={"Young Egyptians", "Ordinary Russians", "Egyptians"},
    ),
    case(
        "a_noun_for_one_of_a_nations_people_is_no_tag",
        ["Rory Vale beat a Frenchman and two Dutchmen in Eastholm. The Northern Irishman thanked Ireland."],
        present={"Rory Vale", "Eastholm", "Ireland"},
        absent={"Frenchman", "Dutchmen", "Northern Irishman", "Irishman"},
    ),
    case(
        "an_acronyms_name_spelled_out_over_to_is_one_name",
        [
            "The Society for the Relief of Hunger to Orphans (SRHO) opened a kitchen in Leeds on Monday.",
            "The SRHO also runs a kitchen in York.",
        ],
        present={"Society for the Relief of Hunger to Orphans"},
        absent={"Society for the Relief of Hunger", "Orphans"},
    ),
    case(
        "an_acronyms_name_spelled_out_over_in_or_at_is_one_name",
        [
            "The Board of Control for Rowing in Tessaly (BCRT) fined Tom Vale; the BCRT said so.",
            "The Centre for Studies at Eastholm (CSE) agreed. Tom Vale rows in Tessaly.",
        ],
        present={"Board of Control for Rowing in Tessaly", "Centre for Studies at Eastholm", "Tom Vale"},
        absent={"Board of Control for Rowing", "Centre for Studies"},
    ),
    case(
        "us_in_capitals_is_the_country_not_the_pronoun",
        [
            "The US Embassy in Harare closed on Monday. The US said its staff were safe.",
            "Let us wait, an official told us.",
        ],
        present={"US Embassy", "United States"},
        absent={"Embassy", "Us"},
    ),
    case(
        "letters_after_a_persons_name_are_no_part_of_it",
        [
            "The bill was backed by Joan Pettifer MP and opposed by Alan Kersey QC in Leeds.",
            "The study was led by Ann Veldrow PhD with help from Tom Haleworth OBE and Ruth Denby RRP.",
            "Pettifer said it would pass. Kersey disagreed. Veldrow and Haleworth were not surprised, nor was Denby.",
            "King Henry VIII and Pope John Paul II were named in the play, and so was Patrick Rowley Jr.",
        ],
        present={"Joan Pettifer", "Alan Kersey", "Ann Veldrow", "Tom Haleworth", "Ruth Denby", "Henry VIII"},
        absent_parts=(" MP", " QC", " PhD", " OBE", " RRP"),
    ),
    case(
        "a_country_before_its_currency_is_no_mention",
        ["The state of Brevia spent nine billion US dollars and two million Hong Kong dollars on masks for Zelen."],
        present={"Brevia", "Zelen"},
        absent={"United States", "Hong Kong"},
    ),
    case(
        "a_jobs_portfolio_before_its_holder_is_no_part_of_the_name",
        [
            "Acting Chief of Staff Mick Mulvane spoke in Washington. Mulvane said aid was held.",
            "Minister of Foreign Affairs Ann Roebuck visited Paris, and Director of Public Prosecutions Max Hillier "
            "charged the man. Roebuck and Hillier spoke later.",
            "She is President of Magna Carta Brewing in Leeds, and he is General Manager of Life Care Solutions Europe "
            "at Harbour Health.",
        ],
        present={"Mick Mulvane", "Ann Roebuck", "Max Hillier", "Magna Carta Brewing"},
        absent={"Solutions Europe"},
        absent_parts=("Staff ", "Affairs ", "Prosecutions "),
    ),
    case(
        "a_surname_that_is_also_a_regions_name_is_the_person",
        ["Harbour FC striker Tom Bale scored twice in Hull. Bale was named man of the match."],
        present={"Tom Bale"},
        absent={"Bale"},
    ),
    case(
        "a_word_describing_the_person_a_sentence_opens_on_is_no_part_of_a_name",
        [
            "Veteran Nollyford actress Kate Henshay won an award in Lagos. Henshay thanked fans. Nollyford celebrated.",
            "Embattled Harbour Trust chief Ann Roeby resigned in Leeds. Roeby had served five years.",
        ],
        present={"Nollyford", "Harbour Trust", "Kate Henshay", "Ann Roeby"},
        absent_prefixes=("Veteran", "Embattled"),
    ),
    case(
        "a_teams_plural_possessive_before_its_player_is_two_names",
        [
            "The Harbour City Rangers' Stephen Curlow broke his hand against the Leeds Comets. Curlow will miss "
            "three months, and thousands marked International Workers' Day in Dhaka.",
        ],
        present={"Harbour City Rangers", "Stephen Curlow", "International Workers' Day"},
    ),
    case(
        "a_name_over_of_written_twice_and_only_so_is_one_name",
        [
            "Fans of Game of Thrones were angry on Monday, and tourists visited the Statue of Liberty.",
            "The final season of Game of Thrones aired on Sunday. The Statue of Liberty reopened.",
            "The Lord of the Rings series will be filmed in Otago. The Lord of the Rings cost millions.",
        ],
        present={"Game of Thrones", "Statue of Liberty", "Lord of the Rings"},
        absent={"Game", "Thrones", "Statue", "Liberty", "Rings"},
    ),
    case(
        "a_participle_opening_a_sentence_is_no_part_of_a_name",
        ["Born Robert Burnside in 1941, he wrote songs in San Rafael. Burnside later changed his name."],
        present={"Robert Burnside"},
        absent_prefixes=("Born",),
    ),
    case(
        "a_country_by_its_english_and_its_iso_name_is_one_entity",
        [
            "Singers in Cape Verde toured Praia. Cabo Verde has ten islands, and Burma and Myanmar are one country.",
        ],
        present={"Cape Verde", "Myanmar"},
        absent={"Cabo Verde", "Burma"},
    ),
    case(
        "a_name_with_a_hyphen_or_a_space_is_one_entity",
        ["The al-Harbour network reported from Doha. Reporters at Al Harbour said the film was good."],
        one_of=[{"al-Harbour", "Al Harbour"}],
    ),
    case(
        "a_dotted_acronym_and_its_letters_are_one_entity",
        ["The D.I.Y. fair in Harlow drew crowds, and DIY stalls sold out by noon."],
        one_of=[{"D.I.Y.", "DIY"}],
    ),
    case(
        "a_page_call_to_buy_or_read_is_no_part_of_a_name",
        ["Read Harbour Weekly for more. Get Motor Trade Monthly at any newsagent in Leeds."],
        absent_prefixes=("Read ", "Get "),
    ),
]


@pytest.mark.parametrize("example", CASES)
def test_rule(config: SiteConfig, example: TagCase) -> None:
    check(config, example)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("al-Gizawi", "Gizawy", True),
        ("Ahmed", "Ahmad", True),
        ("Mohammed", "Muhammad", True),
        ("Sargsyan", "Sargysan", True),
        ("Johnson", "Johnston", False),
        ("Gaddafi", "Kadhafi", False),  # another first letter: left apart
    ],
)
def test_skeleton(a: str, b: str, same: bool) -> None:
    assert (skeleton(a) is not None and skeleton(a) == skeleton(b)) is same


def test_short_words_have_no_skeleton() -> None:
    assert skeleton("Lee") is None
    assert skeleton("Obi-Wan") is None


def test_spelt_alike_needs_the_same_surname_and_given_names_alike() -> None:
    assert spelt_alike("serzh sargsyan", "serge sargysan", 3)
    assert not spelt_alike("ed miliband", "david miliband", 3)
    assert not spelt_alike("ann roe", "ann roe", 3)
    assert not spelt_alike("ann beth roe", "ann roe", 3)
