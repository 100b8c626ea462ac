"""Fetching ``http(s)://`` inputs: one GET per URL per run, bounded in time and size.

Built on the standard library's ``urllib.request`` rather than httpx: one plain
GET with redirects is all that is needed, and urllib does it without another
dependency. Its per-operation socket timeout is completed here by an overall
deadline checked while reading, so a server that drips bytes cannot hold a run.

Every failure raises `InputError` with one message that names the URL and says
what went wrong::

    InputError
    ├── HTTP status   "HTTP 404 Not Found"
    ├── DNS           "cannot resolve host 'x.example'"
    ├── TLS           "TLS error: certificate verify failed ..."
    ├── connection    "connection refused" / "network error: ..."
    ├── timeout       "no complete answer within 20 s"
    ├── too large     "is larger than 8 MB"
    └── content type  "is image/png, not an HTML page or a feed"
"""

from __future__ import annotations

import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from typing import Any, Protocol
from urllib.parse import urlsplit

from digest import __version__
from digest.problems import InputError
from digest.readers.decode import MAX_INPUT_BYTES
from digest.readers.document import RawDocument, canonical_url
from digest.readers.feed import read_feed
from digest.readers.html import read_html

TIMEOUT_SECONDS = 20.0
CHUNK = 64 * 1024
USER_AGENT = f"digest/{__version__} (news digest converter)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml"}
)
FeedReader = Callable[..., list[RawDocument]]


def is_url(value: str) -> bool:
    """Whether a command-line argument is an http(s) URL rather than a path."""
    return value.lower().startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class Response:
    """What a fetch brought back."""

    url: str
    """The final URL, after redirects."""
    content_type: str
    charset: str | None
    data: bytes


class _Readable(Protocol):
    def read(self, amount: int, /) -> bytes: ...


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) addresses only (never to ftp: or file:)."""

    def redirect_request(  # noqa: PLR0917 (urllib's signature)
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        if not is_url(newurl):
            message = f"redirect to a non-http(s) address {newurl!r}"
            raise urllib.error.HTTPError(req.full_url, code, message, headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_HttpOnlyRedirects)


def _deadline_read(response: _Readable, url: str, limit: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(url, f"no complete answer within {TIMEOUT_SECONDS:.0f} s (timeout)")
        chunk = response.read(CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise InputError(url, f"is larger than {limit / 1e6:.0f} MB; refused")
        chunks.append(chunk)


def _reason(url: str, exc: BaseException) -> str:
    """One clear message for a network failure."""
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code} {exc.reason}"
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    host = urlsplit(url).hostname or url
    if isinstance(reason, socket.gaierror):
        return f"cannot resolve host {host!r} (DNS): {reason.strerror or reason}"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"TLS error: certificate not trusted for {host!r} ({reason.verify_message})"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error with {host!r}: {reason.reason or reason}"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {TIMEOUT_SECONDS:.0f} s (timeout)"
    if isinstance(reason, ConnectionRefusedError):
        return f"connection refused by {host!r}"
    if isinstance(reason, OSError):
        return f"network error: {reason.strerror or reason}"
    return f"cannot be fetched: {reason}"


def get(url: str, timeout: float = TIMEOUT_SECONDS, limit: int = MAX_INPUT_BYTES) -> Response:
    """GET ``url`` (redirects followed); raise `InputError` with the reason on any failure."""
    if not is_url(url):
        raise InputError(url, "is not an http(s) URL")
    accept = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9"
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": accept + ", */*;q=0.5"})
    deadline = time.monotonic() + timeout
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            final = response.geturl()
            if not is_url(final):
                raise InputError(url, f"redirected to a non-http(s) address: {final!r}")
            headers: Message = response.headers
            length = headers.get("Content-Length", "")
            if length.isdigit() and int(length) > limit:
                raise InputError(url, f"is {int(length) / 1e6:.1f} MB; inputs over {limit / 1e6:.0f} MB are refused")
            data = _deadline_read(response, url, limit, deadline)
    except InputError:
        raise
    except (urllib.error.URLError, OSError, ValueError) as exc:
        if isinstance(exc, urllib.error.HTTPError):
            exc.close()  # it holds the connection open
        raise InputError(url, _reason(url, exc)) from None
    content_type = headers.get_content_type().lower()
    return Response(final, content_type, headers.get_content_charset(), data)


def reader_for_type(url: str, response: Response) -> FeedReader:
    """The reader for a fetched document, by its content type (a generic XML type means a feed)."""
    if response.content_type in HTML_TYPES:
        return read_html
    if response.content_type in FEED_TYPES or response.content_type.endswith(("+xml", "/xml")):
        return read_feed
    if response.content_type == "text/plain" and response.data.lstrip()[:1] == b"<":
        return read_html if b"<html" in response.data[:2048].lower() else read_feed
    raise InputError(url, f"is {response.content_type}, not an HTML page or an RSS/Atom feed")


@dataclass
class Fetcher:
    """Fetches and reads URLs, each canonical URL at most once per run (failures included)."""

    timeout: float = TIMEOUT_SECONDS
    limit: int = MAX_INPUT_BYTES
    _done: dict[str, list[RawDocument] | InputError] = field(default_factory=dict)

    def read(self, url: str) -> list[RawDocument]:
        """The documents at ``url``; `InputError` when it cannot be fetched or read."""
        key = canonical_url(url)
        if key not in self._done:
            try:
                response = get(url, self.timeout, self.limit)
                reader = reader_for_type(url, response)
                self._done[key] = reader(url, response.data, charset=response.charset, url=response.url)
            except InputError as exc:
                self._done[key] = exc
        found = self._done[key]
        if isinstance(found, InputError):
            raise found
        return found

    @property
    def fetched(self) -> int:
        """How many distinct URLs were requested."""
        return len(self._done)
