"""Tag rules of issue 11's twenty-eighth round, found on the tune half of blind battery 16, each reproduced on
invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_guild_or_a_syndicate_named_after_its_members_is_one_name(config: SiteConfig) -> None:
    paragraphs = [
        "Ann Vale, president of the Kelmouth Boatwrights' Guild, said the yard would close in March.",
        "The Harbour Pilots' Syndicate backed the plan, its secretary Tom Ash said on Monday.",
    ]
    tags = ranked_tags(config, paragraphs, "Boatyard to close")
    assert {"Kelmouth Boatwrights' Guild", "Harbour Pilots' Syndicate"} <= set(tags)
    assert not {"Guild", "Syndicate", "Kelmouth Boatwrights"} & set(tags)


def test_capitals_written_only_after_a_clock_time_are_its_time_zone(config: SiteConfig) -> None:
    paragraphs = [
        "Update, Dec. 1, 3 p.m. ET: the Kelmouth ferry timetable changed again, Ann Vale said.",
        "Boats now leave at 10:40 GMT and return at 4pm BST, Harlow Ferries said.",
    ]
    tags = ranked_tags(config, paragraphs, "Ferry timetable changes")
    assert not {"ET", "GMT", "BST"} & set(tags)
    assert "Harlow Ferries" in tags


def test_a_body_named_by_a_list_may_open_with_two_words(config: SiteConfig) -> None:
    paragraphs = ["The study was paid for by the National Harbour, Lung, and Blood Institute, Ann Vale said."]
    tags = ranked_tags(config, paragraphs, "Study funded")
    assert "National Harbour, Lung, and Blood Institute" in tags
    assert not {"National Harbour", "Lung", "Blood Institute"} & set(tags)
    places = ranked_tags(config, ["She thanked the Leeds, Bradford and Harrogate Fire Service, Ann Vale said."])
    assert {"Leeds", "Bradford"} <= set(places)  # places that each have a service


def test_a_body_of_two_places_is_one_name(config: SiteConfig) -> None:
    paragraphs = ["Avon and Somerset Police said a man from Harlow was arrested, Ann Vale said."]
    tags = ranked_tags(config, paragraphs, "Man arrested")
    assert "Avon and Somerset Police" in tags
    assert not {"Avon", "Somerset Police"} & set(tags)
    towns = ranked_tags(config, ["Clinics in Georgetown and West Union will open late, Ann Vale said."])
    assert "Georgetown and West Union" not in towns  # two towns


def test_a_gallery_a_regiment_or_an_orchestra_joins_the_words_after_of(config: SiteConfig) -> None:
    paragraphs = [
        "The painting went to the Harlow Gallery of Modern Art, Ann Vale said on Monday.",
        "Soldiers of the Royal Regiment of Kelmouth and the Youth Orchestra of Pellow marched.",
    ]
    tags = ranked_tags(config, paragraphs, "Painting sold")
    assert {"Harlow Gallery of Modern Art", "Royal Regiment of Kelmouth", "Youth Orchestra of Pellow"} <= set(tags)
