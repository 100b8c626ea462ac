"""Page shapes from the tune half of blind battery 13 (`tests/inputs/blind_pages13`), each reproduced first on an
invented page here: a gallery of captions only, whose headline sits under a section's kicker; a line of the page's
topic labels ("Tags: ...") after the text, where a desk is the byline; a byline opening the body, under an empty one in
the header. And one from the tune half of battery 12: a role printed after the link to the writer's page.
"""

from __future__ import annotations

import json

from digest.chain.pipeline import convert_document
from digest.config import SiteConfig
from digest.readers.html import read_html
from tests.conftest import ADDED
from tests.inputs.publisher_pages import ECHO, HEADLINE, PARAGRAPHS, URL, converted

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


def test_a_line_of_topic_labels_after_the_text_names_no_author(config: SiteConfig) -> None:
    ld: dict[str, object] = {
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "author": {"@type": "Organization", "name": ECHO},
    }
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = (
        f"<article><div class='node__header'><h1 class='page-title'><span class='field field--name-title'>{HEADLINE}"
        "</span></h1><div class='node__meta'><span class='field field--name-uid'>Kelmouth Echo staff</span> "
        "<span class='field field--name-created'>Saturday, December 5, 2026 - 1:20 pm</span></div></div>"
        f"<div class='node__content'><div class='field field--name-body'>{body}</div>"
        "<div class='field field--name-field-tags'><span>Tags:</span> <a href='/tag/harbour' rel='tag'>Harbour</a> "
        "<a href='/tag/quay-street' rel='tag'>Quay Street</a> <a href='/tag/transcripts' rel='tag'>Transcripts</a>"
        "</div></div></article>"
    )
    assert converted(_page(article, ld=ld), config)[2] == ()


def test_a_byline_opening_the_body_under_an_empty_one_names_the_author(config: SiteConfig) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = (
        f"<div class='story'><h1>{HEADLINE}</h1><font class='byline' size='2'></font><br>"
        "<font class='dateline' size='1'>Posted Dec 2, 2026 at 6:00 AM</font><div class='storybody'>"
        f"<p><b>By Ann Roe-Lindqvist</b><br>Echo Staff Writer</p>{body}</div></div>"
    )
    assert converted(_page(article), config)[2] == ("Ann Roe-Lindqvist",)


def test_a_role_printed_after_the_writer_s_link_is_no_part_of_the_name(config: SiteConfig) -> None:
    # from the tune half of blind battery 12: the link to the writer's page prints the name, the words after it a role
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    byline = (
        "<div class='article-byline'><div class='author-name'>By <a href='/author/profile/310.ann_roe/'>"
        "Ann Roe-Lind</a>"
        " <span class='author-role'>Local Democracy Correspondent</span></div></div>"
    )
    article = f"<article><h1>{HEADLINE}</h1>{byline}<div class='article-body'>{body}</div></article>"
    assert converted(_page(article), config)[2] == ("Ann Roe-Lind",)
