"""Invented web pages that declare who published them the ways real news sites do (issue 11, item 3).

Each `Probe` is one page kind: how the page names its site (``og:site_name`` as a name, a domain, a slug,
a section label; JSON-LD publishers; the title's suffix; a footer or a logo), which news agency it credits
and where (byline, dateline, footer, JSON-LD), and how it writes its authors. The expected values are what
an editor would write: the publisher as readers name it, the wire as ``source`` and the carrying site as
``via``, the headline without the site's name, the people who wrote it in normal capitalisation.

    PYTHONPATH=. python -m tests.inputs.publisher_pages     # the probe table: expected and written

Every name and host is invented; the wire agencies are the configured ones (Digest's table of publishers,
``digest/data/publishers.yml``).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Any

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig, load_config
from digest.readers.html import read_html
from tests.conftest import ADDED, ROOT

HEADLINE = "Council approves harbour wall repairs after winter storms"
HOME = "https://www.kelmouthecho.com"
URL = f"{HOME}/news/2019/05/06/harbour-wall-repairs"
ECHO = "The Kelmouth Echo"
AP = "The Associated Press"
PARAGRAPHS = (
    "Kelmouth council voted on Monday to spend 4.2 million pounds repairing the harbour wall, which lost "
    "a long stretch of its parapet in the storms of January and February.",
    "The wall protects about 300 homes and the fish market, and engineers told councillors that a second "
    "winter without repairs could see the old stone core give way at high tide.",
    "Work is due to start in June, when the weather calms, and should take most of the summer, with stone "
    "brought in by barge from the quarry at Penhallow because the harbour road is too narrow for lorries.",
    "Fishermen who moor inside the wall said they were relieved, though several asked why the repairs had "
    "taken four months to approve when the damage was plain to see the morning after the first storm.",
    "The council's finance chief said the money would come from reserves set aside for flood defences, and "
    "that the government had been asked to pay back half of it under its coastal resilience scheme.",
)


@dataclass(frozen=True)
class Page:
    """The parts of an invented page that name its site, its writers and any agency."""

    title: str = HEADLINE
    """The ``<title>``."""
    meta: tuple[tuple[str, str], ...] = ()
    """(``property``/``name``, content) pairs; a key with a colon is a ``property``."""
    ld: tuple[Any, ...] = ()
    """JSON-LD scripts, one per item."""
    header: str = ""
    """Markup inside ``<header>`` (a logo)."""
    byline: str = ""
    """The text of a ``<p class="byline">`` under the headline."""
    under: str = ""
    """Markup right under the headline (a line of links to the writers' pages)."""
    first: str = ""
    """Text put before the first paragraph (a dateline)."""
    after: tuple[str, ...] = ()
    """Paragraphs after the article's own (a credit line, a quoted wire report)."""
    inside: str = ""
    """Markup inside the article after the paragraphs (a photo caption)."""
    footer: str = ""
    """The page's footer text (a copyright line)."""
    canonical: str | None = None
    paragraphs: tuple[str, ...] = PARAGRAPHS

    def html(self) -> bytes:
        metas = "".join(
            f'<meta {"property" if ":" in k and not k.startswith("twitter") else "name"}="{k}" content="{v}">'
            for k, v in self.meta
        )
        scripts = "".join(f'<script type="application/ld+json">{json.dumps(item)}</script>' for item in self.ld)
        link = f'<link rel="canonical" href="{self.canonical}">' if self.canonical else ""
        byline = f'<p class="byline">{self.byline}</p>' if self.byline else ""
        paragraphs = [*self.paragraphs]
        paragraphs[0] = self.first + paragraphs[0]
        body = "".join(f"<p>{p}</p>" for p in (*paragraphs, *self.after))
        return (
            f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{self.title}</title>{metas}{link}"
            f"{scripts}</head><body><header>{self.header}<nav><a href='/news'>News</a> <a href='/sport'>Sport</a>"
            f"</nav></header><main><article><h1>{HEADLINE}</h1>{self.under}{byline}{body}{self.inside}</article></main>"
            f"<footer><p>{self.footer}</p></footer></body></html>"
        ).encode()


@dataclass(frozen=True)
class Probe:
    """One page kind and what an editor would write about it."""

    name: str
    page: Page
    source: str | None
    via: str | None = None
    authors: tuple[str, ...] = ()
    url: str = URL
    title: str = HEADLINE
    also: frozenset[str] = field(default_factory=frozenset)
    """Other sources an editor would accept as well ("Kelmouth Echo" where the page writes both)."""


@dataclass(frozen=True)
class Written:
    source: str | None
    via: str | None
    title: str
    authors: tuple[str, ...]


def convert(probe: Probe, config: SiteConfig) -> Written:
    """What the converter writes for the probe's page (read as saved from its URL)."""
    (doc,) = read_html(f"{probe.name}.html", probe.page.html(), url=probe.url)
    article = convert_document(doc, config, ADDED).article
    return Written(article.source, article.via, article.title, article.authors)


def echo_page(article: str, *, ld: dict[str, object] | None = None, meta: str = "", title: str = HEADLINE) -> bytes:
    """A page of the Echo holding ``article`` in its ``<article>``, with JSON-LD ``ld`` and ``meta`` in its head."""
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{title} | {ECHO}</title>"
        f'<meta property="og:site_name" content="{ECHO}"><link rel="canonical" href="{URL}">{meta}{script}</head>'
        f"<body><header><a href='/'>{ECHO}</a></header><article>{article}</article>"
        f"<footer><p>© 2019 {ECHO}</p></footer></body></html>"
    ).encode()


def converted(page: bytes, config: SiteConfig) -> tuple[str | None, str | None, tuple[str, ...], str]:
    """(source, via, authors, title) the converter writes for a saved page."""
    (doc,) = read_html("page.html", page)
    article = convert_document(doc, config, ADDED).article
    return article.source, article.via, article.authors, article.title


def wrong(probe: Probe, got: Written) -> list[str]:
    """The fields the converter got wrong, as "field: written != expected"."""
    problems = []
    if got.source != probe.source and got.source not in probe.also:
        problems.append(f"source {got.source!r} != {probe.source!r}")
    if got.via != probe.via:
        problems.append(f"via {got.via!r} != {probe.via!r}")
    if got.title != probe.title:
        problems.append(f"title {got.title!r}")
    if sorted(got.authors) != sorted(probe.authors):
        problems.append(f"authors {list(got.authors)} != {list(probe.authors)}")
    return problems


def main() -> int:
    from tests.inputs.publisher_probes import PROBES

    config = load_config(ROOT / "site_config")
    failed = 0
    for probe in PROBES:
        problems = wrong(probe, convert(probe, config))
        failed += bool(problems)
        print(f"{'FAIL' if problems else 'ok  '} {probe.name:34} {'; '.join(problems)}")
    print(f"{failed} of {len(PROBES)} probes failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
