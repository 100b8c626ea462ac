"""Digest's built-in table of news publishers (``digest/data/publishers.yml``), how a site's ``sources.yml``
extends and overrides it, and what the table lets `digest.chain.sources` decide on invented page heads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from digest.chain.lookup import by_name, by_url
from digest.chain.sources import identify
from digest.config import SiteConfig, load_config
from digest.config.model import name_key
from digest.config.sources import builtin_sources
from digest.problems import ProblemsError
from digest.readers.document import RawDocument
from tests.conftest import ROOT

MIN_ENTRIES = 800


def test_the_table_loads_without_a_problem_and_is_large() -> None:
    table, problems = builtin_sources()
    assert problems == ()
    assert len(table) >= MIN_ENTRIES
    assert sum(s.wire for s in table) >= 20
    assert sum(s.aggregator for s in table) >= 5


def test_no_domain_and_no_name_belongs_to_two_publishers() -> None:
    table, _ = builtin_sources()
    owners: dict[str, str] = {}
    for source in table:
        for domain in source.domains:
            assert owners.setdefault(domain, source.name) == source.name, domain
    # a name or alias (or its raw spelling) names one publisher, or publishers shown under one name ("The" aside)
    named: dict[str, str] = {}
    for source in table:
        for key in source.keys | source.squashed:
            first = named.setdefault(key, source.name)
            assert name_key(first) == name_key(source.name), (key, first, source.name)
    assert name_key("Barron's") == name_key("barrons.com") == "barrons"


def _site(tmp_path: Path, sources_yml: str) -> SiteConfig:
    root = tmp_path / "site_config"
    shutil.copytree(ROOT / "site_config", root)
    (root / "sources.yml").write_text(sources_yml, encoding="utf-8")
    return load_config(root)


def test_a_site_entry_overrides_the_built_in_one_of_the_same_domain_or_name(tmp_path: Path) -> None:
    config = _site(
        tmp_path,
        "publishers:\n"
        "  - {name: Barrons Weekly, domains: [barrons.com], aliases: []}\n"
        "  - {name: USA Today, domains: [usatoday.example], aliases: [USAT]}\n"
        "aggregators: []\n",
    )
    assert (found := by_url("https://www.barrons.com/articles/x", config.sources))
    assert found.name == "Barrons Weekly"
    assert (usat := by_name("usa today", config.sources))
    assert usat.domains == ("usatoday.example",)
    assert by_url("https://www.usatoday.com/story/x", config.sources) is None  # the built-in entry is gone
    assert (times := by_url("https://www.nytimes.com/2019/x", config.sources))
    assert times.name == "The New York Times"


def test_a_problem_in_sources_yml_names_the_file_and_the_key(tmp_path: Path) -> None:
    with pytest.raises(ProblemsError) as raised:
        _site(
            tmp_path,
            "publishers:\n  - {name: A, domains: [a.example]}\n  - {name: B, domains: [a.example]}\naggregators: []\n",
        )
    assert "sources.yml: publishers[1].domains: 'a.example' is listed twice" in str(raised.value)


def _doc(url: str, source: str | None, paragraphs: tuple[str, ...] = ("A council voted on Monday.",)) -> RawDocument:
    return RawDocument(
        original="page.html", title="Council approves harbour wall", paragraphs=paragraphs, url=url, source=source
    )


@pytest.mark.parametrize(
    ("url", "declared", "expected"),
    [
        ("https://www.usatoday.com/story/news/1", "usatoday", "USA Today"),  # raw
        ("https://www.barrons.com/articles/1", "Barrons", "Barron's"),  # no apostrophe
        ("https://www.reuters.com/world/1", "U.S.", "Reuters"),  # an edition's label
        ("https://www.businessinsider.com/x-1", "Business Insider Deutschland", "Business Insider"),  # another edition
        ("https://www.theguardian.com/world/1", "Expert news for everyone who reads", "The Guardian"),  # a tagline
        ("https://www.smh.com.au/national/1", "National", "The Sydney Morning Herald"),  # a section, .com.au
        ("https://www.bbc.co.uk/news/1", None, "BBC News"),  # nothing declared: the domain's owner, .co.uk
        ("https://www.abc.net.au/news/1", "ABC News", "ABC News"),  # a qualifier in the table is never shown
        ("https://www.kelmouthecho.com/news/1", "LiveScience", "Live Science"),  # a raw spelling anywhere
        ("https://www.kelmouthecho.com/news/1", "News Nation", "News Nation"),  # several words: as written
    ],
)
def test_the_domains_owner_and_the_tables_spelling(
    url: str, declared: str | None, expected: str, config: SiteConfig
) -> None:
    assert identify(_doc(url, declared), config.sources)[0] == expected


def test_another_papers_alias_on_a_paper_of_its_own_is_that_papers_name(config: SiteConfig) -> None:
    # "The Journal" is an alias of one paper in the table; on another paper's own host it is that paper's name
    assert identify(_doc("https://www.kelmouthjournal.example/a", "The Journal"), config.sources)[0] == "The Journal"


def test_a_wire_story_gets_the_agency_and_the_site_as_it_names_itself(config: SiteConfig) -> None:
    doc = _doc("https://www.kelmouthecho.com/news/1", "Kelmouth Echo", ("KELMOUTH (AP) — A council voted on Monday.",))
    assert identify(doc, config.sources) == ("The Associated Press", "Kelmouth Echo")


@pytest.mark.parametrize("label", ["U.S.", "World", "Hosted"])
def test_a_one_word_label_the_domain_does_not_spell_is_no_publisher(label: str, config: SiteConfig) -> None:
    url = "https://www.kelmouthnewsnow.example/2019/05/06/harbour"
    text = ("Kelmouth council voted on Monday, Kelmouth News Now has learned.",)
    assert identify(_doc(url, label, text), config.sources)[0] == "Kelmouth News Now"  # the text spells the domain
    assert identify(_doc(url, label), config.sources)[0] == "Kelmouthnewsnow"  # no safe rule splits it
    assert identify(_doc("https://www.engadget.example/a", "Engadget"), config.sources)[0] == "Engadget"


def test_a_sites_own_entry_keeps_a_name_its_page_states(tmp_path: Path) -> None:
    config = _site(tmp_path, "publishers:\n  - {name: Ledger Group, domains: [ledger.example]}\naggregators: []\n")
    url = "https://news.ledger.example/a"
    assert identify(_doc(url, "The Riverside Ledger"), config.sources)[0] == "The Riverside Ledger"
    assert identify(_doc(url, "ledgergroup"), config.sources)[0] == "Ledger Group"  # its raw form is not
