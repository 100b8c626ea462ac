"""Tag rules of issue 11's twenty-first round (precision helper): kinds of bad tag that recur in at least two tune
sets, each reproduced on invented text."""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.chain.tags.tagcase import TagCase, case, check

COMPANY_STARTS = [
    case(
        "a_company_named_once_after_a_preposition_by_its_first_word_is_still_the_company",
        [
            "Corbell Marine Holdings Inc. agreed to buy a smaller rival for $90 million.",
            "Shares in Corbell rose 3% on Monday. Corbell said the deal would close in May.",
            "Analysts said Corbell had little debt.",
        ],
        one_of=[{"Corbell", "Corbell Marine Holdings Inc."}],
    ),
    case(
        "a_company_whose_first_word_is_at_its_yard_is_still_the_company",
        [
            "The ships will be built by Haldvik Heavy Industries for a Danish owner.",
            "Work will start at Haldvik's yard in Velmora next year, and Haldvik's shares rose.",
        ],
        one_of=[{"Haldvik", "Haldvik Heavy Industries"}],
    ),
    case(
        "a_first_word_shared_by_a_company_and_its_own_short_name_is_that_company",
        [
            "Vantor Shellfish Partners Ltd. will be bought for $212 million.",
            "Vantor Shellfish runs 38 leases in Korvala. Vantor’s leases fit our plans, the buyer said.",
        ],
        one_of=[{"Vantor", "Vantor Shellfish", "Vantor Shellfish Partners Ltd."}],
    ),
    case(
        "a_town_named_mostly_as_a_place_stays_apart_from_the_company_named_after_it",
        [
            "The nurses in Eastwell, members of the Eastwell Nurses Association, met in Eastwell.",
            "Eastwell has two hospitals.",
        ],
        present={"Eastwell", "Eastwell Nurses Association"},
    ),
    case(
        "a_town_named_now_and_then_as_a_place_stays_apart_from_its_council",
        [
            "Parking will cost money at three car parks in Brackwell from April.",
            "Coun Mira Tolland (Lab, Brackwell) backed the plan. Brackwell Town Council opposed it.",
            "Shops in the centre of Brackwell have lost trade, Brackwell traders said.",
        ],
        present={"Brackwell", "Brackwell Town Council"},
    ),
    case(
        "a_product_named_after_its_maker_stays_apart_from_the_maker",
        [
            "Halvik sells phones to hospitals. Halvik said sales rose, and Halvik hired 40 people.",
            "Nurses use the Halvik Tessa 2, a phone made for wards. Halvik is based in Korvala.",
        ],
        present={"Halvik", "Halvik Tessa 2"},
    ),
]


@pytest.mark.parametrize("example", COMPANY_STARTS)
def test_the_first_word_of_a_company_is_that_company(config: SiteConfig, example: TagCase) -> None:
    """A one-word start of a company's name is the company, unless the article uses it mostly as a place."""
    check(config, example)


HALVES = [
    case(
        "two_single_words_joined_by_of_or_for_the_are_halves_of_one_name_not_two_names",
        [
            "Players queued for Rise of Kestrel on Friday, the studio Tallow Interactive said.",
            "Tallow Interactive sold a million copies in Korvala.",
            "The charity Bread for the Valley sent food to Korvala.",
        ],
        present={"Tallow Interactive", "Korvala"},
        absent={"Rise", "Kestrel", "Bread", "Valley"},
    ),
    case(
        "a_word_joined_by_in_or_to_a_demonym_or_after_a_job_is_no_half",
        [
            "Several people died in the town of Zorvik in Norlandia province last year.",
            "The exit, known as Nexit for Norwegian exit, was approved in Oslo by Hanne Vik.",
            "Later the Mayor of Brenvik, Ola Tand, met the Head of Gradex, Per Holm.",
        ],
        present={"Zorvik", "Nexit", "Hanne Vik", "Brenvik", "Gradex"},
    ),
]


@pytest.mark.parametrize("example", HALVES)
def test_halves_of_one_name_are_no_names(config: SiteConfig, example: TagCase) -> None:
    """Two single capitalised words joined by "of" or "for (the)" are one name; neither half is a tag."""
    check(config, example)
