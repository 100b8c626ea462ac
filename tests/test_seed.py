"""The quality gate on the real seed article (a scraped Independent story via an aggregator).

The seed has 16 article paragraphs and 15 that are not the article: a donation
appeal run at the top, two caption/credit pairs, and a sign-up/footer run at the
bottom. Each expectation below was checked by reading the raw file.
"""

from __future__ import annotations

import pytest

from digest.chain.pipeline import Conversion, convert_document
from digest.config import SiteConfig
from digest.readers.document import fold
from digest.readers.plaintext import read_text
from tests.conftest import ADDED

ARTICLE_STARTS = [
    "El Salvador‘s President Nayib Bukele has confirmed",
    "Bukele made the offer during a three-hour discussion",
    "“We have offered the United States of America",
    "Deportees from the U.S. of any nationality",
    "The agreement would include U.S. citizens",
    "For his part, Rubio bragged to reporters",
    "“He has offered to house in his jails",
    "Rubio also said he briefed President Donald Trump",
    "A similar agreement, known as the “safe third country”",
    "This new agreement is likely to be met",
    "According to the State Department’s description",
    "“In many facilities, provisions for sanitation",
    "Rubio said that El Salvador will also accept",
    "Since his return to the White House last month",
    "In addition to the mooted plan with El Salvador",
    "Bukele gained power in El Salvador in 2019",
]
NOT_ARTICLE_STARTS = [
    "Your support helps us to tell the story",
    "From reproductive rights to climate change",
    "At such a critical moment in US history",
    "The Independent is trusted by Americans",
    "Your support makes all the difference.",
    "On Monday, Bukele and Rubio met at the president’s home just outside of the capital, San Salvador",
    "On Monday, Bukele and Rubio met at the president’s home just outside of the capital, San Salvador (POOL",
    "Police officers in riot gear guarding the arrival of inmates belonging to the MS-13 and 18 gangs at the CECOT"
    " prison",
    "Police officers in riot gear guarding the arrival of inmates belonging to the MS-13 and 18 gangs at the CECOT"
    " prison (EL",
    "Logo-favicon",
    "Sign up to receive the latest local",
    "We don’t spam! Read our [link]privacy policy[/link]",
    "Sign up today to receive the latest local",
    "We don’t spam! Read our privacy policy for more info.",
    "This post was originally published on this site",
]
JUNK = {
    "Monday",
    "However",
    "For",
    "He",
    "She",
    "His",
    "We",
    "On",
    "No",
    "AP",
    "AFP",
    "Getty Images",
    "POOL",
    "The Independent",
    "Independent",
    "Staunch",
    "Deportees",
    "Police",
    "According",
    "Since",
    "US",
    "U.S.",
}


@pytest.fixture(scope="module")
def seed(config: SiteConfig, seed_bytes: bytes) -> Conversion:
    (doc,) = read_text("inbox/000_485ba8381d172209.txt", seed_bytes)
    return convert_document(doc, config, ADDED)


def test_the_raw_seed_has_the_paragraphs_this_gate_describes(seed_bytes: bytes) -> None:
    (doc,) = read_text("seed.txt", seed_bytes)
    assert len(doc.paragraphs) == len(ARTICLE_STARTS) + len(NOT_ARTICLE_STARTS)


def test_every_article_paragraph_is_kept_in_order(seed: Conversion) -> None:
    body = seed.article.body.split("\n\n")
    assert len(body) == 16
    for paragraph, start in zip(body, ARTICLE_STARTS, strict=True):
        assert fold(paragraph).startswith(fold(start)), (paragraph, start)


def test_every_non_article_paragraph_is_removed(seed: Conversion) -> None:
    removed = [fold(r.text) for r in seed.removed]
    assert len(removed) == 15
    for start in NOT_ARTICLE_STARTS:
        assert any(r.startswith(fold(start)) for r in removed), start
    for start in NOT_ARTICLE_STARTS:
        assert fold(start)[:40] not in fold(seed.article.body).replace(fold(ARTICLE_STARTS[0]), "")


def test_title_source_and_via(seed: Conversion) -> None:
    assert seed.article.title == "El Salvador’s president agrees to take U.S. prison inmates, for a fee"
    assert seed.article.source == "The Independent"
    assert seed.article.via == "Criminal Justice News"


def test_no_date_is_guessed_from_the_body(seed: Conversion) -> None:
    assert seed.article.date is None
    assert any("no publication date" in note for note in seed.notes)


def test_tags_name_the_people_places_and_organisations(seed: Conversion) -> None:
    tags = set(seed.article.tags)
    assert {"Nayib Bukele", "Marco Rubio", "El Salvador", "CECOT", "Donald Trump"} <= tags
    assert not tags & JUNK
    assert "Bukele" not in tags  # merged into the full name
    assert "Center for the Confinement of Terrorism" not in tags  # merged with its acronym
    assert len(seed.article.tags) <= 12


def test_summary_is_the_lead_in_whole_sentences(seed: Conversion) -> None:
    summary = seed.article.summary
    assert summary.startswith("El Salvador‘s President Nayib Bukele has confirmed")
    assert summary.endswith(".")
    assert len(summary.split()) <= 70
    assert "However" not in summary
    assert "“We have offered" not in summary
    body = seed.article.body.replace("\n\n", " ")
    for sentence in summary.replace(". ", ".\n").splitlines():
        assert sentence.strip() in body


def test_topics_come_from_the_taxonomy(seed: Conversion, config: SiteConfig) -> None:
    assert 1 <= len(seed.article.topics) <= 3
    assert set(seed.article.topics) <= config.topic_titles
    assert "Criminal Justice" in seed.article.topics
    assert "Immigration" in seed.article.topics
