"""What is no tag: a job or a role, a common word written in capitals, a fragment of a name or of a quotation,
a people or a language, a degree, the article's own credits. Texts are invented."""

from __future__ import annotations

import pytest

from digest.chain.junk import is_junk
from digest.config import SiteConfig
from tests.chain.tags.tagcase import TagCase, case, check

JOBS_AND_ROLES = [
    case(
        "role_words_and_context_are_cut_from_names",
        [
            "Cleveland DL Tomas Okafor said the play was clean, and U.S. Attorney Petra Kowalski agreed.",
            "The former envoy to Ukraine Kurt Vollmer testified, and Okafor and Vollmer both spoke again.",
            "Singer-guitarists Tom Ashby and Ria Mendez will tour. Prince Andrew was not invited.",
            "Lt. Col. Alexander Varga listened, and Varga later left the room.",
        ],
        present={"Tomas Okafor", "Petra Kowalski", "Kurt Vollmer", "Tom Ashby", "Prince Andrew", "Alexander Varga"},
        absent={"Andrew"},
        absent_prefixes=["Cleveland DL", "U.S. Attorney", "Ukraine Kurt", "Singer", "Lt"],
    ),
    case(
        "ranks_written_without_their_dots_are_cut_and_names_like_them_are_not",
        [
            "Lt Col Alexander Varga listened, Maj Gen Ruth Okoye nodded, and Det Insp Tom Reid took notes.",
            "Cllr Ann Hale of Eastholm thanked the economist Amartya Sen, whose talk drew Gen Z voters.",
        ],
        present={"Alexander Varga", "Ruth Okoye", "Tom Reid", "Ann Hale", "Amartya Sen"},
        absent_prefixes=["Lt", "Col", "Maj", "Det", "Insp", "Cllr"],
    ),
    case(
        "a_currency_is_no_tag",
        ["The Taka fell against the Dollar as the Naira rose, Tom Vale said in Eastholm; Rupees were scarce."],
        present={"Tom Vale", "Eastholm"},
        absent={"Taka", "Dollar", "Naira", "Rupees"},
    ),
    case(
        "honorifics_and_titles_of_many_countries_are_cut_from_the_name",
        [
            "Field Marshal Idris Kaleem met Shri Anand Varma in Eastholm. Varma and Kaleem spoke.",
            "Skipper Ruth Okoye and Headteacher Mara Quist agreed; the Rt Rev Tom Reid said so too.",
        ],
        present={"Idris Kaleem", "Anand Varma", "Ruth Okoye", "Mara Quist", "Tom Reid", "Eastholm"},
        absent_prefixes=["Field", "Marshal", "Shri", "Skipper", "Headteacher", "Rt"],
    ),
    case(
        "an_office_written_with_a_hyphen_is_cut_and_its_organisation_kept",
        [
            "On Monday, UN Secretary-General Ana Ruiz spoke in Geneva, and Surgeon General Joan Pike agreed.",
            "Ruiz and Pike met again in Geneva.",
        ],
        present={"Ana Ruiz", "Joan Pike", "United Nations", "Geneva"},
        absent_prefixes=["UN Secretary", "Secretary", "Surgeon"],
    ),
    case(
        "a_stock_ticker_and_its_exchange_in_parentheses_are_no_tags",
        [
            "Shares of Marlowe's (NYSE: MRLW) and Harbour Energy (Nasdaq: HBEN) rose in Eastholm on Tuesday.",
            "Marlowe's said sales were strong; the New York Stock Exchange (NYSE) closed early.",
        ],
        present={"Marlowe's", "Harbour Energy", "Eastholm", "New York Stock Exchange"},
        absent={"NYSE", "Nasdaq", "MRLW", "HBEN", "Marlowe"},
    ),
    case(
        "a_name_in_another_script_than_the_latin_is_no_tag_in_an_english_article",
        ["Protesters in Yerevan chanted Սերժ Սարգսյան while Serzh Sargsyan met Zoë Ødegaard and Łukasz Żak."],
        present={"Yerevan", "Serzh Sargsyan", "Zoë Ødegaard", "Łukasz Żak"},
        absent={"Սերժ Սարգսյան"},
    ),
    case(
        "an_occupation_opening_a_sentence_or_a_salutation_is_no_part_of_the_name",
        [
            "Blogger Baki says the vote was empty. Photojournalist Alain Wandiwoji took photos in Goma.",
            "Dear Mr. Brennan, we wrote to John Brennan about it.",
        ],
        present={"Baki", "Alain Wandiwoji", "John Brennan", "Goma"},
        absent_prefixes=["Blogger", "Photojournalist", "Dear"],
    ),
    case(
        "names_found_only_in_a_sentence_in_another_language_are_not_trusted",
        [
            "The senators of Eastholm voted on the new labour law on Monday, said Tom Vale.",
            "Un diputado dijo: «La Sanidad y la Educación no son negocios, y el Senado lo sabe».",
            "Vale said the vote in Eastholm was close.",
        ],
        present={"Tom Vale", "Eastholm"},
        absent={"Sanidad", "Educación", "Senado", "La Sanidad", "Sanidad y la Educación"},
    ),
    case(
        "names_found_only_in_a_quoted_tweet_are_not_trusted",
        [
            "Fans in Eastholm answered the singer Tom Vale on Twitter.",
            "@harbourfan: Odd choice of town? Cheers Bieber, our harbour fair is larger than any Jazz Fest anyway.",
            "Vale played in Eastholm the next night.",
        ],
        present={"Tom Vale", "Eastholm"},
        absent={"Cheers Bieber", "Jazz Fest", "Odd"},
    ),
    case(
        "names_found_only_in_a_caption_with_its_photo_credit_are_not_trusted",
        [
            "Dock workers in Eastholm stayed away from the cranes, said Tom Vale of the Harbour Union.",
            "The Quiet Quay. Photo by Ann Hale on Flickr (CC BY 2.0).",
            "Vale said the Harbour Union would meet on Thursday in Eastholm.",
        ],
        present={"Tom Vale", "Eastholm", "Harbour Union"},
        absent={"Quiet Quay", "Ann Hale", "Flickr"},
    ),
    case(
        "a_call_to_the_reader_and_a_common_noun_acronym_are_no_part_of_a_tag",
        [
            "Follow Ann Hale on Twitter for updates. Visit Harbour Gazette for more.",
            "Tom Vale, 42, of Eastholm, was charged with DUI after a crash involving a UAV.",
        ],
        present={"Ann Hale", "Tom Vale", "Eastholm"},
        absent={"Follow Ann Hale", "DUI", "UAV"},
        absent_prefixes=["Follow", "Visit"],
    ),
    case(
        "jobs_party_codes_and_link_identifiers_are_no_tags",
        [
            "The Deputy Director met Rep. Ana Solis (D-Minn.) at the harbour in Port Ellery.",
            "The clip was posted at pic.example.com/MYwRz9euaq and shared by Ana Solis.",
        ],
        present={"Ana Solis", "Port Ellery"},
        absent={"Deputy Director", "D-Minn", "MYwRz9euaq"},
    ),
    case(
        "a_job_title_and_the_unit_it_heads_are_no_tags",
        [
            "The new ward opened in Harbourton, says Lena Marsk, Head of Patient Systems for Velorant.",
            "“It works”, adds Piet Oranje, General Manager of Cold Chain Europe at Velorant.",
            "Lena Marsk and Piet Oranje spoke again, and Velorant thanked the Harbourton staff.",
        ],
        present={"Lena Marsk", "Piet Oranje", "Velorant", "Harbourton"},
        absent={"Head", "Patient Systems", "Cold Chain Europe", "General Manager"},
    ),
    case(
        "a_configured_role_alone_is_a_job_not_a_tag",
        [
            "The Attorney General of Orlandia, Petra Hask, met the Secretary of State in Tollby.",
            "Hask said the Attorney General would answer. The Secretary of State did not.",
        ],
        present={"Petra Hask", "Tollby"},
        absent={"Attorney General", "Secretary of State"},
    ),
    case(
        "a_job_alone_is_no_tag_even_when_its_word_also_ends_an_organisation",
        [
            "The Foreign Secretary met Tomas Reyna, a Member of Parliament (MP) for Eastholm, in Eastholm.",
            "Reyna, an MP since 2015, said the Foreign Secretary had listened.",
        ],
        present={"Tomas Reyna", "Eastholm"},
        absent={"Foreign Secretary", "Member of Parliament"},
    ),
    case(
        "a_party_label_before_a_name_is_no_part_of_it",
        [
            "The pardon went to Democrat Ottilie Varnsworth, a former mayor, after Republican Rhode Island voters "
            "objected.",
            "Varnsworth thanked the Department of Public Safety and the House of Representatives.",
        ],
        present={"Ottilie Varnsworth", "Rhode Island", "Department of Public Safety", "House of Representatives"},
        absent={"Democrat Ottilie Varnsworth", "Republican Rhode Island", "Public Safety", "Representatives"},
    ),
    case(
        "a_scientists_job_before_a_name_is_no_part_of_it",
        [
            "The samples came from Osterby. Seismologist Halvard Brekke led the team, and Brekke wrote the report.",
            "Volcanologists Ines Tamura and Odd Lien agreed with Brekke.",
        ],
        present={"Halvard Brekke", "Ines Tamura", "Odd Lien"},
        absent={"Seismologist Halvard Brekke", "Volcanologists Ines Tamura"},
    ),
    case(
        "a_style_of_address_is_no_name",
        [
            "The minister of Arvania advised Her Majesty to close the assembly, and His Eminence Cardinal Tomas Vell "
            "objected.",
            "Her decision came late. Vell spoke in Arvania again.",
        ],
        present={"Arvania", "Tomas Vell"},
        absent={"Majesty", "Eminence", "Her Majesty", "Eminence Cardinal Tomas Vell", "Cardinal Tomas Vell"},
    ),
    case(
        "a_surname_that_is_also_a_rank_is_a_persons_name",
        [
            "The aid workers Tomas Bishop and Lena Ortmann were freed in Qarvat on Friday.",
            "Bishop and Ortmann were met by the Deputy Director of Halvorsen Relief.",
        ],
        present={"Tomas Bishop", "Lena Ortmann", "Qarvat", "Halvorsen Relief"},
        absent={"Deputy Director"},
    ),
]


@pytest.mark.parametrize("example", JOBS_AND_ROLES)
def test_a_job_or_a_role_is_no_tag_and_no_part_of_a_name(config: SiteConfig, example: TagCase) -> None:
    """A job, a rank, a party label or a style of address, alone or before a name."""
    check(config, example)


COMMON_WORDS = [
    case(
        "contractions_compound_adjectives_and_function_words_in_capitals_are_no_names",
        [
            "I’m sure, said the Oscar-winning actress Mara Lindqvist, that the South Dakota-sized campaign works.",
            "We’ve seen Pokemon Sword OR Shield sell out, and Don’t Stop was played twice in Harbourton.",
        ],
        present={"Mara Lindqvist", "South Dakota", "Harbourton"},
        absent={"I’m", "We’ve", "Don’t", "Oscar-winning", "South Dakota-sized", "Pokemon Sword OR Shield"},
    ),
    case(
        "title_case_lines_and_common_words_are_trusted_only_with_prose",
        [
            "Less Money For Teachers In Harbourton",
            "Put Your Questions To The Board",
            "Teachers in Harbourton marched on Tuesday. Doctors and doctors' unions joined the teachers.",
        ],
        present={"Harbourton"},
        absent={"Less Money", "Put", "Questions", "Board", "Doctors", "Teachers"},
    ),
    case(
        "a_word_in_capitals_the_article_also_writes_in_lower_case_is_no_tag",
        [
            "Rangers said a HIKER who ate wild berries near Harbourton fell ill, as did NASA and the FDA.",
            "The hiker recovered, and the fda of the story, the NASA team, met the FDA.",
        ],
        present={"Harbourton", "NASA", "Food and Drug Administration"},  # a short acronym stays
        absent={"HIKER", "Hiker", "hiker"},
    ),
    case(
        "a_town_s_name_the_article_also_writes_in_lower_case_is_a_word_there",
        [
            'Devi Raman said: "Corona is not a virus." She said corona would pass, and she left Kolkata.',
            "Raman returned to Kolkata, where Corona was the word on every lip.",
        ],
        present={"Devi Raman", "Kolkata"},
        absent={"Corona"},
    ),
    case(
        "a_plural_in_ies_is_a_common_word_when_the_article_writes_its_singular",
        [
            "Mayor Lena Brandt acted under the National Emergencies Act, declaring a national emergency in Velden.",
            "Brandt said Velden would recover.",
        ],
        present={"Lena Brandt", "Velden", "National Emergencies Act"},
        absent={"Emergencies Act"},
    ),
    case(
        "a_capitalised_adjective_between_lower_case_words_is_emphasis_not_a_name",
        [
            "Speaker Ilse Varga called it a breach of his Constitutional duties, the Nordal Times reported.",
            "Varga spoke in Bristol, and Bristol residents listened.",
        ],
        present={"Ilse Varga", "Bristol"},
        absent={"Constitutional"},
    ),
    case(
        "a_phrase_in_title_case_with_a_capitalised_function_word_inside_is_no_name",
        [
            'Nadia Ferro praised the agent: "May he Rest In Peace." The Bay of Kotor was quiet.',
            "Ferro later visited the Bay of Kotor.",
        ],
        present={"Nadia Ferro", "Bay of Kotor"},
        absent={"Rest In Peace"},
    ),
    case(
        "a_common_word_stays_before_common_words_or_a_number_but_goes_before_a_person",
        [
            "Amara Quist served in World War Two and later wrote Bright Little Things, a book for children.",
            "The world remembers her; bright colours and little jokes filled it.",
            "Forecaster Ciara Dunmore said forecasters had warned of rain.",
        ],
        present={"World War Two", "Bright Little Things", "Ciara Dunmore"},
        absent={"War Two", "Little Things", "Forecaster Ciara Dunmore"},
    ),
]


@pytest.mark.parametrize("example", COMMON_WORDS)
def test_a_common_word_in_capitals_is_no_tag(config: SiteConfig, example: TagCase) -> None:
    """A word capitalised by position, by emphasis or by title case, not because it names something."""
    check(config, example)


FRAGMENTS = [
    case(
        "an_initial_alone_and_two_names_hyphenated_are_no_tags",
        [
            "Yersinia pestis spread in Qinghai, and Y. pestis was found again, by Lena Marsh of the Harbourton Hawks.",
            "After the Hawks-Gulls game, Lena Marsh praised the Gulls and the Hawks at the Canada-Mexico meeting.",
        ],
        present={"Lena Marsh", "Qinghai", "Gulls"},
        absent={"Y.", "Hawks-Gulls"},
    ),
    case(
        "the_first_word_of_a_quoted_clause_is_no_name",
        [
            "Nurses in Valdremo chanted “Keep wards open” and “Stop cuts now,” said Ilse Martova.",
            "Martova also praised the series “Harbour Lights” and the NGO “BRAVA” for their support.",
            "Her book sells for $12 (Formerly $20) at Quillon.",
        ],
        present={"Valdremo", "Ilse Martova", "Harbour Lights", "BRAVA", "Quillon"},
        absent={"Keep", "Stop", "Formerly"},
    ),
    case(
        "an_adverb_opening_a_quotation_is_no_name",
        [
            'Nadia Orr, a botanist in Fenwick, said, "Honestly, the moss grows faster than anyone thought."',
            'Orr added: "Fenwick, like every valley here, is wet."',
        ],
        present={"Nadia Orr", "Fenwick"},
        absent={"Honestly"},
    ),
    case(
        "the_start_of_a_longer_acronym_quoted_alone_is_no_tag",
        [
            "The agency named the disease BRAVID-21 in Geneva. BRAVID-21 spread, and BRAVID-21 is now tracked.",
            'Reportedly, "BRAVI" stands for the virus. NASA and NASAR staff met, NASA said.',
        ],
        present={"Geneva", "NASA"},
        absent={"BRAVI"},
    ),
    case(
        "a_street_corner_is_no_tag",
        [
            "Police in Harrowgate stopped a van near Tenth Street and Larch Avenue on Friday, said Noor Baskin.",
            "The Harrowgate Road Trust, which runs Vale Street Market, was not involved.",
            "A second van was stopped near 9th Street and Osler Road, Baskin said.",
        ],
        present={"Harrowgate", "Noor Baskin", "Vale Street Market"},
        absent={"Tenth Street", "Larch Avenue", "Osler Road"},
    ),
]


@pytest.mark.parametrize("example", FRAGMENTS)
def test_a_fragment_of_a_name_or_a_quotation_is_no_tag(config: SiteConfig, example: TagCase) -> None:
    """An initial, a first word of a quotation, the start of a longer acronym, a street corner."""
    check(config, example)


PEOPLES_AND_LANGUAGES = [
    case(
        "a_demonym_alone_makes_no_tag_and_stays_in_a_name",
        [
            "Swiss voters backed the plan.",
            "The American Music Awards moved the ceremony to Nashville.",
        ],
        present={"American Music Awards"},
        absent={"Switzerland", "Music Awards"},
    ),
    case(
        "demonyms_joined_are_no_entity",
        [
            "The Kenyan-American runner Wanjiru Odhiambo won in Brisbury, where the North American leg starts.",
            "The North American fans cheered Odhiambo.",
        ],
        present={"Wanjiru Odhiambo", "Brisbury"},
        absent={"Kenyan-American", "North American"},
    ),
    case(
        "people_named_after_a_name_are_no_tag",
        [
            "Mira Voss played in Vorkuta on Friday, and Vorkutaites queued all night.",
            "Her fans, the Vossies, filled the Ostrander Arena; Voss thanked them.",
        ],
        present={"Mira Voss", "Vorkuta", "Ostrander Arena"},
        absent={"Vorkutaites", "Vossies"},
    ),
    case(
        "a_language_named_alone_is_no_tag",
        [
            "Ravi Mendra, who lives in Nauru, said the English medicine failed; the notice was in Hindi.",
            "Mendra spoke Tamil and English at home in Nauru.",
        ],
        present={"Ravi Mendra", "Nauru"},
        absent={"English", "Hindi", "Tamil"},
    ),
]


@pytest.mark.parametrize("example", PEOPLES_AND_LANGUAGES)
def test_a_people_or_a_language_is_no_tag(config: SiteConfig, example: TagCase) -> None:
    """A demonym or a language alone, and people named after a place or a person."""
    check(config, example)


DEGREES_AND_CREDITS = [
    case(
        "a_degree_written_with_periods_is_no_tag",
        [
            "Lead author Imre Valko, a Ph.D. candidate who holds an M.Sc. from Corvin University, flew to the U.S.",
            "Valko said the U.S. team helped.",
        ],
        present={"Imre Valko", "Corvin University", "United States"},
        absent={"Ph.D", "Ph.D.", "M.Sc", "M.Sc."},
    ),
    case(
        "the_article_s_own_credits_and_authors_are_no_tags",
        [
            "Harbour Holdings is being investigated by Attorney General Petra Kowalski, said Mara Lindqvist.",
            "(Reporting by Tomas Okafor and Ria Mendez; Editing by Jon Ashby)",
            "Associated Press writer Sam Eberly contributed to this report.",
        ],
        present={"Harbour Holdings", "Petra Kowalski"},
        absent={"Tomas Okafor", "Ria Mendez", "Jon Ashby", "Sam Eberly", "Mara Lindqvist"},
        exclude=["Mara Lindqvist"],
    ),
]


@pytest.mark.parametrize("example", DEGREES_AND_CREDITS)
def test_a_degree_or_the_article_s_own_credits_are_no_tags(config: SiteConfig, example: TagCase) -> None:
    """What belongs to a byline or a CV, not to the story."""
    check(config, example)


@pytest.mark.parametrize(
    ("name", "junk"),
    [
        ("Minister of Foreign Affairs", True),
        ("Member of Parliament", True),
        ("Duke of Westbury", False),
        ("Sisters of Mercy", False),
    ],
)
def test_a_rank_or_kin_before_of_names_someone_or_an_order(config: SiteConfig, name: str, junk: bool) -> None:
    assert is_junk(name, config.entities, frozenset()) is junk


@pytest.mark.parametrize("word", ["DNA", "RNA", "MRI", "GPS"])
def test_common_nouns_written_in_capitals_are_no_tags(config: SiteConfig, word: str) -> None:
    assert is_junk(word, config.entities, frozenset())
