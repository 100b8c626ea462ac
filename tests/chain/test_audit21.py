"""A generalisation audit (audit21s): the source, via and summary mechanisms of the last rounds, each checked on
paraphrases of its tests (other wording, other separators, other markup) rather than the sentence it was fitted on.
First run, before any rule changed: 103 of 125 paraphrases held (22 failed; the inputs' side in
`tests/inputs/test_audit21.py`). Texts and names are invented."""

from __future__ import annotations

import pytest

from digest.chain.nolead import lead_problem
from digest.chain.sources import identify
from digest.config import SiteConfig
from digest.readers.document import RawDocument
from tests.chain.harbour import LEAD, MORE, summary

SITE = "Orchard Gazette"
BODY = (
    "Three clinics in the Tallow Creek valley will close their maternity wards by spring, leaving expectant "
    "mothers an hour's drive from the nearest delivery room.",
    "Nurses said they learned of the decision from a letter pinned to the staff room door.",
)


def _identify(config: SiteConfig, *paragraphs: str, **fields: object) -> tuple[str | None, str | None]:
    doc = RawDocument(original="page.html", title="Wards to close", paragraphs=paragraphs, source=SITE, **fields)  # type: ignore[arg-type]
    return identify(doc, config.sources)


@pytest.mark.parametrize(
    ("note", "maker"),
    [
        # the permission said as a courtesy (`digest.chain.carried._COURTESY`)
        ("This article is republished courtesy of Ridgeline Report.", "Ridgeline Report"),
        ("This story appears courtesy of Ridgeline Report, a nonprofit newsroom.", "Ridgeline Report"),
        ("This article first appeared on Ridgeline Report and is republished here under a Creative Commons license.",
         "Ridgeline Report"),
        # an agreement or a partnership "through" or "as part of" which the story is shared (`_AGREEMENT`)
        ("This story is published through a content partnership with the Tallow Valley Herald.",
         "Tallow Valley Herald"),
        ("This article appears through a news-sharing agreement with the Tallow Valley Herald.",
         "Tallow Valley Herald"),
        # a release note with its verb (`_RELEASE`)
        ("The following press release was issued by Tallow Valley Health.", "Tallow Valley Health"),
        ("This news release was submitted by Tallow Valley Health.", "Tallow Valley Health"),
        ("This is a press release from Tallow Valley Health.", "Tallow Valley Health"),
        # a column's syndicate named with its subject (`_DISTRIBUTED`)
        ("Ann Roe is a columnist. Her column is distributed by Tallow Content Agency.", "Tallow Content Agency"),
        ("(c) 2026 Ann Roe. Distributed by Tallow Features Syndicate.", "Tallow Features Syndicate"),
    ],
)  # fmt: skip
def test_a_note_on_a_carried_story_said_other_ways_names_its_maker(note: str, maker: str, config: SiteConfig) -> None:
    assert _identify(config, *BODY, note) == (maker, SITE)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The council's plan was distributed by Tallow Content Agency, the nurses said.",  # no column's
        f"This story is published through a content partnership with the {SITE}.",  # the site itself
        "Photo courtesy of Ridgeline Report.",  # a picture's courtesy, no story's
        "The following statement was issued by Tallow Valley Health.",  # no release
    ],
)
def test_like_words_that_are_no_note_on_a_carried_story_name_no_maker(paragraph: str, config: SiteConfig) -> None:
    assert _identify(config, *BODY, paragraph) == (SITE, None)


def test_a_desk_credited_after_a_dash_or_a_slash_and_declared_the_source_organisation_made_the_story(
    config: SiteConfig,
) -> None:
    desk = "Tallow National Desk"
    for byline in (f"Ann Roe — {desk}", f"By Ann Roe / {desk}", f"Ann Roe -- {desk}"):
        assert _identify(config, *BODY, credits=(byline,), providers=(desk,)) == (desk, SITE)
    assert _identify(config, *BODY, credits=(f"Ann Roe — {desk}",)) == (SITE, None)  # the byline alone


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("Reuters contributed to this report.", (SITE, None)),  # the agency's material in the site's story
        ("The Associated Press contributed reporting.", (SITE, None)),
        ("Associated Press writers Ann Roe in Kelmouth and Tom Vale in Tallow contributed to this report.",
         ("The Associated Press", SITE)),  # the agency's own writers: its story
        ("(Reporting by Ann Roe in Kelmouth; additional reporting by Tom Vale; Editing by Ida Lund)",
         ("Reuters", SITE)),
    ],
)  # fmt: skip
def test_an_agency_s_closing_credit_said_other_ways(
    credit: str, expected: tuple[str, str | None], config: SiteConfig
) -> None:
    assert _identify(config, *BODY, credit) == expected


@pytest.mark.parametrize(
    "byline",
    ["By Lena Park | Reuters", "Lena Park/The Associated Press", "By Lena Park and Tom Reyes, Associated Press"],
)
def test_an_agency_credited_in_a_byline_with_other_separators_is_the_source(byline: str, config: SiteConfig) -> None:
    assert _identify(config, *BODY, credits=(byline,))[1] == SITE


@pytest.mark.parametrize(
    "line",
    [
        "This article was machine translated.",  # the text as a document, with a modifier before its participle
        "This story was partly funded by a grant from the Tallow Trust.",
        "Part two of a series.",  # its place in a series, without "this is"
        "Chapter 3 of an occasional series on the harbour.",
        "Editor's note: An earlier version of this story misspelt the harbour's name.",
        "(Editor's note: This story has been updated with the board's vote.)",
        "This article is part of a series on the future of Kelmouth harbour.",
        "This story was published more than a year ago.",
    ],
)
def test_a_note_on_the_text_said_other_ways_is_no_lead(line: str, config: SiteConfig) -> None:
    assert summary(config, line, LEAD, *MORE).startswith(LEAD)


@pytest.mark.parametrize(
    "lead",
    [
        "Part of the problem, the harbour board said on Monday, is a series of storms that broke the north wall.",
        "Chapter 3 of the harbour plan was rewritten on Monday night after the board voted 6-1 to rebuild the wall.",
        "This story was only told in full on Monday, when the board voted to rebuild the north wall.",
    ],
)
def test_a_lead_that_opens_like_a_note_stays_the_lead(lead: str, config: SiteConfig) -> None:
    assert summary(config, lead, *MORE).startswith(lead[:60])


@pytest.mark.parametrize(
    "entries",
    [
        ["2.15pm GMT The storm reached the coast near Aparri.", "2.40pm GMT Power failed across the province.",
         "3.05pm GMT Evacuations began in the north."],
        ["09:42 The storm reached the coast near Aparri.", "10:05 Power failed across the province.",
         "10:30 The mayor ordered evacuations."],
    ],
)  # fmt: skip
def test_live_entries_stamped_with_a_dot_or_a_colon_are_no_lead(entries: list[str]) -> None:
    assert lead_problem(entries) == "timestamped entries"


def test_a_republication_footer_opening_its_sentence_names_the_original(config: SiteConfig) -> None:
    # `digest.chain.carried.republished_from`: "is republished from ..." and a sentence opening "Republished from ..."
    footer = "Republished from Ridgeline Report under a Creative Commons licence."
    assert _identify(config, *BODY, footer) == ("Ridgeline Report", SITE)
    first = "Originally published by Ridgeline Report."
    assert _identify(config, *BODY, first) == ("Ridgeline Report", SITE)
