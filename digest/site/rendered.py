"""What rendering a page's Markdown made, as plain data: kept in the build cache, logged again, merged.

`Rendered` is what MkDocs' ``Page.render`` leaves on a page (its HTML, table of
contents, title, anchors, links to anchors), plus what the rendering depended on
and said: every link target it looked up and what that was, every message it
logged (`captured`, `replay`). A long listing is rendered in groups
(`digest.site.blocks`) and `render_in_groups` joins them as a rendering of the
whole page would be.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, cast

from markdown.extensions.toc import nest_toc_tokens

from digest.site.blocks import reserved_html, reserving, to_reserve

Target = tuple[str, bool] | None
"""What a link target was: its address and whether it is left out of the site (``None``: no such file)."""
Message = tuple[str, int, str]
"""A logged message: logger name, level, text."""
TocItem = tuple[int, str, str]
"""A table-of-contents entry: level, anchor, title (HTML)."""


@dataclass(frozen=True, slots=True)
class Rendered:
    """What rendering a page's Markdown made (MkDocs' ``Page.render``), as plain data."""

    content: str
    toc: tuple[TocItem, ...]
    """In document order; `nested_toc` gives MkDocs' nesting."""
    title: str | None
    """The title the rendering found (a first ``<h1>``)."""
    anchors: frozenset[str] | None
    anchor_links: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] | None
    """Links to anchors of pages (by path): (anchor, the link as written)."""
    targets: tuple[tuple[str, Target], ...]
    """Every link target looked up, in order, and what it was."""
    messages: tuple[Message, ...]
    pieces: tuple[bytes, ...] = ()
    """The keys of the groups a page rendered in groups was made of (kept in the cache with it)."""
    digest: bytes = b""
    """A digest of ``content``, made once with the rendering (a whole page's key holds it, not the HTML)."""

    def __post_init__(self) -> None:
        if not self.digest:
            object.__setattr__(self, "digest", hashlib.blake2b(self.content.encode("utf-8", "surrogatepass")).digest())

    def __reduce__(self) -> tuple[type[Rendered], tuple[Any, ...]]:
        """Pickled as its fields in order: unpickling field by field takes three times as long."""
        links = (self.anchor_links, self.targets)
        fields = (self.content, self.toc, self.title, self.anchors, *links, self.messages, self.pieces, self.digest)
        return (Rendered, fields)


def flat_toc(items: Iterable[Any]) -> tuple[TocItem, ...]:
    """MkDocs' table of contents (items with ``level``, ``id``, ``title``, ``children``) in document order."""
    found: list[TocItem] = []
    for item in items:
        found.append((int(item.level), str(item.id), str(item.title)))
        found.extend(flat_toc(item.children))
    return tuple(found)


def nested_toc(toc: Sequence[TocItem]) -> list[dict[str, Any]]:
    """``toc`` as Python-Markdown's nested tokens (what MkDocs makes its table of contents from)."""
    tokens: Any = [{"level": level, "id": anchor, "name": title} for level, anchor, title in toc]
    nested: list[dict[str, Any]] = cast(Any, nest_toc_tokens(tokens))
    return nested


def merge(parts: Sequence[Rendered]) -> Rendered | None:
    """Renderings of consecutive groups of one page (`digest.site.blocks`) as the rendering of the whole.

    ``None`` when two groups made one anchor: rendered whole, the second would have
    been renamed (``x_1``), so the page must be rendered whole.
    """
    anchors: set[str] = set()
    for part in parts:
        if part.anchors is None:
            return None
        if anchors & part.anchors:
            return None
        anchors |= part.anchors
    links: dict[str, dict[str, str]] | None = None
    for part in parts:
        if part.anchor_links is not None:
            links = {} if links is None else links
            for target, pairs in part.anchor_links:
                for anchor, written in pairs:
                    links.setdefault(target, {}).setdefault(anchor, written)
    return Rendered(
        content="\n".join(p.content for p in parts),
        toc=tuple(item for p in parts for item in p.toc),
        title=parts[0].title if parts else None,
        anchors=frozenset(anchors),
        anchor_links=None if links is None else tuple((t, tuple(a.items())) for t, a in links.items()),
        targets=tuple(t for p in parts for t in p.targets),
        messages=tuple(m for p in parts for m in p.messages),
    )


def unreserve(rendered: Rendered, anchors: list[str]) -> Rendered | None:
    """A group rendered after `digest.site.blocks.reserving` ``anchors``, without the lines that took them.

    ``None`` when the HTML does not start with those lines as expected.
    """
    prefix = reserved_html(anchors)
    if not rendered.content.startswith(prefix) or rendered.anchors is None:
        return None
    return dataclasses.replace(
        rendered, content=rendered.content[len(prefix) :], anchors=rendered.anchors - frozenset(anchors)
    )


def render_in_groups(groups: Sequence[str], render: Callable[[str], Rendered]) -> Rendered | None:
    """A page rendered group by group (`digest.site.blocks`); ``None`` when it must be rendered whole.

    ``render`` renders (or finds in the cache) one piece of Markdown. A group that
    makes an anchor of an earlier group is rendered again with the anchors that
    decide its own taken first (`digest.site.blocks.to_reserve`), as in the whole page.
    """
    parts: list[Rendered] = []
    used: set[str] = set()
    for group in groups:
        part: Rendered | None = render(group)
        clash = used & (part.anchors or frozenset()) if part is not None else set()
        if clash:
            taken = to_reserve(used, set(clash))
            part = None if taken is None else unreserve(render(reserving(group, taken)), taken)
        if part is None or part.anchors is None:
            return None
        used |= part.anchors
        parts.append(part)
    return merge(parts) if parts else None


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.messages: list[Message] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append((record.name, record.levelno, record.getMessage()))


@contextmanager
def captured(loggers: Sequence[str] = ("mkdocs", "")) -> Iterator[list[Message]]:
    """Collect what is logged (to ``loggers`` and below) inside the block, as `Message` tuples."""
    handler = _Capture()
    found = [logging.getLogger(name or None) for name in loggers]
    for logger in found:
        logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        for logger in found:
            logger.removeHandler(handler)


def replay(messages: Iterable[Message]) -> None:
    """Log ``messages`` again, as they were logged the first time."""
    for name, level, text in messages:
        logging.getLogger(name or None).log(level, "%s", text)
