"""RSS and Atom feeds: one document per entry, plain paragraphs, the entry's own metadata."""

from __future__ import annotations

import datetime as dt

import pytest

from digest.problems import InputError
from digest.readers import reader_for
from digest.readers.document import RawDocument
from digest.readers.feed import read_feed
from tests.inputs.conftest import fixture_bytes


def read(name: str) -> list[RawDocument]:
    return read_feed(f"inbox/{name}", fixture_bytes(name))


@pytest.mark.parametrize("name", ["news.xml", "news.rss", "news.ATOM"])
def test_feed_suffixes_have_the_feed_reader(name: str) -> None:
    assert reader_for(name) is read_feed


def test_rss_entries_with_their_dates_authors_links_and_categories() -> None:
    summary_only, full, short = read("sample-rss.xml")
    assert [d.original for d in (summary_only, full, short)] == [  # guid, else link: stable when the feed grows
        "inbox/sample-rss.xml#hg-2025-0314-seawall",
        "inbox/sample-rss.xml#https://www.harbourgazette.example/news/2025/03/15/late-ferry",
        "inbox/sample-rss.xml#https://www.harbourgazette.example/news/2025/03/16/wall-meetings",
    ]
    assert summary_only.date == dt.date(2025, 3, 14)  # 21:30 -0500: the local date
    assert summary_only.url == "https://www.harbourgazette.example/news/2025/03/14/port-ellery-sea-wall"
    assert summary_only.authors == ("Mara Lindqvist",)
    assert summary_only.source == "The Harbour Gazette"
    assert summary_only.lang == "en"
    assert "only a summary" in " ".join(summary_only.notes)
    assert full.authors == ("Colm Petrossian",)  # from "email (Name)"
    assert full.categories == ("Transport", "Business", "Skerry Ferries")
    assert full.image == "https://cdn.harbourgazette.example/images/ferry.jpg"
    assert len(full.paragraphs) == 3
    assert full.paragraphs[2].startswith("Managing director Nils Oyelaran said")
    assert not any("only a summary" in n for n in full.notes)


def test_atom_entries_resolve_links_and_read_html_and_xhtml_content() -> None:
    survey, gauges = read("sample-atom.xml")
    assert survey.url == "https://notes.coastalscience.example/2025/04/stepped-walls-survey"
    assert survey.date == dt.date(2025, 4, 1)  # published 23:15 +02:00, not the UTC date, not 'updated'
    assert survey.authors == ("Henrike Sall", "Joaquim Adeyemi")  # a title is no part of the name, as on pages
    assert survey.categories == ("Science", "coastal erosion")
    assert len(survey.paragraphs) == 3
    assert gauges.title == "Tide gauges: why old records still matter"
    assert gauges.date == dt.date(2025, 3, 20)
    assert "'updated'" in " ".join(gauges.notes)
    assert gauges.paragraphs[1] == "Volunteers are now typing the ledgers into a public database, one month at a time."


def test_html_in_entries_becomes_plain_paragraphs() -> None:
    flood, bridge = read("sample-feed-html-entries.xml")
    assert flood.title == "River authority opens flood warning line"
    body = "\n".join(flood.paragraphs + bridge.paragraphs)
    for markup in ("<", "script", "alert", "steal", "color: red", "pixel", "iframe", "onerror"):
        assert markup not in body.replace("<7pm>", ""), markup
    assert "more than 3,000 households signed up" in body
    assert "Warnings are sent up to eighteen hours before a flood." in flood.paragraphs
    assert "Press 1 for river levels" in flood.paragraphs
    assert flood.paragraphs[-1] == "Ask questions & get answers at the Valley Hall on Thursday <7pm>."
    assert bridge.paragraphs == (
        "Repairs to the Old Mill bridge finished a month early, the county said.",
        "Traffic lights on the bridge will be removed on Monday.",
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<html><body><p>Not a feed</p></body></html>", "not an RSS or Atom feed"),
        (b"http://127.0.0.1:9/never-fetched.xml", "not an RSS or Atom feed"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>', "no entries"),
        (
            b'<rss version="2.0"><channel><title>T</title><item><title>Only a title</title></item></channel></rss>',
            "entry 1 has no title or no text",
        ),
    ],
)
def test_what_is_not_a_usable_feed_fails_with_the_reason(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_feed("inbox/bad.xml", data)


def test_a_feed_in_latin_1_is_decoded_by_its_xml_declaration() -> None:
    feed = (
        '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>Le Courrier</title>'
        "<language>fr</language><item><title>Caf\u00e9 rouvert</title><link>https://c.example/cafe</link>"
        "<description>Le caf\u00e9 du port a rouvert \u00e0 midi.</description></item></channel></rss>"
    ).encode("latin-1")
    (doc,) = read_feed("inbox/fr.xml", feed)
    assert doc.title == "Café rouvert"
    assert doc.paragraphs == ("Le café du port a rouvert à midi.",)
    assert doc.lang == "fr"


def test_a_pictures_caption_before_any_text_is_left_out_of_the_entrys_paragraphs() -> None:
    caption = "Cartoon of the mayor that landed Rana Quell in trouble with the city council."
    item = (
        "<item><title>Cartoonist fined</title><link>https://blog.example/2026/05/fined</link>"
        "<content:encoded><![CDATA[<figure><img src='https://blog.example/c.jpg' alt='Cartoon'/>"
        f"<figcaption>{caption}</figcaption></figure><p>A cartoonist, Rana Quell, was fined on Monday.</p>"
        f"<figure><img src='https://blog.example/d.jpg'/><figcaption>A second cartoon.</figcaption></figure>"
        "<p>She will appeal.</p>]]></content:encoded></item>"
    )
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Ink Blog</title><link>https://blog.example/</link>{item}</channel></rss>"
    )
    (doc,) = read_feed("inbox/ink.xml", feed.encode())
    assert doc.paragraphs[0] == "A cartoonist, Rana Quell, was fined on Monday."
    assert caption not in doc.paragraphs
    assert "A second cartoon." in doc.paragraphs  # a caption inside the article stays
