"""Turning raw bytes into text without silent mojibake.

Order of evidence: a byte-order mark; valid UTF-8; UTF-16 recognised by its NUL
pattern; Windows-1252 (a superset of Latin-1's printable range). Bytes that fit
none of these, or that contain NULs or control characters, are refused with a
message, never decoded into garbage.
"""

from __future__ import annotations

import codecs
import re

from digest.problems import InputError

MAX_INPUT_BYTES = 8 * 1024 * 1024
"""Largest raw input accepted. A news article is rarely over 200 KB of text."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "utf-32": "UTF-32",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "cp1252": "Windows-1252",
}


def check_size(path: str, size: int, limit: int = MAX_INPUT_BYTES) -> None:
    """Refuse inputs over ``limit`` bytes before reading them."""
    if size > limit:
        raise InputError(path, f"is {size / 1e6:.1f} MB; inputs over {limit / 1e6:.0f} MB are refused")


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII text leaves every other byte NUL."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH = re.compile(rb"[\x80-\xff]")


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 apart from a few stray bytes: the file is UTF-8 with damage, not cp1252."""
    try:
        data.decode("utf-8")
        return False
    except UnicodeDecodeError:
        pass
    sequences = _UTF8_SEQ.findall(data)
    high = len(_HIGH.findall(data))
    covered = sum(len(s) for s in sequences)
    return len(sequences) >= 3 and high - covered <= max(2, high // 50)


def decode(path: str, data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Decode ``data``; return (text, note) where note says which non-UTF-8 encoding was used.

    ``declared`` is an encoding the container states (an HTTP header, a meta tag);
    it is tried after BOMs and before guessing.
    """
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    candidates = [encoding] if encoding else []
    if declared:
        candidates.append(declared)
    candidates += ["utf-8", _guess_utf16(data) or "", "cp1252"]
    if encoding is None and _mostly_utf8(data):
        text = data.decode("utf-8", errors="replace")
        if not _CONTROL.search(text):
            bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
            return text, f"invalid UTF-8: {bad} byte sequence(s) replaced with '\ufffd'"
    for enc in filter(None, candidates):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _CONTROL.search(text):
            continue
        name = _NAMES.get(codecs.lookup(enc).name if enc else "", enc)
        return text, None if name == "UTF-8" else f"decoded as {name}"
    if b"\x00" in data or _CONTROL.search(data[:4096].decode("latin-1")):
        raise InputError(path, "looks like a binary file (NUL or control bytes), not text")
    raise InputError(path, "is not valid UTF-8, UTF-16 or Windows-1252 text; save it as UTF-8")
