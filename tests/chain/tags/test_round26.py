"""Tag rules of issue 11's twenty-sixth round: one entity, one tag; a job's portfolio is no name. Found on the tune
halves (probes, blind batteries, voices4), each reproduced on invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_name_written_with_an_ampersand_and_with_and_is_one_entity(config: SiteConfig) -> None:
    paragraphs = [
        "Ann Vale runs the Esker & Tarvo Trust, the charity of Harlow.",
        "The Esker and Tarvo Trust lost money in 2024, and the Esker and Tarvo Trust board met on Monday.",
    ]
    tags = ranked_tags(config, paragraphs, "Esker & Tarvo Trust in the red")
    assert len({"Esker & Tarvo Trust", "Esker and Tarvo Trust"} & set(tags)) == 1
    assert "Esker and Tarvo Trust" in tags  # the form written most often


def test_initials_before_the_end_of_a_longer_name_are_that_name(config: SiteConfig) -> None:
    paragraphs = [
        "The Ann B. Lundqvist Center in Harlow opened a gallery on Monday, Tom Vale said.",
        "The ABL Center will also run a prize for young painters, and the Ann B. Lundqvist Center pays for it.",
    ]
    tags = ranked_tags(config, paragraphs, "New gallery opens")
    assert "Ann B. Lundqvist Center" in tags
    assert "ABL Center" not in tags


def test_a_place_by_its_last_word_that_starts_a_companys_name_is_the_company(config: SiteConfig) -> None:
    paragraphs = [
        "Tarvo Harbour Bank Holdings posted a record profit in Harlow, Ann Vale said.",
        "Analysts said Tarvo Harbour was best placed among the banks.",
    ]
    tags = ranked_tags(config, paragraphs, "Tarvo Harbour profit rises")
    assert "Tarvo Harbour Bank Holdings" in tags
    assert "Tarvo Harbour" not in tags
    town = ranked_tags(config, ["Abu Dhabi Ports Group grew, and an Abu Dhabi investor bought in, Ann Vale said."])
    assert {"Abu Dhabi", "Abu Dhabi Ports Group"} <= set(town)  # a known town stays the town


def test_a_country_that_starts_a_companys_name_stays_the_country(config: SiteConfig) -> None:
    paragraphs = [
        "Kenya and China signed the deal on Sunday, Ann Vale said.",
        "The line will be built by China Tarvo Railway Engineering Group, and Kenya will pay.",
    ]
    tags = ranked_tags(config, paragraphs, "Kenya, China sign rail deal")
    assert {"China", "China Tarvo Railway Engineering Group", "Kenya"} <= set(tags)


def test_a_jobs_portfolio_of_several_words_after_of_is_no_name(config: SiteConfig) -> None:
    paragraphs = [
        "The Minister of Budget and Economic Planning, Tom Vale, presented the plan in Harlow on Monday.",
        "Minister of Commerce and Industry Ann Lund said the plan would help. Lund and Vale spoke.",
    ]
    tags = ranked_tags(config, paragraphs, "Budget presented")
    assert {"Tom Vale", "Ann Lund"} <= set(tags)
    assert not {"Budget", "Economic Planning", "Commerce", "Industry"} & set(tags)


def test_portfolios_before_a_job_word_are_no_names(config: SiteConfig) -> None:
    paragraphs = [
        "It was signed by Harlow's Energy and Natural Resources Minister Tom Vale and Roads and Transport Cabinet "
        "Secretary Ann Marit Lund.",
        "Vale said the deal was good. Lund agreed.",
    ]
    tags = ranked_tags(config, paragraphs, "Deal signed")
    assert {"Tom Vale", "Ann Marit Lund"} <= set(tags)
    assert not {"Energy", "Natural Resources", "Roads"} & set(tags)
    people = ranked_tags(config, ["Esker Tarvo and Foreign Minister Ann Lund met in Harlow. Tarvo said so."])
    assert "Esker Tarvo" in people  # a person named elsewhere too is no portfolio
    unnamed = ranked_tags(config, ["Minister of Commerce and Industry Khalid bin Saad Al Tarvo signed it in Harlow."])
    assert "Commerce" not in unnamed  # the holder's name written only there
