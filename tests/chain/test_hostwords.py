"""A domain's name as the publisher when nothing names it (`digest.chain.hostwords`): words run together come out
as words when each is a known publisher's word, a place's or a number; call signs in capitals; brands whole."""

from __future__ import annotations

import pytest

from digest.chain.hostwords import call_sign, in_words
from digest.chain.sources import identify
from digest.config import SiteConfig
from digest.readers.document import RawDocument


def _source(url: str, config: SiteConfig, *, declared: str | None = None, text: str = "A council voted.") -> str:
    doc = RawDocument(original="page.html", title="Council approves harbour wall", paragraphs=(text,), url=url)
    if declared:
        doc = RawDocument(original="page.html", title=doc.title, paragraphs=doc.paragraphs, url=url, source=declared)
    name = identify(doc, config.sources)[0]
    assert name is not None
    return name


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.lakecountyrecordbee.example/news/a", "Lake County Record Bee"),
        ("https://www.hawaiinewsnow.example/a", "Hawaii News Now"),
        ("https://www.thestar.example/a", "The Star"),
        ("https://www.fox13news.example/a", "FOX 13 News"),  # the table writes FOX so ("FOX Sports")
        ("https://www.kxan.example/a", "KXAN"),
        ("https://www.wjct.example/a", "WJCT"),
        ("https://www.gizmodo.example/a", "Gizmodo"),  # a brand: no run of known words
        ("https://www.kelmouthnewsnow.example/a", "Kelmouthnewsnow"),  # "Kelmouth" is no known word
    ],
)
def test_a_domain_nothing_names_is_read_as_its_words(url: str, expected: str, config: SiteConfig) -> None:
    assert _source(url, config) == expected


def test_what_the_page_writes_wins_over_the_domains_words(config: SiteConfig) -> None:
    url = "https://www.lakecountyrecordbee.example/a"
    assert _source(url, config, text="Copyright 2026 Lake County Record-Bee.") == "Lake County Record-Bee"
    assert _source(url, config, declared="Lake County Record-Bee") == "Lake County Record-Bee"


def test_a_domain_with_a_number_is_named_only_in_words(config: SiteConfig) -> None:
    doc = RawDocument(original="p.html", title="T", paragraphs=("A story.",), url="https://www.zq42xv.example/a")
    assert identify(doc, config.sources)[0] is None  # "Zq42xv" would be no name


@pytest.mark.parametrize("word", ["wood", "when", "know", "kids", "wxyz1", "kxa"])
def test_words_and_other_shapes_are_no_call_signs(word: str) -> None:
    assert not call_sign(word)


def test_the_fewest_words_and_the_tables_forms() -> None:
    names = ["The Record", "Post-Dispatch", "The Daily Star", "NewsNation"]
    assert in_words("dailyrecord", names) == "Daily Record"
    assert in_words("therecordstar", names) == "The Record Star"
    assert in_words("newsnation", names) == "News Nation"  # a brand's words run together count apart
    assert in_words("record", names) is None  # one word: no run of words
    assert in_words("recordpost", names) == "Record Post"
    assert in_words("a", names) is None
