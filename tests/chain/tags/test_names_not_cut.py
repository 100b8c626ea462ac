"""Names not cut: a name written over commas, over "and", over "of the", over a hyphen, or opening a
sentence stays whole. Texts are invented."""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.chain.tags.tagcase import TagCase, case, check

COMMAS_AND_CAMPUSES = [
    case(
        "a_university_of_a_state_at_the_city_of_its_campus_is_one_name",
        ["Students at the University of Texas at Austin protested, Tom Vale said in Eastholm."],
        present={"University of Texas at Austin", "Tom Vale", "Eastholm"},
        absent={"University of Texas"},
    ),
    case(
        "a_groups_plural_possessive_inside_a_name_is_kept",
        [
            "Marchers in Eastholm marked International Workers' Day, said Tom Vale of the Farmers' Union.",
            "The Teachers’ Federation met them; the Kardashians' Eastholm home was sold by Kim Kardashian.",
        ],
        present={"International Workers' Day", "Farmers' Union", "Teachers' Federation", "Kim Kardashian"},
        absent={"International Workers", "Farmers", "Teachers", "Day", "Kardashians' Eastholm"},
    ),
    case(
        "a_saints_possessive_and_a_plural_possessive_before_an_organisation_word_stay_inside_the_name",
        [
            "A nurse at St Kevin's University Hospital in Eastholm, Tom Vale, joined the St Brigid's Day parade.",
            "The Catholic Bishops' Conference of Tessaly and the People's Alliance met; crowds at St Mary's cheered.",
        ],
        present={
            "St Kevin's University Hospital",
            "St Brigid's Day",
            "Catholic Bishops' Conference of Tessaly",
            "People's Alliance",
            "Tom Vale",
        },
        absent={"St Kevin", "University Hospital", "Day", "Catholic Bishops", "Conference of Tessaly"},
    ),
    case(
        "a_city_and_a_plural_after_the_name_a_team_not_a_place_and_a_person",
        [
            "The Eastholm Oilers beat the Leeds Maple Stags 5-2, Tom Vale said. Maple Stags captain Ann Roe left.",
            "The president of the United States Donald Trump met Ukraine Kurt Volker. Volker and Trump spoke.",
        ],
        present={"Leeds Maple Stags", "Eastholm Oilers", "Tom Vale", "Ann Roe", "Donald Trump", "Kurt Volker"},
        absent={"Leeds", "United States Donald Trump", "Ukraine Kurt Volker"},
    ),
    case(
        "a_title_of_nobility_held_of_a_place_is_one_persons_name",
        [
            "The Duke of Harbourton opened the bridge in Eastholm. Later the Earl of Wessex met Tom Vale.",
            "The Princess of Asturias Award went to Ann Roe.",
        ],
        present={"Duke of Harbourton", "Earl of Wessex", "Princess of Asturias Award", "Tom Vale", "Ann Roe"},
        absent={"Duke", "Harbourton", "Earl", "Wessex", "Asturias Award"},
    ),
    case(
        "a_peoples_plural_mid_sentence_before_for_names_a_group_and_its_digit_acronym_is_it",
        [
            "Members of a new group Doctors for Clean Rivers, DFCR, met Tom Vale in Eastholm.",
            "Nurses from Lawyers for Quiet Streets and from Parents 4 Parks came; D4CR wrote to the mayor.",
            "Doctors for Clean Rivers (D4CR) said so. Teachers for Eastholm raised money.",
        ],
        present={"Doctors for Clean Rivers", "Lawyers for Quiet Streets", "Tom Vale"},
        absent={"Doctors", "Clean Rivers", "Lawyers", "Quiet Streets", "D4CR", "DFCR", "Teachers for Eastholm"},
    ),
    case(
        "a_ministry_named_with_the_list_of_what_it_is_for_is_one_name",
        [
            "Crews from the Ministry of Trade, Industry and Energy met Tom Vale in Eastholm.",
            "The Minister of Culture, Sports and Tourism, Ann Hale, came too; the Ministry of Health, Lagos and Abuja"
            " sent no one.",
        ],
        present={"Ministry of Trade, Industry and Energy", "Tom Vale", "Ann Hale", "Ministry of Health", "Lagos"},
        absent={"Ministry of Trade", "Industry", "Energy", "Culture", "Sports", "Tourism"},
        absent_parts=["Culture, Sports"],
    ),
    case(
        "a_bodys_list_ending_in_a_part_of_two_words_is_one_name_and_people_after_and_stay_people",
        [
            "The Department of Roads, Bridges and Coastal Affairs sent Tom Vale to Eastholm.",
            "The Union of Rail, Ferry and Dock Workers agreed with the Department for Schooling, Ofwex and Ofqual.",
            "A spokesman for Korvala Shipping, Ann Roe and Sam Hale signed the letter.",
        ],
        present={
            "Department of Roads, Bridges and Coastal Affairs",
            "Union of Rail, Ferry and Dock Workers",
            "Ofwex",
            "Korvala Shipping",
            "Ann Roe",
            "Sam Hale",
        },
        absent={"Department of Roads", "Coastal Affairs", "Dock Workers", "Union of Rail"},
    ),
    case(
        "an_expansion_over_commas_before_its_acronym_is_one_entity",
        [
            "The plan was questioned by the Northern Forest, Wetland and Coastal Heritage Board (NFWCHB) on Monday.",
            "The NFWCHB said the NFWCHB would meet again in Korvala.",
        ],
        present={"Northern Forest, Wetland and Coastal Heritage Board"},
        absent={"Northern Forest", "Wetland", "Coastal Heritage Board", "NFWCHB"},
    ),
    case(
        "an_expansion_in_parentheses_after_its_acronym_is_one_entity",
        [
            "Officials of the KSATA (Korvala Science, Arts and Technology Agency) visited the port of Dunmore.",
            "The KSATA will report in May.",
        ],
        present={"Korvala Science, Arts and Technology Agency"},
        absent={"Korvala Science", "Arts", "Technology Agency", "KSATA"},
    ),
    case(
        "names_listed_before_an_acronym_they_do_not_spell_stay_apart",
        [
            "Delegates from Korvala, Dunmore and the Eastport Nurses Association (ENA) met on Monday.",
            "The ENA thanked Korvala and Dunmore.",
        ],
        present={"Korvala", "Dunmore", "Eastport Nurses Association"},
    ),
    case(
        "a_body_named_after_its_organisations_acronym_is_one_name",
        [
            "Ria Mendez went to Lisbon for the Korvala Trade Union (KTU) General Assembly this week.",
            "The KTU said the Korvala Trade Union (KTU) Director Tomas Okafor would speak.",
        ],
        present={"Korvala Trade Union General Assembly"},
        absent={"General Assembly"},
        absent_parts=["Director"],
    ),
    case(
        "a_university_of_a_state_and_the_city_of_its_campus_are_one_name",
        [
            "The death of Tomas Okafor was announced by the University of California, San Diego on Friday.",
            "He had also taught at the University of Texas, where Ria Mendez met him in Paris, France.",
        ],
        present={"University of California, San Diego", "University of Texas", "Paris", "France"},
        absent={"University of California", "San Diego", "France, Paris"},
    ),
]


@pytest.mark.parametrize("example", COMMAS_AND_CAMPUSES)
def test_a_name_over_commas_is_one_name(config: SiteConfig, example: TagCase) -> None:
    """An acronym's expansion written over commas, a university of a state with its campus."""
    check(config, example)


AND = [
    case(
        "a_person_joined_to_an_organisation_by_and_is_cut_apart_when_named_alone",
        [
            "Officials from the Ministry of Harbours and Tom Vale met in Eastholm. Vale said so.",
            "The Department of Health and Human Services agreed.",
        ],
        present={"Ministry of Harbours", "Tom Vale", "Department of Health and Human Services"},
        absent={"Ministry of Harbours and Tom Vale", "Human Services"},
    ),
    case(
        "a_committee_on_a_subject_takes_and_as_a_ministry_of_one_does",
        ["The House Committee on Harbours and Accountability wants records, Tom Vale said in Eastholm."],
        present={"House Committee on Harbours and Accountability", "Tom Vale", "Eastholm"},
        absent={"House Committee on Harbours", "Accountability"},
    ),
    case(
        "names_span_and_spelled_out_acronyms_and_people_s",
        [
            "Officers of U.S. Customs and Border Protection (CBP) met Procter & Gamble staff.",
            "CBP said the People's Liberation Army had not been told.",
            "Shoppers queued for Black Friday; Black Friday sales rose, stores in Harbourton said.",
        ],
        present={"U.S. Customs and Border Protection", "Procter & Gamble", "People's Liberation Army", "Black Friday"},
        absent={"Customs", "Border Protection", "People", "Liberation Army", "Black"},
    ),
    case(
        "and_joins_a_name_whose_last_word_names_an_organisation",
        [
            "The filing reached the Securities and Exchange Commission on Monday, said Mira Oduya.",
            "The U.S. Patent and Trademark Office agreed, and Mira Oduya and Tariq Velmont University were named.",
        ],
        present={"Securities and Exchange Commission", "U.S. Patent and Trademark Office", "Mira Oduya"},
        absent={"Securities", "Exchange Commission", "Trademark Office", "Mira Oduya and Tariq Velmont University"},
    ),
    case(
        "and_joins_words_the_article_writes_only_in_that_phrase",
        [
            "Seizures reported by Tolls and Harbour Inspection rose, said Mara Lindqvist of Eastport.",
            "The data from Tolls and Harbour Inspection are weighed in pounds.",
            "Readers of Walikon and Gossipia saw the claim; Walikon and Gossipia did not answer.",
        ],
        present={
            "Tolls and Harbour Inspection",
            # one word after "and": two names side by side
            "Walikon",
            "Gossipia",
        },
        absent={"Tolls", "Harbour Inspection"},
    ),
    case(
        "and_joins_an_organisations_name_after_a_possessive",
        [
            "Officials said Velmora's Fish and Forestry Agency closed the river, and Anton Ruiz agreed.",
            "The agency said Ruiz and Marta Ilves would inspect it.",
        ],
        present={"Velmora", "Fish and Forestry Agency", "Anton Ruiz", "Marta Ilves"},
        absent={"Fish", "Forestry Agency", "Ruiz and Marta Ilves"},
    ),
    case(
        "and_does_not_extend_a_name_known_whole",
        [
            "In a letter to Kevin Moss, acting head of the Department of Homeland Security and Ilse Varga, the health "
            "secretary, doctors offered flu shots.",
            "The Department of Health and Human Services did not answer, and Varga declined to comment.",
        ],
        present={"Department of Homeland Security", "Ilse Varga", "Department of Health and Human Services"},
        absent={"Department of Homeland Security and Ilse Varga"},
    ),
]


@pytest.mark.parametrize("example", AND)
def test_and_joins_a_name_only_when_the_article_writes_it_so(config: SiteConfig, example: TagCase) -> None:
    """A name with "and" inside that the article writes whole; no join of two names side by side."""
    check(config, example)


OF_THE = [
    case(
        "a_plural_title_of_an_organisation_is_one_name",
        [
            "The study of Ria Mendez appears in Quarterly Letters of the Korvala Geological Society this week.",
            "Tomas Okafor praised the Ministers of the Harwell Council. Members of the Korvala Geological Society met.",
        ],
        present={"Quarterly Letters of the Korvala Geological Society"},
        absent={"Quarterly Letters", "Ministers of the Harwell Council", "Members of the Korvala Geological Society"},
    ),
]


@pytest.mark.parametrize("example", OF_THE)
def test_of_the_joins_a_title_to_its_organisation(config: SiteConfig, example: TagCase) -> None:
    """A plural title of an organisation is one name; a plural of people is none."""
    check(config, example)


HYPHENS_AND_FIRST_WORDS = [
    case(
        "a_hyphenated_name_with_a_short_lower_case_part_stays_whole",
        [
            "The Grammy-winning singer Park Seo-yu met the envoy Lee Dae-in in the Harlow-based studio of Harlow.",
            "Seo-yu and Dae-in spoke about Harlow.",
        ],
        present={"Park Seo-yu", "Lee Dae-in", "Harlow"},
        absent={"Grammy-winning", "Harlow-based", "Lee Dae", "Park Seo"},
    ),
    case(
        "a_given_name_of_two_short_syllables_joined_by_a_hyphen_stays_whole",
        [
            "The activist Wai-kit Leung spoke in Kowloon, and the Oscar-winning actress Mara Lind agreed.",
            "Leung and Lind left Kowloon on Monday.",
        ],
        present={"Wai-kit Leung", "Mara Lind", "Kowloon"},
        absent={"Wai", "Oscar-winning"},
    ),
    case(
        "a_name_of_parts_joined_by_hyphens_is_no_identifier_from_a_link",
        [
            "Researchers in Marlowe studied the virus TRX-CoV-7 in bats, and the strain TRX-CoV-7 spread fast.",
            "The clip was posted at pic.example.com/QpZr7uTkWa and shared by the lab in Marlowe.",
        ],
        present={"TRX-CoV-7"},
        absent={"QpZr7uTkWa"},
    ),
    case(
        "a_known_place_opening_a_sentence_keeps_its_first_word",
        [
            "New Orleans, LA – Officials of Harlow Freight met on Monday, said Ravi Anand.",
        ],
        present={"New Orleans", "Harlow Freight", "Ravi Anand"},
        absent={"Orleans"},
    ),
]


@pytest.mark.parametrize("example", HYPHENS_AND_FIRST_WORDS)
def test_a_hyphenated_name_or_a_sentence_opening_place_stays_whole(config: SiteConfig, example: TagCase) -> None:
    """Hyphenated names and names with digits, and a known place's first word."""
    check(config, example)
