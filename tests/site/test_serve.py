"""A real ``mkdocs serve``: edits to articles and to site_config/ show up after the rebuild.

``make serve`` runs ``mkdocs serve --dirty`` (`FAST`), which rebuilds only the
pages an edit changes (`digest.site.preview`); these tests check that every
page that should change does, in that mode and in MkDocs' default full rebuild.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.site.helpers import article, fetch, make_project, mkdocs_serve, wait_for, write_article

FAST = "--dirty"
"""What ``make serve`` adds to ``mkdocs serve``."""


Served = tuple[Path, str, subprocess.Popen[str]]


@pytest.fixture(params=[FAST, "full"])
def served(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Served]:
    yield from _serve(tmp_path, () if request.param == "full" else (request.param,))


@pytest.fixture
def served_fast(tmp_path: Path) -> Iterator[Served]:
    yield from _serve(tmp_path, (FAST,))


def _serve(tmp_path: Path, flags: tuple[str, ...]) -> Iterator[Served]:
    project = make_project(
        tmp_path,
        [
            article("Harbour vote", "2025-03-12", topics=("Politics",), tags=("Porthallow Bay",)),
            article("Clinic rota", "2025-06-03", topics=("Health",)),
        ],
    )
    with mkdocs_serve(project, flags, tmp_path / "serve.log", "Harbour vote") as (base, proc):
        yield project, base, proc


def test_frontmatter_edit_shows_on_topic_home_and_timeline(served: Served) -> None:
    project, base, proc = served
    assert "Harbour vote" not in fetch(base + "topics/health/")
    edited = article(
        "Harbour vote",
        "2025-03-12",
        id="harbour-vote",
        topics=("Politics", "Health"),
        tags=("Porthallow Bay", "Ines Varga"),
        featured=True,
    )
    write_article(project, edited, "harbour-vote")
    health = wait_for(base + "topics/health/", "Harbour vote", proc)
    assert health.index("Clinic rota") < health.index("Harbour vote")  # newest first
    home = wait_for(base, "Harbour vote", proc)
    assert home.index("Saturday 28 November 2026") < home.index("Harbour vote") < home.index("Clinic rota")
    wait_for(base + "tags/", "Ines Varga", proc)
    timeline = fetch(base + "timeline/")
    assert "Health</a>" in timeline.split("Harbour vote", 1)[1].split("</li>", 1)[0]


def test_site_config_is_watched(served_fast: Served) -> None:
    project, base, proc = served_fast
    topics = project / "site_config" / "topics.yml"
    text = topics.read_text(encoding="utf-8")
    old = "Medicine, public health, disease and health care."
    assert old in text
    topics.write_text(text.replace(old, "Hospitals, clinics and the people who staff them."), encoding="utf-8")
    wait_for(base + "topics/", "Hospitals, clinics and the people who staff them.", proc)


def test_fast_rebuild_keeps_every_article_in_tags_and_search(served_fast: Served) -> None:
    project, base, proc = served_fast
    wait_for(base + "tags/", "Porthallow Bay", proc)
    edited = article("Clinic rota", "2025-06-03", id="clinic-rota", topics=("Health",), tags=("Ines Varga",))
    write_article(project, edited, "clinic-rota")
    tags = wait_for(base + "tags/", "Ines Varga", proc)
    assert "Porthallow Bay" in tags  # the other article was not rebuilt, its tags are still listed
    index = json.loads(fetch(base + "search/search_index.json"))
    titles = {d["title"] for d in index["docs"]}
    assert {"Harbour vote", "Clinic rota"} <= titles


def test_fast_rebuild_after_a_topic_moves_rebuilds_the_article_pages(served_fast: Served) -> None:
    project, base, proc = served_fast
    assert "topics/health/" in fetch(base + "articles/clinic-rota/")
    topics = project / "site_config" / "topics.yml"
    text = topics.read_text(encoding="utf-8")
    topics.write_text(text.replace("  - title: Health\n", "  - title: Health\n    slug: medicine\n"), encoding="utf-8")
    page = wait_for(base + "articles/clinic-rota/", "topics/medicine/", proc)
    assert "topics/health/" not in page
    wait_for(base + "topics/medicine/", "Clinic rota", proc)


def test_fast_rebuild_of_a_body_edit_changes_the_article_only(served_fast: Served) -> None:
    project, base, proc = served_fast
    edited = article("Clinic rota", "2025-06-03", id="clinic-rota", topics=("Health",))
    write_article(project, edited.replace(body=edited.body + "\n\nA late correction."), "clinic-rota")
    wait_for(base + "articles/clinic-rota/", "A late correction.", proc)
    assert "Clinic rota" in fetch(base + "topics/health/")


def test_one_save_starts_one_rebuild_and_a_replaced_file_is_seen(served_fast: Served, tmp_path: Path) -> None:
    project, base, proc = served_fast
    log = tmp_path / "serve.log"
    builds = log.read_text(encoding="utf-8").count("Documentation built")
    edited = article("Clinic rota, revised", "2025-06-03", id="clinic-rota", topics=("Health",))
    write_article(project, edited, "clinic-rota")
    wait_for(base + "topics/health/", "Clinic rota, revised", proc)
    time.sleep(1.5)  # reading files while building is not a change: no second build follows
    assert log.read_text(encoding="utf-8").count("Documentation built") == builds + 1
    (tmp_path / "elsewhere" / "content" / "articles").mkdir(parents=True)
    saved = write_article(tmp_path / "elsewhere", edited.replace(title="Clinic rota, third"), "clinic-rota")
    os.replace(saved, project / "content" / "articles" / "clinic-rota.md")  # how many editors save
    wait_for(base + "topics/health/", "Clinic rota, third", proc)


def test_an_image_fetched_while_serving_shows_on_its_article(served_fast: Served) -> None:
    from PIL import Image

    from digest.site.images import file_name

    project, base, proc = served_fast
    item = article("Harbour vote", "2025-03-12", topics=("Politics",), image="https://publisher.example/a.jpg")
    write_article(project, item, "harbour-vote")
    wait_for(base + "articles/harbour-vote/", "og:image", proc)
    folder = project / "content" / "images"
    folder.mkdir()
    Image.new("RGB", (800, 450)).save(folder / file_name(item.id, 800, 450), "WEBP")  # as `digest images` does
    page = wait_for(base + "articles/harbour-vote/", 'loading="lazy"', proc)
    assert "images/harbour-vote.800x450.webp" in page
