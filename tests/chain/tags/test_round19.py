"""Tag rules of issue 11's nineteenth round, found on the tune halves of the tagged blind page batteries (a
company's short names, its name as written with its legal form) and reproduced on invented text."""

from __future__ import annotations

from digest.chain.datelines import dateline_places
from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.plaintext import read_text
from tests.chain.tags.tagcase import ranked_tags
from tests.conftest import ADDED


def test_a_companys_first_word_in_the_possessive_after_in_is_the_company(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Tornvik Semiconductor Co. said Friday it will build a memory plant near Ulsan.",
            "The investment is the largest in Tornvik's history. Tornvik said it would hire 3,000 engineers.",
            "Shares of Tornvik rose 4.8 percent as Tornvik raised its forecast.",
        ],
    )
    assert "Tornvik Semiconductor Co." in tags
    assert "Tornvik" not in tags


def test_a_town_named_in_the_possessive_stays_the_town_beside_a_body_named_after_it(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "The Brackwater Nurses Association met on Monday.",
            "Nurses in Brackwater's hospital say wards are short of staff, and in Brackwater rents keep rising.",
        ],
    )
    assert {"Brackwater", "Brackwater Nurses Association"} <= set(tags)


def test_a_companys_short_name_ending_in_a_place_word_is_the_company(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Fenmoor Bancorp Inc. agreed to buy Ashgrove Valley Financial Corp. for $9 billion.",
            "Ashgrove Valley shareholders will receive 1.2 Fenmoor shares, valuing Ashgrove at $48 a share.",
            "Ashgrove Valley chief executive Mara Quell will stay. Seven directors will come from Ashgrove.",
            "Shares of Ashgrove Valley rose 19%. Fenmoor fell 5%, and Ashgrove Valley's ratings were raised.",
        ],
    )
    assert {"Fenmoor Bancorp Inc.", "Ashgrove Valley Financial Corp."} <= set(tags)
    assert not {"Ashgrove", "Ashgrove Valley", "Fenmoor", "Ashgrove Valley Financial"} & set(tags)


def test_a_valley_named_as_a_place_is_no_companys_short_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Ashgrove Valley Orchards Ltd. will close its packing shed.",
            "Growers in Ashgrove Valley said the shed was the last in Ashgrove Valley, and farms in Ashgrove Valley"
            " will truck their fruit to Wexley.",
        ],
    )
    assert {"Ashgrove Valley", "Ashgrove Valley Orchards Ltd."} <= set(tags)


def test_an_acronym_of_a_name_after_a_states_acronym_is_that_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "NSW State Emergency Service spokesperson Ann Roe said crews had answered 2,100 calls.",
            "The SES expects to keep responding to calls into Sunday, and SES volunteers cleared roads in Kelmouth.",
        ],
    )
    assert "NSW State Emergency Service" in tags
    assert "SES" not in tags


def test_a_short_form_made_of_the_starts_of_a_names_words_after_or_is_that_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Its state-owned Compañía Minera del Valle, or Comival, has struggled to lift output.",
            "Comival said on Monday that Comival would cut its forecast again.",
        ],
    )
    assert "Compañía Minera del Valle" in tags
    assert "Comival" not in tags


def test_a_name_as_something_is_formally_known_is_that_something(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Her death was confirmed by KTH Rosvik, where she taught for three decades.",
            "She joined the Royal Rosvik Institute of Technology, as KTH Rosvik is formally known, in 1979.",
        ],
    )
    assert len({"KTH Rosvik", "Royal Rosvik Institute of Technology"} & set(tags)) == 1


def test_a_clubs_name_without_its_place_and_form_is_the_club(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Kelmouth Sea Hawks FC striker Ann Roe is set to join Bundesliga club FC Weserstadt.",
            "The deal includes a sell-on clause for the Sea Hawks. Sea Hawks coach Bo Lind said the club was ready.",
        ],
    )
    assert "Kelmouth Sea Hawks FC" in tags
    assert "Sea Hawks" not in tags


def test_a_bodys_first_and_last_words_are_its_short_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Owners of Housing Board flats older than 40 years will get grants.",
            "The Housing and Estates Board (HEB) fixes common problems in flats around 30 years old.",
        ],
    )
    assert "Housing and Estates Board" in tags
    assert "Housing Board" not in tags


def test_the_place_a_story_was_filed_from_is_a_tag(config: SiteConfig) -> None:
    paragraphs = [
        "Freight train derails near river town",
        "HAZELBURY, Ky. (AP) — A freight train derailed on Tuesday, spilling diesel into a creek, officials said.",
        "Crews from the Kentucky Energy Cabinet worked through the night to contain the spill.",
        "No one was hurt, according to Ann Roe, a spokesperson for the railroad.",
    ]
    (doc,) = read_text("story.txt", "\n\n".join(paragraphs).encode())
    article = convert_document(doc, config, ADDED).article
    assert "Hazelbury" in article.tags
    assert not any("HAZELBURY" in tag or tag == "AP" for tag in article.tags)
    assert article.summary.startswith("A freight train derailed")


def test_a_dateline_names_its_place_in_title_case_and_a_date_or_a_service_no_place() -> None:
    assert dateline_places("ORANGE PARK, Fla. — Deputies arrested two men.") == ("Orange Park",)
    assert dateline_places("THE HAGUE, Dec 6 (Reuters) - The Dutch government said.") == ("The Hague",)
    assert dateline_places("(Reuters) - Oil rose.") == ()
    assert dateline_places("Nov. 19, 2019 — The board met.") == ()
    assert dateline_places("The board met on Monday.") == ()


def test_a_nations_guard_is_a_body_not_a_job(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Ferries were halted after the Philippine Coast Guard found corrosion on four hulls.",
            "The Philippine Coast Guard said checks would continue. Security Guard Bo Lind watched the pier.",
        ],
    )
    assert {"Philippine Coast Guard", "Bo Lind"} <= set(tags)
    assert "Security Guard" not in tags


def test_an_amount_in_shillings_or_rupees_is_no_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        ["Growers at the Nairobi Coffee Exchange were paid Sh38 a kilo, and Rs500 was the price in Kochi."],
    )
    assert "Nairobi Coffee Exchange" in tags
    assert not {"Sh38", "Rs500"} & set(tags)


def test_a_given_name_that_is_also_a_title_before_a_surname_alone_is_the_given_name(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Senior forecaster Dean Halloran said the cyclone was moving south-west. Halloran said to prepare.",
            "President Lind and Pope Leo met Judge Smith.",
        ],
    )
    assert "Dean Halloran" in tags
    assert "Halloran" not in tags
    assert not {"President Lind", "Judge Smith"} & set(tags)


def test_a_title_written_in_lower_case_elsewhere_stays_a_title(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["The dean of the law school said the exam was hard, and Dean Quell agreed."])
    assert "Dean Quell" not in tags


def test_a_name_with_bin_after_a_ministrys_portfolio_starts_at_the_word_before_bin(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Talks will resume on Sunday, the Minister of Foreign Affairs Tariq bin Nasser Al-Harbi told reporters.",
            "Al-Harbi met envoys in Doha.",
        ],
    )
    assert "Tariq bin Nasser Al-Harbi" in tags
    assert not any(tag.startswith("Foreign Affairs") for tag in tags)
