"""Saved HTML pages: the article's paragraphs and the metadata the page declares, nothing else."""

from __future__ import annotations

import datetime as dt

import pytest

from digest.problems import InputError
from digest.readers import reader_for
from digest.readers.document import RawDocument
from digest.readers.html import read_html
from tests.inputs.conftest import fixture_bytes


def read(name: str) -> RawDocument:
    (doc,) = read_html(f"inbox/{name}", fixture_bytes(name))
    return doc


def text(doc: RawDocument) -> str:
    return "\n".join(doc.paragraphs)


def test_html_suffixes_have_the_html_reader() -> None:
    assert reader_for("page.HTML") is read_html
    assert reader_for("page.htm") is read_html


def test_news_page_metadata_comes_from_the_page_declarations() -> None:
    doc = read("sample-news-page.html")
    assert doc.title == "Port Ellery council votes to rebuild the sea wall"
    assert doc.date == dt.date(2025, 3, 14)  # 21:30 at -05:00 is the 15th in UTC: the local date is kept
    assert doc.authors == ("Mara Lindqvist", "Tobias Ekwueme")
    assert doc.source == "The Harbour Gazette"
    assert doc.url == "https://www.harbourgazette.example/news/2025/03/14/port-ellery-sea-wall"
    assert doc.image == "https://cdn.harbourgazette.example/images/sea-wall-lead.jpg"
    assert doc.lang == "en"
    assert "Port Ellery" in doc.categories


def test_news_page_keeps_the_story_and_drops_the_site_around_it() -> None:
    body = text(read("sample-news-page.html"))
    assert body.startswith("The town council of Port Ellery voted on Tuesday evening")
    assert "The council will publish a detailed timetable next month" in body
    assert "Objections from fishermen" in body
    for boilerplate in (
        "cookies",
        "Subscribe",
        "Share on Facebook",
        "Storm leaves",
        "Sign up for our free newsletter",
        "SeaviewSue",
        "About time!",
        "Most read",
        "All rights reserved",
        "Advertisement",
    ):
        assert boilerplate not in body, boilerplate


def test_body_is_plain_paragraphs_never_markup() -> None:
    doc = read("sample-news-page.html")
    assert all("<" not in p and ">" not in p for p in doc.paragraphs)


def test_a_date_in_the_body_is_never_the_publication_date() -> None:
    doc = read("sample-minimal-page.html")
    assert doc.date is None  # "Posted 2 September 2024" is body text
    assert doc.title == "Library reopens with a bigger children's floor"
    assert doc.authors == ("Priya Haldane",)  # the job title is not an author
    assert not any("Priya Haldane" in p for p in doc.paragraphs)  # nor is the byline a paragraph
    assert len(doc.paragraphs) == 4


def test_windows_1252_page_is_decoded_by_its_meta_charset() -> None:
    doc = read("sample-windows-1252-page.html")
    assert doc.title == "Le port de Saint-Évrard rouvre après la tempête"
    assert "« Nous avons travaillé jour et nuit" in text(doc)
    assert "1,8 million d’euros" in text(doc)
    assert doc.notes == ("decoded as Windows-1252",)
    assert doc.lang == "fr"
    assert doc.authors == ("Hélène Fourcade",)
    assert not any(p.startswith("Par ") for p in doc.paragraphs)
    assert doc.date == dt.date(2025, 1, 22)


def test_non_english_page_is_marked_with_its_language() -> None:
    doc = read("sample-spanish-page.html")
    assert doc.lang == "es"
    assert doc.date == dt.date(2025, 6, 10)  # JSON-LD, local date
    assert doc.image == "https://www.diariodelestrecho.example/imagenes/carril-bici.jpg"  # resolved
    assert doc.authors == ("Lucía Berrocal",)
    assert "Por fin" not in text(doc)  # a comment


def test_a_declared_http_charset_wins_over_guessing() -> None:
    page = "<html><head><title>Caf\u00e9 reopens</title></head><body>" + "<p>Le caf\u00e9 a rouvert ce matin.</p>" * 8
    data = (page + "</body></html>").encode("cp1252")
    (doc,) = read_html("https://x.example/a", data, charset="cp1252")
    assert "café" in doc.paragraphs[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"   \n", "is empty"),
        (b"<html><head><title>Menu</title></head><body><a href='/'>Home</a></body></html>", "no article text"),
    ],
)
def test_unreadable_pages_fail_with_the_reason(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_html("inbox/bad.html", data)


def test_title_loses_the_site_name_suffix() -> None:
    page = (
        "<html><head><title>Harbour opens at dawn | Harbour Gazette</title>"
        "<meta property='og:site_name' content='Harbour Gazette'></head><body><article>"
        + "<p>The harbour opened at dawn for the first time since the storm, with forty boats waiting.</p>" * 5
        + "</article></body></html>"
    )
    (doc,) = read_html("inbox/x.html", page.encode())
    assert doc.title == "Harbour opens at dawn"
