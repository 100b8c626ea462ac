"""Turning raw bytes into text as liberally as a browser, without silent mojibake.

A file is refused only when it is not text at all:

- it starts with the signature of a binary format (`SIGNATURES`: images, PDF,
  archives, executables, ...);
- more than 1% of it (and more than 8) are NUL or control characters;
- or its text would be mostly replacement characters (U+FFFD).

Anything else converts, with a note for every choice other than plain UTF-8. The
order of evidence:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. UTF-16/32 declared, or recognised by its NUL pattern;
3. valid UTF-8 (it wins over a declared single-byte charset: such declarations
   are often wrong, and non-ASCII bytes that happen to form valid UTF-8 are not);
4. the charset the container declares (an HTTP header, a meta tag); a declared
   charset other than UTF-8 and Windows-1252 also when at most 1% of the text are
   invalid sequences, each replaced with U+FFFD (as a browser shows them) and counted;
5. UTF-8 with damaged bytes, when its multi-byte sequences outweigh the invalid ones
   (`_damaged_utf8`): each invalid sequence replaced with U+FFFD, and counted;
6. Windows-1252 (a superset of Latin-1's printable range; its five undefined bytes
   replaced), unless the result would be mostly accented letters, which means some
   other encoding: refused with a message rather than decoded into garbage.

Stray NUL bytes and control characters are dropped and counted.
"""

from __future__ import annotations

import codecs
import re

from digest.problems import InputError

MAX_INPUT_BYTES = 8 * 1024 * 1024
"""Largest raw input accepted. A news article is rarely over 200 KB of text."""

SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "Zstandard archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\x7fELF", "program (ELF)"),
    (b"\x00asm", "WebAssembly module"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"OggS\x00", "Ogg audio or video"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"SQLite format 3\x00", "SQLite database"),
)
"""Leading bytes of binary formats (checked before anything else; `_signature` adds RIFF and ISO media)."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
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
MAX_CONTROL_SHARE = 0.01
"""Above this share of NUL and control characters (and more than `MIN_CONTROL_REFUSED`), a file is binary."""
MIN_CONTROL_REFUSED = 8
MAX_DECLARED_DAMAGE = 0.01
"""A declared charset is kept with replacements for at most this share of the text's characters."""
MAX_REPLACED_SHARE = 0.5
"""Text with more replacement characters than this share of its visible characters is refused."""
MIN_REPLACED_REFUSED = 8
_STRAY_PER_SEQUENCE = 4
"""How many stray bytes each valid multi-byte sequence outweighs when telling damaged UTF-8 apart."""


def check_size(path: str, size: int, limit: int = MAX_INPUT_BYTES) -> None:
    """Refuse inputs over ``limit`` bytes before reading them."""
    if size > limit:
        raise InputError(path, f"is {size / 1e6:.1f} MB; inputs over {limit / 1e6:.0f} MB are refused")


def _signature(data: bytes) -> str | None:
    """The binary format ``data`` starts with, or None."""
    kind = next((kind for magic, kind in SIGNATURES if data.startswith(magic)), None)
    if kind is None and data[:4] == b"RIFF" and data[8:12] in {b"WEBP", b"WAVE", b"AVI "}:
        kind = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}[data[8:12]]
    if kind is None and data[4:8] == b"ftyp":
        kind = "MP4 or other ISO media file"
    return kind


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


def _damaged_utf8(data: bytes) -> tuple[str, int] | None:
    """``data`` as UTF-8 with its damage replaced, and the count, when it is UTF-8 rather than a single-byte encoding.

    Single-byte text rarely has two or three high bytes in a row that form valid UTF-8,
    so each valid multi-byte sequence (a 3- or 4-byte one counts thrice) outweighs
    `_STRAY_PER_SEQUENCE` invalid ones.
    """
    weight = sum(1 if len(s) == 2 else 3 for s in _UTF8_SEQ.findall(data))
    if not weight:
        return None
    text, replaced = _lenient(data, "utf-8")
    return (text, replaced) if replaced <= _STRAY_PER_SEQUENCE * weight else None


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


def _lenient(data: bytes, codec: str) -> tuple[str, int]:
    """``data`` decoded with invalid sequences replaced by U+FFFD, and how many were replaced."""
    text = data.decode(codec, errors="replace")
    if "\ufffd" not in text:
        return text, 0
    return text, text.count("\ufffd") - data.decode(codec, errors="ignore").count("\ufffd")


def _replaced_note(codec: str, count: int) -> str:
    shown = "" if codec in {"utf-8", "utf-8-sig"} else f" as {_name(codec)}"
    return f"decoded{shown} with {count:,} invalid byte sequence(s) replaced by '\ufffd'"


def _refuse_binary(path: str, count: int, total: int, unit: str) -> None:
    if count > max(MIN_CONTROL_REFUSED, total * MAX_CONTROL_SHARE):
        share = f"{count:,} of its {total:,} {unit}s are NUL or control {unit}s"
        raise InputError(path, f"looks like a binary file ({share}), not text")


def _finish(path: str, text: str, notes: list[str]) -> tuple[str, str | None]:
    """Drop stray NULs and control characters (saying so); refuse text full of them or of U+FFFD."""
    nuls = text.count("\x00")
    found = _CONTROL.findall(text)
    _refuse_binary(path, nuls + len(found), len(text), "character")
    if nuls:
        text = text.replace("\x00", "")
        notes.append(f"dropped {nuls} NUL byte(s)")
    if found:
        notes.append(f"removed {len(found)} control character(s) (first: U+{ord(found[0]):04X})")
        text = _CONTROL.sub("", text)
    replaced = text.count("\ufffd")
    visible = len(text) - sum(map(text.count, " \n\t\r"))
    if replaced > MIN_REPLACED_REFUSED and replaced > MAX_REPLACED_SHARE * visible:
        raise InputError(
            path,
            f"is not text in an encoding Digest can read: {replaced:,} of its {visible:,} characters would be "
            "replacement characters ('\ufffd'); save it as UTF-8",
        )
    return text, "; ".join(notes) or None


def decode(path: str, data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Decode ``data``; return (text, note) where note says what was not plain UTF-8.

    ``declared`` is an encoding the container states (an HTTP header, a meta tag);
    see the module docstring for when it is believed. ``path`` names the input in
    the `InputError` raised for bytes that are not text.
    """
    kind = _signature(data)
    if kind is not None:
        raise InputError(path, f"is a {kind}, not text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text, replaced = _lenient(data, enc)
            notes = [] if enc == "utf-8-sig" else [f"decoded as {_name(enc)}"]
            return _finish(path, text, [_replaced_note(enc, replaced)] if replaced else notes)
    codec = _codec(declared)
    notes = [f"declared charset {declared!r} is unknown; ignored"] if declared and codec is None else []
    wide = ((codec if codec in _WIDE else None) or _guess_utf16(data)) if b"\x00" in data else None
    if wide:
        text, replaced = _lenient(data, wide)
        return _finish(path, text, [_replaced_note(wide, replaced) if replaced else f"decoded as {_name(wide)}"])
    _refuse_binary(path, len(data) - len(data.translate(None, _CONTROL_BYTES)), len(data), "byte")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if codec and codec not in {"utf-8", "ascii"} and not text.isascii():
            notes.append(f"declared {declared!r} but the bytes are valid UTF-8; read as UTF-8")
        return _finish(path, text, notes)
    if codec in _AS_CP1252:
        codec = "cp1252"
    if codec and codec != "utf-8":
        try:
            return _finish(path, data.decode(codec), [f"decoded as {_name(codec)}"])
        except UnicodeDecodeError:
            pass
    return _decode_damaged(path, data, codec, declared, notes)


def _decode_damaged(
    path: str, data: bytes, codec: str | None, declared: str | None, notes: list[str]
) -> tuple[str, str | None]:
    """Bytes valid in no candidate encoding: the declared charset, damaged UTF-8, Windows-1252, or a refusal."""
    if codec and codec not in {"utf-8", "cp1252"}:  # a multi-byte charset: chance UTF-8 sequences are common in it
        text, replaced = _lenient(data, codec)
        if replaced <= MAX_DECLARED_DAMAGE * len(text):
            return _finish(path, text, [*notes, _replaced_note(codec, replaced)])
    damaged = _damaged_utf8(data)
    if damaged is not None:
        if codec and codec != "utf-8":
            notes.append(f"declared {declared!r} but the bytes are UTF-8")
        return _finish(path, damaged[0], [*notes, _replaced_note("utf-8", damaged[1])])
    if codec and codec not in {"utf-8", "cp1252"}:
        notes.append(f"declared {declared!r} but the bytes are not valid {_name(codec)}")
    text, replaced = _lenient(data, "cp1252")
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 20 and sum(1 for c in letters if not c.isascii()) > MAX_ACCENTED_SHARE * len(letters):
        raise InputError(
            path,
            "is not UTF-8, and read as Windows-1252 it would be mostly accented letters "
            "(probably another encoding); save it as UTF-8",
        )
    notes.append(_replaced_note("cp1252", replaced) if replaced else "decoded as Windows-1252")
    return _finish(path, text, notes)
