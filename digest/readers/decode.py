"""Turning raw bytes into text without silent mojibake.

Order of evidence:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. NUL bytes: UTF-16 recognised by its NUL pattern (or declared), else a binary file;
3. valid UTF-8 (it wins over a declared single-byte charset: such declarations
   are often wrong, and non-ASCII bytes that happen to form valid UTF-8 are not);
4. the charset the container declares (an HTTP header, a meta tag);
5. UTF-8 with a few damaged bytes: replaced with U+FFFD, and said so;
6. Windows-1252 (a superset of Latin-1's printable range), unless the result would
   be mostly accented letters, which means some other encoding.

Bytes that fit none of these are refused with a message, never decoded into
garbage. A few stray control characters are removed (and said so); many of them
mean a binary file. Every choice other than plain UTF-8 comes back as a note.
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
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "utf-32": "UTF-32",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "utf-32-le": "UTF-32",
    "utf-32-be": "UTF-32",
    "cp1252": "Windows-1252",
}
# WHATWG: these labels mean windows-1252 on the web (Latin-1's 0x80-0x9F are never C1 controls there).
_AS_CP1252 = frozenset({"latin_1", "ascii", "iso8859-1", "cp1252"})
_WIDE = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
MAX_ACCENTED_SHARE = 0.3
"""Above this share of non-ASCII letters, Windows-1252 is not believed (Western text stays far below)."""


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
    sequences = _UTF8_SEQ.findall(data)
    high = len(_HIGH.findall(data))
    covered = sum(len(s) for s in sequences)
    return len(sequences) >= 3 and high - covered <= max(2, high // 50)


def _codec(name: str | None) -> str | None:
    """Python's name for a declared charset, or None when it is unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def _name(codec: str) -> str:
    return _NAMES.get(codec, codec)


def _finish(path: str, text: str, note: str | None) -> tuple[str, str | None]:
    """Remove a few stray control characters (saying so); refuse text full of them."""
    found = _CONTROL.findall(text)
    if not found:
        return text, note
    if "\x00" in found or len(found) > max(8, len(text) // 100):
        raise InputError(path, f"looks like a binary file ({len(found):,} NUL or control characters), not text")
    first = f"U+{ord(found[0]):04X}"
    removed = f"removed {len(found)} control character(s) (first: {first})"
    return _CONTROL.sub("", text), f"{note}; {removed}" if note else removed


def _plausible_cp1252(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 20:
        return True
    accented = sum(1 for c in letters if not c.isascii())
    return accented <= MAX_ACCENTED_SHARE * len(letters)


def decode(path: str, data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Decode ``data``; return (text, note) where note says what was not plain UTF-8.

    ``declared`` is an encoding the container states (an HTTP header, a meta tag);
    see the module docstring for when it is believed. ``path`` names the input in
    the `InputError` raised for bytes that are not text.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                message = f"starts with a {_name(enc)} byte-order mark but is not valid {_name(enc)}"
                raise InputError(path, message) from None
            return _finish(path, text, None if enc == "utf-8-sig" else f"decoded as {_name(enc)}")
    codec = _codec(declared)
    note = f"declared charset {declared!r} is unknown; ignored" if declared and codec is None else None
    if b"\x00" in data:
        return _decode_wide(path, data, codec if codec in _WIDE else None)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if codec and codec not in {"utf-8", "ascii"} and not text.isascii():
            note = f"declared {declared!r} but the bytes are valid UTF-8; read as UTF-8"
        return _finish(path, text, note)
    if codec and codec != "utf-8":
        codec = "cp1252" if codec in _AS_CP1252 else codec
        try:
            return _finish(path, data.decode(codec), f"decoded as {_name(codec)}")
        except UnicodeDecodeError:
            note = f"declared {declared!r} but the bytes are not valid {_name(codec)}"
    return _decode_guess(path, data, note)


def _decode_wide(path: str, data: bytes, codec: str | None) -> tuple[str, str | None]:
    """Bytes with NULs: UTF-16/32 (declared or recognised) or a binary file."""
    codec = codec or _guess_utf16(data)
    if codec:
        try:
            return _finish(path, data.decode(codec), f"decoded as {_name(codec)}")
        except UnicodeDecodeError:
            pass
    raise InputError(path, "looks like a binary file (it contains NUL bytes), not text")


def _decode_guess(path: str, data: bytes, note: str | None) -> tuple[str, str | None]:
    """Neither UTF-8 nor the declared charset: damaged UTF-8, Windows-1252, or a refusal."""
    notes = [note] if note else []
    if _mostly_utf8(data):
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
        notes.append(f"invalid UTF-8: {bad} byte sequence(s) replaced with '\ufffd'")
        return _finish(path, text, "; ".join(notes))
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(path, "is not valid UTF-8, UTF-16 or Windows-1252 text; save it as UTF-8") from None
    if not _plausible_cp1252(text):
        raise InputError(
            path,
            "is not UTF-8, and read as Windows-1252 it would be mostly accented letters "
            "(probably another encoding); save it as UTF-8",
        )
    notes.append("decoded as Windows-1252")
    return _finish(path, text, "; ".join(notes))
