"""Defects found reviewing this session's changes, each reproduced first on invented text."""

from __future__ import annotations

from digest.chain.carried import carried_from
from digest.chain.speakers import hands_over
from digest.chain.summarize import dek
from digest.config import SiteConfig
from digest.readers.bylines import page_authors
from digest.readers.namecuts import writers
from digest.text.sentences import split_paragraphs
from tests.chain.tags.tagcase import ranked_tags


def test_a_label_in_title_case_is_no_speaker_handed_over_to() -> None:
    # a fact check's labelled lines ("Verdict:", "Rating:") name no speaker: the sentence before one that uses the
    # label's word is no host handing over (`digest.chain.speakers.hands_over`)
    page = (
        "Readers asked us for a verdict on a post saying the harbour board will double mooring fees next year.",
        "Verdict: False. The board has set no new fees and its next review of them is not due until 2028.",
        "Rating: Misleading",
        "Source: Harbour board minutes of 3 December 2026.",
        "The post, shared more than 4,000 times, shows a chart of fees that the board published in 2019.",
    )
    summary, note = dek(split_paragraphs(page))
    assert summary.startswith("Readers asked us for a verdict")
    assert note is not None


def test_only_a_speaker_s_turn_hands_over() -> None:
    # prose that names the next turn's speaker is no host's turn handing over
    prose = "Our reporter asked the harbour master what caused the spill at the north quay."
    assert not hands_over(prose, prose, "REPORTER: What caused it?")
    assert hands_over("Over to the reporter.", "MAYOR ANN ROE: Thanks. Over to the reporter.", "REPORTER: Why?")


def test_a_body_s_word_and_to_before_a_person_is_no_name_of_what_it_sets_out_to_do(config: SiteConfig) -> None:
    # "the Committee to Protect Journalists" is named after what it does (`digest.chain.groups.purpose`); a body
    # sending something to a person names two: "the Kelmouth Harbour Council to Tom Vale" is no name
    tags = ranked_tags(
        config,
        [
            "The harbour report was sent by the Kelmouth Harbour Council to Tom Vale on Monday.",
            "Tom Vale said he would read it. The Kelmouth Harbour Council meets again in March.",
        ],
    )
    assert {"Kelmouth Harbour Council", "Tom Vale"} <= set(tags)
    assert not any(" to " in t for t in tags)


def test_a_possessive_before_a_venue_s_word_that_opens_another_name_is_no_owner_s_venue(config: SiteConfig) -> None:
    # "Pettibone's Diner" is a business named after its owner (`digest.chain.possessives.joins`); "Tessaly's Farm
    # Bill", beside "Tessaly" written alone, is a place's bill: "Farm" opens the bill's name, no venue's
    tags = ranked_tags(
        config,
        [
            "Critics of Tessaly's Farm Bill said it cut grants to growers in Ravensby.",
            "Tessaly will vote on the bill again in March, Ann Roe said.",
        ],
    )
    assert {"Tessaly", "Farm Bill"} <= set(tags)
    assert "Tessaly's Farm Bill" not in tags


def test_a_note_crediting_the_site_s_own_writer_names_no_outlet_the_story_is_carried_from() -> None:
    # "reported by our sister station KWTR 9" names an outlet related to the site (`digest.chain.carried`); "written
    # by our correspondent Ann Roe" names the site's own writer: no carried story, and no person as its source
    assert carried_from(["This story was written by our correspondent Ann Roe in Kelmouth.", "Text."]) is None
    assert carried_from(["This article was reported by our own staff writer Tom Vale.", "Text."]) is None
    assert carried_from(["This story was reported by our sister station KWTR 9.", "Text."]) == "KWTR 9"
    assert carried_from(["This story was produced by our partners at Ridgeline Report.", "Text."]) == "Ridgeline Report"


def test_a_writing_credit_s_label_with_a_colon_still_names_the_writer() -> None:
    # "Tags: Harbour Quay Street" lists topics, no one (`digest.readers.namecuts.writers`); "Written by: Ann Roe" is a
    # writing credit, its colon or not
    assert page_authors([], "Written by: Ann Roe", [], None) == ("Ann Roe",)
    assert writers("Reporting by: Ann Roe") == "Ann Roe"
    assert writers("Editing by: Tom Vale") == ""
    assert writers("Tags: Harbour Quay Street") == ""
