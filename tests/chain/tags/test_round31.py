"""Tag rules of issue 11's thirty-first round, found by reading the converter's tags on real news text no rule was
tuned on and nobody annotated (the 349 ABC news leads of 2001-2002 that gensim's wheel ships as test data, the "Lee
corpus"; read here, not shipped), reproduced on invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_surname_that_is_a_place_word_is_the_person_named_in_full(config: SiteConfig) -> None:
    paragraphs = [
        "The Harbours Minister, Marta Hill, says the port will stay open through the storm season.",
        "Senator Hill says the cost of the repairs will be known in March.",
        "Senator Hill has told Channel Nine the port's board will meet on Friday.",
    ]
    tags = ranked_tags(config, paragraphs, "Port to stay open")
    assert "Marta Hill" in tags
    assert "Hill" not in tags


def test_a_place_word_used_as_a_place_stays_a_place(config: SiteConfig) -> None:
    paragraphs = [
        "Marta Hill opened the new clinic on Monday.",
        "Residents in Hill were told to boil their water, and the clinic in Hill will stay open late.",
    ]
    tags = ranked_tags(config, paragraphs, "Clinic opens")
    assert "Marta Hill" in tags


def test_a_body_named_after_a_title_holder_keeps_the_title(config: SiteConfig) -> None:
    paragraphs = [
        "The patient was moved to the intensive care unit at Kelmouth's Queen Maud Hospital last month.",
        "Senator Ann Roe said the Queen Maud Hospital had been told, and the Governor Tessa Vale Library will close.",
    ]
    tags = ranked_tags(config, paragraphs, "Patient moved")
    assert {"Queen Maud Hospital", "Ann Roe", "Governor Tessa Vale Library"} <= set(tags)
    assert not {"Maud Hospital", "Tessa Vale Library", "Senator Ann Roe"} & set(tags)


def test_two_ranks_joined_by_a_hyphen_are_a_role(config: SiteConfig) -> None:
    paragraphs = [
        "The Chief of the Army, Lieutenant-General Ann Roeburn, has confirmed the report.",
        "Lieutenant-General Roeburn says Major-General Tom Vale will lead the inquiry with Marie-Claire Dubois.",
    ]
    tags = ranked_tags(config, paragraphs, "Army confirms report")
    assert {"Ann Roeburn", "Tom Vale", "Marie-Claire Dubois"} <= set(tags)
    assert not {"Lieutenant-General Ann Roeburn", "Major-General Tom Vale"} & set(tags)


def test_a_demonym_opening_on_a_role_word_keeps_it(config: SiteConfig) -> None:
    paragraphs = [
        "A boat carrying 40 Sri Lankan men reached Kelmouth Island, harbour master Tom Vale said.",
        "Mr Vale says the Sri Lankans have not yet been brought ashore.",
    ]
    tags = ranked_tags(config, paragraphs, "Boat reaches island")
    assert {"Tom Vale", "Kelmouth Island"} <= set(tags)
    assert not {"Lankans", "Lankan"} & set(tags)


def test_an_office_alone_is_no_tag(config: SiteConfig) -> None:
    paragraphs = [
        "The Treasurer, Tessa Vale, says the budget will be cut. The Treasurer spoke in Kelmouth.",
        "The Member for Harbourton, Tom Roe, disagreed; the Treasurer did not reply to the Member.",
    ]
    tags = ranked_tags(config, paragraphs, "Budget cuts")
    assert {"Tessa Vale", "Tom Roe"} <= set(tags)
    assert not {"Treasurer", "Member"} & set(tags)


def test_a_ministers_single_portfolio_is_no_name(config: SiteConfig) -> None:
    paragraphs = [
        "The Minister for the Environment, Tessa Vale, says inspectors will test fuel at Kelmouth refineries.",
        "The Minister of Fisheries, Tom Roe, agreed; Minister for Harbours Ann Roeburn said nothing.",
    ]
    tags = ranked_tags(config, paragraphs, "Fuel to be tested")
    assert {"Tessa Vale", "Tom Roe", "Ann Roeburn"} <= set(tags)
    assert not {"Environment", "Fisheries", "Harbours"} & set(tags)


def test_a_word_glued_before_a_person_named_alone_elsewhere_goes(config: SiteConfig) -> None:
    paragraphs = [
        "Hundreds held a vigil in the hometown of former Wombat Tomas Vellacott, who died last week.",
        "\u201cWe are here in memory of Tomas Vellacott,\u201d said Ann Roe at the Kelmouth Arms.",
    ]
    tags = ranked_tags(config, paragraphs, "Vigil held")
    assert {"Tomas Vellacott", "Ann Roe"} <= set(tags)
    assert "Wombat Tomas Vellacott" not in tags


def test_a_place_or_a_body_before_a_person_named_alone_stays_its_own(config: SiteConfig) -> None:
    paragraphs = [
        "Visitors to the Harbour Museum of Kelmouth met Ann Roe, and New Tomas Vale fans queued.",
        "Ann Roe said the museum was full.",
    ]
    tags = ranked_tags(config, paragraphs, "Museum full")
    assert "Ann Roe" in tags


def test_an_amount_after_a_currency_sign_is_no_name(config: SiteConfig) -> None:
    paragraphs = [
        "Banks in Kelmouth will cash cheques of up to $US1,000 or $NZ200 per person, Tessa Vale said.",
        "The G20 will meet in March, Ms Vale said.",
    ]
    tags = ranked_tags(config, paragraphs, "Banks to open")
    assert {"Tessa Vale", "G20"} <= set(tags)
    assert not {"US1", "NZ200"} & set(tags)


def test_a_cup_or_a_trophy_alone_is_no_tag(config: SiteConfig) -> None:
    paragraphs = [
        "A Kelmouth crew took out the strongly contested K-one Cup this afternoon, Tessa Vale said.",
        "The crew also won the Harbourton Trophy, and the Cup will be shown at the Kelmouth Arms.",
    ]
    tags = ranked_tags(config, paragraphs, "Crew wins")
    assert {"Tessa Vale", "Harbourton Trophy"} <= set(tags)
    assert not {"Cup", "Trophy"} & set(tags)


def test_a_number_before_a_demonym_is_no_name(config: SiteConfig) -> None:
    paragraphs = [
        "Four Afghan soldiers were hurt near Kandahar, Tessa Vale said.",
        "Two Kenyan runners and Three Lions fans waited in Kelmouth.",
    ]
    tags = ranked_tags(config, paragraphs, "Soldiers hurt")
    assert {"Tessa Vale", "Kandahar"} <= set(tags)
    assert not {"Four Afghan", "Two Kenyan"} & set(tags)


def test_a_month_after_a_given_name_is_a_surname(config: SiteConfig) -> None:
    paragraphs = [
        "\u201cWe had to come tonight,\u201d said Elsie May, who joined the crowd in Kelmouth on May 5.",
        "The vigil was organised by Tom Roeburn.",
    ]
    tags = ranked_tags(config, paragraphs, "Crowd gathers")
    assert {"Elsie May", "Tom Roeburn"} <= set(tags)
    assert "Elsie" not in tags


def test_a_body_named_over_and_ends_at_its_possessive(config: SiteConfig) -> None:
    paragraphs = [
        "The Harbour and Public Sector Union's Wendy Carrow says the plan will cost jobs in Kelmouth.",
        "Staff at the Women's and Children's Hospital agreed, Ms Carrow said.",
    ]
    tags = ranked_tags(config, paragraphs, "Union warns")
    assert {"Harbour and Public Sector Union", "Wendy Carrow", "Women's and Children's Hospital"} <= set(tags)
    assert not {"Harbour", "Public Sector Union"} & set(tags)


def test_people_named_by_their_trade_in_men_opening_a_sentence_are_no_part_of_a_name(config: SiteConfig) -> None:
    paragraphs = [
        "Businessmen Tomas Veller and Ann Roeburn have offered to buy the Kelmouth ferry line.",
        "Norman Hale, the line's owner, said he would think about it.",
    ]
    tags = ranked_tags(config, paragraphs, "Offer for ferry line")
    assert {"Tomas Veller", "Ann Roeburn", "Norman Hale"} <= set(tags)
    assert "Businessmen Tomas Veller" not in tags
