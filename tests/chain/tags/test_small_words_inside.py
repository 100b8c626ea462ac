"""Names with small words or punctuation inside them stay whole, and two names written with "and" between them stay
two: issue 11's nineteenth round, found on the tune halves of the tagged blind batteries and reproduced here on
invented text."""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.chain.tags.tagcase import TagCase, case, check

AND_JOINS = [
    case(
        "two_complete_bodies_after_the_are_two_names",
        [
            "The Coastal Marine Safety Authority and SK Police searched the bay for a week, Tom Vale said.",
            "The study was funded by the Deep Ocean Research Program and Tessaly's Ministry of Fisheries.",
        ],
        present={"Coastal Marine Safety Authority", "SK Police", "Deep Ocean Research Program"},
        absent_parts=("Authority and", "Program and"),
    ),
    case(
        "a_body_of_a_city_and_a_county_sharing_their_name_is_one_name",
        ["The route will be built by Eastholm City and County Council, Tom Vale said on Monday."],
        present={"Eastholm City and County Council"},
        absent={"County Council", "Eastholm City"},
    ),
    case(
        "a_place_named_over_and_with_common_words_on_its_right_is_one_name",
        ["The capsule landed on the Eastholm Test and Training Range west of Wexley, Tom Vale said."],
        present={"Eastholm Test and Training Range"},
        absent={"Training Range", "Eastholm Test"},
    ),
    case(
        "two_places_after_the_are_two_names",
        ["Tom Vale toured the Bronx and Hudson Valley on Monday."],
        present={"Hudson Valley"},
        absent_parts=(" and ",),
    ),
    case(
        "a_clause_named_over_and_after_a_possessive_is_one_name",
        [
            "The court ruled the map broke the state constitution's Free and Equal Elections Clause, Tom Vale said.",
            "Lawyers cited the charter's Fair Wages and Decent Housing Act in Wexley.",
        ],
        present={"Free and Equal Elections Clause", "Fair Wages and Decent Housing Act"},
        absent={"Free", "Equal Elections Clause", "Fair Wages"},
    ),
]


@pytest.mark.parametrize("example", AND_JOINS)
def test_and_joins(config: SiteConfig, example: TagCase) -> None:
    check(config, example)


INSIDE = [
    case(
        "a_bodys_name_ending_in_a_list_of_places_after_for_is_one_name",
        [
            "The project was run by the Wildlife Trust for Lindshire, Cambridgeshire and Marrowshire and Natural"
            " Tessaly, Tom Vale said."
        ],
        present={"Wildlife Trust for Lindshire, Cambridgeshire and Marrowshire", "Natural Tessaly"},
        absent={"Wildlife Trust for Lindshire", "Marrowshire"},
    ),
    case(
        "a_body_for_one_subject_and_two_more_bodies_stay_three",
        ["Rules were set by the Department for Schooling, Ofwex and Ofqual, Tom Vale said."],
        absent_parts=(", Ofwex",),
    ),
    case(
        "a_plural_possessive_before_a_plural_organisation_word_inside_a_name_is_kept",
        [
            "The Federation of Eastholm Tenants’ Associations said it would appeal, Tom Vale said.",
            "The Landlord and Tenant Board will hear the case.",
        ],
        present={"Federation of Eastholm Tenants' Associations"},
        absent={"Associations", "Federation of Eastholm Tenants"},
    ),
    case(
        "a_compound_in_ing_after_a_names_small_word_is_a_word_of_the_name",
        [
            "The Federation of Rental-housing Providers of Eastholm said the rule was essential, Tom Vale said.",
            "The Oscar-winning Ann Roe spoke.",
        ],
        present={"Federation of Rental-housing Providers of Eastholm", "Ann Roe"},
        absent={"Providers"},
    ),
    case(
        "a_laws_name_with_a_parenthesised_part_is_one_name",
        [
            "The Coastal Towns (Flood Defence) Bill returns to the Commons on Tuesday, Tom Vale said.",
            "It amends the Te Awa Roa (Eastholm River Claims Settlement) Act 2017.",
        ],
        present={"Coastal Towns (Flood Defence) Bill", "Te Awa Roa (Eastholm River Claims Settlement) Act 2017"},
        absent={"Coastal Towns", "Flood Defence", "Eastholm River Claims Settlement"},
    ),
    case(
        "a_laws_year_written_after_it_is_part_of_its_name",
        ["The Planning and Building Act 2024 replaced the board, Tom Vale said in Wexley in 2025."],
        present={"Planning and Building Act 2024"},
        absent={"Building Act 2024", "Planning and Building Act"},
    ),
    case(
        "friends_of_a_place_named_mid_sentence_is_a_groups_name",
        [
            "The pub was saved after a campaign by the Friends of the Lamplighter, Tom Vale said.",
            "Friends of the Lamplighter secretary Ann Roe said the group would object.",
        ],
        present={"Friends of the Lamplighter", "Ann Roe"},
        absent={"Friends"},
    ),
    case(
        "a_designation_after_an_indefinite_article_is_one_name",
        [
            "The pub was listed as an Asset of Community Value by Eastholm Council in 2021, Tom Vale said.",
            "The marsh is a Site of Special Scientific Interest. Ann Roe is a Fellow of the Royal Society.",
        ],
        present={"Asset of Community Value", "Site of Special Scientific Interest", "Royal Society"},
        absent={"Community Value", "Special Scientific Interest", "Fellow of the Royal Society"},
    ),
    case(
        "a_maori_name_over_its_particle_o_is_one_name",
        ["The rahui was laid at dawn by Ngā Kaitiaki o Wexley, the governance entity for Wexley iwi, Tom Vale said."],
        present={"Ngā Kaitiaki o Wexley"},
        absent={"Ngā Kaitiaki"},
    ),
]


@pytest.mark.parametrize("example", INSIDE)
def test_names_with_small_words_inside(config: SiteConfig, example: TagCase) -> None:
    check(config, example)
