"""A site that declares its name short (a station's call letters, "KVXT") while its logo and its copyright line both
print a longer form opening with it ("KVXT 4 News"): readers and editors call it by that printed form
(`digest.readers.siteforms.copyright_form`)."""

from __future__ import annotations

from digest.readers.html import read_html

STORY = (
    "<p>Residents across most of Port Ellery were told on Friday evening to boil their tap water after a main"
    " broke under the harbour road, the city's public works department said.</p>"
    "<p>The advisory covers every home north of the river and is expected to last at least 48 hours while"
    " crews repair the main and test the water.</p>"
)


def _page(logo: str, footer: str, site: str = "KVXT") -> bytes:
    return f"""<html lang="en"><head><title>Boil-water advisory for Port Ellery | kvxt4.com</title>
<meta property="og:site_name" content="{site}"></head><body>
<header><a href="/" class="station-logo">{logo}</a><nav><a href="/news/">News</a> <a href="/weather/">Weather</a></nav>
</header><main><article><h1>Boil-water advisory for Port Ellery</h1>{STORY}</article></main>
<footer><p>{footer}</p></footer></body></html>""".encode()


URL = "https://www.kvxt4.com/article/news/local/boil-water-advisory/583-1"


def test_the_longer_name_the_logo_and_the_copyright_line_print_is_the_site_s() -> None:
    doc = read_html("advisory.html", _page("KVXT 4 News", "&copy; 2026 KVXT 4 News. All Rights Reserved."), url=URL)[0]
    assert doc.source == "KVXT 4 News"


def test_a_longer_name_in_the_logo_alone_is_not_enough() -> None:
    doc = read_html("advisory.html", _page("KVXT 4 News", "&copy; 2026 Harbourline Broadcasting."), url=URL)[0]
    assert doc.source != "KVXT 4 News"


def test_an_owner_s_words_after_the_name_are_the_company_s_not_the_site_s() -> None:
    logo, footer = "KVXT 4 Media Group", "&copy; 2026 KVXT 4 Media Group. All Rights Reserved."
    doc = read_html("advisory.html", _page(logo, footer), url=URL)[0]
    assert doc.source != "KVXT 4 Media Group"
