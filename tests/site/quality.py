"""What a reader's browser makes of the built site: Lighthouse scores, axe-core violations, screenshots.

`quality_project` is the bundled content plus enough synthetic articles (marked
as samples) for every page type: a timeline split per year, a topic split per
year, tags, an article with a lead image. `serve_compressed` serves a built site
as GitHub Pages does (gzip for text). `lighthouse` runs the npm package in
mobile emulation against Debian's Chromium; `axe` injects axe-core into a
Playwright page. Both come from ``tests/site/node`` (``npm ci`` there; `node_tools`
runs it when the packages are missing).

    python -m tests.site.quality     # prints the scores of every page type
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import http.server
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from digest.contract.model import Article
from digest.readers.fetch import Response
from digest.site.fetchimages import fetch_images
from digest.store.collection import Entry
from tests.safety.browser import CHROMIUM, QuietHandler, chromium, new_tab, serve
from tests.site.helpers import make_project, mkdocs, write_article

NODE_DIR = Path(__file__).resolve().parent / "node"
LIGHTHOUSE = NODE_DIR / "node_modules" / "lighthouse" / "cli" / "index.js"
AXE = NODE_DIR / "node_modules" / "axe-core" / "axe.min.js"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
IMAGE_ARTICLE = "articles/sample-lighthouse-keepers-restore-a-harbour-light/"
IMAGE_ID = "sample-lighthouse"

PAGE_TYPES = {
    "home": "",
    "topics": "topics/",
    "topic": "topics/politics/",
    "timeline": "timeline/",
    "year": "timeline/2025/",
    "tags": "tags/",
    "article": IMAGE_ARTICLE,
}
"""One page of each type, as paths under the site's URL."""

WORDS = [
    *("council", "harbour", "budget", "vote", "hearing", "report", "ministers", "river", "school", "trial"),
    *("court", "league", "season", "market", "workers", "hospital", "storm", "rescue", "village", "museum"),
    *("census", "tariff", "research", "clinic", "rail", "station", "port"),
]


def node_tools() -> bool:
    """Install Lighthouse and axe-core from the lock file when they are missing; False without npm."""
    if LIGHTHOUSE.exists() and AXE.exists():
        return True
    npm = shutil.which("npm")
    if npm is None:
        return False
    subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=NODE_DIR, check=True, capture_output=True)
    return LIGHTHOUSE.exists() and AXE.exists()


def sample(n: int) -> Article:
    """The ``n``-th synthetic article: spread over three years, two topics each, a few tags."""
    day = dt.date(2025, 12, 28) - dt.timedelta(days=(n * 5) % 1000)
    words = [WORDS[(n * 7 + k * 3) % len(WORDS)] for k in range(6)]
    title = f"Sample {n}: {' '.join(words[:4]).capitalize()}"
    topics = ("Politics", ("Health", "Business", "Climate", "World")[n % 4])
    tags = (("Porthallow", "Riverton", "Eastmere")[n % 3], ("Ana Ruiz", "Tom Okafor")[n % 2])
    sentence = f"The {words[0]} {words[1]} drew a crowd as the {words[2]} {words[3]} went ahead."
    closing = f"Officials in {tags[0]} will report on the {words[4]} in the spring."
    body = "\n\n".join(
        [
            f"SAMPLE ARTICLE written for Digest's tests. {sentence}",
            *(f"{sentence} Paragraph {k}." for k in range(8)),
            closing,
        ]
    )
    # most summaries are the lead, as the converter makes them; every fifth is a later sentence
    summary = closing if n % 5 == 2 else f"SAMPLE ARTICLE written for Digest's tests. {sentence}"
    return Article(
        title=title,
        date=day,
        added=dt.date(2026, 11, 20) + dt.timedelta(days=n % 8),
        source=("Harbour Ledger", "Valley Courier")[n % 2],
        url=f"https://news.example/{n}",
        authors=("Sam Lee",),
        topics=topics,
        tags=tags,
        summary=summary,
        id=f"sample-{n:04d}",
        body=body,
    )


def image_article() -> Article:
    """An article that declares a lead image (fetched into ``content/images/`` by `quality_project`)."""
    body = "\n\n".join(
        [
            "SAMPLE ARTICLE written for Digest's tests. Volunteers relit the old harbour light on Saturday.",
            "The lamp had been dark for twelve years after a storm cracked its lens.",
            "Keepers' descendants joined the crowd on the pier as the beam swept the bay again.",
        ]
    )
    return Article(
        title="Sample: lighthouse keepers restore a harbour light",
        date=dt.date(2026, 11, 27),
        added=dt.date(2026, 11, 28),
        source="Harbour Ledger",
        url="https://news.example/lighthouse",
        authors=("Ana Ruiz",),
        topics=("Culture",),
        tags=("Porthallow", "Ana Ruiz"),
        summary="Volunteers relit the old harbour light on Saturday.",
        id=IMAGE_ID,
        image="https://news.example/images/lighthouse.jpg",
        body=body,
    )


def quality_project(where: Path, samples: int = 260) -> Path:
    """The bundled content plus ``samples`` synthetic articles and one article with its image fetched.

    The image is "fetched" by `digest.site.fetchimages.fetch_images` from bytes made here (no network).
    """
    where.mkdir(parents=True, exist_ok=True)
    project = make_project(where, [sample(n) for n in range(samples)], bundled=True)
    lighthouse = image_article()
    write_article(project, lighthouse, "sample-lighthouse-keepers-restore-a-harbour-light")
    photo = jpeg(1600, 900)
    got = fetch_images(
        [Entry("articles/x.md", lighthouse)], project / "content", lambda url: Response(url, "image/jpeg", None, photo)
    )
    assert [o.status for o in got] == ["fetched"], got
    return project


def jpeg(width: int, height: int) -> bytes:
    """A JPEG photograph stand-in: sky, sea and a lighthouse, drawn with Pillow."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (width, height), (120, 170, 220))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, height * 2 // 3, width, height), fill=(30, 80, 130))
    x = width // 2
    draw.rectangle((x - width // 40, height // 4, x + width // 40, height * 2 // 3), fill=(240, 240, 235))
    draw.polygon([(x - width // 25, height // 4), (x + width // 25, height // 4), (x, height // 6)], fill=(200, 40, 40))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85)
    return out.getvalue()


def build(project: Path, site: Path, url: str) -> None:
    result = mkdocs(project, "build", "--strict", "-d", str(site), site_url=url)
    if result.returncode != 0:
        raise RuntimeError(result.stderr)


class _Compressing(QuietHandler):
    """Serves text files gzip-compressed when the browser accepts it, as GitHub Pages does."""

    TEXT = (".html", ".css", ".js", ".json", ".xml", ".svg")

    def send_head(self) -> Any:
        target = Path(self.translate_path(self.path))
        if target.is_dir() and self.path.split("?", 1)[0].endswith("/"):
            target = target / "index.html"
        wants = "gzip" in self.headers.get("Accept-Encoding", "")
        if not wants or target.suffix not in self.TEXT or not target.is_file():
            return super().send_head()
        data = gzip.compress(target.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(target)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        return _Bytes(data)


class _Bytes:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, *_: Any) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


def serve_compressed(root: Path) -> contextlib.AbstractContextManager[http.server.ThreadingHTTPServer]:
    """An HTTP server for ``root`` on 127.0.0.1 (a free port) that compresses text."""
    return serve(root, _Compressing)


def lighthouse(url: str, report: Path | None = None) -> dict[str, int]:
    """Lighthouse's four category scores (0-100) for ``url`` in its default mobile emulation."""
    env = dict(os.environ, CHROME_PATH=str(CHROMIUM))
    flags = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
    command = ["node", str(LIGHTHOUSE), url, "--quiet", "--output=json", "--output-path=stdout"]
    command += [f"--chrome-flags={flags}", f"--only-categories={','.join(CATEGORIES)}"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    result = json.loads(done.stdout)
    if report is not None:
        report.write_text(done.stdout, encoding="utf-8")
    return {name: round(100 * (result["categories"][name]["score"] or 0)) for name in CATEGORIES}


def failed_audits(report: Path) -> list[str]:
    """The audits of a saved Lighthouse report that did not pass (for messages)."""
    result = json.loads(report.read_text(encoding="utf-8"))
    found = []
    for name in CATEGORIES:
        for ref in result["categories"][name]["auditRefs"]:
            audit = result["audits"][ref["id"]]
            if ref.get("weight", 0) and audit.get("score") is not None and audit["score"] < 1:
                found.append(f"{name}: {ref['id']} {audit['score']}: {audit.get('displayValue', '')}")
    return found


def axe(tab: Any) -> list[str]:
    """axe-core's violations on the page open in ``tab``, one line each (rule, impact, first targets)."""
    tab.add_script_tag(path=str(AXE))
    result = tab.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']}: {[n['target'] for n in v['nodes'][:3]]}" for v in result["violations"]
    ]


def main(runs_per_page: int = 3) -> None:
    """Build the quality site, then print axe's findings and Lighthouse's scores for each page type."""
    import tempfile

    node_tools()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        project = quality_project(root / "project")
        with serve_compressed(root / "pages") as server:
            base = f"http://127.0.0.1:{server.server_address[1]}/digest/"
            build(project, root / "pages" / "digest", base)
            with chromium() as browser:
                for name, path in PAGE_TYPES.items():
                    for scheme in ("light", "dark"):
                        context, tab = new_tab(browser, 375, 800, color_scheme=scheme)
                        tab.goto(base + path, wait_until="load")
                        print(f"axe {name} {scheme}: {axe(tab) or 'no violations'}")
                        context.close()
            for name, path in PAGE_TYPES.items():
                runs = [lighthouse(base + path, root / f"{name}-{k}.json") for k in range(runs_per_page)]
                best = {c: max(r[c] for r in runs) for c in CATEGORIES}
                print(f"lighthouse {name}: best {best}; performance per run {[r['performance'] for r in runs]}")
                for line in failed_audits(root / f"{name}-0.json"):
                    print("    first run:", line)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
