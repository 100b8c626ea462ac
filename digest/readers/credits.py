"""Where a page credits its writers: byline elements and links to authors' pages.

Another story's byline (a related-stories box, a sidebar, a menu) is never the page's (`ELSEWHERE`), nor is a
photo's credit or a comment's author.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import lxml.html

from digest.readers.bylines import page_authors
from digest.readers.bylinewords import OTHER_BY
from digest.readers.htmltext import squash

_BYLINE_CLASS = re.compile("byline|attribution|author|publication", re.I)
_NOT_BYLINE_CLASS = re.compile(r"image|photo|caption|credit|bio|avatar|comment", re.I)
ELSEWHERE = (
    "ancestor::aside or ancestor::nav or ancestor::*[re:test(@class, "
    "'(^|\\s)(related|recommend|more-|teaser|promo|sidebar|rail|widget|trending|popular)', 'i')]"
)
"""Where a byline is another story's: a related-stories box, a sidebar, a menu (a class that starts so)."""
NS = {"re": "http://exslt.org/regular-expressions"}
MAX_BYLINE_CHARS = 160


def byline_elements(tree: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The page's byline elements (class ``byline``, ``author``, ``attribution``...), never image credits or
    captions, nor other stories' (`ELSEWHERE`), in page order: where a page credits its writers or a news agency."""
    found: list[lxml.html.HtmlElement] = []
    for element in tree.xpath("//*[@class]"):  # the class tested here: an XPath translate() per element is slow
        if not _BYLINE_CLASS.search(element.get("class")):
            continue
        if element.tag not in {"div", "span", "p", "address", "a"} or _NOT_BYLINE_CLASS.search(element.get("class")):
            continue
        if not element.xpath(ELSEWHERE, namespaces=NS):
            found.append(element)
    return found


def byline_texts(elements: Sequence[lxml.html.HtmlElement], limit: int = 4, *, lines: bool = False) -> list[str]:
    """Short texts of byline elements (`byline_elements`) and the names they mark each in an element of their own
    (`_named_parts`), each once, at most ``limit``.
    With ``lines``, a comma where a ``<br>`` parts the lines (`lines_text`): "Ann Roe<br>Reuters" credits Reuters;
    else the text as shown ("Ann RoeReuters"), which the authors are read from (on the real pages, a byline's
    lines apart gave one page fewer right authors: a job or a date on the next line then reads as a part)."""
    found: list[str] = []
    for element in elements:
        if len(found) >= limit:
            break
        text = lines_text(element) if lines else squash(element.text_content())
        for said in (text, _named_parts(element)):
            if said and len(said) <= MAX_BYLINE_CHARS and said not in found and len(found) < limit:
                found.append(said)
    return found


def _named_parts(element: lxml.html.HtmlElement) -> str:
    """The names a byline marks each in an element of its own (class ``name``), two or more, as a list ("Ann Roe,
    Tom Vale" from "<span class=name>Ann Roe</span> and <span class=name>Tom Vale</span> <span>Leeds</span>"): its
    writers without the place or the date beside them."""
    marked = [e for e in element.iterdescendants() if _NAME_CLASS.search(e.get("class") or "")]
    outer = [e for e in marked if not any(a in marked for a in e.iterancestors())]  # not "first-name" inside a name
    apart = all(_NAMES_APART.search(e.tail or "") for e in outer[:-1])  # "Ann Roe and Tom Vale", not "Ann" "Roe"
    names = [squash(e.text_content()) for e in outer]
    return ", ".join(n for n in names if n) if len(names) > 1 and apart else ""


_NAMES_APART = re.compile(r"(?:^|\s)(?:and|&)(?:\s|$)|,")


_OPENER = re.compile(r"(?:^|\s)(?:by|with|and|&|:)$", re.I)
"""A line that a byline's next line continues ("By<br>Ann Roe"): no comma between them."""


def lines_text(element: lxml.html.HtmlElement, glue: str = "") -> str:
    """An element's text with a comma where a ``<br>`` parts its lines ("Ann Roe<br>Reuters" -> "Ann Roe,
    Reuters"), unless a line ends as a byline's opening ("By"); ``glue`` between its other parts.

    >>> lines_text(lxml.html.fromstring("<p>By<br>Ann Roe<br><small>Reuters</small></p>"))
    'By Ann Roe, Reuters'
    """
    parts: list[str] = []

    def walk(node: lxml.html.HtmlElement) -> None:
        if node.tag == "br":
            parts.append("\n")
        elif isinstance(node.tag, str):
            parts.append(node.text or "")
        for child in node:
            parts.append(glue)
            walk(child)
            parts.append(glue)
            parts.append(child.tail or "")

    walk(element)
    lines = [squash(line) for line in "".join(parts).split("\n")]
    text = ""
    for line in filter(None, lines):
        text += (" " if not text or _OPENER.search(text) else ", ") + line
    return text.strip()


def relined(stated: str, shown: Sequence[str]) -> str:
    """An author field that is a shown byline with its lines run together ("Ann Roe Reuters" where the page
    shows "Ann Roe<br>Reuters"): that byline, its lines apart (`lines_text`); else the field as stated.

    >>> relined("Ann Roe Reuters", ["Ann Roe, Reuters"]), relined("Ann Roe", ["Ann Roe, Reuters"])
    ('Ann Roe, Reuters', 'Ann Roe')
    """
    key = "".join(stated.split())
    return next((b for b in shown if "," in b and "".join(b.replace(",", " ").split()) == key), stated)


_NAME_CLASS = re.compile(r"(?:^|[\s_-])(?:name|writer|writers|contributor)(?:$|[\s_-])", re.I)
"""An element under the headline whose class says it holds a name ("name", "writer", "contributor")."""
_OPENS_BYLINE = re.compile(r"^(?:by|(?:written|words|story|text|reported) by|words(?=:)|text(?=:))\s*:?\s+\S", re.I)
"""A line that opens as a byline does ("By Ann Roe", "BY: ANN ROE", "Written by Ann Roe · 6 May", "Words: Ann Roe")."""
UNDER_HEADLINE = 3
"""The elements after the headline that print its byline, its date and its labels."""
MAX_OPENED_WORDS = 12


def under_headline(tree: lxml.html.HtmlElement) -> list[str]:
    """Short texts of the elements (or their parts) among the few right after the first ``<h1>`` (after its
    container, when it ends one) whose class says they hold a byline or a name ("<p class="byline">",
    "<p class="writer">", "<span class="name">" beside the date) or that open as a byline does ("<p>By Ann Roe</p>"),
    then of the elements the page marks as its author (microdata ``itemprop="author"``): the article's own byline,
    never another story's, where a page whose metadata names a desk or the site shows its writer. Each text is its
    parts' words apart ("Ann Roe" and "Reporter" in two spans)."""
    headline = next(tree.iter("h1"), None)
    found: list[str] = []
    marked = tree.xpath("//*[@itemprop='author']")
    for element in [e for s in (_after(headline) if headline is not None else []) for e in s.iter()] + marked:
        if not isinstance(element.tag, str) or element.xpath(ELSEWHERE, namespaces=NS):
            continue
        label = f"{element.get('class') or ''} {element.get('data-testid') or ''}"  # an app's test hook marks it too
        text = squash(" ".join(element.itertext()))
        named = (_BYLINE_CLASS.search(label) or _NAME_CLASS.search(label)) and not _NOT_BYLINE_CLASS.search(label)
        opened = _OPENS_BYLINE.match(text) is not None and len(text.split()) <= MAX_OPENED_WORDS
        if (named or opened or element in marked) and text and len(text) <= MAX_BYLINE_CHARS and text not in found:
            found.append(text)
    return found


def _after(headline: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The `UNDER_HEADLINE` elements that follow the headline at its level, then its container's (a block holding
    the headline and its standfirst, the byline under the block)."""
    parent = headline.getparent()
    siblings = [e for e in headline.itersiblings() if isinstance(e.tag, str)]
    if len(siblings) < UNDER_HEADLINE and parent is not None and parent.tag not in {"body", "article", "main"}:
        siblings += [e for e in parent.itersiblings() if isinstance(e.tag, str) and _credit_like(e)]
    return siblings[:UNDER_HEADLINE]


def _credit_like(element: lxml.html.HtmlElement) -> bool:
    """Whether an element after a headline's block may credit the writers: not a bare paragraph of the article ("<p>By
    Christmas Eve Ferris Road was under water.</p>")."""
    return element.tag != "p" or bool(element.get("class") or element.get("id"))


_AUTHOR_LINK = (
    "//a[@rel='author' or re:test(@href, "
    "'/(author|authors|staff|people|profile|profiles|writer|writers|contributor|contributors|journalist|"
    "journalists|reporter|reporters)/[^/?#]+/?$', 'i')]"
)
MAX_AUTHOR_LINKS = 6


def author_links(tree: lxml.html.HtmlElement) -> list[str]:
    """The texts of the page's links to its writers' pages (``rel="author"``, ``/author/jane-roe/``, ``/staff/...``)
    in a byline ("By <a>Jane Roe</a>, <a>John Doe</a>"), in order: where a page names its writers when its metadata
    does not."""
    found: list[str] = []
    for link in tree.xpath(_AUTHOR_LINK, namespaces=NS):
        if link.xpath(ELSEWHERE, namespaces=NS) or link.xpath("ancestor::footer"):
            continue
        line = link.getparent()
        text = squash(link.text_content())
        if line is None or not (_BY.match(shown := squash(line.text_content())) or _by_after_date(shown, text)):
            continue  # a link to a writer's page outside a byline ("By <a>Ann Roe</a>"): a list, a bio, a menu
        if text and len(text) <= MAX_BYLINE_CHARS and text not in found:
            found.append(text)
            if len(found) >= MAX_AUTHOR_LINKS:
                break
    return found


_BY = re.compile(r"^(?:by|story by|words by|written by)\s", re.IGNORECASE)
_DATED_BY = re.compile(r"(?:^|\d\s*)[·|•–—-]?\s*(?:by|story by|words by|written by)\s*$", re.IGNORECASE)


def _by_after_date(line: str, name: str) -> bool:
    """Whether a byline's "By" follows the date that opens its line ("6 May, 2019 - 09:15 · By <a>Ann Roe</a>"), or a
    separator alone (the date element empty: "· by <a>Ann Roe</a> | 6 May 2019")."""
    found = line.find(name) if name else -1
    return found > 0 and _DATED_BY.search(line[:found]) is not None


_BRACKETED_NAME = re.compile(r"\(\s*[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}\s*\)")
"""A name in brackets alone ("(Kyodo)"): how a page credits the agency that supplied its story, under it."""
_PICTURE_WORDS = re.compile(r"\b(?:photo|photos|image|images|file|video|graphic|illustration)\b", re.I)
_NOT_A_CREDIT = (
    "ancestor::figure or ancestor::figcaption or ancestor::header or ancestor::footer or ancestor::nav "
    "or ancestor::aside or ancestor-or-self::*[re:test(@class, 'image|photo|caption', 'i')]"
)
MAX_BRACKETED = 3


def bracketed(tree: lxml.html.HtmlElement) -> list[str]:
    """The texts of the page's elements that only name someone in brackets ("<p class="credit">(Kyodo)</p>"), never
    a picture's ("(AP Photo)") nor one in a caption, a header, a menu or a footer: where a page credits the agency
    whose story it carries under the story's own container, which the extractor leaves out."""
    found: list[str] = []
    for element in tree.iter("p", "div", "span"):
        text = squash(element.text_content())
        if not _BRACKETED_NAME.fullmatch(text) or _PICTURE_WORDS.search(text) or text in found:
            continue
        if not element.xpath(_NOT_A_CREDIT, namespaces=NS):
            found.append(text)
            if len(found) >= MAX_BRACKETED:
                break
    return found


_BYLINE_START = re.compile(rf"^(?:by|{OTHER_BY})\s+(?=\w)", re.IGNORECASE)
"""A byline's opening in English or another language ("By", "Par", "Von"), before the writer."""
_PHOTO_CREDIT = re.compile(r"^\(?(?:photo|photograph|picture|image|credit)s?\b|\w ?/ ?(?-i:[A-Z])", re.IGNORECASE)
"""A photo's credit ("Photo: Jane Roe", "Jane Roe/Getty Images"): it names a writer too, but belongs to the caption
above it, which the chain removes with it (`digest.chain.clean`); as a byline it would leave that caption behind."""
MAX_BYLINE_WORDS = 15
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "»")


def byline_line(text: str, names: Sequence[str] = ()) -> bool:
    """Whether one of the article's opening paragraphs is a byline: short, no sentence, no photo's credit, and naming
    one of the page's writers (``names``, casefolded) or opening as a byline does ("By Ann Roe", "Words: Ann Roe",
    "Par Anne Roux", at most `MAX_OPENED_WORDS` words).

    >>> byline_line("By Ann Roe-Lind"), byline_line("Ann Roe, 6 May", ["ann roe"]), byline_line("By noon it rained.")
    (True, True, False)
    """
    words = len(text.split())
    if words > MAX_BYLINE_WORDS or text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    opens = _OPENS_BYLINE.match(text) is not None or _BYLINE_START.match(text) is not None
    if _PHOTO_CREDIT.search(text) and not opens:
        return False
    lowered = text.casefold()
    return any(n in lowered for n in names) or (opens and words <= MAX_OPENED_WORDS)


def opening_byline(texts: Sequence[str], sites: Sequence[str], url: str | None) -> tuple[str, ...]:
    """The people of the first of the article's opening ``texts`` that is a byline (`byline_line`): the writer a page
    prints atop its text where its header's byline is empty.

    >>> opening_byline(["By Ann Roe-Lind", "Echo Staff Writer"], [], None)
    ('Ann Roe-Lind',)
    >>> opening_byline(["By noon the quay was under water."], [], None), opening_byline(["Par Anne Roux"], [], None)
    ((), ('Anne Roux',))
    """
    for text in texts:
        if byline_line(text):
            return page_authors([], _BYLINE_START.sub("", text, count=1), sites, url)
    return ()
