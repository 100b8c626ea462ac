"""Liberal decoding: what a browser would show converts (damage replaced and counted); binary files are refused."""

from __future__ import annotations

import random
import re

import pytest

from digest.problems import InputError
from digest.readers.decode import SIGNATURES, decode
from digest.readers.feed import read_feed
from digest.readers.html import read_html
from digest.readers.plaintext import read_text
from tests.safety.convert_cases import damaged_page, page

PROSE = "The council of Port Ellery met on Tuesday and voted to repair the old bridge before winter. "
QUOTED = "SAMPLE ARTICLE. The mayor said “we will rebuild the wall” on Tuesday. " + PROSE * 40


def damage(data: bytes, bad: bytes, count: int) -> bytes:
    """``data`` with ``bad`` inserted before ``count`` of its ASCII spaces, spread over the text."""
    spaces = [i for i, byte in enumerate(data) if byte == 0x20]
    chosen = spaces[:: len(spaces) // count][:count]
    for i in reversed(chosen):
        data = data[:i] + bad + data[i:]
    return data


@pytest.mark.parametrize("count", [1, 3, 16])
@pytest.mark.parametrize("bad", [b"\xff", b"\x80", b"\xe2\x80", b"\xc3", b"\xe9"])
def test_damaged_utf8_with_few_valid_sequences_converts_and_counts_the_damage(bad: bytes, count: int) -> None:
    """Two curly quotes of valid UTF-8 (one of them an undefined byte in Windows-1252) and up to 16 damaged spots."""
    data = damage(QUOTED.encode(), bad, count)
    for declared in (None, "utf-8"):
        text, note = decode("x.txt", data, declared)
        assert note == f"decoded with {count} invalid byte sequence(s) replaced by '\ufffd'"
        assert text.count("\ufffd") == count
        assert "“we will rebuild the wall”" in text  # no mojibake (â€œ) around the damage


def test_a_genuine_replacement_character_is_not_counted_as_damage() -> None:
    data = ("Title\n\nThe sign read \ufffd and “quoted” text. " * 3).encode() + b"\xff"
    text, note = decode("x.txt", data)
    assert note == "decoded with 1 invalid byte sequence(s) replaced by '\ufffd'"
    assert text.count("\ufffd") == 4


def test_windows_1252_text_is_not_mistaken_for_damaged_utf8() -> None:
    """Two high bytes in a row that happen to form UTF-8 ("É…" is C9 85) do not outweigh the accents."""
    words = "CAFÉ… Le café de la gare a fermé; les élèves ont été déçus, même à Noël. " * 3
    text, note = decode("x.txt", words.encode("cp1252"))
    assert (text, note) == (words, "decoded as Windows-1252")


def test_undefined_windows_1252_bytes_are_replaced_not_refused() -> None:
    data = "Le café “ouvert” à Noël. ".encode("cp1252") * 3 + b"\x81 fin."
    for declared in (None, "windows-1252", "iso-8859-1"):
        text, note = decode("x.txt", data, declared)
        assert note == "decoded as Windows-1252 with 1 invalid byte sequence(s) replaced by '\ufffd'"
        assert text.startswith("Le café “ouvert” à Noël.")
        assert text.endswith("\ufffd fin.")


def test_a_declared_charset_keeps_a_few_damaged_bytes_replaced() -> None:
    data = ("東京の市議会は火曜日に橋の修理を決めた。" * 20).encode("shift_jis")
    data = data[:100] + b"\xa0" + data[100:]  # 0xA0 is no Shift_JIS byte
    text, note = decode("x.html", data, "shift_jis")
    assert note == "decoded as shift_jis with 1 invalid byte sequence(s) replaced by '\ufffd'"
    assert text.count("\ufffd") == 1
    assert text.endswith("橋の修理を決めた。")


def test_utf16_with_a_broken_surrogate_is_replaced_and_counted() -> None:
    data = "Bogotá café, “quoted”. ".encode("utf-16") * 1 + "\ud800".encode("utf-16-le", "surrogatepass") + b"a\x00"
    text, note = decode("x.txt", data)
    assert note == "decoded as UTF-16 with 1 invalid byte sequence(s) replaced by '\ufffd'"
    assert text.startswith("Bogotá café")
    assert text.endswith("\ufffda")


def test_stray_nul_bytes_are_dropped_and_counted() -> None:
    data = ("Title\n\n" + PROSE * 20).encode()
    data = data[:50] + b"\x00" + data[50:300] + b"\x00\x00" + data[300:]
    text, note = decode("x.txt", data)
    assert note == "dropped 3 NUL byte(s)"
    assert text == ("Title\n\n" + PROSE * 20)


def test_nul_and_control_bytes_beyond_one_percent_mean_a_binary_file() -> None:
    text = ("Title\n\n" + PROSE * 20).encode()
    few = damage(text, b"\x00", len(text) // 100)
    assert decode("x.txt", few)[0] == text.decode()
    many = damage(text, b"\x00\x01", len(text) // 100)
    with pytest.raises(InputError, match=r"looks like a binary file \(\d+ of its [\d,]+ bytes are NUL or control"):
        decode("x.txt", many)


@pytest.mark.parametrize(("magic", "kind"), SIGNATURES)
def test_known_binary_signatures_are_refused_by_name(magic: bytes, kind: str) -> None:
    data = magic + b"<html><head><title>Not a page</title></head><body><p>Text</p></body></html>"
    with pytest.raises(InputError, match=re.escape(f"is a {kind}, not text")):
        decode("x.html", data, "utf-8")


@pytest.mark.parametrize(
    ("data", "kind"),
    [(b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WebP image"), (b"\x00\x00\x00\x18ftypmp42", "MP4 or other ISO media file")],
)
def test_container_signatures_are_refused_by_name(data: bytes, kind: str) -> None:
    with pytest.raises(InputError, match=kind):
        decode("x.html", data + b"text " * 40)


def test_random_bytes_are_refused() -> None:
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(20_000))
    with pytest.raises(InputError, match="binary file"):
        decode("x.txt", data)


def test_text_that_would_be_mostly_replacement_characters_is_refused() -> None:
    data = "Title\n\n".encode("utf-8-sig") + bytes(range(0xF5, 0x100)) * 20  # bytes UTF-8 never uses
    with pytest.raises(InputError, match=r"220 of its 225 characters would be replacement characters"):
        decode("x.txt", data)


def test_every_reader_decodes_liberally() -> None:
    """A plain-text file, a saved page and a feed, each with damaged bytes and a stray NUL, all convert."""
    body = "SAMPLE ARTICLE. The mayor said “we will rebuild” on Tuesday.\x00 " + PROSE * 3
    (doc,) = read_text("inbox/a.txt", damage(f"A headline\n\n{body}\n".encode(), b"\xff", 2))
    assert doc.notes == ("decoded with 2 invalid byte sequence(s) replaced by '\ufffd'; dropped 1 NUL byte(s)",)
    (doc,) = read_html("inbox/a.html", damage(page("A headline", [body, PROSE * 2]), b"\xc3", 2))
    assert doc.notes == ("decoded with 2 invalid byte sequence(s) replaced by '\ufffd'; dropped 1 NUL byte(s)",)
    assert "“we will rebuild” on Tuesday." in doc.paragraphs[1]
    item = f"<item><title>A headline</title><description>{body}</description></item>"
    feed = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>{item}</channel></rss>'
    (doc,) = read_feed("inbox/a.xml", damage(feed.encode(), b"\x80", 3))
    assert doc.notes[0] == "decoded with 3 invalid byte sequence(s) replaced by '\ufffd'; dropped 1 NUL byte(s)"


def test_a_large_page_with_five_damaged_bytes_converts_with_them_counted() -> None:
    (doc,) = read_html("inbox/damaged.html", damaged_page())
    assert doc.notes == ("decoded with 5 invalid byte sequence(s) replaced by '\ufffd'",)
    assert sum(p.count("\ufffd") for p in doc.paragraphs) == 5
    assert len(doc.paragraphs) == 492


def test_damaged_utf8_wins_over_a_declared_windows_1252_it_does_not_fit() -> None:
    """The right quote ” is E2 80 9D in UTF-8; 0x9D is no Windows-1252 byte, so the declaration cannot be right."""
    data = damage(QUOTED.encode(), b"\xff", 1)
    text, note = decode("x.html", data, "windows-1252")
    assert note == (
        "declared 'windows-1252' but the bytes are UTF-8; decoded with 1 invalid byte sequence(s) replaced by '\ufffd'"
    )
    assert "“we will rebuild the wall”" in text
