"""Open every page of a built site in headless Chromium and record anything hostile content made happen.

`serve` serves a folder on 127.0.0.1; `chromium` launches Debian's Chromium
through Playwright and `new_tab` opens a page in it (the browser tests of
``tests/site`` use both too); `visit` opens each page in one browser
context and returns, per page, every dialog (``alert``), the value of the
payloads' global ``window.__pwned``, every console or page error, every request
to a host other than the local server (aborted, never sent) and what a look at
the DOM finds (`DOM_CHECK`: event-handler attributes, ``javascript:``/``data:``
URLs, frames, plugins, scripts that are not the theme's, two elements with one of
the theme's ids). ``search`` also types a query into the site's search box, so
the search results (rendered from the search index) are checked the same way.
The browser test asserts that every list is empty; the report prints them.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SETTLE_MS = 150
"""Time given to each page after its ``load`` event (timers, the search worker)."""

DOM_CHECK = r"""() => {
  const found = [];
  const urlAttributes = ["href", "src", "action", "formaction", "poster", "cite", "data", "background",
                         "xlink:href", "srcdoc"];
  const show = (el) => el.outerHTML.slice(0, 160);
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) found.push(`event handler ${name}: ${show(el)}`);
      const value = attr.value.replace(/[\t\n\r]/g, "").replace(/^[\x00-\x20]+/, "").toLowerCase();
      if (urlAttributes.includes(name) && /^(javascript|data|vbscript):/.test(value))
        found.push(`${name} ${value.split(":")[0]}: URL: ${show(el)}`);
      if (name === "srcdoc") found.push(`srcdoc: ${show(el)}`);
    }
  }
  for (const el of document.querySelectorAll("iframe, frame, object, embed, applet, base, meta[http-equiv]"))
    found.push(`element ${el.tagName.toLowerCase()}: ${show(el)}`);
  for (const el of document.querySelectorAll("script")) {
    // a data block (JSON-LD) never runs; it must still be whole JSON, not markup that broke out of it
    if (el.type && !/^(module|(text|application)\/(x-)?(java|ecma)script)$/i.test(el.type)) {
      try { JSON.parse(el.textContent); } catch (e) { found.push(`data script that is not JSON: ${show(el)}`); }
      continue;
    }
    const foreign = el.src && new URL(el.src).host !== location.host;
    if (foreign || /pwned|alert|evil\.test/.test(el.textContent)) found.push(`script: ${show(el)}`);
  }
  const ids = {};
  for (const el of document.querySelectorAll("[id^='__']")) ids[el.id] = (ids[el.id] || 0) + 1;
  for (const [id, n] of Object.entries(ids)) if (n > 1) found.push(`${n} elements with the theme's id ${id}`);
  return found;
}"""


@dataclass
class PageReport:
    """What happened on one page; ``clean`` when every list is empty."""

    url: str
    dialogs: list[str] = field(default_factory=list)
    executed: list[str] = field(default_factory=list)
    """Values of ``window.__pwned`` (set only by a payload that ran)."""
    errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    dom: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.dialogs or self.executed or self.errors or self.foreign_requests or self.dom)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files and logs nothing."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serve(root: Path, handler: type[QuietHandler] = QuietHandler) -> Iterator[http.server.ThreadingHTTPServer]:
    """An HTTP server for ``root`` on 127.0.0.1 (a free port; bind first, serve once ``root`` is filled)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """Debian's Chromium (`CHROMIUM`), headless with `ARGS`, launched through Playwright; closed after."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def new_tab(browser: Any, width: int = 1280, height: int = 900, **options: Any) -> tuple[Any, Any]:
    """A fresh context (a ``width`` x ``height`` viewport, more context ``options``) and a page in it.

    Every wait on the page gives up after 15 s.
    """
    context = browser.new_context(viewport={"width": width, "height": height}, **options)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    return context, tab


def record_errors(tab: Any) -> list[str]:
    """A list that fills with every console error and uncaught script error of ``tab``."""
    errors: list[str] = []
    tab.on("console", lambda m: errors.append(f"console: {m.text} {m.location}") if m.type == "error" else None)
    tab.on("pageerror", lambda e: errors.append(f"page error: {e}"))
    return errors


def site_pages(site: Path) -> list[str]:
    """Every page and feed of a built site, as URL paths (``articles/x/``, ``feed.xml``), sorted."""
    found = []
    for path in site.rglob("*"):
        relative = path.relative_to(site).as_posix()
        if path.name == "index.html":
            found.append(relative.removesuffix("index.html"))
        elif path.suffix == ".html" or (path.suffix in {".xml", ".json"} and path.name.startswith("feed")):
            found.append(relative)
    return sorted(found)


def _watch(tab: Any, context: Any, base: str, report: list[PageReport]) -> None:
    """Record dialogs, errors and foreign requests into the last report of ``report``."""
    host = urlsplit(base).netloc

    def route(handle: Any) -> None:
        url = handle.request.url
        if urlsplit(url).netloc == host or url.startswith(("about:", "data:", "blob:")):
            handle.continue_()
        else:
            report[-1].foreign_requests.append(url)
            handle.abort()

    def dialog(d: Any) -> None:
        report[-1].dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    context.route("**/*", route)
    tab.on("dialog", dialog)
    tab.on("console", lambda m: report[-1].errors.append(f"console: {m.text}") if m.type == "error" else None)
    tab.on("pageerror", lambda e: report[-1].errors.append(f"page error: {e}"))


def _inspect(tab: Any, page: PageReport) -> None:
    tab.wait_for_timeout(SETTLE_MS)
    pwned = tab.evaluate("() => window.__pwned")
    if pwned is not None:
        page.executed.append(str(pwned))
    if tab.evaluate("() => document.contentType") == "text/html":
        page.dom += tab.evaluate(DOM_CHECK)


def _search(tab: Any, base: str, query: str, report: list[PageReport]) -> None:
    """Type ``query`` into the search box of the home page and inspect the results."""
    report.append(PageReport(f"{base} (search results for {query!r})"))
    tab.goto(base, wait_until="networkidle")
    tab.locator("input.md-search__input").click()
    tab.keyboard.type(query, delay=20)
    tab.locator(".md-search-result__item").first.wait_for()
    _inspect(tab, report[-1])


def visit(base: str, pages: Sequence[str], search: str | None = None) -> list[PageReport]:
    """Open each of ``pages`` (paths below ``base``) in headless Chromium; one report per page."""
    report: list[PageReport] = []
    with chromium() as browser:
        context, tab = new_tab(browser)
        _watch(tab, context, base, report)
        for path in pages:
            report.append(PageReport(base + path))
            tab.goto(base + path, wait_until="load")
            _inspect(tab, report[-1])
        if search:
            _search(tab, base, search, report)
        context.close()
    return report
