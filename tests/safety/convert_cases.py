"""Hostile inputs for ``digest convert``: files in the inbox next to a good sample article.

Every row must leave the good sample converted, whatever happens to the others.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from tests.safety.harness import Case, Setup, Verify, sample


def _inbox(name: str, data: bytes | str) -> Setup:
    def setup(project: Path) -> Sequence[str]:
        path = project / "inbox" / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return []

    return setup


def _written(out: str, original: str) -> str:
    """The article file an outcome line says ``original`` was written to."""
    for line in out.splitlines():
        if line.startswith("written") and f"<- {original}" in line:
            return line.split()[1]
    raise AssertionError(f"{original} was not written:\n{out}")


def body_has(original: str, *fragments: str) -> Verify:
    def verify(project: Path, out: str) -> None:
        text = (project / _written(out, original)).read_text(encoding="utf-8")
        for fragment in fragments:
            assert fragment in text, (fragment, text)

    return verify


def title_is(original: str, title: str) -> Verify:
    """The frontmatter title reads back exactly, with Digest's parser and with MkDocs' own."""

    def verify(project: Path, out: str) -> None:
        from mkdocs.utils.meta import get_data

        from digest.contract import articlefile

        text = (project / _written(out, original)).read_text(encoding="utf-8")
        parsed = articlefile.parse("x.md", text)
        assert parsed.article is not None, parsed.problems
        assert parsed.article.title == title
        assert get_data(text)[1]["title"] == title

    return verify


def file_is(original: str, name: str) -> Verify:
    def verify(project: Path, out: str) -> None:
        assert _written(out, original) == f"content/articles/{name}"
        allowed = ("inbox", "content", "site_config")
        outside = [p for p in project.rglob("*") if p.relative_to(project).parts[0] not in allowed]
        assert outside == [], outside

    return verify


LATIN = "El niño comió en Bogotá con su mamá; the café opened on Tuesday, señor."
CP1252 = "The mayor said “we will rebuild” and pledged €5 million – a first for the town."
PROSE = "The council of Port Ellery met on Tuesday and voted to repair the old bridge before winter. "


def page(title: str, paragraphs: Sequence[str]) -> bytes:
    """A saved web page in UTF-8 (a sample) with ``title`` and ``paragraphs`` in its article."""
    body = "".join(f"<p>{p}</p>\n" for p in ("SAMPLE ARTICLE written for Digest's tests.", *paragraphs))
    head = f'<head><meta charset="utf-8"><title>{title}</title></head>'
    return f"<!DOCTYPE html>\n<html>{head}<body><article><h1>{title}</h1>\n{body}</article></body></html>\n".encode()


def damaged_page() -> bytes:
    """A page of 100 KB with 5 damaged bytes: 2 lone continuation bytes, 2 cut sequences, 1 byte never in UTF-8."""
    paragraphs = [
        f"Paragraph {n} of the report: the owners said “the café stays open” while the harbour wall "
        f"is rebuilt, and the council’s engineer expects section {n} to be finished before the winter storms."
        for n in range(1, 492)
    ]
    data = page("The harbour café stays open", paragraphs)
    for n, bad in ((3, b"\x80"), (50, b"\xbf"), (100, b"\xe2\x80"), (150, b"\xc3"), (200, b"\xff")):
        data = data.replace(f"Paragraph {n} of the ".encode(), f"Paragraph {n} of the ".encode() + bad, 1)
    return data


NUL_HEAVY = bytes(0 if n % 5 < 3 else 0x41 + n % 26 for n in range(1000))
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def _twenty_mb(project: Path) -> Sequence[str]:
    line = (PROSE * 10 + "\n\n").encode()
    with open(project / "inbox" / "huge.txt", "wb") as handle:
        handle.write(b"A very long file\n\n" + line * (20_000_000 // len(line) + 1))
    return []


def _symlink_loop(project: Path) -> Sequence[str]:
    os.symlink("loop.txt", project / "inbox" / "loop.txt")
    (project / "inbox" / "sub").mkdir()
    os.symlink("..", project / "inbox" / "sub" / "up")
    return []


def _fifo(project: Path) -> Sequence[str]:
    os.mkfifo(project / "inbox" / "pipe.txt")
    return []


def _folder_as_file(project: Path) -> Sequence[str]:
    (project / "inbox" / "story.txt").mkdir()
    (project / "inbox" / "other.txt").write_text(sample("A story with a folder for a sidecar"), encoding="utf-8")
    (project / "inbox" / "other.meta.yml").mkdir()
    return []


def _folder_as_article(project: Path) -> Sequence[str]:
    (project / "content" / "articles" / "harbour-town-votes-to-rebuild-its-sea-wall.md").mkdir()
    return []


def _same_title(project: Path) -> Sequence[str]:
    (project / "inbox" / "a.txt").write_text(sample("Council votes on the bridge"), encoding="utf-8")
    other = sample("Council votes on the bridge", "A different story: the library will open on Sundays from May.")
    (project / "inbox" / "b.txt").write_text(other, encoding="utf-8")
    return []


def _unreadable(project: Path) -> Sequence[str]:
    path = project / "inbox" / "secret.txt"
    path.write_text(sample("A story nobody may read"), encoding="utf-8")
    path.chmod(0)
    return []


def _odd_names(project: Path) -> Sequence[str]:
    one = sample("Odd file name one", "The ferry to Port Ellery will run twice a day from June.")
    two = sample("Odd file name two", "The market in Port Ellery moves to the harbour square in July.")
    (project / "inbox" / "new\nline \x1b[31mred.txt").write_text(one, encoding="utf-8")
    (project / "inbox").joinpath(os.fsdecode(b"caf\xe9.txt")).write_text(two, encoding="utf-8")
    return []


def _alias_bomb_sidecar(project: Path) -> Sequence[str]:
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
    (project / "inbox" / "story.txt").write_text(sample("A story with a hostile sidecar"), encoding="utf-8")
    (project / "inbox" / "story.meta.yml").write_text(bomb + "tags: *b\n", encoding="utf-8")
    return []


YAML_TITLES = [
    ("colon-hash", 'Breaking: mayor says "no" to #bridge plan'),
    ("dashes", "---"),
    ("leading-dash", "- a list item? no, a headline"),
    ("python-tag", '!!python/object/apply:os.system ["echo pwned"]'),
    ("anchor-alias", "&anchor headline with *alias inside"),
    ("yaml-boolean", "no"),
    ("yaml-float", "1.10"),
    ("quotes", "It's \"quoted\" and 'single-quoted'"),
    ("jinja", "{{ config }} and {% include 'x' %}"),
    ("html", "<script>alert(1)</script><img src=x onerror=alert(2)>"),
    ("block-chars", "| pipe > gt % percent @ at ` backtick ? question"),
]

CONVERT_CASES: list[Case] = [
    Case("empty", "an empty file", _inbox("empty.txt", b""), 1, ("failed    inbox/empty.txt: is empty (no text)",)),
    Case(
        "whitespace",
        "whitespace only (spaces, tabs, blank lines)",
        _inbox("blank.txt", " \t\n\n   \n"),
        1,
        ("failed    inbox/blank.txt: contains only whitespace",),
    ),
    Case(
        "title-only",
        "a title and nothing else",
        _inbox("title.txt", "Just a headline\n"),
        1,
        ("failed    inbox/title.txt: has a title but no article text",),
    ),
    Case(
        "binary",
        "NUL and binary bytes",
        _inbox("binary.txt", bytes(range(256)) * 4),
        1,
        ("failed    inbox/binary.txt: looks like a binary file (116 of its 1,024 bytes are NUL or control bytes)",),
    ),
    Case(
        "cp1252",
        "Windows-1252 text (curly quotes, euro sign, en dash)",
        _inbox("cp1252.txt", sample("Town pledges money", CP1252).encode("cp1252")),
        0,
        ("<- inbox/cp1252.txt: decoded as Windows-1252",),
        verify=body_has("inbox/cp1252.txt", "“we will rebuild”", "€5 million – a first"),
    ),
    Case(
        "latin-1",
        "Latin-1 text (Spanish accents)",
        _inbox("latin1.txt", sample("Bogotá café", LATIN).encode("latin-1")),
        0,
        ("<- inbox/latin1.txt: decoded as Windows-1252",),
        verify=body_has("inbox/latin1.txt", "El niño comió en Bogotá"),
    ),
    Case(
        "utf-16-bom",
        "UTF-16 with a byte-order mark",
        _inbox("utf16.txt", sample("Bogotá café", LATIN).encode("utf-16")),
        0,
        ("<- inbox/utf16.txt: decoded as UTF-16",),
        verify=body_has("inbox/utf16.txt", "El niño comió en Bogotá"),
    ),
    Case(
        "invalid-utf-8",
        "UTF-8 with two damaged byte sequences",
        _inbox("damaged.txt", sample("Bogotá café", LATIN, LATIN).encode().replace(b"\xc3\xb3", b"\xb3", 2)),
        0,
        ("<- inbox/damaged.txt: decoded with 2 invalid byte sequence(s) replaced by '\ufffd'",),
        verify=body_has("inbox/damaged.txt", "comi\ufffd en Bogotá"),
    ),
    Case(
        "other-encoding",
        "Russian text in KOI8-R (neither UTF-8 nor Windows-1252)",
        _inbox("koi8.txt", sample("Новости", "Городской совет проголосовал за ремонт моста до зимы.").encode("koi8-r")),
        1,
        ("failed    inbox/koi8.txt: is not UTF-8, and read as Windows-1252 it would be mostly accented letters",),
    ),
    Case(
        "control-chars",
        "terminal escape sequences inside the text",
        _inbox("ansi.txt", sample("Coloured text", "The mayor \x1b[31msaid\x1b[0m the wall would be rebuilt.")),
        0,
        ("<- inbox/ansi.txt: removed 2 control character(s) (first: U+001B)",),
    ),
    Case("20-mb", "a 20 MB file", _twenty_mb, 1, ("failed    inbox/huge.txt: is 20.0 MB; the limit is 8 MB",)),
    Case(
        "1-mb-line",
        "a single line of 1 MB as the body",
        _inbox("longline.txt", "A headline\n\n" + PROSE * (1_000_000 // len(PROSE))),
        1,
        ("failed    inbox/longline.txt: paragraph 1 is 999,", "characters long (a file without line breaks?)"),
    ),
    Case(
        "1-mb-title",
        "a file that is one line of 1 MB (all title)",
        _inbox("oneline.txt", PROSE * (1_000_000 // len(PROSE))),
        1,
        ("failed    inbox/oneline.txt: has a title but no article text",),
    ),
    Case(
        "7-mb-text",
        "7.5 MB of prose in short paragraphs (under the byte limit)",
        _inbox("long.txt", "A long file\n\n" + (PROSE + "\n\n") * (7_500_000 // (len(PROSE) + 2))),
        1,
        ("failed    inbox/long.txt: has 7,", "characters of text; at most 500,000 are converted"),
    ),
    Case(
        "5000-char-title",
        "a title of 5,000 characters",
        _inbox("longtitle.txt", sample("Headline " * 555)),
        0,
        ("<- inbox/longtitle.txt: title shortened from 4,994 to",),
    ),
    *(
        Case(
            f"title-{key}",
            f"title with YAML/HTML-special text: {title}",
            _inbox(f"title-{key}.txt", sample(title)),
            0,
            (f"<- inbox/title-{key}.txt",),
            verify=title_is(f"inbox/title-{key}.txt", title),
        )
        for key, title in YAML_TITLES
    ),
    Case(
        "empty-slug",
        "a title that slugifies to nothing (`¿¡…!?`)",
        _inbox("noslug.txt", sample("¿¡…!?")),
        0,
        ("written   content/articles/article-",),
    ),
    Case(
        "same-title",
        "two different stories with the same title",
        _same_title,
        0,
        ("council-votes-on-the-bridge.md  <- inbox/a.txt", "council-votes-on-the-bridge-2.md  <- inbox/b.txt"),
    ),
    Case(
        "path-traversal",
        "a title that tries path traversal (`../../etc/passwd`)",
        _inbox("traversal.txt", sample("../../etc/passwd")),
        0,
        ("written   content/articles/etc-passwd.md  <- inbox/traversal.txt",),
        verify=file_is("inbox/traversal.txt", "etc-passwd.md"),
    ),
    Case(
        "folder-as-input",
        "a folder named like an input (`story.txt/`, empty) and one named like a sidecar (`other.meta.yml/`)",
        _folder_as_file,
        1,
        ("failed    inbox/other.txt: inbox/other.meta.yml: file: cannot be read: is a folder, not a file",),
    ),
    Case(
        "folder-as-article",
        "a folder where the new article's file would go",
        _folder_as_article,
        0,
        ("written   content/articles/harbour-town-votes-to-rebuild-its-sea-wall-2.md  <- inbox/good.txt",),
    ),
    Case(
        "unreadable",
        "an unreadable file (chmod 000)",
        _unreadable,
        1,
        ("failed    inbox/secret.txt: cannot be read: Permission denied",),
        unreadable="inbox/secret.txt",
    ),
    Case(
        "symlink-loop",
        "a symlink loop (`loop.txt -> loop.txt`) and a folder link back up (`sub/up -> ..`)",
        _symlink_loop,
        1,
        ("failed    inbox/loop.txt: cannot be read: Too many levels of symbolic links",),
    ),
    Case(
        "fifo",
        "a named pipe called `pipe.txt` (reading it would block forever)",
        _fifo,
        1,
        ("failed    inbox/pipe.txt: cannot be read: is not a regular file",),
    ),
    Case(
        "odd-file-names",
        "file names with a newline, a terminal escape and a byte that is not UTF-8",
        _odd_names,
        0,
        ("<- inbox/new\\nline \\x1b[31mred.txt", "<- inbox/caf\\xe9.txt"),
    ),
    Case(
        "sidecar-alias-bomb",
        "a sidecar with a YAML alias bomb",
        _alias_bomb_sidecar,
        1,
        ("failed    inbox/story.txt: inbox/story.meta.yml: file: line 1: YAML anchors (&a) are not allowed",),
    ),
    Case(
        "unsupported",
        "a PDF in the inbox",
        _inbox("report.pdf", b"%PDF-1.7\n"),
        0,
        ("skipped   inbox/report.pdf: unsupported file type .pdf",),
    ),
    Case(
        "damaged-page",
        "a saved page of 100 KB (UTF-8, curly quotes and accents) with 5 invalid bytes",
        _inbox("damaged.html", damaged_page()),
        0,
        ("<- inbox/damaged.html: decoded with 5 invalid byte sequence(s) replaced by '\ufffd'",),
        verify=body_has("inbox/damaged.html", "Paragraph 3 of the \ufffd", "“the café stays open”", "Paragraph 489 of"),
    ),
    Case(
        "stray-nul",
        "a saved page with a stray NUL byte in a paragraph",
        _inbox("nul.html", page("A page with a stray NUL", ["The ferry to Port Ellery will run\x00 twice a day."])),
        0,
        ("<- inbox/nul.html: dropped 1 NUL byte(s)",),
        verify=body_has("inbox/nul.html", "will run twice a day"),
    ),
    Case(
        "png-as-html",
        "a PNG image renamed `.html`",
        _inbox("photo.html", PNG),
        1,
        ("failed    inbox/photo.html: is a PNG image, not text",),
    ),
    Case(
        "60-percent-nul",
        "a file of 60% NUL bytes (the rest printable)",
        _inbox("nuls.txt", NUL_HEAVY),
        1,
        ("failed    inbox/nuls.txt: looks like a binary file (600 of its 1,000 bytes are NUL or control bytes)",),
    ),
]
