"""Page shapes from the tune half of blind battery 13 (`tests/inputs/blind_pages13`), each reproduced first on an
invented page here: a gallery of captions only, whose headline sits under a section's kicker.
"""

from __future__ import annotations

import json

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.html import read_html
from tests.conftest import ADDED
from tests.inputs.publisher_pages import ECHO, HEADLINE, URL

CAPTIONS = (
    "Marchers carry a paper heron along the harbour wall during the lantern parade in Kelmouth on Saturday.",
    "A boy holds up the fish lantern he made at a workshop at the town library.",
    "The harbour board estimated that about 3,000 people lined the route, the largest crowd yet.",
    "Lanterns are released onto the harbour at the end of the evening.",
)


def _page(article: str, head: str = "", ld: dict[str, object] | None = None) -> bytes:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{HEADLINE} | {ECHO}</title>"
        f'<meta property="og:site_name" content="{ECHO}"><link rel="canonical" href="{URL}">{head}{script}</head>'
        f"<body><header><a href='/'>{ECHO}</a></header><main>{article}</main>"
        f"<footer><p>© 2026 {ECHO}</p></footer></body></html>"
    ).encode()


def test_a_gallery_of_captions_only_under_a_kicker_is_read_in_its_figures(config: SiteConfig) -> None:
    title = "Photos: Thousands turn out for the lantern parade on the harbour wall"
    slides = "".join(
        f"<figure><img src='/p{k}.jpg' alt=''><figcaption><span class='count'>{k} of {len(CAPTIONS)}</span> {c} "
        f"<span class='credit'>Ann Roe / {ECHO}</span></figcaption></figure>"
        for k, c in enumerate(CAPTIONS, 1)
    )
    header = (
        f"<header><div class='overline'><a href='/photos/'>Photos</a></div><h1>{title}</h1>"
        "<div class='byline'>Echo Photo Staff</div><time datetime='2026-12-05T21:45'>Dec. 5, 2026 9:45 p.m.</time>"
        "<div class='share-bar'><button>Share</button><span>3 comments</span></div></header>"
    )
    (doc,) = read_html("page.html", _page(f"<article>{header}<div class='gallery'>{slides}</div></article>"))
    conversion = convert_document(doc, config, ADDED)
    assert conversion.article.summary.startswith(CAPTIONS[0][:40])
    assert any("unusable" in note for note in conversion.notes)
