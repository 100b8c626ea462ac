"""``digest images``: fetch the lead image each article declares, once, into the content folder.

Each image is fetched with the converter's bounded GET (`digest.readers.fetch.get`),
decoded and resized with Pillow (at most `MAX_WIDTH` pixels wide, never enlarged),
and saved as WebP under ``content/images/`` with its size in its name
(`digest.site.images.file_name`). An article whose copy is there is not fetched
again. Anything that goes wrong (no answer, not an image, too small, unreadable)
is one line of output and the article is left without an image; it never stops
the others, and ``digest images`` still exits 0.
"""

from __future__ import annotations

import io
import os
import tempfile
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from digest.problems import InputError
from digest.readers.fetch import Response, get
from digest.site.images import IMAGES_DIR, file_name, index
from digest.store.collection import Entry

MAX_WIDTH = 1200
"""Copies are at most this wide: sharp on a phone's screen, light to download."""
MIN_WIDTH = 200
"""A narrower image (an icon, a tracking pixel) is not worth showing."""
MAX_IMAGE_BYTES = 10_000_000
MAX_PIXELS = 40_000_000
"""Pillow refuses to decode more (a decompression bomb)."""
QUALITY = 78

Fetch = Callable[[str], Response]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one article's image: ``fetched``, ``kept`` (already there) or ``failed``."""

    status: str
    src: str
    detail: str

    def __str__(self) -> str:
        return f"{self.status:<9} {self.src}: {self.detail}"


def _fetch(url: str) -> Response:
    return get(url, limit=MAX_IMAGE_BYTES)


def resized(data: bytes) -> tuple[bytes, int, int]:
    """The image ``data`` as WebP at most `MAX_WIDTH` wide; raises `ValueError` saying why it cannot be."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise ValueError(f"is {image.width}x{image.height} pixels, too large to decode")
                image.load()
                picture = image.convert("RGBA" if image.mode in {"RGBA", "LA", "P"} else "RGB")
        except (UnidentifiedImageError, Image.DecompressionBombWarning, Image.DecompressionBombError, OSError):
            raise ValueError("is not an image Pillow can read") from None
    if picture.width < MIN_WIDTH:
        raise ValueError(f"is {picture.width} pixels wide, under {MIN_WIDTH}: not shown")
    if picture.width > MAX_WIDTH:
        height = max(1, round(picture.height * MAX_WIDTH / picture.width))
        picture = picture.resize((MAX_WIDTH, height), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, "WEBP", quality=QUALITY, method=4)
    return out.getvalue(), picture.width, picture.height


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` atomically (a temporary hidden file renamed over ``path``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def fetch_one(entry: Entry, content: Path, fetch: Fetch = _fetch) -> Outcome:
    """Fetch, resize and save the image ``entry`` declares; never raises for a bad image."""
    url = entry.article.image or ""
    try:
        response = fetch(url)
        if not response.content_type.startswith("image/"):
            raise ValueError(f"is {response.content_type}, not an image")
        data, width, height = resized(response.data)
    except InputError as exc:
        return Outcome("failed", entry.src, str(exc))
    except ValueError as exc:
        return Outcome("failed", entry.src, f"{url} {exc}")
    name = file_name(entry.article.id, width, height)
    _write(content / IMAGES_DIR / name, data)
    return Outcome("fetched", entry.src, f"{IMAGES_DIR}/{name} ({width}x{height})")


def fetch_images(entries: Iterable[Entry], content: Path, fetch: Fetch = _fetch) -> list[Outcome]:
    """One outcome per article that declares an image; copies already there are kept."""
    have = index(content)
    outcomes = []
    for entry in sorted(entries, key=lambda e: e.src):
        if not entry.article.image:
            continue
        if entry.article.id in have:
            outcomes.append(Outcome("kept", entry.src, have[entry.article.id].src))
            continue
        outcomes.append(fetch_one(entry, content, fetch))
    return outcomes


def run(content: Path, config_dir: Path) -> list[str]:
    """What ``digest images`` prints: one line per article with an image, then a summary.

    Raises `digest.problems.ProblemsError` when ``site_config/site.yml`` is invalid.
    """
    from digest.site.settings import SETTINGS_FILE, load_settings
    from digest.store.collection import load_articles

    if not load_settings(config_dir).images:
        return [f"images are off ({config_dir.as_posix()}/{SETTINGS_FILE}: images: false); nothing fetched"]
    entries, _ = load_articles(content)  # an invalid article is `digest check`'s to report
    outcomes = fetch_images(entries, content)
    counts = {status: sum(1 for o in outcomes if o.status == status) for status in ("fetched", "kept", "failed")}
    summary = ", ".join(f"{n} {status}" for status, n in counts.items())
    return [*(str(o) for o in outcomes), f"{len(outcomes)} article(s) with an image: {summary}"]
