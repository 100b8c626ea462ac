"""The "In the browser" section of ``tests/safety/REPORT.md``: every payload of the hostile corpus and what it produced.

Every payload in ``tests/safety/hostile/`` names itself (``plain-title``,
``fm-tag``, ``md-link``); `payloads` finds each one (base64 ``data:`` payloads
decoded) with its file, line and text. `section` builds the hostile site, opens
every page in Chromium as the browser test does, and reports per payload: whether
its text is still in the article files, on how many built pages it shows as text,
and what it did in the browser (a dialog, the global ``window.__pwned``, a request
to another host: never, or the test fails).
"""

from __future__ import annotations

import base64
import binascii
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from tests.safety.browser import CHROMIUM, PageReport, serve, site_pages, visit
from tests.safety.hostile_site import CORPUS, HostileSite, build

PAYLOAD_ID = re.compile(r"\b(?:plain|html|rss|atom|fm|md|topic)-[a-z0-9]+(?:-[a-z0-9]+)*")
BASE64 = re.compile(r"base64,([A-Za-z0-9+/=]+)")
EXCERPT = 70
_INVISIBLE = re.compile("[\u200b-\u200f\u2028-\u202e\u2066-\u2069]")


@dataclass(frozen=True, slots=True)
class Payload:
    id: str
    where: str
    """File (relative to the corpus) and line, and for an article's frontmatter the key."""
    text: str
    """The payload's surroundings in its file (decoded when it was base64)."""


def _excerpt(line: str, start: int, end: int) -> str:
    head = line[max(0, start - EXCERPT) : start]
    tail = line[end : end + 15]
    return ("…" if start > EXCERPT else "") + head + line[start:end] + tail + ("…" if end + 15 < len(line) else "")


def _found(line: str) -> Iterator[tuple[str, str]]:
    """(id, excerpt) of every payload on one line of a corpus file."""
    for match in PAYLOAD_ID.finditer(line):
        yield match.group(0), _excerpt(line, match.start(), match.end())
    for encoded in BASE64.finditer(line):
        try:
            decoded = base64.b64decode(encoded.group(1)).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            continue
        for match in PAYLOAD_ID.finditer(decoded):
            yield match.group(0), f"base64 of {decoded}"


def _field(lines: list[str], index: int, markdown: bool) -> str:
    if not markdown:
        return ""
    closing = lines.index("---", 1)
    if index > closing:
        return " (body)"
    key = next((line.split(":")[0] for line in reversed(lines[: index + 1]) if re.match(r"\w+:", line)), "")
    return f" ({key})"


def payloads() -> list[Payload]:
    """Every payload of the corpus, first occurrence only, in file and line order."""
    found: dict[str, Payload] = {}
    for path in sorted(CORPUS.rglob("*")):
        if not path.is_file() or path.name == "README.md":
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        for index, line in enumerate(lines):
            field = _field(lines, index, path.suffix == ".md")
            for pid, text in _found(line):
                found.setdefault(pid, Payload(pid, f"`{path.relative_to(CORPUS).as_posix()}:{index + 1}`{field}", text))
    return list(found.values())


class _Text(HTMLParser):
    """The text a reader sees (and attribute values), scripts and styles left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"} and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _page_texts(site: Path) -> list[str]:
    texts = []
    for path in site.rglob("*.html"):
        parser = _Text()
        parser.feed(path.read_text(encoding="utf-8"))
        texts.append("".join(parser.parts))
    return texts


def _mentions(pid: str, text: str) -> bool:
    """True when ``text`` names the payload (``md-link``, not the end of ``plain-md-link``)."""
    return re.search(rf"(?<![\w-]){re.escape(pid)}(?![\w-])", text) is not None


def _events(pid: str, reports: list[PageReport]) -> list[str]:
    found = []
    for report in reports:
        for kind, values in (
            ("dialog", report.dialogs),
            ("ran", report.executed),
            ("request", report.foreign_requests),
            ("DOM", report.dom),
        ):
            found += [f"**{kind}** on {report.url}: {v}" for v in values if _mentions(pid, v)]
    return found


def _rows(site: HostileSite, reports: list[PageReport]) -> list[tuple[Payload, str, str, str]]:
    articles = "\n".join(p.read_text(encoding="utf-8") for p in site.articles.glob("*.md"))
    pages = _page_texts(site.site)
    rows = []
    for payload in payloads():
        if payload.where.startswith("`inbox/"):
            kept = "kept as text" if _mentions(payload.id, articles) else "left out by the converter"
        else:
            kept = "written by hand" if payload.where.startswith("`articles/") else "in `site_config/topics.yml`"
        shown = sum(_mentions(payload.id, text) for text in pages)
        on_pages = f"text on {shown} page(s)" if shown else "not shown"
        rows.append((payload, kept, on_pages, "<br>".join(_events(payload.id, reports)) or "nothing ran"))
    return rows


def run_browser(where: Path) -> tuple[HostileSite, list[PageReport]]:
    """Build the hostile site in ``where`` and open every page, as the browser test does."""
    (where / "site").mkdir(parents=True)
    with serve(where / "site") as server:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        site = build(where, base)
        pages = site_pages(site.site)
        return site, visit(base, pages + [p + "?h=script" for p in pages if p.startswith("articles/")], "script")


def _md(text: str) -> str:
    """Table-cell text; invisible and direction-changing characters shown by their code point."""
    text = _INVISIBLE.sub(lambda m: f"U+{ord(m.group(0)):04X}", text)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`").replace("<", "&lt;").replace("\n", " ")


def section() -> list[str]:
    """The report section as Markdown lines."""
    head = ["## In the browser", ""]
    if not CHROMIUM.exists():
        return [*head, "Not run: Debian's Chromium is not at /usr/bin/chromium.", ""]
    with tempfile.TemporaryDirectory() as tmp:
        site, reports = run_browser(Path(tmp))
        rows = _rows(site, reports)
        pages = len(site_pages(site.site))
    dirty = [r for r in reports if not r.clean]
    return [
        *head,
        "Generated with the other sections, from `tests/safety/hostile/` (see its README): the raw inputs",
        "converted with `digest convert`, the hand-edited articles added, `mkdocs build --strict`, then every",
        f"page and feed opened in headless Chromium ({len(reports)} loads: {pages} pages",
        "and feeds, each article again with search highlighting, one typed search). Pages with a dialog, a",
        f"payload's global, an error, a request to another host or a hostile DOM finding: **{len(dirty)}**.",
        "A payload that would need a click or hover (`onclick`, `onmouseover`) is caught by the DOM check (no",
        "event-handler attribute on any page). *Kept as text*: the payload's words are still in the article",
        "file; *text on N pages*: shown as text there (the article, and the home, topic, timeline and tags",
        "pages that list it); *not shown*: the words appear on no page (a removed link target or attribute,",
        "an unused field).",
        "",
        "Holes this corpus found, all fixed: a topic title closing `<title>` (Material's `striptags` decodes",
        "the escaped heading; the theme override escapes it again); `javascript:`/`vbscript:`/`data:` link and",
        "image targets, `on*` handlers (`autofocus` + `onfocus` ran without a click), loading styles and the",
        "theme's `__config` id (which broke Material's script) from attribute lists, all in editors' Markdown",
        "(`digest.site.safehtml`); frontmatter keys Digest does not know (`description`, `author`) printed",
        "unescaped into `<meta>` by a build without `--strict` (`display_meta` escapes every value).",
        "",
        "| # | payload | where | what was tried | article file | built pages | in the browser |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        *(
            f"| {n} | `{p.id}` | {p.where} | {_md(p.text)} | {kept} | {shown} | {ran} |"
            for n, (p, kept, shown, ran) in enumerate(rows, start=1)
        ),
        "",
    ]
