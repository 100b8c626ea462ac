"""Evaluation of the HTML path over the sample pages: body text kept, boilerplate removed, metadata right.

Each case lists short segments the converted body must contain and segments it
must not contain (navigation, cookie banners, related links, comments, share
tools, sign-ups, footers), plus the expected title, date, authors and publisher.
The scores are pinned in ``test_html_eval.py``; run ``python -m tests.inputs.html_eval``
to print them. Pages and expectations are invented samples (see fixtures/README.md).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig, load_config
from digest.readers.html import read_html
from tests.conftest import ADDED, ROOT
from tests.inputs.conftest import fixture_bytes


@dataclass(frozen=True)
class Case:
    file: str
    title: str
    date: dt.date | None
    authors: tuple[str, ...]
    source: str | None
    keep: tuple[str, ...]
    drop: tuple[str, ...]
    extra: dict[str, Any] = field(default_factory=dict)


CASES = (
    Case(
        "sample-news-page.html",
        "Port Ellery council votes to rebuild the sea wall",
        dt.date(2025, 3, 14),
        ("Mara Lindqvist", "Tobias Ekwueme"),
        "The Harbour Gazette",
        keep=(
            "voted on Tuesday evening to rebuild the sea wall",
            "sets aside £14.2 million",
            "We have patched this wall for forty years",
            "Councillor Bram Oduya, who voted against",
            "landed most of their catch at the slipway",
            "a temporary landing stage could be built",
            "hold two public meetings at the Harbour Hall",
        ),
        drop=(
            "We use cookies",
            "Accept all cookies",
            "Search the Gazette",
            "Share on Facebook",
            "Advertisement",
            "Storm leaves harbour front under water",
            "Get the Gazette Morning Briefing",
            "SeaviewSue",
            "Fourteen million pounds for a wall",
            "Ferry timetable changes",
            "All rights reserved",
            "Privacy policy",
            "Waves break over the old sea wall",
        ),
        extra={"lang": None, "image": "https://cdn.harbourgazette.example/images/sea-wall-lead.jpg"},
    ),
    Case(
        "sample-minimal-page.html",
        "Library reopens with a bigger children's floor",
        None,
        ("Priya Haldane",),
        None,
        keep=(
            "reopened on Monday after an eight-month renovation",
            "more than four hundred people came",
            "paid for by a county grant",
            "A reading hour for toddlers starts next week",
        ),
        drop=(
            "Classifieds",
            "Obituaries",
            "Share this:",
            "School bus routes change",
            "Advertise with us",
            "By Priya Haldane",
            "Posted 2 September 2024",
        ),
    ),
    Case(
        "sample-windows-1252-page.html",
        "Le port de Saint-Évrard rouvre après la tempête",
        dt.date(2025, 1, 22),
        ("Hélène Fourcade",),
        "Le Courrier du Littoral",
        keep=(
            "Le port de pêche de Saint-Évrard a rouvert mercredi matin",
            "Nous avons travaillé jour et nuit",
            "estimés à 1,8 million d’euros",
            "Le marché aux poissons reprendra samedi",
        ),
        drop=(
            "Accueil",
            "Ce site utilise des cookies",
            "À lire aussi",
            "la côte sous alerte orange",
            "Mentions légales",
            "Par Hélène Fourcade",
        ),
        extra={"lang": "fr"},
    ),
    Case(
        "sample-spanish-page.html",
        "El ayuntamiento de Puerto Almena aprueba un nuevo carril bici",
        dt.date(2025, 6, 10),
        ("Lucía Berrocal",),
        "Diario del Estrecho",
        keep=(
            "aprobó el lunes la construcción de un carril bici",
            "La obra costará 2,3 millones de euros",
            "Queremos que ir en bicicleta al trabajo",
            "elimina ciento veinte plazas de aparcamiento",
        ),
        drop=(
            "Portada",
            "Utilizamos cookies",
            "Compartir en Facebook",
            "Llevamos diez años pidiéndolo",
            "dónde vamos a aparcar",
            "Aviso legal",
        ),
        extra={"lang": "es"},
    ),
    Case(
        "sample-blog-page.html",
        "Why the night ferry matters to island nurses",
        dt.date(2024, 11, 5),
        ("Ruth Abernethy-Kaur",),
        "The Skerry Islander",
        keep=(
            "finishes a twelve-hour shift at the mainland hospital",
            "one of nineteen nurses and care workers",
            "I would see my children before they go to bed",
            "has made no promise for the winter",
        ),
        drop=(
            "News and views from the islands",
            "Share this:",
            "Harbour dues to rise in January",
            "The waiting on the quay in January is brutal",
            "Leave a Reply",
            "Recent Posts",
            "Island school gets new roof",
            "Proudly powered by WordPress",
            "Posted on",
        ),
    ),
    Case(
        "sample-brief-page.html",
        "Glass recycling bins to return to Kelmouth car parks",
        dt.date(2023, 7, 19),
        ("Sam Okonkwo-Reid",),
        "Kelmouth Echo",
        keep=(
            "Glass recycling bins will return to three car parks",
            "complained about the noise of bottles",
            "The new bins will be locked between 9pm and 7am",
            "Recycling rates in the district fell",
        ),
        drop=(
            "E-edition",
            "free articles this month",
            "Subscribe for £1 a week",
            "Bin collection days change",
            "Report an error",
            "Lifeguards return",
            "Independent Press Standards Organisation",
            "Published 19 July 2023",
        ),
    ),
)


@dataclass
class Scores:
    kept: int = 0
    keep_total: int = 0
    leaked: int = 0
    drop_total: int = 0
    meta_right: int = 0
    meta_total: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.kept / self.keep_total

    @property
    def precision(self) -> float:
        return 1 - self.leaked / self.drop_total

    @property
    def f1(self) -> float:
        return 2 * self.precision * self.recall / (self.precision + self.recall) if self.precision + self.recall else 0

    @property
    def metadata(self) -> float:
        return self.meta_right / self.meta_total


def evaluate(config: SiteConfig) -> Scores:
    """Convert every case through the whole chain and score the output article."""
    scores = Scores()
    for case in CASES:
        (doc,) = read_html(f"inbox/{case.file}", fixture_bytes(case.file))
        article = convert_document(doc, config, ADDED).article
        body = article.body.replace("\\", "")
        for segment in case.keep:
            found = segment in body
            scores.kept += found
            scores.keep_total += 1
            if not found:
                scores.failures.append(f"{case.file}: lost {segment!r}")
        for segment in case.drop:
            leaked = segment in body
            scores.leaked += leaked
            scores.drop_total += 1
            if leaked:
                scores.failures.append(f"{case.file}: kept boilerplate {segment!r}")
        expected = {
            "title": case.title,
            "date": case.date,
            "authors": case.authors,
            "source": case.source,
            **case.extra,
        }
        for key, value in expected.items():
            got = getattr(article, key)
            scores.meta_right += got == value
            scores.meta_total += 1
            if got != value:
                scores.failures.append(f"{case.file}: {key} {got!r}, expected {value!r}")
    return scores


if __name__ == "__main__":
    result = evaluate(load_config(ROOT / "site_config"))
    print(
        f"body: recall {result.recall:.3f}, precision {result.precision:.3f}, F1 {result.f1:.3f}; "
        f"metadata {result.meta_right}/{result.meta_total} = {result.metadata:.3f}"
    )
    for failure in result.failures:
        print("  " + failure)
