"""The indexes of `digest.chain.lookup` answer exactly as a plain scan of the sources does: for every name, alias,
raw spelling and domain of the configured table (Digest's and the site's), and for credits naming its agencies."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.chain import lookup
from digest.chain.lookup import Agencies, by_cues, by_name, by_shown_name, by_url, mentions
from digest.config import SiteConfig, Source
from digest.config.model import name_key


def _spellings(source: Source) -> Iterator[str]:
    """The ways a page may state a source: as the table writes it, in other cases, run together, as a domain."""
    for name in (source.name, *source.aliases):
        squashed = name.replace(" ", "")
        yield from (name, name.upper(), name.casefold(), f" {name} ", squashed, f"{squashed}.com", f"The{squashed}")
        yield from (name_key(name), name.replace("The ", ""), f"{name} News")
    for domain in source.domains:
        yield from (domain, f"www.{domain}", domain.split(".")[0])


def test_lookup_by_index_is_lookup_by_scan_for_every_name_and_domain_of_the_table(config: SiteConfig) -> None:
    indexed = config.sources
    scanned = list(indexed)
    assert lookup._index(indexed) is not None
    assert lookup._index(scanned) is None  # a list is always scanned
    for source in indexed:
        for spelling in _spellings(source):
            assert by_name(spelling, indexed) is by_name(spelling, scanned), spelling
        for domain in source.domains:
            for url in (f"https://{domain}/a", f"https://news.{domain}/a/b", f"http://WWW.{domain.upper()}./", domain):
                assert by_url(url, indexed) is by_url(url, scanned), url
    for url in ("https://unknown.example/a", "https://a.b.c.example.co.uk/x", "http://localhost:8000/", ""):
        assert by_url(url, indexed) is by_url(url, scanned), url


def test_sources_by_shown_name_are_those_a_scan_finds_in_the_tables_order(config: SiteConfig) -> None:
    names = [s.name for s in config.sources]
    for group in (names[:1], names[-1:], ["ABC News", names[0]], [names[5], "No Such Paper", names[5]], []):
        assert by_shown_name(group, config.sources) == by_shown_name(group, list(config.sources))
        assert by_shown_name(group, list(config.sources)) == [s for s in config.sources if s.name in group]
    assert len(by_shown_name(["ABC News"], config.sources)) >= 2  # two publishers, one name shown


def test_cues_by_index_are_cues_by_scan(config: SiteConfig) -> None:
    names = [n for s in config.sources for n in (s.name, *s.aliases)]
    pages = [tuple(names[k : k + 40]) for k in range(0, len(names), 40)] + [("Support the Guardian today.",), ()]
    for paragraphs in pages:
        assert by_cues(paragraphs, config.sources) == by_cues(paragraphs, list(config.sources))


def _names(sources: tuple[Source, ...]) -> list[str]:
    return [n for s in sources if s.wire for n in (s.name, *s.aliases)]


def _named_by_scan(agencies: Agencies, credit: str) -> bool:
    """Whether the credit mentions one of the agencies' names, each looked for alone."""
    return any(mentions(n, credit) for _, names in agencies.names for n in names)


def test_each_agency_is_credited_by_its_name_and_aliases_a_short_one_only_in_capitals(config: SiteConfig) -> None:
    agencies = lookup.agencies(config.sources)
    assert agencies is lookup.agencies(config.sources)  # built once per configuration
    wires = tuple(s for s in config.sources if s.wire)
    assert agencies.wires == wires
    assert len(wires) >= 20
    for wire, names in agencies.names:
        assert names == tuple(n for n in (wire.name, *wire.aliases) if len(n) > 3 or n.isupper())
    assert Agencies.of(config.sources) == Agencies.of(list(config.sources))


def test_one_search_finds_a_credit_names_an_agency_exactly_when_a_search_for_each_name_does(config: SiteConfig) -> None:
    agencies = lookup.agencies(config.sources)
    for name in _names(config.sources):
        for credit in (
            name,
            f"By Ann Roe, {name}",
            f"Ann Roe with dpa, {name}.",
            f"({name})",
            f"{name}-backed",
            f"x{name}",
            f"{name}s",
            name.casefold(),
            name.upper(),
            f"Staff and {name[:-1]}",
        ):
            assert bool(agencies.named_in(credit)) == _named_by_scan(agencies, credit), credit


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_credits_made_of_agency_names_and_other_words(config: SiteConfig, data: st.DataObject) -> None:
    agencies = lookup.agencies(config.sources)
    piece = st.sampled_from(_names(config.sources)) | st.text(alphabet="aAPx-. ,()'", max_size=4)
    credit = "".join(data.draw(st.lists(piece, max_size=6)))
    assert bool(agencies.named_in(credit)) == _named_by_scan(agencies, credit), credit
