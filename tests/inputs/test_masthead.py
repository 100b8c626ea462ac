"""Site names, headlines and authors from what a page declares, checked against its URL (issue 11)."""

from __future__ import annotations

import pytest

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.bylines import page_authors
from digest.readers.headlines import headline, strip_site
from digest.readers.html import read_html
from digest.readers.masthead import site_name
from digest.readers.persons import person
from tests.conftest import ADDED

URL = "https://www.harbourgazette.example/news/2025/03/14/sea-wall"


@pytest.mark.parametrize(
    ("declared", "title", "url", "expected"),
    [
        (["harbourgazette", "The Harbour Gazette"], "Story", URL, "The Harbour Gazette"),  # raw vs readable
        (["HarbourGazette"], "Story | The Harbour Gazette", URL, "The Harbour Gazette"),  # glued vs spaced
        (["https://www.harbourgazette.example"], "Story - Harbour Gazette", URL, "Harbour Gazette"),  # an address
        (["Hosted", "@gazette"], "Story | Hosted", "https://hosted.gazette.example/x/1", "gazette"),  # a subdomain
        (["U.S.", "@HarbourGazette"], "Story | Harbour Gazette", URL, "Harbour Gazette"),  # an edition label
        (["Expert how-to for harbour folk"], "Story", URL, None),  # a tagline
        (["Harbourgazette.ca", "@HarbourGazette"], "Story", "https://harbourgazette.ca/x", "HarbourGazette"),
        (["Space.com", "Space"], "Story | Space", "https://www.space.com/x", "Space.com"),  # the brand keeps .com
        (["Pioneer Daily"], "Story", "https://www.twinharbours.example/x", "Pioneer Daily"),  # no match: as declared
        (["hg"], "Story - hg.com", "https://www.hg.com/x", "HG.com"),  # a short raw label in capitals, with its .com
        (["Gazette.co.uk"], "Story | Gazette.co.uk", "https://www.gazette.co.uk/x", "Gazette.co.uk"),  # not a subdomain
        (["Harbours"], "Story | Harbour's", "https://www.harbours.example/x", "Harbour's"),  # the title's apostrophe
        (["Harbour Insider Deutschland"], "Story", "https://www.harbourinsider.com/x", "Harbour Insider"),  # edition
        (["Harbour Insider Deutschland"], "Story", "https://www.harbourinsider.de/x", "Harbour Insider Deutschland"),
        (["The Harbour Gazette", "Harbour Gazette"], "Story | The Harbour Gazette", URL, "The Harbour Gazette"),
        (["Harbour Gazette", "The Harbour Gazette"], "Story", URL, "The Harbour Gazette"),  # its article, declared too
    ],
)
def test_the_site_name_is_the_declaration_that_matches_the_host_as_readers_write_it(
    declared: list[str], title: str, url: str, expected: str | None
) -> None:
    assert site_name(declared, title, url) == expected


@pytest.mark.parametrize(
    ("declared", "shown", "expected"),
    [
        (["HarbourGazette.com"], "Follow The Harbour Gazette. (c) The Harbour Gazette", "The Harbour Gazette"),
        (["harbourgazette"], "More from Harbour Gazette", "Harbour Gazette"),  # a raw name
        (["Portal Today"], "More from Harbour Gazette", "Portal Today"),  # a name the domain does not spell
        (["HarbourGazette"], "More from Harbour Gazette", "HarbourGazette"),  # a brand written as one word
        ([], "Reported for the Harbour Gazette by staff", "Harbour Gazette"),  # nothing declared
        (["Harbour Gazette Weekend"], "Harbour Gazette", "Harbour Gazette Weekend"),  # in words already
        (["HarbourGazette.com"], "harbourgazette.com and Harbourgazette", "HarbourGazette.com"),  # no words
    ],
)
def test_the_site_name_as_the_page_writes_the_domain_in_words(
    declared: list[str], shown: str, expected: str | None
) -> None:
    assert site_name(declared, "Story", URL, shown) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Council votes to rebuild the sea wall | The Harbour Gazette",
        "Council votes to rebuild the sea wall -- HarbourGazette.com",
        "The Harbour Gazette: Council votes to rebuild the sea wall",
        "Harbour Gazette · Council votes to rebuild the sea wall",
        "Council votes to rebuild the sea wall — harbourgazette",
    ],
)
def test_the_site_name_leaves_the_title_whatever_the_separator(title: str) -> None:
    title = title.replace(": ", " | ", 1) if title.startswith("The Harbour Gazette:") else title
    assert strip_site(title, ["The Harbour Gazette"], URL) == "Council votes to rebuild the sea wall"


def test_a_title_with_dashes_inside_keeps_them() -> None:
    title = "Sea wall - the vote - explained in full"
    assert strip_site(title, ["The Harbour Gazette"], URL) == title


def test_the_headline_is_the_h1_a_declared_title_contains() -> None:
    declared = ["Opinion | Council votes to rebuild the sea wall - The Harbour Gazette"]
    h1s = ["The Harbour Gazette", "Council votes to rebuild the sea wall"]
    got = headline("Opinion | Council votes to rebuild the sea wall", declared, h1s, ["The Harbour Gazette"], URL)
    assert got == "Council votes to rebuild the sea wall"


@pytest.mark.parametrize(
    ("title", "h1s", "expected"),
    [
        ("Column: Council votes to rebuild the sea wall - Gazette", [], "Council votes to rebuild the sea wall"),
        ("Analysis | Council votes to rebuild the sea wall", [], "Council votes to rebuild the sea wall"),
        ("Column: Sea walls", ["Column: Sea walls"], "Column: Sea walls"),  # too short without it
        ("Watchdog: the sea wall is failing - Gazette", [], "Watchdog: the sea wall is failing"),  # no label
    ],
)
def test_a_section_label_heading_the_title_is_not_the_headline(title: str, h1s: list[str], expected: str) -> None:
    assert headline(title, [], h1s, ["Gazette"], URL) == expected


def test_an_h1_that_is_another_story_is_not_the_headline() -> None:
    title = "Council votes to rebuild the sea wall | Gazette"
    got = headline(title, [], ["Storm warning for the weekend"], ["Gazette"], URL)
    assert got == "Council votes to rebuild the sea wall"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ERIC TUCKER Associated Press", "Eric Tucker"),
        ("MARY CLARE JALONICK", "Mary Clare Jalonick"),
        ("JOHN MCDONALD", "John McDonald"),
        ("Bruce Y Lee", "Bruce Y. Lee"),
        ("By Ana de la Cruz", "Ana de la Cruz"),
        ("Kelmouth Echo reporter Sam Okonkwo-Reid", "Sam Okonkwo-Reid"),
        ("Advance Media", None),
        ("The Water Coolest", None),
        ("Detroit News wire services", None),
        ("Telegraph Sport", None),
        ("Editorial", None),
        ("https://example.org/staff", None),
    ],
)
def test_authors_are_people_in_normal_capitalisation(raw: str, expected: str | None) -> None:
    assert person(raw) == expected


def test_declared_people_win_and_the_site_is_no_author() -> None:
    assert page_authors(["Molly Wood"], "Condé Nast", ["Wired"], URL) == ("Molly Wood",)
    assert page_authors([], "Harbour Gazette; Lena Park", ["Harbour Gazette"], URL) == ("Lena Park",)
    assert page_authors([], "Gazette", ["The Harbour Gazette"], URL) == ()
    assert page_authors(["Amy Reyes | Harbour Media for Gazette.com"], "", [], URL) == ("Amy Reyes",)


def test_a_shown_byline_of_names_only_gives_the_writers_the_metadata_left_out() -> None:
    shown = ["By Lena Park, Tom Ashby and Ines Moreau"]
    assert page_authors(["Lena Park"], "", [], URL, shown) == ("Lena Park", "Tom Ashby", "Ines Moreau")
    dated = ["By Lena Park | March 14, 2025 | Topic: Coast"]  # a date and a label: not a list of names
    assert page_authors(["Lena Park"], "", [], URL, dated) == ("Lena Park",)
    other = ["By Tom Ashby and Ines Moreau"]  # not the declared writer: another byline (a related story's)
    assert page_authors(["Lena Park"], "", [], URL, other) == ("Lena Park",)
    assert page_authors([], "", [], URL, shown) == ()  # no declared writer to recognise the byline by


PAGE = """<html lang="en"><head><title>Opinion | Council votes to rebuild the sea wall - harbourgazette</title>
<meta property="og:site_name" content="harbourgazette">
<link rel="canonical" href="https://www.harbourgazette.example/news/sea-wall">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council votes to rebuild the sea wall",
"publisher": {"@type": "Organization", "name": "The Harbour Gazette"},
"author": [{"@type": "Person", "name": "LENA PARK"}, {"@type": "Organization", "name": "Gazette Staff"}]}</script>
</head><body><article><h1>Council votes to rebuild the sea wall</h1>
<div class="byline">Lena Park, Harbour Wire Service</div>
<p>Port Ellery council voted on Tuesday evening to rebuild the sea wall that storms breached twice last winter.</p>
<p>The plan sets aside fourteen million pounds over three years, and work could start in the autumn.</p>
<p>Fishing crews said they had waited for a decision for years and welcomed the vote.</p>
</article></body></html>"""


def test_a_page_reads_its_site_headline_authors_and_credits() -> None:
    (doc,) = read_html("page.html", PAGE.encode())
    assert doc.source == "The Harbour Gazette"
    assert doc.title == "Council votes to rebuild the sea wall"
    assert doc.authors == ("Lena Park",)
    assert any("Harbour Wire Service" in c for c in doc.credits)


def _standfirst_page(element: str) -> bytes:
    deck = "Three councils share one sea wall. Here is who pays for the repairs."
    return f"""<html><head><title>Sea wall to be rebuilt</title>
<meta name="description" content="{deck}"></head><body><article><h1>Sea wall to be rebuilt</h1>
<{element}>{deck}</{element}>
<p>The Harbour council voted on Tuesday to rebuild the sea wall that storms breached twice this winter,
after engineers warned that the next spring tide could flood the lower town.</p>
<p>Work starts in May and should last eighteen months, the council's engineer Dana Rourke said at the meeting.</p>
<p>Residents of the lower town said the vote came late, but welcomed it, and asked for a public timetable.</p>
</article></body></html>""".encode()


def test_a_declared_description_printed_as_a_subheading_is_a_standfirst_and_the_summary_starts_after_it(
    config: SiteConfig,
) -> None:
    (doc,) = read_html("page.html", _standfirst_page("h2"))
    assert doc.standfirst is not None
    conversion = convert_document(doc, config, ADDED)
    assert conversion.article.summary.startswith("The Harbour council voted on Tuesday")
    # Never lost: kept in the body, or removed as the page's standfirst with a reason `digest explain` shows.
    in_body = "Three councils share one sea wall." in conversion.article.body
    removed = [r for r in conversion.removed if r.text.startswith("Three councils share one sea wall.")]
    assert in_body or (removed and removed[0].reason), (conversion.article.body, conversion.removed)
    (plain,) = read_html("page.html", _standfirst_page("p"))  # the description copies the lead paragraph
    assert plain.standfirst is None
    assert convert_document(plain, config, ADDED).article.summary.startswith("Three councils share one sea wall.")
