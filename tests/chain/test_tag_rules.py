"""What a tag may be: no fragments, no role words, one canonical form per entity (issue 11). Texts are invented."""

from __future__ import annotations

from collections.abc import Sequence

from digest.chain.tags import extract_tags
from digest.config import SiteConfig
from digest.text.sentences import split_paragraphs


def _tags(
    config: SiteConfig, paragraphs: Sequence[str], title: str = "A story", stated: Sequence[str] = ()
) -> set[str]:
    return set(extract_tags(title, split_paragraphs(list(paragraphs)), config.entities, stated=stated, limit=30))


def test_contractions_compound_adjectives_and_function_words_in_capitals_are_no_names(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "I’m sure, said the Oscar-winning actress Mara Lindqvist, that the South Dakota-sized campaign works.",
            "We’ve seen Pokemon Sword OR Shield sell out, and Don’t Stop was played twice in Harbourton.",
        ],
    )
    assert {"Mara Lindqvist", "South Dakota", "Harbourton"} <= tags
    assert not {"I’m", "We’ve", "Don’t", "Oscar-winning", "South Dakota-sized", "Pokemon Sword OR Shield"} & tags


def test_role_words_and_context_are_cut_from_names(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Cleveland DL Tomas Okafor said the play was clean, and U.S. Attorney Petra Kowalski agreed.",
            "The former envoy to Ukraine Kurt Vollmer testified, and Okafor and Vollmer both spoke again.",
            "Singer-guitarists Tom Ashby and Ria Mendez will tour. Prince Andrew was not invited.",
            "Lt. Col. Alexander Varga listened, and Varga later left the room.",
        ],
    )
    assert {"Tomas Okafor", "Petra Kowalski", "Kurt Vollmer", "Tom Ashby", "Prince Andrew", "Alexander Varga"} <= tags
    assert not {t for t in tags if t.startswith(("Cleveland DL", "U.S. Attorney", "Ukraine Kurt", "Singer", "Lt"))}
    assert "Andrew" not in tags


def test_jobs_party_codes_and_link_identifiers_are_no_tags(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The Deputy Director met Rep. Ana Solis (D-Minn.) at the harbour in Port Ellery.",
            "The clip was posted at pic.example.com/MYwRz9euaq and shared by Ana Solis.",
        ],
    )
    assert {"Ana Solis", "Port Ellery"} <= tags
    assert not {"Deputy Director", "D-Minn", "MYwRz9euaq"} & tags


def test_one_entity_one_tag_in_its_full_form(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Boeing Co won an order, and Harbour Holdings Group bought a stake in Boeing.",
            "Harbour Holdings said the Davis Cup Final would move, and the Davis Cup Finals were sold out.",
            "Rudolph Garza spoke; Rudy Garza had spoken earlier, and Edmunds.com agreed with Edmunds.",
            "Joe Tarrant and his son Hunter Tarrant arrived. Tarrant said Tarrant would stay, Tarrant added.",
            "Joe Tarrant left.",
            "Samuel Okafor Jr. pleaded guilty on Monday. Sam Okafor will be sentenced in May, Okafor's lawyer said.",
        ],
    )
    assert "Boeing" in tags
    assert "Boeing Co" not in tags
    assert len(tags & {"Harbour Holdings", "Harbour Holdings Group"}) == 1
    assert len(tags & {"Davis Cup Final", "Davis Cup Finals"}) == 1
    assert len(tags & {"Rudolph Garza", "Rudy Garza"}) == 1
    assert len(tags & {"Edmunds", "Edmunds.com"}) == 1
    assert "Tarrant" not in tags
    assert len(tags & {"Samuel Okafor Jr.", "Sam Okafor"}) == 1  # a nickname of a name with a generation


def test_names_span_and_spelled_out_acronyms_and_people_s(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Officers of U.S. Customs and Border Protection (CBP) met Procter & Gamble staff.",
            "CBP said the People's Liberation Army had not been told.",
            "Shoppers queued for Black Friday; Black Friday sales rose, stores in Harbourton said.",
        ],
    )
    assert {"U.S. Customs and Border Protection", "Procter & Gamble", "People's Liberation Army"} <= tags
    assert "Black Friday" in tags
    assert not {"Customs", "Border Protection", "People", "Liberation Army", "Black"} & tags


def test_title_case_lines_and_common_words_are_trusted_only_with_prose(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Less Money For Teachers In Harbourton",
            "Put Your Questions To The Board",
            "Teachers in Harbourton marched on Tuesday. Doctors and doctors' unions joined the teachers.",
        ],
    )
    assert "Harbourton" in tags
    assert not {"Less Money", "Put", "Questions", "Board", "Doctors", "Teachers"} & tags


def test_a_demonym_alone_makes_no_tag_and_stays_in_a_name(config: SiteConfig) -> None:
    tags = _tags(
        config, ["Swiss voters backed the plan.", "The American Music Awards moved the ceremony to Nashville."]
    )
    assert "Switzerland" not in tags
    assert "American Music Awards" in tags
    assert "Music Awards" not in tags


def test_a_stated_category_only_lifts_what_the_text_names(config: SiteConfig) -> None:
    paragraphs = ["Port Ellery council met on Tuesday.", "The Harbour Board said the vote was close."]
    found = extract_tags("Vote", split_paragraphs(paragraphs), config.entities, stated=["Harbour Board;Sport:Tennis"])
    assert set(found) == {"Harbour Board", "Port Ellery"}
    unlifted = extract_tags("Vote", split_paragraphs(paragraphs), config.entities, stated=["Tennis"])
    assert unlifted == found[::-1]  # without the categories the lead's name comes first


def test_a_short_form_goes_with_its_person_unless_it_is_a_place_or_shared(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The hit was late, said Sheldon Richardson. Richardson wants a suspension.",
            "Singer Marisol Okonkwo Veta spoke. Fans wrote letters to Marisol, and Marisol Okonkwo Veta replied.",
            "The brothers, Anas Qadiri and Tariq Qadiri, were freed; Qadiri supporters cheered.",
            "The probe Halvora Clipper flies to Halvora. Halvora has an ocean; Halvora is icy.",
            "The nurses in Eastport, members of the Eastport Nurses Association, met in Eastport.",
            "The court heard Patrick Velmorin Jr. plead guilty; Velmorin will be sentenced in May.",
        ],
    )
    assert {"Sheldon Richardson", "Marisol Okonkwo Veta", "Anas Qadiri", "Tariq Qadiri", "Patrick Velmorin Jr."} <= tags
    assert {"Halvora", "Halvora Clipper", "Eastport", "Eastport Nurses Association"} <= tags
    assert not {"Richardson", "Marisol", "Qadiri", "Velmorin"} & tags


def test_and_joins_a_name_whose_last_word_names_an_organisation(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The filing reached the Securities and Exchange Commission on Monday, said Mira Oduya.",
            "The U.S. Patent and Trademark Office agreed, and Mira Oduya and Tariq Velmont University were named.",
        ],
    )
    assert {"Securities and Exchange Commission", "U.S. Patent and Trademark Office", "Mira Oduya"} <= tags
    assert not {"Securities", "Exchange Commission", "Trademark Office"} & tags
    assert "Mira Oduya and Tariq Velmont University" not in tags


def test_the_end_of_a_numbered_name_is_no_tag(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Orders for the Brantley 737 Max resumed, and the 80 Day Obsession plan sold out, said Ines Varga.",
            "The 2024 Olympics in Paris were a success, Ines Varga said, and the 737 Max flew again.",
        ],
    )
    assert {"Ines Varga", "Olympics", "Paris"} <= tags
    assert not {"Max", "Day Obsession"} & tags


def test_an_initial_alone_and_two_names_hyphenated_are_no_tags(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Yersinia pestis spread in Qinghai, and Y. pestis was found again, by Lena Marsh of the Harbourton Hawks.",
            "After the Hawks-Gulls game, Lena Marsh praised the Gulls and the Hawks at the Canada-Mexico meeting.",
        ],
    )
    assert {"Lena Marsh", "Qinghai", "Gulls"} <= tags
    assert not {"Y.", "Hawks-Gulls"} & tags


def test_an_office_named_after_its_holder_s_job_keeps_the_possessive(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The Harbour County Sheriff's Department and the U.S. Attorney's Office made the arrest, Nia Brook said.",
            "Later Nia Brook's Office Hours podcast discussed it; the Sheriff's car was parked outside.",
        ],
    )
    assert {"Harbour County Sheriff's Department", "U.S. Attorney's Office", "Nia Brook"} <= tags
    assert not {t for t in tags if t.startswith("Nia Brook's")}


def test_a_maker_named_alone_and_in_a_model_s_name_is_tagged_as_the_maker(config: SiteConfig) -> None:
    tags = _tags(config, ["Velair ordered ten Corvane V350-900 jets, and Corvane said more would follow, said Ada."])
    assert "Corvane" in tags
    assert "Corvane V350-900" not in tags


def test_and_joins_words_the_article_writes_only_in_that_phrase(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Seizures reported by Tolls and Harbour Inspection rose, said Mara Lindqvist of Eastport.",
            "The data from Tolls and Harbour Inspection are weighed in pounds.",
            "Readers of Walikon and Gossipia saw the claim; Walikon and Gossipia did not answer.",
        ],
    )
    assert "Tolls and Harbour Inspection" in tags
    assert not {"Tolls", "Harbour Inspection"} & tags
    assert {"Walikon", "Gossipia"} <= tags  # one word after "and": two names side by side


def test_the_article_s_own_credits_and_authors_are_no_tags(config: SiteConfig) -> None:
    paragraphs = [
        "Harbour Holdings is being investigated by Attorney General Petra Kowalski, said Mara Lindqvist.",
        "(Reporting by Tomas Okafor and Ria Mendez; Editing by Jon Ashby)",
        "Associated Press writer Sam Eberly contributed to this report.",
    ]
    found = set(extract_tags("A story", split_paragraphs(paragraphs), config.entities, ["Mara Lindqvist"], 30))
    assert {"Harbour Holdings", "Petra Kowalski"} <= found
    assert not {"Tomas Okafor", "Ria Mendez", "Jon Ashby", "Sam Eberly", "Mara Lindqvist"} & found


def test_a_job_title_and_the_unit_it_heads_are_no_tags(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The new ward opened in Harbourton, says Lena Marsk, Head of Patient Systems for Velorant.",
            "“It works”, adds Piet Oranje, General Manager of Cold Chain Europe at Velorant.",
            "Lena Marsk and Piet Oranje spoke again, and Velorant thanked the Harbourton staff.",
        ],
    )
    assert {"Lena Marsk", "Piet Oranje", "Velorant", "Harbourton"} <= tags
    assert not {"Head", "Patient Systems", "Cold Chain Europe", "General Manager"} & tags


def test_a_word_in_capitals_the_article_also_writes_in_lower_case_is_no_tag(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Rangers said a HIKER who ate wild berries near Harbourton fell ill, as did NASA and the FDA.",
            "The hiker recovered, and the fda of the story, the NASA team, met the FDA.",
        ],
    )
    assert {"Harbourton", "NASA", "Food and Drug Administration"} <= tags  # a short acronym stays
    assert not {"HIKER", "Hiker", "hiker"} & tags


def test_the_start_of_a_longer_name_written_far_more_often_is_the_tag(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The Meridian Shield finals open in Corvallo on Friday, and the final of the Meridian Shield Finals "
            "is on Sunday.",
            "The Meridian Shield was first played in 1921. Teams from Ostria have won the Meridian Shield twice.",
            "Organisers say the Meridian Shield is growing.",
            "Talia Norvik joined Brandolf Heavy Industries in May. Brandolf hired her to run Brandolf's plants.",
            "Brandolf makes cranes, and Brandolf sells them abroad.",
            "Pieter Vasquelo met Pieter at the gate; Pieter said Pieter would stay.",
            "Fans stream Lumio and Lumio Music Plus; Lumio Music Plus and Lumio sell music, and Lumio grows.",
        ],
    )
    assert {"Meridian Shield", "Brandolf Heavy Industries", "Pieter Vasquelo", "Lumio"} <= tags
    assert not {"Meridian Shield Finals", "Brandolf", "Pieter", "Lumio Music Plus"} & tags


def test_the_first_word_of_a_quoted_clause_is_no_name(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Nurses in Valdremo chanted “Keep wards open” and “Stop cuts now,” said Ilse Martova.",
            "Martova also praised the series “Harbour Lights” and the NGO “BRAVA” for their support.",
            "Her book sells for $12 (Formerly $20) at Quillon.",
        ],
    )
    assert {"Valdremo", "Ilse Martova", "Harbour Lights", "BRAVA", "Quillon"} <= tags
    assert not {"Keep", "Stop", "Formerly"} & tags


def test_a_name_only_written_in_the_possessive_with_no_noun_after_keeps_it(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Ruth Amsel of Marlowe Bay shops at Dellacourt’s and Fennimore’s, she said.",
            "Amsel’s plan worked. She sold the ‘Zephyr9’, a bike made by Korvath.",
        ],
    )
    assert {"Dellacourt's", "Fennimore's", "Ruth Amsel", "Zephyr9", "Korvath"} <= tags
    assert not {"Dellacourt", "Fennimore", "Amsel's", "Zephyr9's"} & tags


def test_people_named_after_a_name_are_no_tag(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Mira Voss played in Vorkuta on Friday, and Vorkutaites queued all night.",
            "Her fans, the Vossies, filled the Ostrander Arena; Voss thanked them.",
        ],
    )
    assert {"Mira Voss", "Vorkuta", "Ostrander Arena"} <= tags
    assert not {"Vorkutaites", "Vossies"} & tags


def test_a_prize_category_is_no_part_of_the_prize_and_no_tag(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "In 2011 Oskar Lind won the Brindle Film Academy Award for Best Director in a Feature Film in Tallmark.",
            "Lind also won the Halvorsen Prize for Fiction.",
        ],
    )
    assert {"Oskar Lind", "Brindle Film Academy Award", "Halvorsen Prize", "Tallmark"} <= tags
    assert not {"Brindle Film Academy Award for Best Director", "Best Director", "Feature Film", "Fiction"} & tags


def test_when_the_prose_names_nothing_the_titles_names_are_the_tags(config: SiteConfig) -> None:
    teaser = ["Watching used to be simple. Now we pay every month, and there is no end to it."]
    title = "Brindle Stream, Korvo Cast: So Many Ways to Watch and Pay"
    assert _tags(config, teaser, title=title) == {"Brindle Stream", "Korvo Cast"}
    named = ["Watching used to be simple, said Ada Renwick. Now we pay every month."]
    assert _tags(config, named, title=title) == {"Ada Renwick"}


def test_a_brand_with_a_small_first_letter_is_a_name_and_its_plural_is_not(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Buyers in Tessaly queued for the qoTab on Friday, and Korvex zCast sold out.",
            "Resellers listed spare qoTabs within the hour.",
        ],
    )
    assert {"Tessaly", "qoTab", "Korvex zCast"} <= tags
    assert not {"qoTabs", "Korvex"} & tags


def test_a_street_corner_is_no_tag(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Police in Harrowgate stopped a van near Tenth Street and Larch Avenue on Friday, said Noor Baskin.",
            "The Harrowgate Road Trust, which runs Vale Street Market, was not involved.",
            "A second van was stopped near 9th Street and Osler Road, Baskin said.",
        ],
    )
    assert {"Harrowgate", "Noor Baskin", "Vale Street Market"} <= tags
    assert not {"Tenth Street", "Larch Avenue", "Osler Road"} & tags


def test_a_name_only_ever_followed_by_a_model_number_is_no_tag(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "Korvex cut the price of the Stellar Series 4 and the Stellar Series 6 in Tessaly on Friday.",
            "Half the Globe 500 companies buy from Korvex, which opened in 2019 after Stellar launched.",
        ],
    )
    assert {"Korvex", "Tessaly", "Stellar"} <= tags
    assert not {"Stellar Series", "Globe"} & tags


def test_a_known_place_opening_a_sentence_keeps_its_first_word(config: SiteConfig) -> None:
    tags = _tags(config, ["New Orleans, LA – Officials of Harlow Freight met on Monday, said Ravi Anand."])
    assert {"New Orleans", "Harlow Freight", "Ravi Anand"} <= tags
    assert "Orleans" not in tags


def test_a_surname_that_is_also_a_rank_is_a_persons_name(config: SiteConfig) -> None:
    tags = _tags(
        config,
        [
            "The aid workers Tomas Bishop and Lena Ortmann were freed in Qarvat on Friday.",
            "Bishop and Ortmann were met by the Deputy Director of Halvorsen Relief.",
        ],
    )
    assert {"Tomas Bishop", "Lena Ortmann", "Qarvat", "Halvorsen Relief"} <= tags
    assert "Deputy Director" not in tags


def test_a_plus_sign_ending_a_name_is_part_of_it(config: SiteConfig) -> None:
    tags = _tags(
        config,
        ["The firm Korvex launched Korvex+ in Tessaly; Korvex+ costs less than Lumio TV+, said Ada Renwick."],
    )
    assert {"Korvex", "Korvex+", "Lumio TV+", "Tessaly", "Ada Renwick"} <= tags


def test_a_possessive_inside_a_quoted_title_is_part_of_it(config: SiteConfig) -> None:
    tags = _tags(config, ["The former “Harlow’s Inlet” star Ada Renwick met Korvex’s team in Tessaly."])
    assert {"Harlow's Inlet", "Ada Renwick", "Korvex", "Tessaly"} <= tags
    assert not {"Harlow", "Inlet", "Korvex's Tessaly"} & tags
