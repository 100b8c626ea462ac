"""Fetching URLs from a local server on 127.0.0.1: one request per URL, one clear message per failure."""

from __future__ import annotations

import socket

import pytest

from digest.problems import InputError
from digest.readers import fetch
from digest.readers.fetch import Fetcher
from tests.inputs.conftest import LocalServer, Route, fixture_bytes


def test_a_page_is_fetched_and_read_as_html(server: LocalServer) -> None:
    server.routes["/news/wall"] = Route(fixture_bytes("sample-news-page.html"))
    (doc,) = Fetcher().read(server.url("/news/wall"))
    assert doc.title == "Port Ellery council votes to rebuild the sea wall"
    assert doc.original == server.url("/news/wall")
    assert doc.url == "https://www.harbourgazette.example/news/2025/03/14/port-ellery-sea-wall"


def test_a_feed_is_recognised_by_its_content_type(server: LocalServer) -> None:
    server.routes["/feed"] = Route(fixture_bytes("sample-atom.xml"), "application/atom+xml")
    docs = Fetcher().read(server.url("/feed"))
    ids = ["tag:notes.coastalscience.example,2025:stepped-walls", "tag:notes.coastalscience.example,2025:tide-gauges"]
    assert [d.original for d in docs] == [f"{server.url('/feed')}#{i}" for i in ids]


def test_a_page_without_url_metadata_gets_the_fetched_url(server: LocalServer) -> None:
    server.routes["/minimal?utm_source=x"] = Route(fixture_bytes("sample-minimal-page.html"))
    (doc,) = Fetcher().read(server.url("/minimal?utm_source=x"))
    assert doc.url == server.url("/minimal")


def test_the_http_charset_is_used_to_decode(server: LocalServer) -> None:
    page = "<html><head><title>Caf\u00e9</title></head><body>" + "<p>Le caf\u00e9 a rouvert ce matin au port.</p>" * 6
    server.routes["/fr"] = Route((page + "</body></html>").encode("cp1252"), "text/html; charset=windows-1252")
    (doc,) = Fetcher().read(server.url("/fr"))
    assert "café" in doc.paragraphs[0]


def test_each_url_is_fetched_once_per_run_even_when_it_fails(server: LocalServer) -> None:
    server.routes["/page"] = Route(fixture_bytes("sample-news-page.html"))
    fetcher = Fetcher()
    first = fetcher.read(server.url("/page"))
    assert fetcher.read(server.url("/page#comments")) == first
    for _ in range(2):
        with pytest.raises(InputError):
            fetcher.read(server.url("/missing"))
    assert server.hits == {"/page": 1, "/missing": 1}


@pytest.mark.parametrize(
    ("route", "message"),
    [
        (Route(b"gone", "text/plain", 404), "HTTP 404 Not Found"),
        (Route(b"oops", "text/html", 500), "HTTP 500 Internal Server Error"),
        (Route(b"\x89PNG\r\n", "image/png"), "is image/png, not an HTML page or an RSS/Atom feed"),
        (Route(b"x" * 2048, "text/html"), "is 0.0 MB; inputs over 0 MB are refused"),
        (Route(b"<html></html>", "text/html", 302, headers={"Location": "ftp://files.example/x"}), "non-http"),
    ],
)
def test_failures_say_what_went_wrong(server: LocalServer, route: Route, message: str) -> None:
    server.routes["/x"] = route
    with pytest.raises(InputError, match=message) as caught:
        Fetcher(limit=1024).read(server.url("/x"))
    assert caught.value.path == server.url("/x")


def test_a_slow_server_times_out(server: LocalServer) -> None:
    server.routes["/slow"] = Route(b"<html></html>", delay=1.5)
    with pytest.raises(InputError, match="timeout"):
        Fetcher(timeout=0.3).read(server.url("/slow"))


def test_tls_errors_are_named(server: LocalServer) -> None:
    plain = server.url("/x").replace("http://", "https://")  # a TLS handshake against a plain HTTP server
    with pytest.raises(InputError, match="TLS error"):
        Fetcher(timeout=5).read(plain)


def test_dns_failures_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(InputError, match=r"cannot resolve host 'news\.invalid' \(DNS\)"):
        Fetcher().read("https://news.invalid/story")


def test_a_closed_port_is_a_refused_connection() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError, match="connection refused"):
        Fetcher(timeout=5).read(f"http://127.0.0.1:{port}/")


@pytest.mark.parametrize("value", ["https://a.example/x", "HTTP://a.example"])
def test_urls_are_told_from_paths(value: str) -> None:
    assert fetch.is_url(value)
    assert not fetch.is_url("inbox/https-story.txt")
