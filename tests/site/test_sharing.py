"""What an article page tells link previews and search engines, read from the built page as a crawler reads it.

extruct (the metadata extractor crawlers are built on) pulls the Open Graph
properties and the JSON-LD out of the built HTML; the JSON-LD is then checked
against the schema.org vocabulary as msgspec-schemaorg generates it from
schema.org's own definitions: every type is a schema.org type, every property
belongs to its type, every nested object has a type the property accepts.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import json
import pkgutil
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from digest.contract.model import Article
from digest.site.sharing import Sharing, head, json_ld, script_json
from tests.site.helpers import article, make_project, mkdocs, page_file

extruct = pytest.importorskip("extruct")
schema_models = pytest.importorskip("msgspec_schemaorg.models")

SITE = "http://127.0.0.1:8000/"
HOSTILE = 'Vote </script><script>alert(1)</script><!-- "&'


@functools.cache
def schema_type(name: str) -> type | None:
    """The msgspec-schemaorg class of the schema.org type ``name`` (``None``: not a schema.org type)."""
    for package in pkgutil.iter_modules(schema_models.__path__):
        try:
            module = importlib.import_module(f"{schema_models.__name__}.{package.name}.{name}")
        except ImportError:
            continue
        found = getattr(module, name, None)
        if isinstance(found, type):
            return found
    return None


def _ranges(cls: type, prop: str) -> set[str]:
    """The type names a property's annotation accepts (``URL``, ``Person``, ...)."""
    for klass in cls.__mro__:
        annotation = getattr(klass, "__annotations__", {}).get(prop)
        if annotation is not None:
            return set(re.findall(r"'(\w+)'", str(annotation))) | set(
                re.findall(r"\b(str|int|date|datetime)\b", str(annotation))
            )
    return set()


def schema_problems(node: dict[str, Any], where: str = "") -> list[str]:
    """Every way ``node`` (one JSON-LD object) departs from the schema.org vocabulary."""
    cls = schema_type(str(node.get("@type")))
    if cls is None:
        return [f"{where}@type: {node.get('@type')!r} is not a schema.org type"]
    properties = set(cls.__struct_encode_fields__)  # type: ignore[attr-defined]
    problems = []
    for key, value in node.items():
        if key in {"@context", "@type", "@id"}:
            continue
        if key not in properties:
            problems.append(f"{where}{key}: not a property of {cls.__name__}")
            continue
        ranges = _ranges(cls, key)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                sub = schema_type(str(item.get("@type")))
                accepted = [schema_type(r) for r in ranges]
                if sub is None or not any(a is not None and issubclass(sub, a) for a in accepted):
                    problems.append(f"{where}{key}: a {item.get('@type')} where {sorted(ranges)} is expected")
                problems += schema_problems(item, f"{where}{key}.")
            elif not ranges & {"str", "URL", "Text", "date", "datetime", "int"}:
                problems.append(f"{where}{key}: text where {sorted(ranges)} is expected")
    return problems


def test_the_checker_notices_what_schema_org_does_not_define() -> None:
    assert schema_problems({"@type": "NewsArticle", "headline": "x"}) == []
    assert schema_problems({"@type": "NewsArticel"})[0].startswith("@type: 'NewsArticel'")
    assert schema_problems({"@type": "NewsArticle", "sourceURL": "x"}) == ["sourceURL: not a property of NewsArticle"]
    wrong = {"@type": "NewsArticle", "author": {"@type": "ImageObject", "url": "x"}}
    assert schema_problems(wrong)[0].startswith("author: a ImageObject where")


def lead(**fields: object) -> Article:
    values: dict[str, object] = {
        "title": "Harbour town votes to fund a seawall",
        "date": dt.date(2025, 3, 14),
        "source": "The Ledger",
        "url": "https://news.example/seawall?id=1",
        "authors": ("Ana Ruiz", "Tom Okafor"),
        "tags": ("Porthallow", "Ines Varga"),
        "summary": "The council voted to fund a seawall after a winter of floods.",
        "image": "https://news.example/seawall.jpg",
        "id": "seawall",
    }
    values.update(fields)
    return article(str(values.pop("title")), None, **values)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(
        tmp_path_factory.mktemp("sharing"),
        [
            lead(),
            lead(
                title=HOSTILE, id="hostile", summary=HOSTILE, authors=(), image=None, date=None, url=None, body="Plain."
            ),
        ],
    )
    result: subprocess.CompletedProcess[str] = mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    return project / "site"


def extracted(site: Path, slug: str) -> dict[str, Any]:
    html = page_file(site, f"articles/{slug}/").read_text(encoding="utf-8")
    found = extruct.extract(html, base_url=SITE + f"articles/{slug}/", syntaxes=["json-ld", "opengraph"])
    og: dict[str, list[str]] = {}
    for key, value in found["opengraph"][0]["properties"]:
        og.setdefault(key, []).append(value)
    return {"json-ld": found["json-ld"], "opengraph": og}


def test_the_json_ld_is_a_schema_org_news_article(built: Path) -> None:
    found = extracted(built, "seawall")["json-ld"]
    assert len(found) == 1
    data = found[0]
    assert schema_problems(data) == []
    page = SITE + "articles/seawall/"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Harbour town votes to fund a seawall"
    assert data["description"] == "The council voted to fund a seawall after a winter of floods."
    assert data["datePublished"] == "2025-03-14"
    assert data["author"] == [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Tom Okafor"}]
    assert data["publisher"] == {"@type": "Organization", "name": "Digest", "url": SITE}
    assert data["sourceOrganization"] == {"@type": "Organization", "name": "The Ledger"}
    assert data["isBasedOn"] == "https://news.example/seawall?id=1"
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": page}
    assert data["image"] == {"@type": "ImageObject", "url": "https://news.example/seawall.jpg"}  # not fetched


def test_open_graph_and_the_description_say_what_the_article_is(built: Path) -> None:
    og = extracted(built, "seawall")["opengraph"]
    assert og["og:type"] == ["article"]
    assert og["og:title"] == ["Harbour town votes to fund a seawall"]
    assert og["og:description"] == ["The council voted to fund a seawall after a winter of floods."]
    assert og["og:url"] == [SITE + "articles/seawall/"]
    assert og["og:site_name"] == ["Digest"]
    assert og["og:image"] == ["https://news.example/seawall.jpg"]
    assert og["article:published_time"] == ["2025-03-14"]
    assert og["article:author"] == ["Ana Ruiz", "Tom Okafor"]
    assert og["article:tag"] == ["Porthallow", "Ines Varga"]
    html = page_file(built, "articles/seawall/").read_text(encoding="utf-8")
    assert '<meta name="description" content="The council voted to fund a seawall after a winter of floods.">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_hostile_text_stays_inside_its_script_and_attributes(built: Path) -> None:
    html = page_file(built, "articles/hostile/").read_text(encoding="utf-8")
    assert html.count("<script>alert(1)") == 0
    head_part = html.split("</head>", 1)[0]
    assert head_part.count('<script type="application/ld+json">') == 1
    data = extracted(built, "hostile")
    assert data["json-ld"][0]["headline"] == HOSTILE  # the text survives, as text
    assert data["opengraph"]["og:title"] == [HOSTILE]
    assert "datePublished" not in data["json-ld"][0]  # not known
    assert data["json-ld"][0]["author"] == {"@type": "Organization", "name": "The Ledger"}  # no byline: the source
    assert schema_problems(data["json-ld"][0]) == []


def test_script_json_cannot_close_its_element() -> None:
    text = script_json({"a": HOSTILE, "b": "\u2028"})
    assert not {"<", ">", "&"} & set(text)
    assert json.loads(text) == {"a": HOSTILE, "b": "\u2028"}


def test_the_sites_own_copy_is_the_image_when_there_is_one() -> None:
    sharing = Sharing(SITE + "articles/x/", "Digest", SITE, SITE + "images/x.1200x675.webp", (1200, 675))
    data = json_ld(lead(), sharing)
    assert data["image"] == {
        "@type": "ImageObject",
        "url": SITE + "images/x.1200x675.webp",
        "width": {"@type": "QuantitativeValue", "value": 1200, "unitCode": "E37"},
        "height": {"@type": "QuantitativeValue", "value": 675, "unitCode": "E37"},
    }
    assert 'content="https://news.example/seawall.jpg"' not in head(lead(), sharing)
    assert schema_problems(data) == []


def test_a_long_title_is_cut_for_the_headline_but_kept_as_the_name() -> None:
    title = "Word " * 40
    data = json_ld(lead(title=title.strip()), Sharing(SITE, "D", SITE))
    assert len(data["headline"]) <= 110
    assert data["name"] == title.strip()
