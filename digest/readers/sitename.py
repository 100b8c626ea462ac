"""The name of the site a page was read on, as readers write it, from what the page declares and what it shows.

The page's shown text and its links home are walked once (`Shown`): the site's name reads them for the page's
address, and a syndicated copy's carrier (`carrier`) reads them again for the address it was read at.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import lxml.html

from digest.readers import banner, fullnames, htmlmeta, masthead, siteforms

_SHOWN_TEXT = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
"""The text a page shows (where it writes its own name as readers do)."""


@dataclass(frozen=True, slots=True)
class Shown:
    """What a page shows that names its site, walked once."""

    texts: tuple[str, ...]
    """The text the page shows, node by node."""
    links: banner.HomeLinks
    """The links that may lead to a site's home (`banner.home_links`)."""


def shown(tree: lxml.html.HtmlElement) -> Shown:
    """The page's shown text and its links that may lead home."""
    return Shown(tuple(tree.xpath(_SHOWN_TEXT)), banner.home_links(tree))


def site(page: Shown, declared: list[str], title: str, url: str | None, ld: list[dict[str, Any]]) -> str | None:
    """The site's name as readers write it (`masthead.site_name`, `fullnames.fuller_name`, then as the masthead
    prints it: `_as_printed`), from its declarations and the text the page shows, where it writes its name."""
    logos = banner.logo_names(page.links, url)
    shown_text = " ".join([*page.texts, *logos])
    homes = banner.home_names(page.links, url)
    name = fullnames.fuller_name(
        masthead.site_name(declared, title, url, shown_text, homes),
        [htmlmeta.providers(ld), [fullnames.title_suffix(title)], homes],
    )
    name = _as_printed(name, [*logos, *homes], shown_text, url)  # "KelmouthEcho" declared, printed in words
    return _fuller_in_title(name, title, shown_text, url)


def _fuller_in_title(name: str | None, title: str, shown_text: str, url: str | None) -> str | None:
    """The title's suffix for a name that only spells the domain when the domain is the suffix without one of its
    words (`digest.readers.masthead.leaves_out_a_word`) and the page prints the suffix too ("Delta Clarion" for
    deltaclarion.ng: "The Niger Delta Clarion", in the title and the copyright line)."""
    suffix = fullnames.title_suffix(title)
    key, label = masthead.compact(name or ""), masthead.registered_label(url)
    if not (name and suffix and key == label and suffix in shown_text):
        return name
    return suffix if masthead.leaves_out_a_word(suffix, label) else name


def carrier(page: Shown, declared: list[str], title: str, url: str | None, canonical: str | None) -> str | None:
    """The site a page was read on when its canonical link is another site's (a syndicated copy): its name as the
    page declares and prints it for the address it was read at (`site`: its JSON-LD names the original's
    publisher), when that name is the address's domain's."""
    label = masthead.registered_label(url)
    if not url or not canonical or label in {"", masthead.registered_label(canonical)}:
        return None
    name = site(page, declared, title, url, [])
    return name if name and masthead.matches(name, label) else None


def _as_printed(name: str | None, printed: list[str], shown_text: str, url: str | None) -> str | None:
    """The site's name as its masthead prints it (`siteforms.spelled_out`, `masthead_form`, `printed_form`, then
    `copyright_form`)."""
    label = masthead.registered_label(url)
    name = siteforms.masthead_form(siteforms.spelled_out(name, printed, label), printed, label, shown_text)
    return siteforms.copyright_form(siteforms.printed_form(name, printed, shown_text), printed, shown_text)
