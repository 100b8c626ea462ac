"""Wire stories, known owners of a URL, datelines and unusable leads (issue 11). Texts are invented."""

from __future__ import annotations

import pytest

from digest.chain.datelines import strip_lead
from digest.chain.nolead import lead_problem
from digest.chain.sources import identify
from digest.chain.summarize import dek, summarize
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


def test_a_writer_with_agencies_material_keeps_the_story_the_sites(config: SiteConfig) -> None:
    """ "Lena Park with dpa, Reuters": the site's writer used the agencies' material; the story is the site's."""
    doc = _doc(BODY, source="Harbour Gazette", credits=("Lena Park with dpa, Reuters 12/03/2026",))
    assert identify(doc, config.sources) == ("Harbour Gazette", None)
    doc = _doc(BODY, source="Harbour Gazette", credits=("Lena Park, Reuters",))
    assert identify(doc, config.sources) == ("Reuters", "Harbour Gazette")


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
        ("Port Ellery, Maine — Ada Rune kicked two late field goals.", "Ada Rune kicked two late field goals."),
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
    first = "It was the save the whole harbour talked about for a week."
    assert summarize(split_paragraphs([first, "The club gave her a new contract."])).startswith(first)
    earlier = "Earlier this year, Lexus revealed the convertible concept."
    assert summarize(split_paragraphs([earlier])).startswith(earlier)


DEALS = [
    "Spring sales have started early, and several harbour stalls have cut their prices already.",
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
    summary, note = dek(split_paragraphs(["Summary: 4-2B: Kelmouth North swimmer Ines Moreau won the relay.", *QA]))
    assert summary.startswith("Kelmouth North swimmer Ines Moreau won the relay.")
    assert note is not None
    assert "unusable" in note
    assert "Where did" not in summary
    summary, note = dek(split_paragraphs(DEALS))
    assert summary.startswith("Spring sales have started early")
    assert "$" not in summary
    assert note is not None
    assert dek(split_paragraphs(list(BODY)))[1] is None


def test_an_unusable_leads_dek_leaves_out_the_house_talking_to_its_reader_and_update_stamps() -> None:
    house = "We bring you the best offers we can find every morning, so you never pay too much. Updated 7 days a week."
    summary, note = dek(split_paragraphs([f"{house} {DEALS[0]}", *DEALS[1:]]))
    assert note is not None
    assert summary.startswith("Spring sales have started early")
    quoted = 'The harbour master said: "We will keep the stalls open for you all spring."'
    assert dek(split_paragraphs([quoted, *DEALS[1:]]))[0].startswith("The harbour master said")  # a quotation


def test_with_nothing_stated_the_urls_domain_names_the_publisher(config: SiteConfig) -> None:
    doc = _doc(BODY, url="https://en.harbourwire.org/wiki/Sea_wall_vote")
    assert identify(doc, config.sources) == ("Harbourwire", None)
    written = _doc((*BODY, "Readers told HarbourWire the vote was close."), url="https://harbourwire.org/a")
    assert identify(written, config.sources) == ("HarbourWire", None)  # as the text writes it


def test_a_weak_clue_for_another_name_does_not_beat_the_domain(config: SiteConfig) -> None:
    appeal = (*BODY, "Critics accuse the council of supporting the Ellerian regime's plans.")
    assert identify(_doc(appeal, url="https://harbourwire.org/a"), config.sources) == ("Harbourwire", None)
    strong = (*BODY, "Published in The Ellery Courier")
    assert identify(_doc(strong, url="https://harbourwire.org/a"), config.sources)[0] == "The Ellery Courier"


def test_a_date_is_not_a_publisher(config: SiteConfig) -> None:
    dated = ("The outbreak first appeared in December in the harbour district.", *BODY)
    assert identify(_doc(dated, url="https://harbourwire.org/a"), config.sources) == ("Harbourwire", None)
    assert identify(_doc(dated), config.sources) == (None, None)


def test_a_lead_over_the_cap_is_cut_after_a_clause_not_left_out() -> None:
    lead = (
        "In a report released on Wednesday by the harbour authority of Port Ellery, engineers who spent two winters "
        "measuring the old sea wall, its foundations and the currents along the northern shore concluded that the "
        "wall, built in the nineteenth century, can no longer hold back the storm surges that now reach the town "
        "several times a year, and that a new wall, higher and set further back from the water, should be built "
        "before the next winter brings the high tides of the equinox."
    )
    made = summarize(split_paragraphs([lead, "The council will vote on the plan in March."]))
    assert made.startswith("In a report released on Wednesday")  # the dek starts where the article does
    assert made.endswith("…")
    assert len(made.split()) <= 70
    assert made.removesuffix("…") in lead
    assert made[-2] != ","  # cut after a clause, the comma dropped


def test_news_that_first_appeared_somewhere_is_not_a_republication_footer(config: SiteConfig) -> None:
    from digest.chain.clean import clean

    news = (
        "On Friday, engineers in Port Ellery said cracks in the sea wall first appeared in December near the "
        "old pier. As of today, the council has closed the promenade. Repairs could take a year, officials "
        "said, and the ferry will use the southern landing until then, which adds twenty minutes to a crossing."
    )
    footer = "This article first appeared in The Ellery Courier and is republished with permission."
    cleaned = clean([news, footer], config.boilerplate, title="Sea wall")
    assert cleaned.kept == (news,)
