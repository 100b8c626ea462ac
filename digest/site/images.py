"""Lead images served by the site itself: where the copies live and how a page shows one.

`digest images` (`digest.site.fetchimages`) saves the image an article declares
as ``content/images/<id>.<width>x<height>.webp``: the name carries the size,
so a build learns every image's width and height from one listing of the
folder, without opening a file. Pages show only these copies, never the
publisher's address, with ``width``, ``height``, ``loading="lazy"`` and the
title as alternative text.

>>> file_name("bc44", 800, 450)
'bc44.800x450.webp'
>>> parse("bc44.800x450.webp")
('bc44', LocalImage(src='images/bc44.800x450.webp', width=800, height=450))
>>> parse("notes.txt") is None
True
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from digest.contract.model import Article
from digest.site import paths
from digest.text.markdown import escape

IMAGES_DIR = "images"
"""The folder of the copies, under the docs (content) folder."""
SUFFIX = "webp"
_NAME = re.compile(r"(?P<id>.+)\.(?P<w>[1-9]\d{0,4})x(?P<h>[1-9]\d{0,4})\.webp")


@dataclass(frozen=True, slots=True)
class LocalImage:
    """An article's image as the site serves it."""

    src: str
    """Path under the docs folder (``images/<id>.800x450.webp``)."""
    width: int
    height: int


def file_name(article_id: str, width: int, height: int) -> str:
    """The copy's file name: the article's id and the image's size."""
    return f"{article_id}.{width}x{height}.{SUFFIX}"


def parse(name: str) -> tuple[str, LocalImage] | None:
    """The article id and image of a file name `file_name` made; ``None`` for any other name."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    image = LocalImage(f"{IMAGES_DIR}/{name}", int(match["w"]), int(match["h"]))
    return match["id"], image


def index(docs_dir: Path) -> dict[str, LocalImage]:
    """Every copy under ``docs_dir/images/`` by article id (the newest name wins when there are two)."""
    found: dict[str, LocalImage] = {}
    try:
        names = sorted(os.listdir(docs_dir / IMAGES_DIR))
    except (FileNotFoundError, NotADirectoryError):
        return found
    for name in names:
        parsed = parse(name)
        if parsed is not None:
            found[parsed[0]] = parsed[1]
    return found


def for_article(article: Article, images: Mapping[str, LocalImage], enabled: bool = True) -> LocalImage | None:
    """The copy of the image ``article`` declares, when images are shown and it was fetched."""
    if not enabled or not article.image:
        return None
    return images.get(article.id)


def figure(article: Article, image: LocalImage, page_src: str) -> str:
    """Markdown showing ``image`` on page ``page_src``: lazy, with its size, the title as alternative text."""
    alt = escape(article.title).replace("[", "\\[").replace("]", "\\]")
    target = paths.link(page_src, image.src)
    attributes = f'width="{image.width}" height="{image.height}" loading="lazy" decoding="async"'
    return f"![{alt}]({target}){{ {attributes} }}\n{{ .digest-figure }}\n"
