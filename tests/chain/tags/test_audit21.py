"""Paraphrases of the tag rules of rounds 17-21 and of reviews 18-19 (a generalisation audit): each rule's mechanism
written again on new invented text, in other sentence shapes and with other names, kept here once the rule covers
what its name says."""

from __future__ import annotations

import pytest

from digest.chain.datelines import dateline_places
from digest.config import SiteConfig
from tests.chain.tags.tagcase import TagCase, case, check

CASES = [
    case(
        "a_provinces_people_after_a_word_opening_the_sentence_or_formed_another_way_are_no_tag",
        [
            "Many Ontarians cannot afford rent, Kofi Mensah said in Toronto, and Manitobans agree.",
            "Some Albertans moved west. Texans and Kansans face the same drought, Ana Ruiz said.",
        ],
        present={"Kofi Mensah", "Ana Ruiz"},
        absent={"Ontarians", "Many Ontarians", "Manitobans", "Albertans", "Some Albertans", "Texans", "Kansans"},
    ),
    case(
        "an_amount_in_a_currency_whose_letters_start_with_its_countrys_is_no_name",
        [
            "Traders at the Kampala Tea Market paid USh900 a kilo, and KSh1,200 was the price in Kisumu.",
            "It cost NRs400 in Pokhara.",
        ],
        present={"Kampala Tea Market"},
        absent={"USh900", "KSh1,200", "KSh1", "NRs400"},
    ),
    case(
        "a_group_of_men_by_their_trade_of_few_letters_in_the_possessive_starts_a_name",
        [
            "The Vardo Seamen's Union welcomed the deal, and the Kesh Airmen's Association agreed.",
            "Yemen's ports reopened, and Women's groups in Aden said so.",
        ],
        present={"Vardo Seamen's Union", "Kesh Airmen's Association"},
        absent={"Vardo Seamen", "Kesh Airmen"},
    ),
    case(
        "an_office_capitalised_after_its_role_of_one_or_two_words_is_no_name_and_keeps_its_holder",
        [
            "Ana Ruiz will serve as Ambassador At Large in the new government of Kesh.",
            "Kofi Mensah was named Deputy Minister Without Portfolio on Monday.",
            "Minister Without Portfolio Lena Holm said the cabinet would meet in Vardo.",
        ],
        present={"Ana Ruiz", "Kofi Mensah", "Lena Holm"},
        absent_parts=["At Large", "Without", "Portfolio"],
    ),
    case(
        "a_department_after_any_jobs_of_is_the_jobs_as_after_a_headships",
        [
            "The Director of Operations at Vardo Port, Ines Korda, spoke on Monday.",
            "The Chair of Finance, Kofi Mensah, agreed, and the Minister of Finance said so too.",
        ],
        present={"Vardo Port", "Ines Korda", "Kofi Mensah"},
        absent={"Operations", "Finance", "Director", "Chair"},
    ),
    case(
        "a_word_for_what_someone_is_opening_a_sentence_before_a_name_whose_surname_stands_alone_is_cut",
        [
            "Volunteer Kofi Mensah said the council would repair the bridge. Mensah has lived in Tema for years.",
            "Shopkeeper Arjun Mehta said the street was empty, and Mehta closed early.",
            "Challenger Amara Diallo led in Dakar. Diallo thanked her voters.",
        ],
        present={"Kofi Mensah", "Arjun Mehta", "Amara Diallo"},
        absent_prefixes=["Volunteer", "Shopkeeper", "Challenger"],
    ),
    case(
        "a_portfolio_after_for_or_of_two_parts_joined_by_and_is_the_jobs_before_its_holder",
        [
            "Minister for Trade and Industry Kofi Mensah visited the port at Tema on Monday.",
            "Minister for Health Ama Owusu was not there. Mensah and Owusu will meet on Friday.",
            "The Prime Minister of Japan and Kwame Boateng Ato met in Accra, and Ato said so.",
        ],
        present={"Kofi Mensah", "Ama Owusu", "Japan"},
        absent={"Trade", "Industry Kofi Mensah", "Health Ama Owusu", "Boateng Ato"},
    ),
    case(
        "a_holder_after_a_unit_named_with_the_after_a_job_joined_to_a_word_by_a_hyphen_is_cut_from_it",
        [
            "Commissioner-General of the Revenue Authority Kofi Mensah said taxes in Accra would rise.",
            "The Inspector-General of the Police Service Ama Owusu agreed.",
        ],
        present={"Kofi Mensah", "Ama Owusu"},
        absent={"Revenue Authority Kofi Mensah", "Police Service Ama Owusu"},
    ),
    case(
        "businesses_named_after_their_owner_in_the_plural_keep_the_possessive",
        [
            "Shares of Oyelaran's Markets fell on Monday in Lagos.",
            "Ines Korda bought the land from Brannigan's Farms, and Brannigan's Farms sold two more fields.",
        ],
        present={"Oyelaran's Markets", "Brannigan's Farms"},
        absent={"Markets", "Farms", "Oyelaran", "Brannigan"},
    ),
    case(
        "a_nickname_that_is_a_part_of_an_unknown_given_name_makes_the_person",
        [
            "Former mayor Oluwaseun “Seun” Adeyemi said the budget in Ibadan was short.",
            "Adeyemi left office in 2019, and Robert “Bob” Kessler replaced him.",
        ],
        present={"Oluwaseun Adeyemi", "Robert Kessler"},
        absent={"Seun", "Oluwaseun", "Adeyemi", "Bob"},
    ),
    case(
        "a_portfolio_after_a_role_of_several_words_and_its_for_is_cut_before_a_holder_the_article_names_alone",
        [
            "Minister of State for Foreign Affairs Chipo Banda met the envoy in Harare.",
            "Banda said the talks went well.",
        ],
        present={"Chipo Banda"},
        absent_parts=["Affairs", "State"],
    ),
]


@pytest.mark.parametrize("example", CASES)
def test_paraphrase(config: SiteConfig, example: TagCase) -> None:
    check(config, example)


def test_a_datelines_place_in_capitals_keeps_its_small_words_and_its_mc() -> None:
    assert dateline_places("STRATFORD-UPON-AVON, England (AP) — A fire broke out.") == ("Stratford-upon-Avon",)
    assert dateline_places("ISLE OF WIGHT, England (AP) — A fire broke out.") == ("Isle of Wight",)
    assert dateline_places("MCALLEN, Texas (AP) — A fire broke out.") == ("McAllen",)
    assert dateline_places("THE HAGUE, Dec 6 (Reuters) - The Dutch government said.") == ("The Hague",)
    assert dateline_places("MACON, Ga. (AP) — A fire broke out.") == ("Macon",)
