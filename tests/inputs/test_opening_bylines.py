"""A byline printed atop the article's text (its first paragraphs): one test says whether a line is one, both to
leave it out of the text and, with no writer declared, to read the writers from it
(`digest.readers.credits.byline_line`)."""

from __future__ import annotations

from digest.readers.html import read_html

STORY = (
    "<p>The harbour board voted on Tuesday to keep the winter ferry running for two more years, after a petition"
    " signed by more than four thousand islanders reached its offices last month.</p>"
    "<p>The crossing had been due to close in January, when the board's contract with the operator runs out, and"
    " islanders said the mainland hospital would then be a day's journey away.</p>"
    "<p>The board's chair said the money would come from the harbour's reserves until a new contract is agreed.</p>"
)


def _page(author: str, opening: str) -> bytes:
    meta = f'<meta name="author" content="{author}">' if author else ""
    return f"""<html lang="en"><head><title>Winter ferry saved</title>{meta}</head><body>
<main><article><h1>Winter ferry saved</h1><div class="story">{opening}{STORY}</div></article></main>
</body></html>""".encode()


def test_a_written_by_line_atop_the_text_is_no_paragraph_of_it_whoever_the_metadata_declares() -> None:
    doc = read_html("ferry.html", _page("Tom Vale", "<p>Written by Ann Roe-Lind</p>"))[0]
    assert not any("Ann Roe-Lind" in p for p in doc.paragraphs)
    assert doc.paragraphs[0].startswith("The harbour board voted")


def test_a_byline_in_another_language_atop_the_text_gives_its_writer() -> None:
    doc = read_html("ferry.html", _page("", "<p>Par Anne Roux-Vidal</p>"))[0]
    assert doc.authors == ("Anne Roux-Vidal",)
    assert doc.paragraphs[0].startswith("The harbour board voted")


def test_a_short_heading_atop_the_text_is_no_byline() -> None:
    doc = read_html("ferry.html", _page("", "<p>Harbour news in brief</p>"))[0]
    assert doc.authors == ()
    assert doc.paragraphs[0] == "Harbour news in brief"
