"""Tag rules of issue 11's twenty-first round (must-tag recall), each for a kind of missed must-have tag seen in two
tune sets or more, reproduced on invented text."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_a_place_listed_after_another_is_no_short_form_of_a_street_named_after_it(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "A burglar who robbed pensioners in Caldmoor and Thrensby has been jailed, police said.",
            "Rafe Dunmore used a stolen card at a garage on Thrensby Road.",
        ],
        "Burglar jailed",
    )
    assert "Thrensby" in tags


def test_a_place_before_its_residents_is_no_short_form_of_a_body_named_after_it(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Kelbrook residents say the state never asked them, said Tamsin Orwe, who has lived there for 38 years.",
            "The Kelbrook Civic Association said both meetings were held in the afternoon.",
            "Orwe said Kelbrook had already lost dozens of homes.",
        ],
        "Kelbrook residents object to a road",
    )
    assert {"Kelbrook", "Kelbrook Civic Association"} <= set(tags)


def test_a_two_word_place_is_no_short_form_of_a_school_named_after_it(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "On Tuesday nights the church hall in Ashby Quay smells of coffee, and the choir sings.",
            "Ashby Quay grew up around the mill, said Oksana Melnyk, who teaches at Ashby Quay Memorial Middle School.",
        ],
        "The choir of Ashby Quay",
    )
    assert {"Ashby Quay", "Ashby Quay Memorial Middle School"} <= set(tags)


def test_a_speaker_named_in_capitals_at_the_head_of_turns_is_a_tag(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "Broadcast on Valley Morning with Orla Brannock.",
            "ORLA BRANNOCK: Minister, good morning.",
            "MINISTER FERGUS TALLANE-WYSE: Good morning, Orla.",
            "ORLA BRANNOCK: Eleven people slept in their cars in Kilbarra last night.",
            "TALLANE-WYSE: Nobody wants to see that, and I have asked the council to act.",
            "TALLANE-WYSE: We will find beds this week.",
        ],
        "Transcript: the minister on emergency beds",
    )
    assert {"Fergus Tallane-Wyse", "Orla Brannock"} <= set(tags)
    assert not any(t.isupper() or t == "Tallane-Wyse" for t in tags)


def test_a_live_blogs_labels_in_capitals_are_no_speakers(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "RIVER GAUGE: The Dornoch rose 40cm at Kilbarra overnight, said Ida Roe.",
            "RIVER GAUGE: The gauge at Kilbarra shows the river falling.",
        ],
        "Live: the Dornoch floods",
    )
    assert not any("Gauge" in t for t in tags)
