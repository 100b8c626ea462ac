"""Tag rules of issue 11's twentieth round, found on the tune half of the voices3 set (real Global Voices posts) and
the tune halves of blind batteries 12 and 13, each reproduced on invented text."""

from __future__ import annotations

from digest.chain.pipeline import convert_document
from digest.chain.quoted import curl_quotes
from digest.config import SiteConfig
from digest.readers.plaintext import read_text
from tests.chain.tags.tagcase import ranked_tags
from tests.conftest import ADDED


def test_a_title_in_straight_single_quotes_is_one_name_as_in_curly_ones(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Marta Ilves wrote the novel 'Rain on Tallinn' in 1931, and 'Rain on Tallinn' is still taught.",
            "Her essay 'History of the Baltic Fleet' was read as widely as 'Rain on Tallinn'.",
        ],
        "Estonia remembers a novelist",
    )
    assert {"Rain on Tallinn", "History of the Baltic Fleet"} <= set(tags)
    assert not {"History", "Tallinn", "Baltic Fleet"} & set(tags)


def test_straight_single_quotes_are_curled_only_in_pairs_around_words() -> None:
    assert curl_quotes("the novel 'Rain on Tallinn' in 1931") == "the novel ‘Rain on Tallinn’ in 1931"
    assert curl_quotes("'Tolstoy's Legacy' is out") == "‘Tolstoy's Legacy’ is out"
    assert curl_quotes("the players' union said 'no'.") == "the players' union said ‘no’."
    assert curl_quotes("Don't go, it's late") == "Don't go, it's late"
    assert curl_quotes("rock from the '90s") == "rock from the '90s"


def test_a_title_quoted_again_and_again_stays_a_work_beside_its_words_in_lower_case(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Marta Ilves wrote ‘Salt and Iron’ in 1931. Critics still call ‘Salt and Iron’ her best novel.",
            "Schools in Tartu teach ‘Salt and Iron’ each year. The book contrasts [salt and iron] as two ways of life.",
        ],
        "Estonia remembers a novelist",
    )
    assert "Salt and Iron" in tags


def test_a_phrase_quoted_once_and_written_in_lower_case_is_no_work(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Ministers called the plan ‘Fair Rents’ on Monday.",
            "Tenants said fair rents were overdue, and landlords said fair rents would cut supply.",
        ],
        "Housing plan unveiled",
    )
    assert "Fair Rents" not in tags


def test_a_name_and_a_year_written_together_twice_are_an_events_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Fans across Kvarnby are preparing for Fenix 2026, the city's first music festival in a decade.",
            "Organisers of Fenix 2026 said tickets sold out within hours.",
            "In 2026 the city also hosts a chess congress, and by March 2026 the old harbour will reopen.",
        ],
        "Kvarnby gets ready for its festival",
    )
    assert "Fenix 2026" in tags
    assert "Fenix" not in tags
    assert not any(t.startswith("March") for t in tags)


def test_a_body_named_for_what_it_sets_out_to_do_keeps_its_to(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The Network to Record Incidents of Racist Violence logged 63 attacks in Athens last year.",
            "The Committee to Protect Reporters in Ostrava said two editors were detained.",
            "Delegates of the Council took the Elizabeth Line to Heathrow Airport, and the Board sent aid to Tirana.",
        ],
        "Attacks on the rise in Athens",
    )
    assert {"Network to Record Incidents of Racist Violence", "Committee to Protect Reporters"} <= set(tags)
    assert not {"Record Incidents", "Protect Reporters", "Racist Violence"} & set(tags)
    assert not any(" to Heathrow" in t or " to Tirana" in t for t in tags)


def test_the_publishers_initials_in_its_own_article_are_no_tag(config: SiteConfig) -> None:
    text = "\n".join(
        [
            "Bloggers meet in Lusaka",
            "Source: Harbour Voices",
            "",
            "Bloggers from across Zambia met in Lusaka on Saturday, the Zambian Bloggers Network said.",
            "",
            "Brenda Zulu told HV that the network will train 40 new writers this year.",
        ]
    )
    (doc,) = read_text("story.txt", text.encode())
    article = convert_document(doc, config, ADDED).article
    assert article.source == "Harbour Voices"
    assert "HV" not in article.tags
    assert {"Lusaka", "Zambian Bloggers Network"} <= set(article.tags)


def test_a_word_for_what_someone_is_opening_a_sentence_before_a_full_name_is_cut(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The Lorimer school board voted 5-2 to close Greenvale Elementary on Monday.",
            "Parent Tobias Wennerstrom said the vote ignored families.",
            "Councilmember Darnell Whitacre said the city would find space for the pupils.",
            "Tanner Lee Okafor, who chairs the board, defended the decision.",
        ],
        "Board votes to close Greenvale Elementary",
    )
    assert {"Tobias Wennerstrom", "Darnell Whitacre", "Tanner Lee Okafor"} <= set(tags)
    assert not {"Parent Tobias Wennerstrom", "Councilmember Darnell Whitacre", "Lee Okafor"} & set(tags)


def test_a_place_named_with_and_is_one_place(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Keelhaven Marine Systems will open an office in St. John's, Newfoundland and Labrador, next year.",
            "The firm also builds ferries for Trinidad and Tobago and sells parts in Bosnia and Herzegovina.",
            "Ships will sail between Canada and Norway, the firm said.",
        ],
        "Dartmouth shipbuilder expands",
    )
    assert {"Newfoundland and Labrador", "Trinidad and Tobago", "Bosnia and Herzegovina"} <= set(tags)
    assert not {"Newfoundland", "Labrador", "Tobago", "Herzegovina", "Canada and Norway"} & set(tags)
    assert {"Canada", "Norway"} <= set(tags)


def test_a_currencys_letters_before_its_dollar_sign_are_no_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Tidewater Aquaculture Holdings Inc. bought Fundy Shellfish Partners Ltd. for C$18.5 million on Monday.",
            "Tidewater also paid NZ$2 million for a hatchery and US$400,000 for boats.",
        ],
        "Tidewater buys rival",
    )
    assert "Fundy Shellfish Partners Ltd." in tags
    assert not any(t.endswith((" for C", " C")) or t in {"NZ", "US", "C"} for t in tags)


def test_link_texts_glued_to_a_name_never_written_alone_are_split_where_the_glue_repeats(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "A man threatened Rep. Alessandra Moreno-VidalAlessandra Moreno-VidalTobias Quell doubles down on tariffs.",
            "The two candidates spoke in Tulsa on Friday, and Tobias Quell said SoftBank would invest.",
        ],
        "Candidates meet in Tulsa",
    )
    assert {"Alessandra Moreno-Vidal", "Tobias Quell", "SoftBank"} <= set(tags)
    assert not any("Moreno-VidalAlessandra" in t or "VidalTobias" in t for t in tags)


def test_a_business_named_after_its_owner_is_one_name_beside_the_owner(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Rosalind Pettibone ran Pettibone's Diner in Ashgrove for 41 years.",
            "Regulars at Pettibone's Diner remember her pie, and Pettibone's recipes are still used.",
        ],
        "Diner owner dies at 88",
    )
    assert {"Rosalind Pettibone", "Pettibone's Diner"} <= set(tags)
    assert "Diner" not in tags


def test_a_dateline_after_a_standfirst_is_no_name_and_gives_its_place(config: SiteConfig) -> None:
    text = "\n".join(
        [
            "Battery recycler to build plant in Truro",
            "",
            "The facility will process lithium-ion batteries and create 160 jobs, the company said.",
            "",
            "TRURO, NS, Dec. 3, 2026 /PRNewswire/ - Northlight Battery Recycling Corp. will build a plant in Truro.",
            "",
            "The Atlantic Canada Opportunities Agency will lend the company $20 million.",
        ]
    )
    (doc,) = read_text("release.txt", text.encode())
    article = convert_document(doc, config, ADDED).article
    assert "Truro" in article.tags
    assert not any("PRNewswire" in t or "TRURO" in t for t in article.tags)


def test_a_group_of_men_by_their_trade_in_the_possessive_starts_a_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The Sabah Fishermen's Association welcomed the subsidy on Monday.",
            "The Port Kelang Longshoremen's Union said its members would strike, and Carmen's husband agreed.",
        ],
        "Fishermen welcome subsidy",
    )
    assert {"Sabah Fishermen's Association", "Port Kelang Longshoremen's Union"} <= set(tags)
    assert not {"Sabah Fishermen", "Port Kelang Longshoremen"} & set(tags)


def test_a_kicker_in_capitals_before_a_dash_is_no_place_when_its_words_are_common_ones(config: SiteConfig) -> None:
    text = "\n".join(
        [
            "Did crime fall by half in Kelmouth?",
            "",
            "FACT CHECK — The mayor of Kelmouth said on Monday that crime fell by half in two years.",
            "",
            "The claim does not survive a check of the police figures: the fact is that burglaries fell by a fifth.",
            "",
            "ORRINFORD — Police in Orrinford reported a similar fall.",
        ]
    )
    (doc,) = read_text("check.txt", text.encode())
    article = convert_document(doc, config, ADDED).article
    assert "Kelmouth" in article.tags
    assert not any("Fact" in t or "Check" in t for t in article.tags)
