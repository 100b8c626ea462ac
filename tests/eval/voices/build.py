"""Build the voices set's pages from Global Voices posts in a WordPress export (WXR) item.

    python -m tests.eval.voices.build RAW_DIR PAGES_DIR [READ_DIR]
    python -m tests.eval.voices.build sources PAGES_DIR > SOURCES.md

Each file of RAW_DIR holds one ``<item>`` of a WordPress eXtended RSS export, copied verbatim. For every
published post, this writes ``PAGES_DIR/<key>.xml.gz``: an RSS 2.0 feed of one entry as the site's own feed
would have carried it (title, link, date, creator, categories, the excerpt as description, the post's HTML as
``content:encoded``), and, with READ_DIR, ``READ_DIR/<key>.txt``: the same post as plain text for the annotator.

An export holds the post as its author typed it, not as the site showed it. WordPress turns blank lines into
paragraphs and a ``[caption]`` shortcode into a figure when it shows a post; this does the same, simply (see
`render`), and drops the embed shortcodes it cannot show. ``key`` is the first 16 hex digits of the SHA-256 of
the post's link, as in the other text sets.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

_BLOCK = re.compile(r"^\s*<(?:blockquote|div|figure|p|ul|ol|li|h[1-6]|table|center|iframe|pre|hr|object|embed)\b", re.I)
_CAPTION = re.compile(r"\[caption([^\]]*)\](.*?)\[/caption\]", re.S)
_CAPTION_ATTR = re.compile(r'caption="([^"]*)"')
_EMBEDS = re.compile(r"\[/?(?:gallery|embed|youtube|audio|video|vimeo|soundcloud)\b[^\]]*\]", re.I)
_TAG = re.compile(r"<[^>]+>")


def field(item: str, name: str) -> str:
    """The text of the first ``<name>`` element of an item (CDATA unwrapped), or ''."""
    found = re.search(rf"<{re.escape(name)}(?:\s[^>]*)?>(.*?)</{re.escape(name)}>", item, re.S)
    if not found:
        return ""
    text = found.group(1).strip()
    cdata = re.fullmatch(r"<!\[CDATA\[(.*)\]\]>", text, re.S)
    return cdata.group(1) if cdata else html.unescape(text)


def categories(item: str) -> list[str]:
    """The post's categories and tags, as the export names them."""
    found = re.findall(r'<category domain="(?:category|post_tag)"[^>]*><!\[CDATA\[(.*?)\]\]></category>', item, re.S)
    return list(dict.fromkeys(html.unescape(c).strip() for c in found if c.strip()))


def _figure(match: re.Match[str]) -> str:
    attrs, inner = match.group(1), match.group(2).strip()
    said = _CAPTION_ATTR.search(attrs)
    if said:
        caption = said.group(1)
    else:  # newer exports: the caption text follows the image inside the shortcode
        last = max(inner.rfind("</a>"), inner.rfind("/>"))
        caption, inner = inner[last + 4 if inner[last:].startswith("</a>") else last + 2 :].strip(), inner[: last + 4]
    return f'<figure class="wp-caption">{inner}<figcaption>{caption}</figcaption></figure>'


def render(content: str) -> str:
    """The post's HTML as the site shows it: captions as figures, blank-line blocks as paragraphs, line breaks."""
    text = _EMBEDS.sub("", _CAPTION.sub(_figure, content.replace("\r\n", "\n")))
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    out = []
    for block in blocks:
        if _BLOCK.match(block):
            out.append(block)
        else:
            out.append("<p>" + block.replace("\n", "<br />\n") + "</p>")
    return "\n".join(out)


def plain(rendered: str) -> str:
    """Plain text for reading: a blank line between blocks, captions marked."""
    text = re.sub(r"<figcaption>(.*?)</figcaption>", r"\n\n[caption: \1]\n\n", rendered, flags=re.S)
    text = re.sub(r"</(?:p|div|blockquote|figure|li|h[1-6])>", "\n\n", text)
    text = html.unescape(_TAG.sub("", re.sub(r"<br\s*/?>\s*", "\n", text)))
    blocks = (
        ("\n".join(" ".join(line.split()) for line in b.split("\n") if line.strip()))
        for b in re.split(r"\n\s*\n", text)
    )
    return "\n\n".join(b for b in blocks if b)


def feed(item: str) -> tuple[str, str, str] | None:
    """(key, RSS document, reading text) for a published post; None for anything else."""
    if field(item, "wp:post_type") != "post" or field(item, "wp:status") != "publish":
        return None
    title, link = field(item, "title"), field(item, "link")
    creator, date = field(item, "dc:creator"), field(item, "pubDate")
    rendered = render(field(item, "content:encoded"))
    excerpt = field(item, "excerpt:encoded").strip()
    key = hashlib.sha256(link.encode("utf-8")).hexdigest()[:16]
    cats = "".join(f"      <category><![CDATA[{c}]]></category>\n" for c in categories(item))
    description = f"      <description><![CDATA[{excerpt}]]></description>\n" if excerpt else ""
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        "  <channel>\n"
        "    <title>Global Voices</title>\n"
        "    <link>http://globalvoicesonline.org</link>\n"
        "    <description>The world is talking. Are you listening?</description>\n"
        "    <language>en</language>\n"
        "    <item>\n"
        f"      <title>{escape(title)}</title>\n"
        f"      <link>{escape(link)}</link>\n"
        f"      <pubDate>{escape(date)}</pubDate>\n"
        f"      <dc:creator><![CDATA[{creator}]]></dc:creator>\n"
        f'      <guid isPermaLink="true">{escape(link)}</guid>\n'
        f"{cats}{description}"
        f"      <content:encoded><![CDATA[{rendered}]]></content:encoded>\n"
        "    </item>\n"
        "  </channel>\n"
        "</rss>\n"
    )
    reading = f"{title}\nURL: {link}\nBy: {creator}\nDate: {date}\nCategories: {', '.join(categories(item))}\n\n"
    return key, rss, reading + plain(rendered) + "\n"


EXPORT = (
    "OpenGenderTracking/globalvoices",
    "data/full/globalvoicesonline.wordpress.2012-may.xml",
    "3f146b51fdcb59f0cd6fb76246cf79763787d34d",
)
"""Where the posts were read: the repository, the export's path in it and the commit."""


def sources(pages: Path) -> str:
    """SOURCES.md: every page's origin, author and licence (CC BY 3.0 asks for them beside the text)."""
    repo, path, commit = EXPORT
    lines = [
        "# Sources of the voices evaluation pages",
        "",
        "Every page is one post of Global Voices (globalvoicesonline.org), as the site's own feed carried it, built",
        f"by `build.py` from the WordPress export `{path}` in the public GitHub repository `{repo}` (commit",
        f"`{commit}`). Licence of every post: **CC BY 3.0** (Global Voices publishes its content under Creative",
        "Commons Attribution 3.0, https://creativecommons.org/licenses/by/3.0/); the author of each is named below.",
        "Changes made: the post's paragraphs and captions rendered as the site shows them (`build.py`), embeds left",
        "out; the words are unchanged.",
        "",
        "| key | origin URL | author | published | licence |",
        "|---|---|---|---|---|",
    ]
    for page in sorted(pages.glob("*.xml.gz")):
        feed_text = gzip.decompress(page.read_bytes()).decode("utf-8")
        item = feed_text[feed_text.index("<item>") :]
        key = page.name.removesuffix(".xml.gz")
        row = [key, field(item, "link"), field(item, "dc:creator"), field(item, "pubDate"), "CC BY 3.0"]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in row) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if argv[:1] == ["sources"]:
        sys.stdout.write(sources(Path(argv[1])))
        return 0
    raw, pages = Path(argv[0]), Path(argv[1])
    read = Path(argv[2]) if len(argv) > 2 else None
    pages.mkdir(parents=True, exist_ok=True)
    for path in sorted(raw.iterdir()):
        built = feed(path.read_text(encoding="utf-8"))
        if built is None:
            print(f"{path.name}: not a published post, skipped")
            continue
        key, rss, reading = built
        (pages / f"{key}.xml.gz").write_bytes(gzip.compress(rss.encode("utf-8"), mtime=0))
        if read is not None:
            read.mkdir(parents=True, exist_ok=True)
            (read / f"{key}.txt").write_text(reading, encoding="utf-8")
        print(f"{path.name} -> {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
