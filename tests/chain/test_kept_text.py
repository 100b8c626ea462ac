"""Article sentences that share words with page furniture stay in the body, first or last: what someone said
("..., the contractor said"), a sentence on copyright, a participle naming who paid or gave figures before the main
clause. The furniture itself still goes. Texts are invented (a check of 140 such lines placed first and last: 99 of
them kept before, 127 now; the rest are listed in the session notes)."""

from __future__ import annotations

import pytest

from digest.config import SiteConfig
from tests.chain.harbour import LEAD, MORE, body


@pytest.mark.parametrize(
    "line",
    [
        "Your support matters, Ann Roe told the fishermen before the vote.",
        "Accept all the terms or none, the contractor said.",
        "Create an account on the council's portal to comment on the plan, officials said.",
        "Leave a comment at the harbour office if you want a say, the board said.",
        "Have a tip for where the wall leaks? The board wants to hear it, Ann Roe said.",
        "Citation needed, the engineer wrote on the board's draft.",
        "Copyright claims against the harbour board were dismissed in 2019.",
        "Sponsored by the harbour trust, the study cost 80,000 pounds.",
        "Provided by the harbour trust, the figures cover 2010 to 2025.",
        "Reference books in the harbour library date back to 1871.",
        "Already a member of the board, Tom Vale voted against the plan.",
        "Condolences poured in for the late harbour master, who died in May.",
        "Rest in peace, harbour master. My condolences to your family and friends.",
    ],
)
def test_an_article_sentence_sharing_words_with_furniture_stays(line: str, config: SiteConfig) -> None:
    assert line in body(config, line, LEAD, *MORE)
    assert line in body(config, LEAD, *MORE, line)


@pytest.mark.parametrize(
    "line",
    [
        "Copyright 2026 The Kelmouth Courier. All rights reserved.",
        "Sponsored by Halvik Boats",
        "Provided by University of Kelmouth",
        "Subscribe to the Courier for full access to local news.",
        "Accept all cookies",
        "Newsletter",
        "Already a subscriber? Sign in here.",
        "Leave a condolence",
    ],
)
def test_the_furniture_itself_still_goes(line: str, config: SiteConfig) -> None:
    assert line not in body(config, LEAD, *MORE, line)


@pytest.mark.parametrize(
    "last",
    [
        "Roe is a former teacher and has lived on the harbour since 1971.",
        "Ann Roe is a retired engineer and a member of the board since 2011.",
    ],
)
def test_a_closing_paragraph_about_someone_the_story_named_stays_when_no_writer_is_known(
    last: str, config: SiteConfig
) -> None:
    assert last in body(config, LEAD, *MORE, last)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (LEAD, *MORE, "Jane Vale is a professor of history at Kelmouth University."),
        ("By Jane Vale", LEAD, *MORE, "Jane Vale is a professor of history at Kelmouth University."),
        (LEAD, *MORE, "Ann Roe is a freelance writer based in Kelmouth."),  # named before, but a writer's bio
    ],
)
def test_a_writer_s_bio_at_the_foot_still_goes(paragraphs: tuple[str, ...], config: SiteConfig) -> None:
    assert paragraphs[-1] not in body(config, *paragraphs)
