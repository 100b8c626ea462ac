"""A second blind writer's lines (session fifteen on issue 11): paragraphs that share words or shapes with furniture
but tell what happened stay in the body, wherever they sit; notes on the text, paywall meters, disclosures and contact
lines above the lead are no lead; a hyphenated word is no "Read:" label. Texts are invented, in the writer's kinds."""

from __future__ import annotations

import pytest

from digest.chain.layout import narrates
from digest.config import SiteConfig
from tests.chain.harbour import LEAD, MORE, body, summary


@pytest.mark.parametrize(
    "line",
    [
        "The newsletter of the trust called the vote historic.",
        "Log in details for the council's new planning portal were posted to every household last week.",
        "Image courtesy of the harbour trust showed the breach in the wall after the February storm.",
    ],
)
def test_a_sentence_telling_what_happened_stays_first_or_last(line: str, config: SiteConfig) -> None:
    assert line in body(config, line, LEAD, *MORE)
    assert line in body(config, LEAD, *MORE, line)


def test_a_link_label_before_a_sentence_of_the_story_stays(config: SiteConfig) -> None:
    line = "Related: the board also agreed to raise mooring fees by 5 percent from April."
    assert line in body(config, LEAD, *MORE, line)


@pytest.mark.parametrize("line", ["She was 83.", "No one was injured."])
def test_a_short_last_sentence_in_the_past_closes_the_article(line: str, config: SiteConfig) -> None:
    assert line in body(config, LEAD, *MORE, line)


@pytest.mark.parametrize(
    "line",
    [
        "Today's newsletter was written by Ann Roe and edited by Tom Vale.",
        "Sign up for the Courier today to get the free daily newsletter delivered to your inbox.",
        "Have a tip? Ann Roe may be reached at aroe@courier.example. Follow her on Twitter @annroe or on Facebook.",
    ],
)
def test_furniture_in_the_past_tense_still_goes(line: str, config: SiteConfig) -> None:
    assert line not in body(config, LEAD, *MORE, line)


def test_narration_is_a_finite_verb_in_the_past_not_an_adjective_nor_a_credit() -> None:
    assert narrates("Log in details for the new portal were posted to every household last week.")
    assert not narrates("Get unlimited access to our curated picks of trusted local journalism.")
    assert not narrates("This story was written by Ann Roe and produced by the Kelmouth Courier.")
    assert not narrates("Sign up now.")


@pytest.mark.parametrize(
    "line",
    [
        "This piece contains strong language.",
        "This report includes graphic descriptions of violence that some readers may find distressing.",
        "Readers are advised that this article contains images and names of people who have died.",
        "Ann Roe and Tom Vale report from Kelmouth, where the north wall has held back the sea since 1871.",
        "This story is published as part of the Coastal Towns Reporting Project, supported by the Halvik Trust.",
        "You have 3 free articles remaining this month. Subscribe for unlimited access.",
        "You're reading your second of four free stories this month.",
        "Unlock this article by subscribing to the Courier Premium.",
        "The Courier has a financial relationship with the harbour trust as its main sponsor.",
        "Our reporter travelled to Kelmouth as a guest of the harbour trust.",
        "The Courier is committed to accuracy; if you see something that doesn't look right, tell us.",
        "The Courier is funded by readers like you, and every contribution keeps it free to read.",
        "Contact Ann Roe at aroe@courier.example or 555-0142.",
        "Caption: The north wall after the February storm.",
    ],
)
def test_a_note_meter_disclosure_or_contact_line_is_no_lead(line: str, config: SiteConfig) -> None:
    assert summary(config, line, LEAD, *MORE).startswith(LEAD)


@pytest.mark.parametrize(
    "lead",
    [
        "Read-along sessions at the Kelmouth library have tripled since the council paid for new books in March.",
        "Watch-makers at the Kelmouth factory say they have not been paid for three months, their union said.",
        "This story contains no easy answers for the fishermen who moor inside the north wall, the board admitted.",
    ],
)
def test_a_lead_starting_with_a_hyphenated_word_or_naming_itself_is_the_lead(lead: str, config: SiteConfig) -> None:
    assert summary(config, lead, *MORE).startswith(lead[:40])
