"""Lead images, privately: fetched once into the content folder, resized, served by the site itself.

Images come from a local HTTP server (`tests.inputs.conftest.LocalServer`), never the network.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from digest.cli import main
from digest.site import fetchimages, images
from digest.site.images import LocalImage
from digest.store.collection import Entry
from tests.inputs import conftest as inputs
from tests.inputs.conftest import LocalServer, Route
from tests.site.helpers import article, elements, make_project, mkdocs, page_file, write_article
from tests.site.quality import jpeg

server = inputs.server  # the local HTTP server fixture of the input tests


def _project(tmp_path: Path, url: str, **fields: object) -> Path:
    item = article("Harbour light", "2025-03-14", id="light", image=url, **fields)
    project = make_project(tmp_path, [item, article("No image", "2025-03-13", id="plain")])
    return project


def _run(project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.chdir(project)
    assert main(["images"]) == 0
    return capsys.readouterr().out.splitlines()


def test_an_image_is_fetched_once_resized_and_kept(
    server: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    server.routes["/photo.jpg"] = Route(jpeg(1600, 900), "image/jpeg")
    project = _project(tmp_path, server.url("/photo.jpg"))
    out = _run(project, capsys, monkeypatch)
    assert out == [
        "fetched   articles/light.md: images/light.1200x675.webp (1200x675)",
        "1 article(s) with an image: 1 fetched, 0 kept, 0 failed",
    ]
    saved = project / "content" / "images" / "light.1200x675.webp"
    with Image.open(saved) as picture:
        assert (picture.format, picture.size) == ("WEBP", (1200, 675))
    assert server.hits["/photo.jpg"] == 1
    again = _run(project, capsys, monkeypatch)
    assert again[0] == "kept      articles/light.md: images/light.1200x675.webp"
    assert server.hits["/photo.jpg"] == 1  # fetched once
    assert [p.name for p in (project / "content" / "images").iterdir()] == [saved.name]  # no temporary file left


def test_a_small_image_is_not_enlarged(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/small.jpg"] = Route(jpeg(640, 480), "image/jpeg")
    project = _project(tmp_path, server.url("/small.jpg"))
    entry = Entry("articles/light.md", article("L", id="light", image=server.url("/small.jpg")))
    [outcome] = fetchimages.fetch_images([entry], project / "content")
    assert outcome.detail == "images/light.640x480.webp (640x480)"


@pytest.mark.parametrize(
    "case",
    [
        (Route(b"gone", "text/plain", 404), "HTTP 404 Not Found"),
        (Route(b"<html></html>", "text/html"), "is text/html, not an image"),
        (Route(b"\x89PNG\r\n\x1a\nbroken", "image/png"), "is not an image Pillow can read"),
    ],
)
def test_a_missing_or_broken_image_is_one_line_and_never_a_failure(
    server: LocalServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    case: tuple[Route, str],
) -> None:
    route, says = case
    server.routes["/x.jpg"] = route
    project = _project(tmp_path, server.url("/x.jpg"))
    out = _run(project, capsys, monkeypatch)
    assert len(out) == 2
    assert out[0].startswith("failed    articles/light.md: ")
    assert says in out[0]
    assert out[1] == "1 article(s) with an image: 0 fetched, 0 kept, 1 failed"
    assert not (project / "content" / "images").exists()


def test_an_unreachable_host_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = _project(tmp_path, "http://127.0.0.1:9/none.jpg")  # the discard port: nothing listens
    out = _run(project, capsys, monkeypatch)
    assert out[0].startswith("failed    articles/light.md: http://127.0.0.1:9/none.jpg: connection refused")


def test_the_setting_turns_images_off(
    server: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    server.routes["/photo.jpg"] = Route(jpeg(800, 450), "image/jpeg")
    project = _project(tmp_path, server.url("/photo.jpg"))
    (project / "site_config" / "site.yml").write_text("images: false\n", encoding="utf-8")
    out = _run(project, capsys, monkeypatch)
    assert out == ["images are off (site_config/site.yml: images: false); nothing fetched"]
    assert server.hits.get("/photo.jpg", 0) == 0


def _image_tags(site: Path, url: str) -> list[dict[str, str]]:
    html = page_file(site, url).read_text(encoding="utf-8")
    body = html.split('<article class="md-content__inner', 1)[1].split("</article>", 1)[0]
    return [attrs for tag, attrs in elements(body) if tag == "img"]


def test_the_page_shows_the_sites_copy_lazily_with_size_and_alt(tmp_path: Path) -> None:
    item = article("Harbour <light> [1]", "2025-03-14", id="light", image="https://publisher.example/a.jpg")
    project = make_project(tmp_path, [item])
    (project / "content" / "images").mkdir()
    Image.new("RGB", (800, 450)).save(project / "content" / "images" / images.file_name("light", 800, 450), "WEBP")
    result: subprocess.CompletedProcess[str] = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    [img] = _image_tags(project / "site", "articles/light/")
    assert img["src"] == "../../images/light.800x450.webp"
    assert (img["width"], img["height"], img["loading"]) == ("800", "450", "lazy")
    assert img["alt"] == "Harbour <light> [1]"
    assert (project / "site" / "images" / "light.800x450.webp").is_file()
    html = page_file(project / "site", "articles/light/").read_text(encoding="utf-8")
    assert "publisher.example" not in html  # the site's copy in the metadata too
    (project / "site_config" / "site.yml").write_text("images: false\n", encoding="utf-8")
    assert mkdocs(project, "build", "--strict").returncode == 0
    assert _image_tags(project / "site", "articles/light/") == []


def test_an_article_without_a_copy_shows_no_image(tmp_path: Path) -> None:
    item = article("Harbour light", "2025-03-14", id="light", image="https://publisher.example/a.jpg")
    project = make_project(tmp_path, [item])
    write_article(project, article("Other", id="other"))
    assert mkdocs(project, "build", "--strict").returncode == 0
    assert _image_tags(project / "site", "articles/light/") == []


def test_copies_are_found_by_their_names() -> None:
    assert images.parse("a.b.1200x675.webp") == ("a.b", LocalImage("images/a.b.1200x675.webp", 1200, 675))
    assert images.parse("light.0x675.webp") is None
    assert images.parse("light.webp") is None
