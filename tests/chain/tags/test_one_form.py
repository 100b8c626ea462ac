"""One entity, one form: aliases and short forms, acronyms and translations, surnames and first names, an
organisation written with or without what qualifies it. Texts are invented."""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.chain.tags.tagcase import TagCase, case, check

ALIASES = [
    case(
        "one_entity_one_tag_in_its_full_form",
        [
            "Boeing Co won an order, and Harbour Holdings Group bought a stake in Boeing.",
            "Harbour Holdings said the Davis Cup Final would move, and the Davis Cup Finals were sold out.",
            "Rudolph Garza spoke; Rudy Garza had spoken earlier, and Edmunds.com agreed with Edmunds.",
            "Joe Tarrant and his son Hunter Tarrant arrived. Tarrant said Tarrant would stay, Tarrant added.",
            "Joe Tarrant left.",
            "Samuel Okafor Jr. pleaded guilty on Monday. Sam Okafor will be sentenced in May, Okafor's lawyer said.",
        ],
        present={"Boeing Co"},  # the full name as first written, its legal form kept
        absent={"Boeing", "Tarrant"},
        one_of=[
            {"Harbour Holdings", "Harbour Holdings Group"},
            {"Davis Cup Final", "Davis Cup Finals"},
            {"Rudolph Garza", "Rudy Garza"},
            {"Edmunds", "Edmunds.com"},
            {"Samuel Okafor Jr.", "Sam Okafor"},  # a nickname of a name with a generation
        ],
    ),
    case(
        "the_start_of_a_longer_name_written_far_more_often_is_the_tag",
        [
            "The Meridian Shield finals open in Corvallo on Friday, and the final of the Meridian Shield Finals is on "
            "Sunday.",
            "The Meridian Shield was first played in 1921. Teams from Ostria have won the Meridian Shield twice.",
            "Organisers say the Meridian Shield is growing.",
            "Talia Norvik joined Brandolf Heavy Industries in May. Brandolf hired her to run Brandolf's plants.",
            "Brandolf makes cranes, and Brandolf sells them abroad.",
            "Pieter Vasquelo met Pieter at the gate; Pieter said Pieter would stay.",
            "Fans stream Lumio and Lumio Music Plus; Lumio Music Plus and Lumio sell music, and Lumio grows.",
        ],
        present={"Meridian Shield", "Brandolf Heavy Industries", "Pieter Vasquelo", "Lumio"},
        absent={"Meridian Shield Finals", "Brandolf", "Pieter", "Lumio Music Plus"},
    ),
    case(
        "a_known_place_ending_in_s_is_no_plural_of_a_longer_names_last_word",
        [
            "The storm crossed the Philippines on Monday before it reached the island of Upper Philippine.",
            "Rescuers flew from the Philippines to Upper Philippine on Tuesday.",
        ],
        present={"Philippines"},
    ),
    case(
        "a_name_written_once_with_two_letters_swapped_is_a_slip",
        [
            "Jacques Moreau led France. Moreau served twice, and Moraeu was praised in Paris.",
            "Moreau died in Paris.",
        ],
        present={"Jacques Moreau", "Paris"},
        absent={"Moraeu"},
    ),
]


@pytest.mark.parametrize("example", ALIASES)
def test_an_entity_written_in_several_forms_is_one_tag(config: SiteConfig, example: TagCase) -> None:
    """Variants, nicknames, plurals, slips: one tag in the form the article uses for it."""
    check(config, example)


ACRONYMS_AND_TRANSLATIONS = [
    case(
        "an_acronym_may_leave_out_the_word_that_makes_a_place_a_place",
        [
            "The Ohio State Dental Board opened an inquiry into Brightsmile.",
            "According to the filing, the ODB’s questions concern Brightsmile’s billing; the ODB declined to comment.",
            "The Ohio State Dental Board meets again in May, Brightsmile said.",
        ],
        present={"Ohio State Dental Board"},
        absent={"ODB"},
    ),
    case(
        "an_acronym_spelling_only_the_place_after_of_names_the_place",
        [
            "The Assembly of North Varnia Province (NVP) passed the bill on Monday.",
            "NVP farmers welcomed it; in NVP the vote was close, and NVP mayors spoke.",
        ],
        present={"Assembly of North Varnia Province"},
    ),
    case(
        "a_name_and_its_translation_in_parentheses_are_one_entity",
        [
            "The party was organised by Sociedad Korvalana Minera (Korvala Mining Society) in Lisbon.",
            "Sociedad Korvalana Minera said it would meet again. The firm left Porto (Portugal) on Monday.",
        ],
        present={"Sociedad Korvalana Minera", "Porto", "Portugal"},
        absent={"Korvala Mining Society"},
    ),
]


@pytest.mark.parametrize("example", ACRONYMS_AND_TRANSLATIONS)
def test_an_acronym_or_a_translation_is_the_name_it_stands_for(config: SiteConfig, example: TagCase) -> None:
    """An acronym or a translation is no second entity."""
    check(config, example)


SURNAMES_AND_FIRST_NAMES = [
    case(
        "an_acronym_the_alias_table_knows_is_no_function_word_in_capitals",
        ["The WHO said the risk was low in Eastholm. Who said so? Tom Vale asked."],
        present={"World Health Organization", "Eastholm", "Tom Vale"},
        absent={"Who", "WHO"},
    ),
    case(
        "a_short_name_in_title_case_in_parentheses_after_an_organisation_is_it",
        [
            "The Bureau of Tides (BoT) warned Eastholm. The BoT said Tom Vale was right.",
            "The Harbour Workers Union (Hawu) met; Hawu said so. Tom Vale (Leeds) came.",
        ],
        present={"Bureau of Tides", "Harbour Workers Union", "Tom Vale", "Eastholm"},
        absent={"BoT", "Hawu"},
    ),
    case(
        "a_companys_legal_form_of_any_country_stays_one_written_with_a_slash_goes",
        ["Harbour Energy A/S, Tessaly Motors AB, Quay Lines Oyj and Vale Foods SpA met Tom Vale in Eastholm."],
        present={"Harbour Energy", "Tessaly Motors AB", "Quay Lines Oyj", "Vale Foods SpA", "Tom Vale"},
        absent={"Harbour Energy A", "Tessaly Motors", "Quay Lines", "Vale Foods"},
    ),
    case(
        "a_ticker_after_a_company_with_its_legal_form_is_that_company",
        ["Harbour Energy Inc. (HBEN) broke the law in Eastholm, and Harbour Energy denied it."],
        present={"Harbour Energy Inc.", "Eastholm"},
        absent={"HBEN", "Harbour Energy"},
    ),
    case(
        "a_surname_that_is_a_town_joins_a_person_whose_given_name_is_a_town_too",
        ["Sen. Ann Warren spoke in Eastholm. Tom Vale disagreed with Warren."],
        present={"Ann Warren", "Tom Vale", "Eastholm"},
        absent={"Warren"},
    ),
    case(
        "a_translation_said_to_be_one_in_parentheses_is_the_same_entity",
        [
            "Doctors struck at the FSE (Eastholm Health Fund in Spanish) on Monday.",
            "The Eastholm Health Fund said wages would rise, Tom Vale said.",
        ],
        one_of=[{"FSE", "Eastholm Health Fund"}],
        present={"Tom Vale"},
    ),
    case(
        "a_name_with_a_particle_and_a_dotted_acronym_of_its_expansion_are_one_entity_each",
        [
            "President Bingu wa Mutharika of Malawi died in Lilongwe; Mutharika was 78.",
            "Melle Sara Dupont wrote from Lyon.",
            "The Democratic Republic of Congo held talks. Officials of the D.R.C. met in Goma.",
        ],
        present={"Bingu wa Mutharika", "Sara Dupont", "Democratic Republic of Congo", "Goma"},
        absent={"Mutharika", "Bingu", "Melle Sara Dupont", "D.R.C."},
    ),
    case(
        "a_name_with_and_without_its_accents_or_its_middle_initial_is_one_entity",
        [
            "Voters in Mexico went to the polls. In México, the candidate Enrique Peña Nieto led the race.",
            "The rivals of Enrique Pena Nieto trailed.",
            "John O. Brennan spoke in Sana'a. Later John Brennan met Tom Finn there.",
        ],
        present={"Mexico", "Enrique Peña Nieto", "John O. Brennan"},
        absent={"México", "Enrique Pena Nieto", "John Brennan"},
    ),
    case(
        "a_short_form_goes_with_its_person_unless_it_is_a_place_or_shared",
        [
            "The hit was late, said Sheldon Richardson. Richardson wants a suspension.",
            "Singer Marisol Okonkwo Veta spoke. Fans wrote letters to Marisol, and Marisol Okonkwo Veta replied.",
            "The brothers, Anas Qadiri and Tariq Qadiri, were freed; Qadiri supporters cheered.",
            "The probe Halvora Clipper flies to Halvora. Halvora has an ocean; Halvora is icy.",
            "The nurses in Eastport, members of the Eastport Nurses Association, met in Eastport.",
            "The court heard Patrick Velmorin Jr. plead guilty; Velmorin will be sentenced in May.",
        ],
        present={
            "Sheldon Richardson",
            "Marisol Okonkwo Veta",
            "Anas Qadiri",
            "Tariq Qadiri",
            "Patrick Velmorin Jr.",
            "Halvora",
            "Halvora Clipper",
            "Eastport",
            "Eastport Nurses Association",
        },
        absent={"Richardson", "Marisol", "Qadiri", "Velmorin"},
    ),
    case(
        "a_surname_named_without_accents_or_inside_a_full_name_is_that_person",
        [
            "Governor Tomasz Wójcikowski met Mireya Quiñones Albar at the harbour of Velmora.",
            "Wojcikowski spoke first. Quiñones answered, and Quiñones later left for Velmora.",
        ],
        present={"Tomasz Wójcikowski", "Mireya Quiñones Albar"},
        absent={"Wojcikowski", "Quiñones"},
    ),
    case(
        "a_full_name_with_a_middle_name_is_the_short_full_name",
        [
            "Dorian Pell spoke for the committee in Arrowfield.",
            "The old records name him Dorian Augustin Pell, and they say he grew up near Arrowfield.",
        ],
        one_of=[
            {"Dorian Augustin Pell", "Dorian Pell"},
        ],
    ),
    case(
        "a_surname_that_is_a_month_stays_when_the_article_writes_the_name_twice",
        [
            "Prime Minister Rosalind June resigned in May, and Rosalind June left Carvel on Friday.",
            "The vote is due on June 3, Carvel officials said.",
        ],
        present={"Rosalind June", "Carvel"},
        absent={"Rosalind", "June", "May"},
    ),
    case(
        "a_title_and_a_first_name_are_the_person_named_in_full_after_that_title",
        [
            "The party nominated Princess Oriana Valmont as its candidate in Korvala.",
            "Princess Oriana no longer holds a royal title. Princess Oriana lives in Lisbon.",
        ],
        present={"Oriana Valmont"},
        absent={"Princess Oriana"},
    ),
    case(
        "a_title_and_a_first_name_stay_apart_from_someone_else_with_that_first_name",
        [
            "Prince Edmund opened the bridge in Korvala, and the engineer Edmund Hale thanked him.",
            "Prince Edmund then left for Lisbon, where Edmund Hale lives.",
        ],
        present={"Prince Edmund", "Edmund Hale"},
    ),
]


@pytest.mark.parametrize("example", SURNAMES_AND_FIRST_NAMES)
def test_a_surname_or_a_first_name_is_the_person_named_in_full(config: SiteConfig, example: TagCase) -> None:
    """A short form goes with its person, unless it is a place or shared."""
    check(config, example)


QUALIFIED_FORMS = [
    case(
        "an_organisation_named_before_one_of_its_units_is_the_tag",
        [
            "The win ended Eastmoor’s hopes in the Lakeview Conference West Division this year.",
            "Detectives of the Hale Police Department Drug Interdiction Unit searched a house.",
            "The Hale Police Department said two people were arrested, and the Civil Rights Division agreed.",
        ],
        present={"Lakeview Conference", "Hale Police Department", "Civil Rights Division"},
        absent={"Lakeview Conference West Division", "Hale Police Department Drug Interdiction Unit"},
    ),
    case(
        "a_command_named_after_its_force_is_the_force",
        [
            "Ria Mendez, the head of the Harwell Police Counter Fraud Command, said the case was closed.",
            "Mendez said the money was found in Korvala.",
        ],
        present={"Harwell Police"},
        absent={"Harwell Police Counter Fraud Command"},
    ),
    case(
        "a_body_with_of_and_its_country_after_it_is_the_body_named_without_it",
        [
            "The Constitutional Tribunal of Portugal ruled on Tuesday against the plan of Mara Lindqvist.",
            "The Constitutional Tribunal said the plan broke the law. The Constitutional Tribunal sits in Lisbon.",
        ],
        present={"Constitutional Tribunal of Portugal"},
        absent={"Constitutional Tribunal"},
    ),
    case(
        "a_country_before_a_body_the_article_names_alone_is_the_same_body",
        [
            "Former Portugal Maritime Safety Agency officer Tomas Okafor died on Saturday in Lisbon.",
            "Okafor joined the Maritime Safety Agency in 1965, and the Maritime Safety Agency praised him.",
        ],
        present={"Portugal Maritime Safety Agency"},  # the longest form, as first introduced
        absent={"Maritime Safety Agency"},
    ),
    case(
        "a_name_without_the_word_for_its_kind_and_its_first_word_are_the_whole_name",
        [
            "Tomas Okafor took a job at the Harwell Institution of Karstology in 1947.",
            "He was recalled to Harwell after the war. Harwell Karstology director Ria Mendez praised him.",
        ],
        present={"Harwell Institution of Karstology"},
        absent={"Harwell", "Harwell Karstology"},
    ),
    case(
        "a_cup_and_its_final_stay_two_entities",
        [
            "The Korvala Cup Finals start in Madrid. The Korvala Cup is older than any other trophy.",
            "The Korvala Cup Final will be played on Sunday, and the Korvala Cup will change its format.",
        ],
        present={"Korvala Cup", "Korvala Cup Finals"},
    ),
]


@pytest.mark.parametrize("example", QUALIFIED_FORMS)
def test_an_organisation_with_or_without_its_qualifier_is_one_tag(config: SiteConfig, example: TagCase) -> None:
    """A place, a unit or the word for its kind added or left out: the same organisation."""
    check(config, example)
