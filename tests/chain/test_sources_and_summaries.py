"""Wire stories, known owners of a URL, datelines and unusable leads (issue 11). Texts are invented."""

from __future__ import annotations

import pytest

from digest.chain.datelines import strip_lead
from digest.chain.sources import identify
from digest.chain.summarize import dek, lead_problem, summarize
from digest.config import SiteConfig
from digest.readers.document import RawDocument
from digest.text.sentences import split_paragraphs

BODY = ("Port Ellery council voted on Tuesday to rebuild the sea wall.", "Work could start in the autumn.")


def _doc(paragraphs: tuple[str, ...] = BODY, **fields: object) -> RawDocument:
    return RawDocument(original="page.html", title="Sea wall vote", paragraphs=paragraphs, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "doc",
    [
        _doc(("PORT ELLERY, Maine (AP) — " + BODY[0], BODY[1]), source="Harbour Gazette"),
        _doc(BODY, source="Harbour Gazette", credits=("Lena Park, Associated Press",)),
        _doc((*BODY, "Associated Press writer Tom Reyes contributed to this report."), source="Harbour Gazette"),
    ],
    ids=["dateline", "byline credit", "cue"],
)
def test_a_wire_story_has_the_wire_as_source_and_the_site_as_via(doc: RawDocument, config: SiteConfig) -> None:
    assert identify(doc, config.sources) == ("The Associated Press", "Harbour Gazette")


def test_the_wire_on_its_own_site_has_no_via(config: SiteConfig) -> None:
    doc = _doc(("WASHINGTON (AP) — " + BODY[0],), source="AP News", url="https://apnews.com/article/1")
    assert identify(doc, config.sources) == ("The Associated Press", None)


def test_a_dateline_naming_another_agency_overrules_a_cue(config: SiteConfig) -> None:
    paragraphs = ("NAIROBI, Feb 5 (Meridian Press) — " + BODY[0], "(Reporting by Jo Kim; Editing by Ann Lee)")
    assert identify(_doc(paragraphs, source="NewsPulse"), config.sources) == ("NewsPulse", None)


def test_a_known_owner_of_the_url_beats_a_raw_stated_name(config: SiteConfig) -> None:
    doc = _doc(BODY, source="usatoday", url="https://eu.usatoday.com/story/news/1")
    assert identify(doc, config.sources) == ("USA Today", None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Indianapolis – Several thousand teachers rallied.", "Several thousand teachers rallied."),
        ("Dekalb, Ill. — Mike Glass threw for three touchdowns.", "Mike Glass threw for three touchdowns."),
        ("New York, NY – Sales moved to phones.", "Sales moved to phones."),
        ("(Reuters) — WeWork is being investigated.", "WeWork is being investigated."),
        ("LONDON, May 6 (Reuters) - Copper rose.", "Copper rose."),
        ("MARK BANNERMAN: Welcome to the program.", "Welcome to the program."),
        ("Trump — who won — spoke.", "Trump — who won — spoke."),
    ],
)
def test_the_first_sentence_loses_its_dateline_or_speaker_label(sentence: str, expected: str) -> None:
    assert strip_lead(sentence) == expected


def test_the_articles_own_first_sentence_may_open_with_a_pronoun_or_a_time() -> None:
    first = "It was the shot to the head heard round the world."
    assert summarize(split_paragraphs([first, "The league suspended him."])).startswith(first)
    earlier = "Earlier this year, Lexus revealed the convertible concept."
    assert summarize(split_paragraphs([earlier])).startswith(earlier)


DEALS = [
    "Black Friday is approaching, but several items have dropped in price already.",
    "Wireless earbuds for $139 (originally $159)",
    "Save $31 on the console bundle with a case.",
    "A 4K television, now $549",
    "Gaming monitor for $649.99",
]
QA = ["Q&A: The novelist on her second book", "Where did the book begin?", "With a suitcase.", "Did you plan it?"]


LIVE = ["10:42 a.m. The storm reached the coast near Aparri.", "11:05 a.m. Power failed across the province."]
OPENING = [
    "Remember the state's long search for a slogan that would bring visitors?",
    "It ended this week with a poster campaign that has the whole country talking.",
    "Officials said the campaign was meant to be noticed, and it has been.",
]


@pytest.mark.parametrize(
    ("paragraphs", "problem"),
    [
        (DEALS, "a list of offers"),
        (QA, "headings and labelled lines"),
        (["Claim", "The ambassador owns $17 million.", "Rating", "Unproven."], "headings and labelled lines"),
        (LIVE, "timestamped entries"),
        (list(BODY), None),
        (OPENING, None),
    ],
)
def test_an_opening_that_is_no_lead_is_recognised(paragraphs: list[str], problem: str | None) -> None:
    assert lead_problem(paragraphs) == problem


def test_an_unusable_lead_is_said_and_the_dek_is_the_best_early_sentences() -> None:
    summary, note = dek(split_paragraphs(["Summary: 5-1A: Salina South diver Keetan Munsell won the title.", *QA]))
    assert summary.startswith("Salina South diver Keetan Munsell won the title.")
    assert note is not None
    assert "unusable" in note
    assert "Where did" not in summary
    summary, note = dek(split_paragraphs(DEALS))
    assert summary.startswith("Black Friday is approaching")
    assert "$" not in summary
    assert note is not None
    assert dek(split_paragraphs(list(BODY)))[1] is None
