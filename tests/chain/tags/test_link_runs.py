"""Tag rules of issue 11's eleventh round: headlines between bars inserted in a sentence. Texts are invented."""

from __future__ import annotations

from digest.config import SiteConfig
from tests.chain.tags.tagcase import ranked_tags


def test_names_in_headlines_between_bars_are_no_tags(config: SiteConfig) -> None:
    tags = ranked_tags(
        config,
        [
            "A man admitted threatening Rep. Nadia Verhoeven, Morning Wire: Budget talks stall | Wardens call for"
            " a new prison | Brightlane gets questions over its fees | Kestrel County hit by a storm MORE (D-Ore.),"
            " the Harlow District Attorney’s Office said Monday.",
            "Verhoeven thanked the police.",
        ],
    )
    assert {"Nadia Verhoeven", "Harlow District Attorney's Office"} <= set(tags)
    assert not {"Morning Wire", "Brightlane", "Kestrel County", "Wardens"} & set(tags)


def test_a_bar_or_two_in_prose_leave_its_names_alone(config: SiteConfig) -> None:
    tags = ranked_tags(config, ["The lender Brightlane | said on Monday that Kestrel County owes it money."])
    assert {"Brightlane", "Kestrel County"} <= set(tags)
