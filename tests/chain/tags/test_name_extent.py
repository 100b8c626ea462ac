"""Where a name starts and ends: a possessive, a quoted title, a prize and its category, a brand, a name
followed by a number. Texts are invented."""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.chain.tags.tagcase import TagCase, case, check

POSSESSIVES = [
    case(
        "an_office_named_after_its_holder_s_job_keeps_the_possessive",
        [
            "The Harbour County Sheriff's Department and the U.S. Attorney's Office made the arrest, Nia Brook said.",
            "Later Nia Brook's Office Hours podcast discussed it; the Sheriff's car was parked outside.",
        ],
        present={"Harbour County Sheriff's Department", "U.S. Attorney's Office", "Nia Brook"},
        absent_prefixes=["Nia Brook's"],
    ),
    case(
        "a_name_only_written_in_the_possessive_with_no_noun_after_keeps_it",
        [
            "Ruth Amsel of Marlowe Bay shops at Dellacourt’s and Fennimore’s, she said.",
            "Amsel’s plan worked. She sold the ‘Zephyr9’, a bike made by Korvath.",
        ],
        present={"Dellacourt's", "Fennimore's", "Ruth Amsel", "Zephyr9", "Korvath"},
        absent={"Dellacourt", "Fennimore", "Amsel's", "Zephyr9's"},
    ),
    case(
        "a_possessive_inside_a_quoted_title_is_part_of_it",
        [
            "The former “Harlow’s Inlet” star Ada Renwick met Korvex’s team in Tessaly.",
        ],
        present={"Harlow's Inlet", "Ada Renwick", "Korvex", "Tessaly"},
        absent={"Harlow", "Inlet", "Korvex's Tessaly"},
    ),
]


@pytest.mark.parametrize("example", POSSESSIVES)
def test_a_possessive_is_part_of_a_name_only_where_the_name_needs_it(config: SiteConfig, example: TagCase) -> None:
    """An office named after its holder's job, a shop named in the possessive."""
    check(config, example)


QUOTED_TITLES_AND_PRIZES = [
    case(
        "a_quoted_title_in_title_case_keeps_its_small_words",
        [
            "The show – entitled ‘Lamps after Lamps after Lamps’ – opened, and Zora Pell chose “Tilda and Howard” too.",
            "Zora Pell also liked ‘Make your Lanterns’ and the “Lost in Orbit” poster in Ravensby.",
        ],
        present={"Lamps after Lamps after Lamps", "Tilda and Howard", "Lost in Orbit", "Zora Pell", "Ravensby"},
        absent={"Lamps", "Howard", "Tilda", "Lost", "Orbit", "Make your Lanterns"},
    ),
    case(
        "a_capital_the_after_a_datelines_dash_or_hyphen_opens_the_sentence",
        [
            "EASTHOLM, Tessaly (AP) — The Harbour Authority of Eastholm fined Tom Vale on Monday.",
            "He flew to The Hague on Monday — The Hague is where Tom Vale works.",
            "RAVENSBY (Reuters) - The Tessaly Savings Bank cut its rate.",
            "BRINDLE - The Quay Board of Trade agreed with Tom Vale.",
        ],
        present={
            "Harbour Authority of Eastholm",
            "The Hague",
            "Tom Vale",
            "Tessaly Savings Bank",
            "Quay Board of Trade",
        },
        absent={"The Harbour Authority of Eastholm", "Hague", "The Tessaly Savings Bank", "The Quay Board of Trade"},
    ),
    case(
        "a_quoted_title_keeps_a_comma_written_inside_its_closing_quote",
        [
            'Zora Pell won the Tessaly Prize for her novel "The Lamp at the End of the Quay," set in Ravensby.',
            '"Sadly, we lost," Tom Vale said. "Put lamps first," they chanted.',
        ],
        present={"The Lamp at the End of the Quay", "Zora Pell", "Tessaly Prize", "Ravensby", "Tom Vale"},
        absent={"Lamp", "Quay", "End", "Sadly", "Put"},
    ),
    case(
        "a_prize_category_is_no_part_of_the_prize_and_no_tag",
        [
            "In 2011 Oskar Lind won the Brindle Film Academy Award for Best Director in a Feature Film in Tallmark.",
            "Lind also won the Halvorsen Prize for Fiction.",
        ],
        present={"Oskar Lind", "Brindle Film Academy Award", "Halvorsen Prize", "Tallmark"},
        absent={"Brindle Film Academy Award for Best Director", "Best Director", "Feature Film", "Fiction"},
    ),
]


@pytest.mark.parametrize("example", QUOTED_TITLES_AND_PRIZES)
def test_a_quoted_title_or_a_prize_ends_where_its_name_ends(config: SiteConfig, example: TagCase) -> None:
    """A quoted title keeps its small words; a prize category is no part of the prize."""
    check(config, example)


BRANDS = [
    case(
        "a_maker_named_alone_and_in_a_model_s_name_is_tagged_as_the_maker",
        [
            "Velair ordered ten Corvane V350-900 jets, and Corvane said more would follow, said Ada.",
        ],
        present={"Corvane"},
        absent={"Corvane V350-900"},
    ),
    case(
        "a_brand_with_a_small_first_letter_is_a_name_and_its_plural_is_not",
        [
            "Buyers in Tessaly queued for the qoTab on Friday, and Korvex zCast sold out.",
            "Resellers listed spare qoTabs within the hour.",
        ],
        present={"Tessaly", "qoTab", "Korvex zCast"},
        absent={"qoTabs", "Korvex"},
    ),
    case(
        "a_plus_sign_ending_a_name_is_part_of_it",
        [
            "The firm Korvex launched Korvex+ in Tessaly; Korvex+ costs less than Lumio TV+, said Ada Renwick.",
        ],
        present={"Korvex", "Korvex+", "Lumio TV+", "Tessaly", "Ada Renwick"},
    ),
    case(
        "a_medium_before_series_or_show_describes_the_show_named_before_it",
        [
            "Ann Roe starred in the Harbour Lights TV series before moving to Eastholm.",
            "The Tessaly Netflix drama was filmed there; Eastholm TV said so, and Tom Vale watched Eastholm TV.",
        ],
        present={"Harbour Lights", "Tessaly", "Netflix", "Eastholm TV", "Ann Roe"},
        absent={"Harbour Lights TV", "Tessaly Netflix"},
    ),
    case(
        "a_given_name_of_two_syllables_joined_by_a_hyphen_stays_whole",
        [
            "President Lee Jae-won met Tom Vale in Eastholm; Judge Lam Wing-tang agreed. Lee said so.",
            "The Oscar-winning Ann Roe met pro-life and Anti-war groups in a Leeds-based hall.",
        ],
        present={"Lee Jae-won", "Lam Wing-tang", "Tom Vale", "Ann Roe", "Eastholm", "Leeds"},
        absent={"Lee Jae", "Lam Wing", "Oscar-winning Ann Roe", "Leeds-based"},
    ),
    case(
        "names_joined_by_an_en_dash_are_one_name_but_two_countries_are_two",
        [
            "Tom Vale won Harbourton–Quayside on Sunday near the Eastholm–Tessaly High Speed Rail line.",
            "The Mexico–United States border was closed, Tom Vale said, and the 2019–20 season ended.",
        ],
        present={"Harbourton–Quayside", "Eastholm–Tessaly High Speed Rail", "Mexico", "United States", "Tom Vale"},
        absent={"Harbourton", "Quayside", "Tessaly High Speed Rail", "Mexico–United States"},
    ),
    case(
        "a_brand_only_ever_written_in_the_possessive_keeps_its_s_before_a_verb",
        ["The firms Korvex and Lumio's have joined the pledge in Eastholm. Lumio's said it would act, Tom Vale said."],
        present={"Lumio's", "Korvex", "Eastholm", "Tom Vale"},
        absent={"Lumio"},
    ),
    case(
        "link_texts_glued_without_a_space_are_split_where_each_part_stands_alone",
        [
            "A man threatened Rep. Dara OkaforDara OkaforMarket Watch: stocks fall | Senators meet.",
            "Okafor spoke to Market Watch, and SoftBank and PlayStation sponsors listened. Okafor left.",
        ],
        present={"Dara Okafor", "SoftBank", "PlayStation"},
        absent_parts=["OkaforDara", "OkaforMarket"],
    ),
]


@pytest.mark.parametrize("example", BRANDS)
def test_a_brand_keeps_its_own_spelling(config: SiteConfig, example: TagCase) -> None:
    """A maker in a model's name, a small first letter, a plus sign, link texts glued together."""
    check(config, example)


NUMBERS = [
    case(
        "the_end_of_a_numbered_name_is_no_tag",
        [
            "Orders for the Brantley 737 Max resumed, and the 80 Day Obsession plan sold out, said Ines Varga.",
            "The 2024 Olympics in Paris were a success, Ines Varga said, and the 737 Max flew again.",
        ],
        present={"Ines Varga", "Olympics", "Paris"},
        absent={"Max", "Day Obsession"},
    ),
    case(
        "a_name_only_ever_followed_by_a_model_number_is_no_tag",
        [
            "Korvex cut the price of the Stellar Series 4 and the Stellar Series 6 in Tessaly on Friday.",
            "Half the Globe 500 companies buy from Korvex, which opened in 2019 after Stellar launched.",
        ],
        present={"Korvex", "Tessaly", "Stellar"},
        absent={"Stellar Series", "Globe"},
    ),
    case(
        "a_models_name_is_its_name_its_number_and_a_capitalised_word_after_or_one_written_twice",
        [
            "Regulators grounded the Brantley 737 Max after a crash near Eastholm, Ines Varga said.",
            "The Tessaly 250 index fell 2% as the Tessaly 250 lost its gains; Korvex unveiled the Lumio 7 Pro.",
            "The storm grew into a Category 5 hurricane. Nearly 300 schools shut in Week 12 of the term.",
            "Ines Varga's game Quest to Lumio 3 sold out at the Tessaly Square- market.",
        ],
        present={"Brantley 737 Max", "Tessaly 250", "Lumio 7 Pro", "Ines Varga", "Eastholm", "Tessaly Square"},
        absent={"Category 5", "Nearly 300", "Week 12", "Brantley", "Lumio", "Lumio 3", "Tessaly Square-"},
    ),
]


@pytest.mark.parametrize("example", NUMBERS)
def test_a_number_after_a_name_is_no_part_of_a_tag(config: SiteConfig, example: TagCase) -> None:
    """The end of a numbered name, a name only ever followed by a model number."""
    check(config, example)


INITIALS = [
    case(
        "the_capitalised_mid_sentence_is_part_of_the_name",
        ["The court in The Hague ruled, said Tom Vale, a fan of The Corrs, and the TIPNIS case went on in Eastholm."],
        present={"The Hague", "The Corrs", "Tom Vale", "Eastholm"},
        absent={"Hague", "Corrs", "The TIPNIS"},
    ),
    case(
        "a_single_capital_ending_a_sentence_leaves_its_full_stop",
        ["He bought the Zentra One X. Then Tom Vale of Harbour Energy left Eastholm with it."],
        present={"Zentra One X", "Tom Vale", "Harbour Energy", "Eastholm"},
        absent={"Zentra One X."},
    ),
    case(
        "a_middle_initial_before_a_surname_and_its_suffix_is_no_position",
        [
            "Vale met Arthur P. Lindqvist Jr. in Eastholm, and Cleveland DL Larry Okafor joined them.",
            "Lindqvist and Okafor spoke again.",
        ],
        present={"Arthur P. Lindqvist Jr.", "Larry Okafor", "Eastholm"},
        absent={"Lindqvist Jr.", "Cleveland DL Larry Okafor"},
    ),
]


@pytest.mark.parametrize("example", INITIALS)
def test_a_single_capital_is_an_initial_or_ends_the_sentence(config: SiteConfig, example: TagCase) -> None:
    """A middle initial stays in the name; a name's last capital loses the sentence's full stop."""
    check(config, example)
